import { describe, expect, it } from 'vitest';
import { compareJourneys, isPositionalId } from '../../src/domain/compare.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const handbook = handbookOf({
  personas: { ana: { name: 'Ana' } },
  journeys: {
    hoy: {
      title: 'Hoy',
      persona: 'ana',
      phases: [
        { id: 'a', name: 'Llegar' },
        { id: 'b', name: 'Esperar' },
        { id: 'x', name: 'Quejarse' },
      ],
      touchpoints: [
        tp('a', 'Se registra', -1, { id: 'registro' }),
        tp('b', 'Espera sin información', -3, { moment: 'pain' }), // t2
        tp('b', 'Pregunta en el mostrador', -2, { moment: 'pain' }), // t3
        tp('x', 'Pone una queja', -2, { id: 'queja', moment: 'pain' }),
      ],
    },
    manana: {
      title: 'Mañana',
      persona: 'ana',
      state: 'future',
      compares: 'hoy',
      phases: [
        { id: 'a', name: 'Llegar' },
        { id: 'z', name: 'ESPERAR' },
        { id: 'n', name: 'Valorar' },
      ],
      touchpoints: [
        tp('a', 'Se registra en el móvil', 1, { id: 'registro' }),
        tp('z', 'Espera  sin INFORMACIÓN.', -1, { moment: 'pain' }), // t2: same title, normalised
        tp('z', 'Recibe un SMS con el turno', 2), // t3: same default id as "Pregunta…", another step
        tp('n', 'Valora la atención', 1, { id: 'valora', moment: 'pain' }),
      ],
    },
  },
});
const comparison = compareJourneys(handbook.journeyBySlug.get('hoy')!, handbook.journeyBySlug.get('manana')!);
const titles = (list: Array<{ title: string }>) => list.map((touchpoint) => touchpoint.title);

describe('journey comparison', () => {
  it('tells default ids (t1, t2, … by position) from authored ones', () => {
    const [registro, t2] = handbook.journeyBySlug.get('hoy')!.touchpoints;
    expect(isPositionalId(registro!)).toBe(false);
    expect(isPositionalId(t2!)).toBe(true);
  });

  it('matches touchpoints by authored id, then by normalised title, never by default id', () => {
    expect(comparison.kept.map((pair) => [pair.current.title, pair.future.title, pair.matchedBy, pair.change])).toEqual([
      ['Se registra', 'Se registra en el móvil', 'id', 2],
      ['Espera sin información', 'Espera  sin INFORMACIÓN.', 'title', 2],
    ]);
    expect(titles(comparison.added)).toEqual(['Recibe un SMS con el turno', 'Valora la atención']);
    expect(titles(comparison.removed)).toEqual(['Pregunta en el mostrador', 'Pone una queja']);
  });

  it('matches phases by id, then by name, keeping a phase only today after the one before it', () => {
    // Llegar: −1 → 1; Esperar: (−3 − 2) / 2 = −2.5 → (−1 + 2) / 2 = 0.5, +3; Quejarse only
    // today; Valorar only in the future.
    expect(comparison.phases.map((row) => [row.current?.id, row.future?.id, row.matchedBy, row.before, row.after, row.change])).toEqual([
      ['a', 'a', 'id', -1, 1, 2],
      ['b', 'z', 'name', -2.5, 0.5, 3],
      ['x', undefined, undefined, -2, undefined, undefined],
      [undefined, 'n', undefined, undefined, 1, undefined],
    ]);
  });

  it('resolves a moment of pain whose step is gone or no longer hurts that way', () => {
    expect(comparison.momentsOfPain.map((outcome) => [outcome.current.title, outcome.future?.title, outcome.resolved])).toEqual([
      ['Espera sin información', 'Espera  sin INFORMACIÓN.', false],
      ['Pregunta en el mostrador', undefined, true],
      ['Pone una queja', undefined, true],
    ]);
    expect(titles(comparison.newMomentsOfPain)).toEqual(['Valora la atención']);
  });

  it('compares the mean emotions', () => {
    // Today (−1 − 3 − 2 − 2) / 4 = −2; future (1 − 1 + 2 + 1) / 4 = 0.75.
    expect([comparison.meanBefore, comparison.meanAfter, comparison.change]).toEqual([-2, 0.75, 2.75]);
  });
});
