import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { twemojiFolder } from '../../src/og/card-assets.ts';
import { createTwemojiLookup } from '../../src/og/emoji-file.ts';

const installed = createTwemojiLookup(readdirSync(twemojiFolder()));

describe('emoji drawn from the installed Twemoji set', () => {
  it('names a plain emoji after its code point', () => {
    expect(installed('👴')).toBe('1f474.svg');
    expect(installed('🙂')).toBe('1f642.svg');
  });

  it('finds ZWJ sequences such as a woman technologist and a man mechanic', () => {
    expect(installed('👩‍💻')).toBe('1f469-200d-1f4bb.svg');
    expect(installed('👨‍🔧')).toBe('1f468-200d-1f527.svg');
  });

  it('drops the U+FE0F selector outside a ZWJ sequence, as Twemoji names its files', () => {
    expect(installed('❤️')).toBe('2764.svg');
    expect(installed('❤')).toBe('2764.svg');
  });

  it('keeps U+FE0F inside a ZWJ sequence, even when the author left it out', () => {
    expect(installed('❤️‍🔥')).toBe('2764-fe0f-200d-1f525.svg');
    expect(installed('❤\u200d🔥')).toBe('2764-fe0f-200d-1f525.svg');
    expect(installed('🏳️‍🌈')).toBe('1f3f3-fe0f-200d-1f308.svg');
  });

  it('finds skin tones, flags and keycaps', () => {
    expect(installed('👍🏽')).toBe('1f44d-1f3fd.svg');
    expect(installed('🇪🇸')).toBe('1f1ea-1f1f8.svg');
    expect(installed('1️⃣')).toBe('31-20e3.svg');
  });

  it('falls back to the base emoji of a sequence the set does not know', () => {
    const lookup = createTwemojiLookup(['1f469.svg']);
    expect(lookup('👩‍🦽‍➡️')).toBe('1f469.svg');
  });

  it('finds nothing for text that is not in the set', () => {
    expect(createTwemojiLookup(['1f469.svg'])('x')).toBeUndefined();
    expect(installed('')).toBeUndefined();
  });
});
