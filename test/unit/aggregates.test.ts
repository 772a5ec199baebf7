import { describe, expect, it } from 'vitest';
import { aggregatesOf } from '../../src/handbook/aggregates.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const spec = {
  personas: { ana: { name: 'Ana' } },
  journeys: {
    hoy: { title: 'Hoy', persona: 'ana', phases: [{ id: 'p', name: 'Fase' }], touchpoints: [tp('p', 'a', -2, { pain: 'x' }), tp('p', 'b', 1)] },
    manana: { title: 'Mañana', persona: 'ana', state: 'future', compares: 'hoy', phases: [{ id: 'p', name: 'Fase' }], touchpoints: [tp('p', 'a', 1)] },
  },
};

describe('handbook aggregates', () => {
  it('computes each figure once per handbook, however many pages ask', () => {
    const handbook = handbookOf(spec);
    const first = aggregatesOf(handbook);
    expect(aggregatesOf(handbook)).toBe(first);
    expect(first.atlas).toBe(first.atlas);
    expect(first.pains).toBe(aggregatesOf(handbook).pains);
    expect(first.channelById.get('web')).toBe(first.channels[0]);
  });

  it('gives a new handbook (the dev server rebuilds one per request) its own figures', () => {
    const one = aggregatesOf(handbookOf(spec));
    const other = aggregatesOf(handbookOf(spec));
    expect(other).not.toBe(one);
    expect(other.atlas).not.toBe(one.atlas);
    expect(other.atlas.rows[0]!.cells.get('fase')!.mean).toBe(one.atlas.rows[0]!.cells.get('fase')!.mean);
  });

  it('compares every future journey with the journey it names', () => {
    const aggregates = aggregatesOf(handbookOf(spec));
    expect([...aggregates.comparisons.keys()]).toEqual(['manana']);
    expect(aggregates.comparisons.get('manana')!.current.slug).toBe('hoy');
    expect(aggregates.touchpointCount).toBe(3);
  });
});
