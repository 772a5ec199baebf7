import { readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCompletePng } from '../../src/og/png-check.ts';
import { createFixture, type Fixture } from './harness.ts';

/*
 * A rebuild reuses share images, search shards, Astro's pages and each file's validation from
 * the cache folder (`cacheDir: ./.cache` in fixtures). Damaged there, they used to ship as they
 * were, or crash every build; and cards and shards were hard links to the live dist/ files, so
 * writing to one changed the other. Now whatever fails its check is a miss, built again, and
 * the site shares no file with the cache.
 */

let fixture: Fixture;
const cache = (...path: string[]) => join(fixture.root, '.cache', ...path);

/** Every file below `dir`, by path relative to it. */
function filesBelow(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** A build whose log (--verbose) keeps the share images' and search index's accounts the specs read. */
async function build() {
  const result = await fixture.run('cli/build.ts', ['--verbose']);
  expect(result.code, result.stderr).toBe(0);
  return result;
}

beforeAll(async () => {
  fixture = createFixture('minimal');
  await build();
  // A second build reuses everything: what the cache hands over is what the specs look at.
  await build();
});
afterAll(() => fixture.remove());

describe('a rebuild from the cache', () => {
  it('publishes no file that shares its inode with a file of the cache folder', async () => {
    const cached = new Set(filesBelow(cache()).map((path) => statSync(cache(path)).ino));
    for (const path of filesBelow(fixture.dist)) {
      const stats = statSync(join(fixture.dist, path));
      expect(stats.nlink, `${path} has other names`).toBe(1);
      expect(cached.has(stats.ino), `${path} is a file of the cache`).toBe(false);
    }
    // Writing a cached card in place leaves the published one as it was.
    const published = readFileSync(join(fixture.dist, 'og', 'home.png'));
    for (const name of readdirSync(cache('journeybook', 'share-images'))) writeFileSync(cache('journeybook', 'share-images', name), 'written in place');
    expect(readFileSync(join(fixture.dist, 'og', 'home.png')).equals(published)).toBe(true);
  });

  it('renders again share images that are not whole PNG cards, instead of publishing them', async () => {
    // Left by the spec above, or written here: every cached card is garbage.
    for (const name of readdirSync(cache('journeybook', 'share-images'))) writeFileSync(cache('journeybook', 'share-images', name), 'not a png at all');
    const result = await build();
    for (const card of ['og/home.png', 'og/journeys/alta.png', 'og/personas/ana.png']) {
      expect(isCompletePng(readFileSync(join(fixture.dist, card)), { width: 1200, height: 630 }), card).toBe(true);
    }
    expect(result.stdout).toMatch(/share images: 3 rendered, 0 from cache/);
  });

  it('indexes a search shard again when a file of its kept copy is missing', async () => {
    const before = filesBelow(join(fixture.dist, 'pagefind'));
    const shards = cache('journeybook', 'search-index', 'personas');
    const [digest] = readdirSync(shards);
    const fragment = filesBelow(join(shards, digest!)).find((path) => path.startsWith('fragment/'))!;
    rmSync(join(shards, digest!, fragment));

    const result = await build();
    expect(filesBelow(join(fixture.dist, 'pagefind'))).toEqual(before);
    expect(statSync(join(fixture.dist, 'pagefind', 'shards', 'personas', fragment)).size).toBeGreaterThan(0);
    expect(result.stdout).toMatch(/search index: 1 pages in \d+ ms \(1 of 3 shards indexed, 2 copied\)/);
  });

  it('renders again a page whose copy in Astro’s cache was truncated, in this build and the next', async () => {
    const page = 'journeys/alta/index.html';
    const whole = fixture.read(page);
    truncateSync(cache('dist', page), Math.floor(whole.length / 2));

    await build();
    expect(fixture.read(page)).toBe(whole);
    await build();
    expect(fixture.read(page)).toBe(whole);
    // Two builds.
  }, 300_000);

  it('treats a validation-cache entry of the wrong shape as a miss: check and build both pass', async () => {
    const path = cache('journeybook', 'validation', 'files.json');
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, unknown> };
    let damaged = 0;
    for (const entry of Object.values(stored.entries)) {
      // The analysis is the entry itself (format 1) or under `analysis` (format 2).
      const analysis = ((entry as { analysis?: unknown }).analysis ?? entry) as { collection: string; data?: { phases?: unknown } };
      if (analysis.collection === 'journeys' && analysis.data) {
        analysis.data.phases = 'not a list';
        damaged++;
      }
    }
    expect(damaged).toBe(1);
    writeFileSync(path, JSON.stringify(stored));

    const check = await fixture.run('cli/check.ts');
    expect(check.code, check.stderr).toBe(0);
    const result = await fixture.run('cli/build.ts');
    expect(result.stderr).not.toContain('TypeError');
    expect(result.code, result.stderr).toBe(0);
    expect(fixture.exists('journeys/alta/index.html')).toBe(true);
  });
});
