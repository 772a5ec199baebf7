import { existsSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordAstroPageCache, verifyAstroPageCache } from '../../src/integration/astro-page-cache.ts';

let cacheDir: string;
beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'jb-astro-pages-'));
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

/** A page in Astro's cache of pages, as its incremental builds write them. */
function keep(path: string, html: string): string {
  const file = join(cacheDir, 'dist', path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, html);
  return file;
}

describe('the check of the pages Astro keeps between builds', () => {
  it('keeps every page the last finished build wrote down, untouched', () => {
    keep('journeys/alta/index.html', '<html>alta</html>');
    keep('journeys/alta.json', '{}');
    recordAstroPageCache(cacheDir, new Map());
    const { verified, discarded } = verifyAstroPageCache(cacheDir);
    expect(discarded).toEqual([]);
    expect([...verified.keys()].sort()).toEqual(['journeys/alta.json', 'journeys/alta/index.html']);
  });

  it('deletes a page changed since, so that Astro renders it again', () => {
    const page = keep('journeys/alta/index.html', '<html>alta, the whole page</html>');
    recordAstroPageCache(cacheDir, new Map());
    truncateSync(page, 10);
    expect(verifyAstroPageCache(cacheDir).discarded).toEqual(['journeys/alta/index.html']);
    expect(existsSync(page)).toBe(false);
  });

  it('deletes a page no finished build wrote down (a build killed while Astro wrote it)', () => {
    keep('journeys/alta/index.html', '<html>alta</html>');
    recordAstroPageCache(cacheDir, new Map());
    const late = keep('journeys/baja/index.html', '<html>ba');
    expect(verifyAstroPageCache(cacheDir).discarded).toEqual(['journeys/baja/index.html']);
    expect(existsSync(late)).toBe(false);
  });

  it('deletes Astro’s list of kept pages when it changed since, so that Astro renders every page', () => {
    keep('journeys/alta/index.html', '<html>alta</html>');
    const manifest = join(cacheDir, 'incremental-build.json');
    writeFileSync(manifest, '{"version":1,"routes":{}}');
    recordAstroPageCache(cacheDir, new Map());
    expect(verifyAstroPageCache(cacheDir).discarded).toEqual([]);
    writeFileSync(manifest, '{"version":1,"routes":{"src/pages/x.astro":{"paths":"not an object"}}}');
    expect(verifyAstroPageCache(cacheDir).discarded).toEqual(['incremental-build.json']);
    expect(existsSync(manifest)).toBe(false);
  });

  it('writes down a page rendered again during the build, not the digest it had before', () => {
    const page = keep('journeys/alta/index.html', '<html>old</html>');
    recordAstroPageCache(cacheDir, new Map());
    const { verified } = verifyAstroPageCache(cacheDir);
    writeFileSync(page, '<html>rendered again, longer</html>');
    recordAstroPageCache(cacheDir, verified);
    expect(verifyAstroPageCache(cacheDir).discarded).toEqual([]);
  });
});
