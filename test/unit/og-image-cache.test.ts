import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { imageCache } from '../../src/og/image-cache.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jb-og-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the share image cache', () => {
  it('reports a miss for an image it never stored', async () => {
    const cache = imageCache(join(dir, 'cache'));
    expect(await cache.copyTo('abc', join(dir, 'out.png'))).toBe(false);
    expect(existsSync(join(dir, 'out.png'))).toBe(false);
  });

  it('copies a stored image to where the build wants it, byte for byte', async () => {
    const cache = imageCache(join(dir, 'cache'));
    await cache.store('abc', Buffer.from('png bytes'));
    expect(await cache.copyTo('abc', join(dir, 'out.png'))).toBe(true);
    expect(readFileSync(join(dir, 'out.png'), 'utf8')).toBe('png bytes');
  });

  it('leaves no temporary file behind after storing', async () => {
    const cache = imageCache(join(dir, 'cache'));
    await Promise.all([cache.store('abc', Buffer.from('one')), cache.store('abc', Buffer.from('one')), cache.store('def', Buffer.from('two'))]);
    expect(readdirSync(join(dir, 'cache')).sort()).toEqual(['abc.png', 'def.png']);
  });

  it('prunes only images this build did not use and nobody touched for a long time', async () => {
    const cache = imageCache(join(dir, 'cache'));
    for (const key of ['used', 'old', 'recent']) await cache.store(key, Buffer.from(key));
    const longAgo = new Date(Date.now() - 60 * 24 * 3600 * 1000);
    utimesSync(join(dir, 'cache', 'used.png'), longAgo, longAgo);
    utimesSync(join(dir, 'cache', 'old.png'), longAgo, longAgo);
    expect(await cache.prune(new Set(['used']), 30 * 24 * 3600 * 1000)).toBe(1);
    expect(readdirSync(join(dir, 'cache')).sort()).toEqual(['recent.png', 'used.png']);
  });

  it('keeps an image that a build copied recently, even if an older build stored it', async () => {
    const cache = imageCache(join(dir, 'cache'));
    await cache.store('hit', Buffer.from('hit'));
    const longAgo = new Date(Date.now() - 60 * 24 * 3600 * 1000);
    utimesSync(join(dir, 'cache', 'hit.png'), longAgo, longAgo);
    await cache.copyTo('hit', join(dir, 'out.png'));
    expect(await cache.prune(new Set(), 30 * 24 * 3600 * 1000)).toBe(0);
  });
});
