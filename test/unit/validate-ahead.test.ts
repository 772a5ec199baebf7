import { existsSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/handbook/load.ts';
import { analyseClaimedFiles, handbookFiles, validateAhead, waitFor, workersFor } from '../../src/integration/validate-ahead.ts';
import { validationCachePath } from '../../src/validate/validation-cache.ts';
import { resolveSettings } from '../../src/validate/settings.ts';
import { lines } from '../helpers/content-sources.ts';
import { tempProjects } from '../helpers/temp-projects.ts';

const settings = resolveSettings({}, {}, {});
const project = tempProjects('ahead');

const ANA = lines('---', 'name: Ana', '---');
const ALTA = lines('---', 'title: Alta', 'persona: ana', 'phases:', '  - id: a', '    name: A', 'touchpoints:', '  - phase: a', '    title: Lee', '    channel: web', '    emotion: 1', '---');

describe('validating ahead in a worker thread (the dev server’s first start)', () => {
  it('fills the validation cache, so the main thread validates no file again', async () => {
    const root = project({ 'content/personas/ana.mdx': ANA, 'content/journeys/alta.mdx': ALTA });
    const cacheDir = join(root, '.cache');
    await validateAhead({ root, cacheDir }, Promise.resolve(), 2);
    expect(existsSync(validationCachePath(cacheDir))).toBe(true);
    const fromCache: boolean[] = [];
    const loaded = loadContent(root, settings, new Date(), { cacheDir, partial: true, progress: { files: () => {}, validated: (cached) => fromCache.push(cached) } });
    expect(loaded.validation.ok).toBe(true);
    expect(fromCache).toEqual([true, true]);
  });

  it('writes nothing when every file is in the cache already', async () => {
    const root = project({ 'content/personas/ana.mdx': ANA, 'content/journeys/alta.mdx': ALTA });
    const cacheDir = join(root, '.cache');
    await validateAhead({ root, cacheDir }, Promise.resolve(), 1);
    const earlier = new Date('2026-01-01T00:00:00Z');
    utimesSync(validationCachePath(cacheDir), earlier, earlier);
    await validateAhead({ root, cacheDir }, Promise.resolve(), 1);
    expect(statSync(validationCachePath(cacheDir)).mtimeMs).toBe(earlier.getTime());
    writeFileSync(join(root, 'content/journeys/alta.mdx'), ALTA.replace('Alta', 'Alta nueva'));
    await validateAhead({ root, cacheDir }, Promise.resolve(), 1);
    expect(statSync(validationCachePath(cacheDir)).mtimeMs).toBeGreaterThan(earlier.getTime());
  });

  it('is done by this thread alone, once it joins, when no worker can help', async () => {
    const root = project({ 'content/personas/ana.mdx': ANA, 'content/journeys/alta.mdx': ALTA });
    const cacheDir = join(root, '.cache');
    let listen!: () => void;
    const done = validateAhead({ root, cacheDir }, new Promise<void>((resolve) => (listen = resolve)), 0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(existsSync(validationCachePath(cacheDir))).toBe(false);
    listen();
    await done;
    const fromCache: boolean[] = [];
    loadContent(root, settings, new Date(), { cacheDir, partial: true, progress: { files: () => {}, validated: (cached) => fromCache.push(cached) } });
    expect(fromCache).toEqual([true, true]);
  });

  it('gives each file to the one thread that claims it first', async () => {
    const root = project({ 'content/personas/ana.mdx': ANA, 'content/journeys/alta.mdx': ALTA, 'content/journeys/baja.mdx': ALTA.replace('Alta', 'Baja') });
    const files = handbookFiles(root);
    const claims = new Int32Array(new SharedArrayBuffer(4));
    claims[0] = 1; // another thread has taken the first file
    expect(Object.keys(await analyseClaimedFiles(files, claims, join(root, '.cache')))).toHaveLength(2);
    expect(Object.keys(await analyseClaimedFiles(files, claims, join(root, '.cache'), 0))).toHaveLength(0);
  });

  it('settles when the worker fails, leaving the work to the main thread', async () => {
    const root = project({});
    // A file where the cache's folder should be: the worker cannot write its cache.
    writeFileSync(join(root, 'cache'), '');
    await expect(validateAhead({ root: join(root, 'missing'), cacheDir: join(root, 'cache') })).resolves.toBeUndefined();
  });

  it('holds requests until the validation has settled, then lets every one through at once', async () => {
    let finish!: () => void;
    const middleware = waitFor(new Promise<void>((resolve) => (finish = resolve)));
    const passed: string[] = [];
    const request = (name: string) => middleware({} as never, {} as never, () => passed.push(name));
    request('first');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(passed).toEqual([]);
    finish();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(passed).toEqual(['first']);
    request('later');
    expect(passed).toEqual(['first', 'later']);
  });
});

describe('how many workers validate ahead', () => {
  it('leaves one core to the main thread, and takes at least one and at most four', () => {
    expect([1, 2, 3, 4, 8, 16].map((cores) => workersFor(cores))).toEqual([1, 1, 2, 3, 4, 4]);
  });
});
