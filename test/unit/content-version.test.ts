import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentChanged, contentVersion, lookAtContent, RECHECK_MS, watchContentChanges } from '../../src/sources/content-version.ts';

const roots: string[] = [];
function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'journeybook-version-'));
  roots.push(root);
  mkdirSync(join(root, 'content', 'journeys'), { recursive: true });
  writeFileSync(join(root, 'content', 'journeys', 'alta.mdx'), 'one');
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

let saves = 0;
/** Saves the journey: a new text and a new modification time, as an editor's save. */
const save = (root: string) => {
  const file = join(root, 'content', 'journeys', 'alta.mdx');
  writeFileSync(file, `save ${++saves}`);
  const later = new Date(Date.now() + 5000 + saves);
  utimesSync(file, later, later);
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the version of content/', () => {
  it('follows the files on disk when no dev server keeps it (a build, a CLI command)', () => {
    const root = project();
    const before = contentVersion(root);
    expect(contentVersion(root)).toBe(before);
    save(root);
    expect(contentVersion(root)).not.toBe(before);
  });

  it('in the dev server, is read from memory, and moves when a page request or the watcher looks at content/ again', () => {
    const root = project();
    watchContentChanges(root);
    const before = contentVersion(root);
    // Not stat'ing every file on every call is the point: until someone looks, the save is not seen.
    save(root);
    expect(contentVersion(root)).toBe(before);
    lookAtContent(root);
    const afterRequest = contentVersion(root);
    expect(afterRequest).not.toBe(before);
    save(root);
    contentChanged(root);
    expect(contentVersion(root)).not.toBe(afterRequest);
  });

  it('moves once per change, however many times it is looked at (a request, then the watcher, tell of the same save)', () => {
    const root = project();
    watchContentChanges(root);
    save(root);
    lookAtContent(root);
    const seen = contentVersion(root);
    contentChanged(root);
    lookAtContent(root);
    expect(contentVersion(root)).toBe(seen);
  });

  it('sees a second save of a file that the watcher does not report (it drops changes of a file within 50 ms of the last)', async () => {
    const root = project();
    watchContentChanges(root);
    save(root);
    contentChanged(root);
    const reported = contentVersion(root);
    // The editor writes the file again, formatted, and the watcher says nothing.
    save(root);
    await sleep(RECHECK_MS + 50);
    expect(contentVersion(root)).not.toBe(reported);
  });

  it('keeps the version of each project apart', () => {
    const [one, two] = [project(), project()];
    watchContentChanges(one);
    watchContentChanges(two);
    const twoBefore = contentVersion(two);
    save(one);
    contentChanged(one);
    expect(contentVersion(two)).toBe(twoBefore);
  });
});
