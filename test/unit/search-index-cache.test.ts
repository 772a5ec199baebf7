import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { searchIndexCache } from '../../src/integration/search-index-cache.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jb-search-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A shard's index as Pagefind writes it, in miniature. */
function writeIndex(folder: string): void {
  mkdirSync(join(folder, 'fragment'), { recursive: true });
  writeFileSync(join(folder, 'pagefind-entry.json'), '{"version":"1.6.0"}');
  writeFileSync(join(folder, 'fragment', 'es_1.pf_fragment'), 'fragment bytes');
}

const kept = (...path: string[]) => join(dir, 'cache', 'journeybook', 'search-index', 'personas', 'abc', ...path);

describe('the kept search shards', () => {
  it('restores a kept shard as copies of its own, file for file', () => {
    const cache = searchIndexCache(join(dir, 'cache'));
    writeIndex(join(dir, 'written'));
    cache.keep('personas', 'abc', join(dir, 'written'));
    expect(cache.restore('personas', 'abc', join(dir, 'site'))).toBe(true);
    expect(readFileSync(join(dir, 'site', 'fragment', 'es_1.pf_fragment'), 'utf8')).toBe('fragment bytes');
    expect(statSync(join(dir, 'site', 'fragment', 'es_1.pf_fragment')).nlink).toBe(1);
    expect(statSync(kept('fragment', 'es_1.pf_fragment')).nlink).toBe(1);
  });

  it('is a miss, and is deleted, when a file it lists is missing or changed', () => {
    const cache = searchIndexCache(join(dir, 'cache'));
    writeIndex(join(dir, 'written'));
    cache.keep('personas', 'abc', join(dir, 'written'));
    rmSync(kept('fragment', 'es_1.pf_fragment'));
    expect(cache.restore('personas', 'abc', join(dir, 'site'))).toBe(false);
    expect(existsSync(join(dir, 'site'))).toBe(false);
    expect(existsSync(kept())).toBe(false);

    cache.keep('personas', 'abc', join(dir, 'written'));
    writeFileSync(kept('pagefind-entry.json'), '{"version":"1.6.0"} ');
    expect(cache.restore('personas', 'abc', join(dir, 'site'))).toBe(false);
  });

  it('is a miss when its list of files is missing (a copy from older code, or cut short)', () => {
    const cache = searchIndexCache(join(dir, 'cache'));
    writeIndex(kept());
    expect(cache.restore('personas', 'abc', join(dir, 'site'))).toBe(false);
  });

  it('is a miss when its list names a file outside its folder', () => {
    const cache = searchIndexCache(join(dir, 'cache'));
    writeIndex(join(dir, 'written'));
    cache.keep('personas', 'abc', join(dir, 'written'));
    writeFileSync(kept('journeybook-files.json'), JSON.stringify({ files: { 'pagefind-entry.json': 'x', '../../../../../secret': 'y' } }));
    expect(cache.restore('personas', 'abc', join(dir, 'site'))).toBe(false);
  });
});
