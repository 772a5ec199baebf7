import { describe, expect, it } from 'vitest';
import { journeyFacets } from '../../src/domain/journey-facets.ts';
import { indexTags } from '../../src/domain/tag-index.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const handbook = handbookOf({
  personas: { ana: { name: 'Ana' }, ben: { name: 'Ben' }, carla: { name: 'Carla' } },
  stages: [
    { id: 'pedir', name: 'Pedir' },
    { id: 'esperar', name: 'Esperar' },
    { id: 'olvidada', name: 'Nadie llega' },
  ],
  journeys: {
    alta: {
      title: 'Alta',
      persona: 'ana',
      owner: 'Canales Digitales',
      tags: ['Autónomos'],
      phases: [
        { id: 'p', name: 'P', stage: 'pedir' },
        { id: 'e', name: 'E', stage: 'esperar' },
      ],
      touchpoints: [tp('p', 'a', 1), { ...tp('e', 'b', -1, { tags: ['Papeleo'] }), channel: 'phone' }],
    },
    cita: {
      title: 'Cita',
      persona: 'ben',
      owner: 'canales  digitales',
      state: 'future',
      phases: [{ id: 'p', name: 'P', stage: 'pedir' }],
      touchpoints: [tp('p', 'c', 0, { tags: ['autonomos'] })],
    },
  },
});
const { facets, tokens } = journeyFacets(handbook.journeys, {
  personas: handbook.personas,
  stages: handbook.stages,
  channels: handbook.channels,
  tags: indexTags(handbook.journeys, 'es'),
  locale: 'es',
});
const facet = (name: string) => facets.find((entry) => entry.name === name)?.options.map((option) => [option.value, option.label, option.token, option.count]);

describe('the journeys index filters', () => {
  it('offers, per filter, only the options some journey has, with how many journeys have each', () => {
    expect(facets.map((entry) => entry.name)).toEqual(['persona', 'stage', 'channel', 'state', 'owner', 'tag']);
    expect(facet('persona')).toEqual([
      ['ana', 'Ana', 'p0', 1],
      ['ben', 'Ben', 'p1', 1],
    ]);
    expect(facet('stage')).toEqual([
      ['pedir', 'Pedir', 's0', 2],
      ['esperar', 'Esperar', 's1', 1],
    ]);
    expect(facet('channel')).toEqual([
      ['web', 'Web', 'c0', 2],
      ['phone', 'Teléfono', 'c1', 1],
    ]);
    expect(facet('state')).toEqual([
      ['current', 'current', 'x0', 1],
      ['future', 'future', 'x1', 1],
    ]);
  });

  it("makes one owner of spellings that differ in case and spaces, and counts a touchpoint's tag for its journey", () => {
    expect(facet('owner')).toEqual([['canales-digitales', 'Canales Digitales', 'o0', 2]]);
    expect(facet('tag')).toEqual([
      ['autonomos', 'Autónomos', 't0', 2],
      ['papeleo', 'Papeleo', 't1', 1],
    ]);
  });

  it('gives each journey a short attribute of the tokens it matches', () => {
    expect(Object.fromEntries(tokens)).toEqual({ alta: 'p0 s0 s1 c0 c1 x0 o0 t0 t1', cita: 'p1 s0 c0 x1 o0 t0' });
  });
});
