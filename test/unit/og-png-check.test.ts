import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { isCompletePng } from '../../src/og/png-check.ts';

const CARD = { width: 1200, height: 630 };
let png: Buffer;

beforeAll(async () => {
  png = await sharp({ create: { width: 1200, height: 630, channels: 3, background: '#3355aa' } }).png().toBuffer();
});

describe('recognising a whole PNG image', () => {
  it('accepts a PNG of the expected size as sharp writes it', () => {
    expect(isCompletePng(png, CARD)).toBe(true);
  });

  it('refuses bytes that are not a PNG at all', () => {
    expect(isCompletePng(Buffer.from('not an image, just some text that is long enough to look like one'), CARD)).toBe(false);
    expect(isCompletePng(Buffer.alloc(0), CARD)).toBe(false);
  });

  it('refuses a PNG cut short at any point', () => {
    for (const length of [8, 20, 33, png.length - 12, png.length - 1]) expect(isCompletePng(png.subarray(0, length), CARD), `cut at ${length}`).toBe(false);
  });

  it('refuses a PNG with one damaged byte inside a chunk (its checksum no longer matches)', () => {
    const damaged = Buffer.from(png);
    const middle = Math.floor(png.length / 2);
    damaged[middle] = damaged[middle]! ^ 0xff;
    expect(isCompletePng(damaged, CARD)).toBe(false);
  });

  it('refuses trailing bytes after the end of the image', () => {
    expect(isCompletePng(Buffer.concat([png, Buffer.from('extra')]), CARD)).toBe(false);
  });

  it('refuses a whole PNG of another size', () => {
    expect(isCompletePng(png, { width: 630, height: 1200 })).toBe(false);
  });
});
