import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean } from '../../src/validate/did-you-mean.ts';

describe('did you mean', () => {
  it('suggests a phase one typo away', () => {
    expect(closestMatch('compra', ['descubrir', 'comprar'])).toBe('comprar');
  });
  it('ignores accents and case when comparing', () => {
    expect(closestMatch('Atencion', ['atención', 'web'])).toBe('atención');
  });
  it('suggests nothing when no candidate is close', () => {
    expect(didYouMean('zzz', ['web', 'app'])).toBe('');
  });
});
