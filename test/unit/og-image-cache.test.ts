import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { imageCache } from '../../src/og/image-cache.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jb-og-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Stands in for the PNG check: an image is intact when it starts with "png". */
const startsWithPng = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1').startsWith('png');
const open = () => imageCache(join(dir, 'cache'), startsWithPng);

describe('the share image cache', () => {
  it('reports a miss for an image it never stored', async () => {
    const cache = open();
    expect(await cache.copyTo('abc', join(dir, 'out.png'))).toBe(false);
    expect(existsSync(join(dir, 'out.png'))).toBe(false);
  });

  it('copies a stored image to where the build wants it, byte for byte', async () => {
    const cache = open();
    await cache.store('abc', Buffer.from('png bytes'));
    expect(await cache.copyTo('abc', join(dir, 'out.png'))).toBe(true);
    expect(readFileSync(join(dir, 'out.png'), 'utf8')).toBe('png bytes');
  });

  it('writes a copy of its own, so writing to the cached image in place leaves the copy as it was', async () => {
    const cache = open();
    await cache.store('abc', Buffer.from('png bytes'));
    await cache.copyTo('abc', join(dir, 'out.png'));
    expect(statSync(join(dir, 'out.png')).nlink).toBe(1);
    writeFileSync(join(dir, 'cache', 'abc.png'), 'png changed in place');
    expect(readFileSync(join(dir, 'out.png'), 'utf8')).toBe('png bytes');
  });

  it('replaces a target that was a hard link to another file instead of writing through it', async () => {
    const cache = open();
    await cache.store('abc', Buffer.from('png new'));
    writeFileSync(join(dir, 'other.png'), 'png other');
    linkSync(join(dir, 'other.png'), join(dir, 'out.png'));
    await cache.copyTo('abc', join(dir, 'out.png'));
    expect(readFileSync(join(dir, 'other.png'), 'utf8')).toBe('png other');
  });

  it('treats a damaged image as a miss, deletes it, and never copies it', async () => {
    const cache = open();
    await cache.store('abc', Buffer.from('png bytes'));
    writeFileSync(join(dir, 'cache', 'abc.png'), 'garbage');
    expect(await cache.copyTo('abc', join(dir, 'out.png'))).toBe(false);
    expect(existsSync(join(dir, 'out.png'))).toBe(false);
    expect(existsSync(join(dir, 'cache', 'abc.png'))).toBe(false);
    expect(await cache.read('abc')).toBeUndefined();
  });

  it('leaves no temporary file behind after storing', async () => {
    const cache = open();
    await Promise.all([cache.store('abc', Buffer.from('one')), cache.store('abc', Buffer.from('one')), cache.store('def', Buffer.from('two'))]);
    expect(readdirSync(join(dir, 'cache')).sort()).toEqual(['abc.png', 'def.png']);
  });

  it('prunes only images this build did not use and nobody touched for a long time', async () => {
    const cache = open();
    for (const key of ['used', 'old', 'recent']) await cache.store(key, Buffer.from(key));
    const longAgo = new Date(Date.now() - 60 * 24 * 3600 * 1000);
    utimesSync(join(dir, 'cache', 'used.png'), longAgo, longAgo);
    utimesSync(join(dir, 'cache', 'old.png'), longAgo, longAgo);
    expect(await cache.prune(new Set(['used']), 30 * 24 * 3600 * 1000)).toBe(1);
    expect(readdirSync(join(dir, 'cache')).sort()).toEqual(['recent.png', 'used.png']);
  });

  it('keeps an image that a build copied recently, even if an older build stored it', async () => {
    const cache = open();
    await cache.store('hit', Buffer.from('png hit'));
    const longAgo = new Date(Date.now() - 60 * 24 * 3600 * 1000);
    utimesSync(join(dir, 'cache', 'hit.png'), longAgo, longAgo);
    await cache.copyTo('hit', join(dir, 'out.png'));
    expect(await cache.prune(new Set(), 30 * 24 * 3600 * 1000)).toBe(0);
  });
});
