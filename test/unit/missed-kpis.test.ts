import { describe, expect, it } from 'vitest';
import { kpisMissingTarget, relativeGap } from '../../src/domain/missed-kpis.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const handbook = handbookOf({
  personas: { ana: { name: 'Ana' } },
  journeys: {
    uno: {
      title: 'Uno',
      persona: 'ana',
      kpis: [
        { name: 'NPS', value: 12, target: 30 }, // misses by 18 / 30 = 0.6
        { name: 'Quejas', value: 5, target: 10, better: 'lower' }, // met
        { name: 'Sin objetivo', value: 1 },
      ],
      phases: [{ id: 'p', name: 'Fase', kpis: [{ name: 'Abandono', value: 41, unit: '%', target: 25, better: 'lower' }] }], // 16 / 25 = 0.64
      touchpoints: [tp('p', 'a', 1), tp('p', 'b', -1, { id: 'form', kpis: [{ name: 'Minutos', value: 19, target: 8, better: 'lower' }] })], // 11 / 8 = 1.375
    },
    vision: {
      title: 'Visión',
      persona: 'ana',
      state: 'future',
      kpis: [{ name: 'NPS', value: 1, target: 30 }],
      phases: [{ id: 'p', name: 'Fase' }],
      touchpoints: [tp('p', 'a', 1)],
    },
  },
});

describe('KPIs that miss their target', () => {
  it('measures the gap relative to the target', () => {
    expect(relativeGap({ name: 'x', value: 12, target: 30, better: 'higher' })).toBeCloseTo(0.6);
    expect(relativeGap({ name: 'x', value: 3, target: 0, better: 'lower' })).toBe(Number.POSITIVE_INFINITY);
  });

  it('lists the misses of current journeys, furthest from target first, with where they are measured', () => {
    expect(kpisMissingTarget(handbook.journeys).map((item) => [item.kpi.name, item.level, item.of, item.touchpointId])).toEqual([
      ['Minutos', 'touchpoint', 'b', 'form'],
      ['Abandono', 'phase', 'Fase', undefined],
      ['NPS', 'journey', undefined, undefined],
    ]);
  });
});
