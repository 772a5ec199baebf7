import { describe, expect, it } from 'vitest';
import { journeyToJson } from '../../src/export/journey-json.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const handbook = handbookOf({
  personas: { ana: { name: 'Ana' } },
  stages: [{ id: 'contratar', name: 'Contratar' }],
  journeys: {
    detalle: { title: 'La firma, paso a paso', persona: 'ana', phases: [{ id: 'f', name: 'Firmar', stage: 'contratar' }], touchpoints: [tp('f', 'Firma', 1)] },
    alta: {
      title: 'Alta',
      persona: 'ana',
      kpis: [{ name: 'NPS', value: 12, target: 30 }, { name: 'Visitas', value: 3 }],
      phases: [
        { id: 'd', name: 'Descubrir' },
        { id: 'v', name: 'Vacía' },
        { id: 'c', name: 'Contratar', stage: 'contratar' },
      ],
      reviewed: '2026-01-31',
      review_every: '1 año',
      touchpoints: [
        tp('d', 'a', -1),
        tp('d', 'b', 'negative', { moment: 'pain' }),
        tp('c', 'c', 2, {
          id: 'firma',
          moment: 'truth',
          sources: ['entrevistas'],
          quote: 'Firmé sin leer la letra pequeña.',
          detail: 'detalle',
          tags: ['Autónomos', 'firma'],
        }),
        tp('c', 'd', 2),
      ],
    },
  },
  research: { entrevistas: { title: 'Entrevistas', method: 'interview', date: '2026-03-01' } },
});
const json = journeyToJson(handbook.journeyBySlug.get('alta')!, handbook);

describe('journey JSON', () => {
  it('has every key of docs/format.md#journey-json, nulls for what the author left out', () => {
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['slug', 'title', 'summary', 'state', 'compares', 'persona', 'reviewed', 'stale', 'nextReview', 'phases', 'touchpoints', 'stats']));
    expect(json).toMatchObject({ slug: 'alta', summary: null, state: 'current', compares: null, persona: { slug: 'ana', name: 'Ana' }, reviewed: '2026-01-31', stale: false });
  });

  it('gives every KPI all its keys', () => {
    expect(json.kpis).toEqual([
      { name: 'NPS', value: 12, unit: null, target: 30, better: 'higher' },
      { name: 'Visitas', value: 3, unit: null, target: null, better: 'higher' },
    ]);
  });

  it('computes phase emotions, with null for a phase with no touchpoints', () => {
    expect(json.phases.map((phase) => [phase.id, phase.touchpoints, phase.emotion])).toEqual([
      ['d', ['t1', 't2'], { mean: -1.5, min: -2, max: -1 }],
      ['v', [], null],
      ['c', ['firma', 't4'], { mean: 2, min: 2, max: 2 }],
    ]);
  });

  it('fills touchpoint defaults and writes emotion words as integers', () => {
    expect(json.touchpoints[1]).toMatchObject({ id: 't2', emotion: -2, importance: 3, moment: 'pain', owner: null, evidence: [], kpis: [], detail: null, tags: [] });
  });

  it("gives each phase its stage (null without one) and each touchpoint its detail and tags", () => {
    expect(json.phases.map((phase) => phase.stage)).toEqual([null, null, 'contratar']);
    expect(json.touchpoints[2]).toMatchObject({ id: 'firma', detail: 'detalle', tags: ['Autónomos', 'firma'] });
  });

  it('names the earliest touchpoint among equal extremes', () => {
    // Mean (−1 − 2 + 2 + 2) / 4 = 0.25; highest 2 first at "firma".
    expect(json.stats).toEqual({ emotionMean: 0.25, lowest: 't2', highest: 'firma', momentsOfTruth: ['firma'], momentsOfPain: ['t2'], evidenceCoverage: 0.25 });
  });

  it('gives every touchpoint its sources ([] without) and quote (null without)', () => {
    expect(json.touchpoints.map((touchpoint) => [touchpoint.sources, touchpoint.quote])).toEqual([
      [[], null],
      [[], null],
      [['entrevistas'], 'Firmé sin leer la letra pequeña.'],
      [[], null],
    ]);
  });

  it('says when the next review is due: the last review plus review_every', () => {
    expect(json.nextReview).toBe('2027-01-31');
  });
});
