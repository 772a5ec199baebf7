import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentChanged, contentVersion, RECHECK_MS, watchContentChanges } from '../../src/sources/content-version.ts';

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

const fileOf = (root: string) => join(root, 'content', 'journeys', 'alta.mdx');
let saves = 0;
const touch = (root: string) => {
  const file = fileOf(root);
  writeFileSync(file, `save ${++saves}`);
  const later = new Date(Date.now() + 5000 + saves);
  utimesSync(file, later, later);
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the version of content/', () => {
  it('follows the files on disk when no watcher reports changes (a build, a CLI command)', () => {
    const root = project();
    const before = contentVersion(root);
    expect(contentVersion(root)).toBe(before);
    touch(root);
    expect(contentVersion(root)).not.toBe(before);
  });

  it('in the dev server, changes with each change its watcher reports, without reading the disk', () => {
    const root = project();
    watchContentChanges(root);
    const before = contentVersion(root);
    // Not stat'ing every file on every call is the point: a save the watcher has not reported yet is not seen.
    touch(root);
    expect(contentVersion(root)).toBe(before);
    contentChanged(root, fileOf(root));
    const after = contentVersion(root);
    expect(after).not.toBe(before);
    expect(contentVersion(root)).toBe(after);
  });

  it('sees a second save of a file that the watcher does not report (it drops changes of a file within 50 ms of the last)', async () => {
    const root = project();
    watchContentChanges(root);
    touch(root);
    contentChanged(root, fileOf(root));
    const reported = contentVersion(root);
    // The editor writes the file again, formatted, and the watcher says nothing.
    touch(root);
    await sleep(RECHECK_MS + 50);
    expect(contentVersion(root)).not.toBe(reported);
  });

  it('counts nothing more when nothing was written after the report', async () => {
    const root = project();
    watchContentChanges(root);
    touch(root);
    contentChanged(root, fileOf(root));
    const reported = contentVersion(root);
    await sleep(RECHECK_MS + 50);
    expect(contentVersion(root)).toBe(reported);
  });

  it('counts the changes of each project apart', () => {
    const [one, two] = [project(), project()];
    watchContentChanges(one);
    watchContentChanges(two);
    const twoBefore = contentVersion(two);
    contentChanged(one, fileOf(one));
    expect(contentVersion(two)).toBe(twoBefore);
  });
});
