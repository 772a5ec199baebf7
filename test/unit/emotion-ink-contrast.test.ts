import { describe, expect, it } from 'vitest';
import { EMOTION_COLOURS, EMOTION_INK } from '../../src/chart/palette.ts';

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('emotion badge colours', () => {
  it('pair every emotion colour with a text colour of at least 4.5:1 contrast (WCAG 1.4.3, normal text)', () => {
    const failing = Object.keys(EMOTION_COLOURS)
      .map(Number)
      .map((emotion) => ({ emotion, ratio: contrast(EMOTION_COLOURS[emotion]!, EMOTION_INK[emotion]!) }))
      .filter(({ ratio }) => ratio < 4.5)
      .map(({ emotion, ratio }) => `${emotion}: ${EMOTION_INK[emotion]} on ${EMOTION_COLOURS[emotion]} is ${ratio.toFixed(2)}:1`);
    expect(failing).toEqual([]);
  });

  it('covers every emotion from -3 to 3', () => {
    expect(Object.keys(EMOTION_INK).map(Number).sort((a, b) => a - b)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  });
});
