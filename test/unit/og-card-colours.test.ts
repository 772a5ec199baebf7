import { describe, expect, it } from 'vitest';
import { cardColours, contrastRatio } from '../../src/og/card-colours.ts';

const accents = ['#0b6e6e', '#ffd700', '#7fffd4', '#ff69b4', '#1a1a1a', '#ffffff', '#b35806', '#7a3e9d'];

describe('share card colours from the site accent', () => {
  it.each(accents)('keeps text in the accent %s readable (WCAG AA, 4.5:1) on the card', (accent) => {
    const colours = cardColours(accent);
    expect(contrastRatio(colours.accentInk, colours.background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(accents)('writes initials on the accent %s in whichever of white and ink reads better (3:1 for large text)', (accent) => {
    const colours = cardColours(accent);
    const other = colours.onAccent === '#ffffff' ? colours.ink : '#ffffff';
    expect(contrastRatio(colours.onAccent, colours.accent)).toBeGreaterThanOrEqual(contrastRatio(other, colours.accent));
    expect(contrastRatio(colours.onAccent, colours.accent)).toBeGreaterThanOrEqual(3);
  });

  it.each(accents)('keeps the curve drawn in the accent %s visible (3:1) on its panel', (accent) => {
    const colours = cardColours(accent);
    expect(contrastRatio(colours.accentLine, colours.surface)).toBeGreaterThanOrEqual(3);
  });

  it('uses a dark accent unchanged', () => {
    const colours = cardColours('#0B6E6E');
    expect(colours.accent).toBe('#0b6e6e');
    expect(colours.accentInk).toBe('#0b6e6e');
  });

  it('keeps the muted grey of body text readable on the card', () => {
    const colours = cardColours('#0b6e6e');
    expect(contrastRatio(colours.muted, colours.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(colours.warningInk, colours.warningBackground)).toBeGreaterThanOrEqual(4.5);
  });

  it('computes the WCAG contrast of black on white as 21', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
