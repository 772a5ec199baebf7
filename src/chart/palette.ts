/**
 * Emotion colours from ColorBrewer's PuOr diverging scheme: orange for negative, purple for
 * positive. It stays distinguishable for the common colour-vision deficiencies (unlike
 * red/green), and every chart also encodes emotion by height and moments by shape.
 */
export const EMOTION_COLOURS: Record<number, string> = {
  [-3]: '#b35806',
  [-2]: '#e08214',
  [-1]: '#fdb863',
  0: '#b8b8b8',
  1: '#b2abd2',
  2: '#8073ac',
  3: '#542788',
};

/** Text colour readable on each emotion colour (WCAG contrast ≥ 4.5 with black or white). */
export const EMOTION_INK: Record<number, string> = {
  [-3]: '#ffffff',
  [-2]: '#1a1a1a',
  [-1]: '#1a1a1a',
  0: '#1a1a1a',
  1: '#1a1a1a',
  2: '#000000',
  3: '#ffffff',
};

export function emotionColour(emotion: number): string {
  return EMOTION_COLOURS[Math.max(-3, Math.min(3, Math.round(emotion)))]!;
}
