import { describe, expect, it } from 'vitest';
import { clipText, oneLine } from '../../src/og/clip-text.ts';

describe('texts cut for a share card', () => {
  it('leaves a text that fits as it is', () => {
    expect(clipText('¿Qué necesito para empezar?', 40)).toBe('¿Qué necesito para empezar?');
  });

  it('cuts a long text at a word boundary and ends it with an ellipsis', () => {
    const clipped = clipText('Llama al centro de atención para bloquear la tarjeta perdida', 30);
    expect(clipped).toBe('Llama al centro de atención…');
    expect(Array.from(clipped).length).toBeLessThanOrEqual(30);
  });

  it('never leaves a comma or a space before the ellipsis', () => {
    expect(clipText('Bloquear, pedir otra, esperar y recibir', 11)).toBe('Bloquear…');
  });

  it('cuts inside a single very long word when there is no space to cut at', () => {
    expect(clipText('Supercalifragilísticoexpialidoso', 10)).toBe('Supercali…');
  });

  it('never splits an accented letter written with a combining mark, nor an emoji sequence', () => {
    const decomposed = 'Fernande\u0301z Fernande\u0301z';
    expect(clipText(decomposed, 9)).toBe('Fernande\u0301…');
    expect(clipText('👩‍💻👩‍💻👩‍💻👩‍💻', 3)).toBe('👩‍💻👩‍💻…');
  });

  it('turns line breaks of a YAML block string into spaces', () => {
    expect(oneLine('Una frase\n  partida   en\tlíneas ')).toBe('Una frase partida en líneas');
  });
});
