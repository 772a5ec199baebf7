import { describe, expect, it } from 'vitest';
import { firstRead } from '../../src/domain/start-here.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const phases = [{ id: 'p', name: 'Fase' }];
const journey = (title: string, touchpoints: unknown[], extra: Record<string, unknown> = {}) => ({ title, persona: 'ana', phases, touchpoints, ...extra });

describe('first read for a newcomer', () => {
  it('picks the fresh current journey with the most highs and lows, then the longest', () => {
    const handbook = handbookOf({
      personas: { ana: { name: 'Ana' } },
      journeys: {
        a: journey('A', [tp('p', '1', 2, { moment: 'truth' }), tp('p', '2', 0)]),
        b: journey('B', [tp('p', '1', 2, { moment: 'truth' }), tp('p', '2', 0), tp('p', '3', 1)]),
        c: journey('C', [tp('p', '1', 2, { moment: 'truth' }), tp('p', '2', -3, { moment: 'pain' })], { reviewed: '2024-01-01' }),
        d: journey('D', [tp('p', '1', 2, { moment: 'truth' }), tp('p', '2', -3, { moment: 'pain' })], { state: 'future' }),
      },
    });
    // C and D have more moments, but C is stale and D is a vision; B ties A on moments and is longer.
    expect(firstRead(handbook.journeys)?.slug).toBe('b');
    expect(firstRead(handbook.journeys.filter((item) => item.slug === 'c' || item.slug === 'd'))?.slug).toBe('c');
    expect(firstRead([])).toBeUndefined();
  });
});
