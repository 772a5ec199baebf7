import { describe, expect, it } from 'vitest';
import { separateBlockText } from '../../src/integration/search-text.ts';

/** The text of some HTML as an indexer that separates only p, td, li and div would read it. */
const indexedText = (html: string) =>
  html
    .replace(/<\/?(p|td|li|div)\b[^>]*>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('the copy of a page handed to the search indexer', () => {
  it('keeps the words of neighbouring table header cells apart', () => {
    const html = '<table><thead><tr><th scope="col">Fase</th><th>Emoción</th><th>Puntos de contacto</th></tr></thead></table>';
    expect(indexedText(separateBlockText(html))).toBe('Fase Emoción Puntos de contacto');
    expect(indexedText(html)).toBe('FaseEmociónPuntos de contacto');
  });

  it('keeps a definition list, a caption and label spans apart from their neighbours', () => {
    const html = '<dl><dt>Responsable</dt><dd>Canales</dd></dl><figure><figcaption>Leyenda</figcaption></figure><span class="fact-label">Protagonista</span><strong>María</strong>';
    expect(indexedText(separateBlockText(html))).toBe('Responsable Canales Leyenda Protagonista María');
  });

  it('leaves words inside other inline elements whole, and tags with similar names alone', () => {
    const html = '<p><em>pala</em>bra <thead-like>x</thead-like><b>y</b>z <time>hoy</time></p>';
    expect(separateBlockText(html)).toBe(html);
  });
});
