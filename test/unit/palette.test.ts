import { describe, expect, it } from 'vitest';
import { EMOTION_COLOURS, EMOTION_INK, emotionColour } from '../../src/chart/palette.ts';

/** WCAG 2.2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channel = (index: number) => {
    const value = parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

const EMOTIONS = [-3, -2, -1, 0, 1, 2, 3];

describe('the emotion palette', () => {
  it('has a colour and an ink for every emotion from −3 to 3', () => {
    for (const emotion of EMOTIONS) {
      expect(EMOTION_COLOURS[emotion]).toMatch(/^#[0-9a-f]{6}$/i);
      expect(EMOTION_INK[emotion]).toMatch(/^#[0-9a-f]{6}$/i);
    }
  });

  it.each(EMOTIONS)('writes text on emotion %i with a contrast of at least 4.5:1', (emotion) => {
    expect(contrast(EMOTION_COLOURS[emotion]!, EMOTION_INK[emotion]!)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every emotion its own colour', () => {
    expect(new Set(EMOTIONS.map((emotion) => EMOTION_COLOURS[emotion])).size).toBe(EMOTIONS.length);
  });

  it('darkens towards both ends of the scale, so strength reads without hue', () => {
    expect(luminance(EMOTION_COLOURS[-3]!)).toBeLessThan(luminance(EMOTION_COLOURS[-1]!));
    expect(luminance(EMOTION_COLOURS[3]!)).toBeLessThan(luminance(EMOTION_COLOURS[1]!));
  });

  it('rounds and clamps any number to a colour of the scale', () => {
    expect(emotionColour(2)).toBe(EMOTION_COLOURS[2]);
    expect(emotionColour(-1.4)).toBe(EMOTION_COLOURS[-1]);
    expect(emotionColour(0.33)).toBe(EMOTION_COLOURS[0]);
    expect(emotionColour(7)).toBe(EMOTION_COLOURS[3]);
    expect(emotionColour(-9)).toBe(EMOTION_COLOURS[-3]);
  });
});
