import { describe, expect, it } from 'vitest';
import { atlasColumnsToShow, atlasPersonasToShow, buildAtlas, relativePosition } from '../../src/domain/atlas.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const handbook = handbookOf({
  personas: { ana: { name: 'Ana' }, ben: { name: 'Ben' }, carla: { name: 'Carla' } },
  journeys: {
    uno: {
      title: 'Uno',
      persona: 'ana',
      phases: [
        { id: 'd', name: 'Descubrir' },
        { id: 'c', name: 'Contratar' },
        { id: 'u', name: 'Usar' },
      ],
      touchpoints: [tp('d', 'a', 1), tp('d', 'b', 2), tp('c', 'c', -1), tp('u', 'd', 3)],
    },
    dos: {
      title: 'Dos',
      persona: 'ana',
      phases: [
        { id: 'descubrir', name: 'descubrír' },
        { id: 'pagar', name: 'Pagar' },
      ],
      touchpoints: [tp('descubrir', 'e', -3), tp('pagar', 'f', 0)],
    },
    tres: {
      title: 'Tres',
      persona: 'ben',
      phases: [
        { id: 'c', name: 'Contratar' },
        { id: 'e', name: 'Esperar' },
        { id: 'u', name: 'Usar' },
      ],
      touchpoints: [tp('c', 'g', -2), tp('c', 'h', -1), tp('u', 'i', 1), tp('u', 'j', 2), tp('u', 'k', 2)],
    },
    vision: {
      title: 'Visión',
      persona: 'ana',
      state: 'future',
      phases: [{ id: 'd', name: 'Descubrir' }],
      touchpoints: [tp('d', 'z', 3)],
    },
  },
});
const atlas = buildAtlas(handbook.journeys, handbook.personas);
const cell = (persona: string, column: string) => atlas.rows.find((row) => row.persona.slug === persona)?.cells.get(column);

describe('atlas', () => {
  it('places a phase at index ÷ (phases − 1) of its journey', () => {
    expect(relativePosition(0, 3)).toBe(0);
    expect(relativePosition(1, 3)).toBe(0.5);
    expect(relativePosition(2, 3)).toBe(1);
    expect(relativePosition(0, 1)).toBe(0);
  });

  it('aligns phases by normalised name and orders columns by mean position, then by how many journeys share them', () => {
    // Descubrir: (0 + 0) / 2 = 0; Contratar: (0.5 + 0) / 2 = 0.25; Usar: (1 + 1) / 2 = 1 in two
    // journeys; Pagar: 1 in one journey. Esperar has no touchpoints: no column. Both spellings
    // of Descubrir are used once: the name is the first seen in handbook order (Dos, then Uno).
    expect(atlas.columns.map((column) => [column.name, column.position, column.journeyCount])).toEqual([
      ['descubrír', 0, 2],
      ['Contratar', 0.25, 2],
      ['Usar', 1, 2],
      ['Pagar', 1, 1],
    ]);
  });

  it('averages every touchpoint of the persona in the column, pooled across journeys', () => {
    // Ana, Descubrir: uno (1, 2) and dos (−3): (1 + 2 − 3) / 3 = 0.
    expect(cell('ana', 'descubrir')).toMatchObject({ mean: 0, touchpointCount: 3 });
    expect(cell('ana', 'descubrir')!.journeys.map((entry) => [entry.journey.slug, entry.phaseId, entry.mean, entry.touchpointCount])).toEqual([
      ['dos', 'descubrir', -3, 1],
      ['uno', 'd', 1.5, 2],
    ]);
    // Ben, Contratar: (−2 − 1) / 2 = −1.5; Usar: (1 + 2 + 2) / 3 = 1.666… → 1.67.
    expect(cell('ben', 'contratar')).toMatchObject({ mean: -1.5, touchpointCount: 2 });
    expect(cell('ben', 'usar')).toMatchObject({ mean: 1.67, touchpointCount: 3 });
    expect(cell('ben', 'descubrir')).toBeUndefined();
  });

  it('leaves out future journeys and personas without current journeys', () => {
    expect(atlas.rows.map((row) => row.persona.slug)).toEqual(['ana', 'ben']);
    expect(atlas.journeyCount).toBe(3);
    expect(cell('ana', 'descubrir')!.journeys.map((entry) => entry.journey.slug)).not.toContain('vision');
  });

  it('keeps the most shared columns, in position order, when the atlas is too wide', () => {
    // Descubrir, Contratar and Usar are shared by two journeys; Pagar by one.
    const shown = atlasColumnsToShow(atlas, 2);
    expect(shown.columns.map((column) => column.key)).toEqual(['descubrir', 'contratar']);
    expect(shown.hidden).toBe(2);
    expect(atlasColumnsToShow(atlas, 10)).toEqual({ columns: atlas.columns, hidden: 0 });
  });

  it('keeps the personas with the most touchpoints, in the atlas order, when it has too many for the home page', () => {
    // Ana has 6 current touchpoints, Ben 5.
    expect(atlasPersonasToShow(atlas, 1)).toEqual({ rows: [atlas.rows[0]], hidden: 1 });
    const benFirst = { ...atlas, rows: [...atlas.rows].reverse() };
    expect(atlasPersonasToShow(benFirst, 1).rows.map((row) => row.persona.slug)).toEqual(['ana']);
    expect(atlasPersonasToShow(atlas, 2)).toEqual({ rows: atlas.rows, hidden: 0 });
  });
});

