import { describe, expect, it } from 'vitest';
import { cardHash, stableJson } from '../../src/og/card-hash.ts';

describe('share image cache keys', () => {
  it('does not depend on the order in which the card data was built', () => {
    expect(cardHash({ title: 'Alta', persona: { name: 'Ana', role: 'Clienta' } })).toBe(cardHash({ persona: { role: 'Clienta', name: 'Ana' }, title: 'Alta' }));
  });

  it('changes with any value, however deep, including the order of a list', () => {
    const base = { title: 'Alta', phases: ['Descubrir', 'Contratar'], persona: { name: 'Ana' } };
    const key = cardHash(base);
    expect(cardHash({ ...base, title: 'Alta online' })).not.toBe(key);
    expect(cardHash({ ...base, phases: ['Contratar', 'Descubrir'] })).not.toBe(key);
    expect(cardHash({ ...base, persona: { name: 'Ana Fernández' } })).not.toBe(key);
  });

  it('tells a missing value from an undefined one only as JSON does', () => {
    expect(stableJson({ a: 1, b: undefined })).toBe(stableJson({ a: 1 }));
  });

  it('is a file-name-safe hexadecimal string', () => {
    expect(cardHash({ accent: '#0b6e6e' })).toMatch(/^[0-9a-f]{40}$/);
  });
});
