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

describe('journey comparison by stage', () => {
  const staged = handbookOf({
    personas: { ana: { name: 'Ana' } },
    stages: [
      { id: 'pedir', name: 'Pedir' },
      { id: 'esperar', name: 'Esperar' },
      { id: 'atender', name: 'Ser atendida' },
    ],
    journeys: {
      hoy: {
        title: 'Hoy',
        persona: 'ana',
        phases: [
          { id: 'ventanilla', name: 'Ventanilla', stage: 'pedir' },
          { id: 'sala', name: 'Sala de espera', stage: 'esperar' },
          { id: 'pasillo', name: 'Pasillo', stage: 'esperar' },
          { id: 'queja', name: 'Queja' },
          { id: 'consulta', name: 'Consulta', stage: 'atender' },
        ],
        touchpoints: [tp('ventanilla', 'Coge número', -1), tp('sala', 'Espera', -3), tp('pasillo', 'Espera de pie', -2), tp('queja', 'Se queja', -2), tp('consulta', 'La ven', 1)],
      },
      manana: {
        title: 'Mañana',
        persona: 'ana',
        state: 'future',
        compares: 'hoy',
        phases: [
          { id: 'app', name: 'Pide cita en la app', stage: 'pedir' },
          { id: 'aviso', name: 'Recibe el aviso', stage: 'esperar' },
          { id: 'consulta', name: 'Consulta', stage: 'atender' },
        ],
        touchpoints: [tp('app', 'Pide cita', 1), tp('aviso', 'Le avisan por SMS', 2), tp('consulta', 'La ven', 2)],
      },
    },
  });
  const byStage = compareJourneys(staged.journeyBySlug.get('hoy')!, staged.journeyBySlug.get('manana')!, staged.stages);

  it('lines up differently named phases of one stage, pooling every phase of the stage on each side', () => {
    // Pedir: −1 → 1; Esperar: "Sala de espera" and "Pasillo" (−3, −2 → −2.5) against "Recibe el aviso" (2).
    expect(byStage.phases.map((row) => [row.stage?.id, row.currentPhases.map((phase) => phase.id), row.futurePhases.map((phase) => phase.id), row.matchedBy, row.before, row.after, row.change])).toEqual([
      ['pedir', ['ventanilla'], ['app'], 'stage', -1, 1, 2],
      ['esperar', ['sala', 'pasillo'], ['aviso'], 'stage', -2.5, 2, 4.5],
      [undefined, ['queja'], [], undefined, -2, undefined, undefined],
      ['atender', ['consulta'], ['consulta'], 'stage', 1, 2, 1],
    ]);
  });

  it('still pairs phases by id and name without stages.yaml', () => {
    const byName = compareJourneys(staged.journeyBySlug.get('hoy')!, staged.journeyBySlug.get('manana')!);
    expect(byName.phases.map((row) => [row.current?.id, row.future?.id, row.matchedBy])).toEqual([
      ['ventanilla', undefined, undefined],
      ['sala', undefined, undefined],
      ['pasillo', undefined, undefined],
      ['queja', undefined, undefined],
      [undefined, 'app', undefined],
      [undefined, 'aviso', undefined],
      ['consulta', 'consulta', 'id'],
    ]);
  });
});
