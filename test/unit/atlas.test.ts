import { describe, expect, it } from 'vitest';
import { atlasColumnsToShow, buildAtlas, relativePosition } from '../../src/domain/atlas.ts';
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
});
