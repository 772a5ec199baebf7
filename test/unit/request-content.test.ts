import { describe, expect, it } from 'vitest';
import type { LoadedContent } from '../../src/handbook/load.ts';
import { requestContent, withRequestContent } from '../../src/handbook/request-content.ts';

const content = (name: string) => ({ validation: { problems: [], name }, handbook: undefined, withheld: [] }) as unknown as LoadedContent;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the content a dev server request reads', () => {
  it('stays the one the request started with through every await, while another request reads its own', async () => {
    const before = content('before the save');
    const after = content('after the save');
    const seen: Array<[string, LoadedContent | undefined]> = [];
    const request = (name: string, loaded: LoadedContent) =>
      withRequestContent(loaded, async () => {
        seen.push([name, requestContent()]);
        await tick();
        setImmediate(() => seen.push([`${name}, later`, requestContent()]));
        await tick();
        seen.push([`${name}, at the end`, requestContent()]);
      });
    await Promise.all([request('first', before), request('second', after)]);
    expect(seen.filter(([name]) => name.startsWith('first')).map(([, loaded]) => loaded)).toEqual([before, before, before]);
    expect(seen.filter(([name]) => name.startsWith('second')).map(([, loaded]) => loaded)).toEqual([after, after, after]);
    expect(seen.filter(([name]) => name.startsWith('first')).every(([, loaded]) => loaded === before)).toBe(true);
  });

  it('is none outside a request (a build, the watcher reporting errors)', () => {
    expect(requestContent()).toBeUndefined();
  });
});
