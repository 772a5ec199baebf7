import { describe, expect, it } from 'vitest';
import { journeySchema, phaseSchema, touchpointSchema } from '../../src/schema/journey.ts';

const minimalTouchpoint = { phase: 'descubrir', title: 'Lee la web', channel: 'web', emotion: 1 };
const minimalJourney = {
  title: 'Abrir una cuenta',
  persona: 'ana',
  phases: [{ id: 'descubrir', name: 'Descubrir' }],
  touchpoints: [minimalTouchpoint],
};

describe('the journey schema', () => {
  it('accepts every field of docs/format.md#journeys', () => {
    const kpi = { name: 'Abandono', value: 38, unit: '%', target: 20, better: 'lower' };
    const full = {
      title: 'Abrir una cuenta online',
      persona: 'banca/maria-gomez',
      summary: 'María abre su primera cuenta sin pisar una oficina.',
      scenario: 'Se muda y quiere una cuenta sin comisiones.',
      state: 'future',
      compares: 'banca/alta-online',
      owner: 'Equipo de canales digitales',
      reviewed: '2026-10-01',
      tags: ['onboarding', 'digital'],
      kpis: [kpi],
      phases: [{ id: 'descubrir', name: 'Descubrir', goal: 'Saber si le conviene', duration: '2 días', kpis: [{ name: 'Visitas', value: 1200 }] }],
      touchpoints: [
        {
          id: 'compara',
          phase: 'descubrir',
          title: 'Compara cuentas',
          channel: 'web',
          emotion: 2,
          feeling: 'ilusionada',
          thought: '¿De verdad no hay comisiones?',
          pain: 'La letra pequeña no se entiende',
          opportunity: 'Un comparador claro',
          moment: 'truth',
          importance: 5,
          owner: 'Marketing digital',
          evidence: ['Página de producto'],
          backstage: ['Actualización de tarifas'],
          support: ['CMS', 'Motor de precios'],
          kpis: [{ name: 'Tiempo en página', value: 95, unit: 's' }],
        },
      ],
    };
    const parsed = journeySchema.parse(full);
    expect(parsed).toEqual({ ...full, kpis: [kpi], phases: [{ ...full.phases[0], kpis: [{ name: 'Visitas', value: 1200, better: 'higher' }] }], touchpoints: [{ ...full.touchpoints[0], kpis: [{ name: 'Tiempo en página', value: 95, unit: 's', better: 'higher' }] }] });
  });

  it('fills the defaults: state current, importance 3, KPIs better when higher', () => {
    const parsed = journeySchema.parse({ ...minimalJourney, kpis: [{ name: 'NPS', value: 12 }] });
    expect(parsed.state).toBe('current');
    expect(parsed.touchpoints[0]!.importance).toBe(3);
    expect(parsed.kpis![0]!.better).toBe('higher');
  });

  it('leaves the touchpoint id to be defaulted by position later', () => {
    expect(journeySchema.parse(minimalJourney).touchpoints[0]!.id).toBeUndefined();
  });

  it('turns the emotion words into integers', () => {
    const parsed = journeySchema.parse({
      ...minimalJourney,
      touchpoints: ['positive', 'neutral', 'negative', -3, 3].map((emotion) => ({ ...minimalTouchpoint, emotion })),
    });
    expect(parsed.touchpoints.map((touchpoint) => touchpoint.emotion)).toEqual([2, 0, -2, -3, 3]);
  });

  it('requires title, persona, phases and touchpoints', () => {
    const result = journeySchema.safeParse({});
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['persona', 'phases', 'title', 'touchpoints']);
  });

  it('requires at least one phase and one touchpoint', () => {
    expect(journeySchema.safeParse({ ...minimalJourney, phases: [] }).success).toBe(false);
    expect(journeySchema.safeParse({ ...minimalJourney, touchpoints: [] }).success).toBe(false);
  });

  it.each([
    ['the journey', { ...minimalJourney, sumary: 'x' }],
    ['a phase', { ...minimalJourney, phases: [{ id: 'descubrir', name: 'Descubrir', objetivo: 'x' }] }],
    ['a touchpoint', { ...minimalJourney, touchpoints: [{ ...minimalTouchpoint, emocion: 2 }] }],
    ['a KPI', { ...minimalJourney, kpis: [{ name: 'NPS', value: 1, objetivo: 2 }] }],
  ])('rejects an unknown field in %s', (_where, data) => {
    const result = journeySchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.code).toBe('unrecognized_keys');
  });

  it('accepts only current or future as the state', () => {
    expect(journeySchema.safeParse({ ...minimalJourney, state: 'vision' }).success).toBe(false);
  });

  it('accepts a review date only as a real YYYY-MM-DD date', () => {
    expect(journeySchema.parse({ ...minimalJourney, reviewed: new Date('2026-03-09T00:00:00Z') }).reviewed).toBe('2026-03-09');
    for (const reviewed of ['2026-02-29', '2026-13-01', '9/3/2026', '2026-3-9']) {
      expect(journeySchema.safeParse({ ...minimalJourney, reviewed }).success, reviewed).toBe(false);
    }
    expect(journeySchema.parse({ ...minimalJourney, reviewed: '2028-02-29' }).reviewed).toBe('2028-02-29');
  });

  it('trims titles and rejects empty ones', () => {
    expect(journeySchema.parse({ ...minimalJourney, title: '  Abrir una cuenta ' }).title).toBe('Abrir una cuenta');
    expect(journeySchema.safeParse({ ...minimalJourney, title: '   ' }).success).toBe(false);
  });
});

describe('the phase schema', () => {
  it('needs an id of lower-case letters, digits and dashes, and a name', () => {
    expect(phaseSchema.safeParse({ id: 'pedir-cita-2', name: 'Pedir cita' }).success).toBe(true);
    expect(phaseSchema.safeParse({ id: 'Pedir cita', name: 'Pedir cita' }).success).toBe(false);
    expect(phaseSchema.safeParse({ id: 'pedir' }).success).toBe(false);
  });
});

describe('the touchpoint schema', () => {
  it.each([0, 6, 2.5, '3'])('rejects importance %j', (importance) => {
    expect(touchpointSchema.safeParse({ ...minimalTouchpoint, importance }).success).toBe(false);
  });

  it.each([1, 5])('accepts importance %i', (importance) => {
    expect(touchpointSchema.parse({ ...minimalTouchpoint, importance }).importance).toBe(importance);
  });

  it('accepts only truth or pain as a moment', () => {
    expect(touchpointSchema.safeParse({ ...minimalTouchpoint, moment: 'wow' }).success).toBe(false);
  });

  it('requires phase, title, channel and emotion', () => {
    const result = touchpointSchema.safeParse({});
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['channel', 'emotion', 'phase', 'title']);
  });

  it('rejects empty lines in evidence, backstage and support lists', () => {
    expect(touchpointSchema.safeParse({ ...minimalTouchpoint, evidence: ['Carta', ' '] }).success).toBe(false);
  });
});