describe('atlas by stage', () => {
  const staged = handbookOf({
    personas: { ana: { name: 'Ana' }, ben: { name: 'Ben' } },
    stages: [
      { id: 'descubrir', name: 'Descubrir' },
      { id: 'contratar', name: 'Contratar' },
      { id: 'usar', name: 'Usar' },
      { id: 'fidelizar', name: 'Fidelizar' },
    ],
    journeys: {
      banco: {
        title: 'Banco',
        persona: 'ana',
        phases: [
          { id: 've', name: 'Ve el anuncio', stage: 'descubrir' },
          { id: 'alta', name: 'Alta', stage: 'contratar' },
          { id: 'firma', name: 'Firma', stage: 'contratar' },
          { id: 'queja', name: 'Quejarse' },
        ],
        touchpoints: [tp('ve', 'a', 2), tp('alta', 'b', -1), tp('firma', 'c', -3), tp('queja', 'd', -2)],
      },
      hospital: {
        title: 'Hospital',
        persona: 'ben',
        phases: [
          { id: 'derivacion', name: 'Derivación', stage: 'descubrir' },
          { id: 'cita', name: 'Solicitar cita', stage: 'contratar' },
          { id: 'consulta', name: 'Consulta', stage: 'usar' },
          { id: 'queja', name: 'quejarse' },
        ],
        touchpoints: [tp('derivacion', 'e', 0), tp('cita', 'f', -2), tp('consulta', 'g', 1), tp('queja', 'h', -1)],
      },
    },
  });
  const byStage = buildAtlas(staged.journeys, staged.personas, staged.stages);
  const stagedCell = (persona: string, column: string) => byStage.rows.find((row) => row.persona.slug === persona)?.cells.get(column);

  it('has one row per stage in the order of stages.yaml, even a stage no journey reaches, then phases without a stage by name', () => {
    expect(byStage.columns.map((column) => [column.key, column.name, column.journeyCount])).toEqual([
      ['stage:descubrir', 'Descubrir', 2],
      ['stage:contratar', 'Contratar', 2],
      ['stage:usar', 'Usar', 1],
      ['stage:fidelizar', 'Fidelizar', 0],
      ['quejarse', 'Quejarse', 2],
    ]);
    expect(byStage.columns[0]!.stage).toEqual({ id: 'descubrir', name: 'Descubrir' });
    expect(byStage.columns[4]!.stage).toBeUndefined();
  });

  it('brings differently named phases of one stage into one cell, pooling a journey\'s several phases of it', () => {
    // Ana, Contratar: "Alta" (−1) and "Firma" (−3) of one journey → −2, one journey behind the cell.
    expect(stagedCell('ana', 'stage:contratar')).toMatchObject({ mean: -2, touchpointCount: 2 });
    expect(stagedCell('ana', 'stage:contratar')!.journeys.map((entry) => [entry.journey.slug, entry.phaseId])).toEqual([['banco', 'alta']]);
    // Ben, Contratar: "Solicitar cita" (−2). Descubrir meets "Ve el anuncio" and "Derivación".
    expect(stagedCell('ben', 'stage:contratar')).toMatchObject({ mean: -2 });
    expect([stagedCell('ana', 'stage:descubrir')!.mean, stagedCell('ben', 'stage:descubrir')!.mean]).toEqual([2, 0]);
    expect(stagedCell('ana', 'stage:fidelizar')).toBeUndefined();
    expect(stagedCell('ana', 'quejarse')).toMatchObject({ mean: -2 });
  });

  it('keeps the stages first when the atlas is too wide', () => {
    expect(atlasColumnsToShow(byStage, 4).columns.map((column) => column.key)).toEqual(['stage:descubrir', 'stage:contratar', 'stage:usar', 'stage:fidelizar']);
  });

  it('aligns by name, as without stages, when the handbook has no stages.yaml', () => {
    expect(buildAtlas(staged.journeys, staged.personas).columns.map((column) => column.key)).not.toContain('stage:descubrir');
  });
});
