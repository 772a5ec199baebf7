import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../src/validate/did-you-mean.ts';

describe('did you mean, for swapped letters', () => {
  it('counts two neighbouring letters written in the wrong order as one typo', () => {
    expect(editDistance('pedri', 'pedir')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });
  it('suggests the phase whose letters were swapped', () => {
    expect(closestMatch('pedri', ['pedir', 'acudir'])).toBe('pedir');
  });
  it('still counts unrelated words as far apart', () => {
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(closestMatch('web', ['phone', 'postal'])).toBeUndefined();
  });
});
