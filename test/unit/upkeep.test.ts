import { describe, expect, it } from 'vitest';
import { staleJourneys, visionsWithoutBaseline } from '../../src/domain/upkeep.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const phases = [{ id: 'p', name: 'Fase' }];
const journey = (title: string, extra: Record<string, unknown> = {}) => ({ title, persona: 'ana', phases, touchpoints: [tp('p', 'a', 0)], ...extra });
const handbook = handbookOf({
  today: '2026-11-25',
  personas: { ana: { name: 'Ana' } },
  journeys: {
    a: journey('A', { reviewed: '2026-01-10' }),
    b: journey('B', { reviewed: '2025-03-01' }),
    c: journey('C', { reviewed: '2026-10-01' }),
    d: journey('D'),
    e: journey('E', { state: 'future', reviewed: '2026-02-01' }),
    f: journey('F', { state: 'future', compares: 'a' }),
  },
});

describe('upkeep', () => {
  it('lists stale journeys, current or future, oldest review first', () => {
    expect(staleJourneys(handbook.journeys).map((item) => item.slug)).toEqual(['b', 'a', 'e']);
  });

  it('lists future journeys that compare with nothing', () => {
    expect(visionsWithoutBaseline(handbook.journeys).map((item) => item.slug)).toEqual(['e']);
  });
});
