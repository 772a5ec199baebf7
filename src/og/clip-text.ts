const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Collapses runs of white space (line breaks in YAML block strings included) into single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Cuts a text to at most `max` characters, ending with "…". It cuts between graphemes, so an
 * accented letter or an emoji is never split, and at the last word boundary when one is near, so
 * a word is not left half-written. This bound counts characters, not widths: it keeps a
 * 5,000-character quote from costing layout time and bloating the cache key. Fitting the text in
 * its box is the layout's job: clamped() in card-elements.ts, measured with the card's fonts.
 */
export function clipText(text: string, max: number): string {
  const clean = oneLine(text);
  const parts = Array.from(graphemes.segment(clean), (part) => part.segment);
  if (parts.length <= max) return clean;
  let kept = parts.slice(0, Math.max(1, max - 1)).join('');
  const lastSpace = kept.lastIndexOf(' ');
  if (lastSpace > kept.length * 0.6) kept = kept.slice(0, lastSpace);
  return `${kept.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}
