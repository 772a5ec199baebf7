import { describe, expect, it } from 'vitest';
import { openOpportunitiesByOwner } from '../../src/domain/opportunities.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const phases = [{ id: 'p', name: 'Fase' }];
const handbook = handbookOf({
  personas: { ana: { name: 'Ana' } },
  journeys: {
    uno: {
      title: 'Uno',
      persona: 'ana',
      owner: 'Canales',
      phases,
      touchpoints: [
        tp('p', 'a', -1, { opportunity: 'oa', owner: 'Marketing' }), // score 3
        tp('p', 'b', -3, { opportunity: 'ob', owner: 'Marketing' }), // score 9
        tp('p', 'c', 0, { opportunity: 'oc' }), // no owner: falls back to the journey's "Canales"
        tp('p', 'd', -2, { owner: 'Marketing' }), // no opportunity
        tp('p', 'e', -1, { opportunity: 'oe', owner: 'Álvaro y equipo' }),
      ],
    },
    dos: {
      title: 'Dos',
      persona: 'ana',
      phases,
      touchpoints: [tp('p', 'f', -3, { opportunity: 'of' }), tp('p', 'g', -1, { opportunity: 'og', owner: 'Marketing' })],
    },
    vision: {
      title: 'Visión',
      persona: 'ana',
      state: 'future',
      compares: 'uno',
      phases,
      touchpoints: [tp('p', 'h', -3, { opportunity: 'oh', owner: 'Marketing' })],
    },
  },
});
const groups = openOpportunitiesByOwner(handbook.journeys, 'es');

describe('open opportunities', () => {
  it('groups by touchpoint owner, else journey owner, alphabetically with no owner last', () => {
    // Spanish collation puts "Álvaro" with the a's, before "Canales".
    expect(groups.map((group) => group.owner)).toEqual(['Álvaro y equipo', 'Canales', 'Marketing', undefined]);
  });

  it('puts the most painful first inside a group, then handbook order and position', () => {
    // Marketing: b (9), then a and g (3 each): Dos comes before Uno in handbook order.
    expect(groups.find((group) => group.owner === 'Marketing')!.items.map((item) => [item.touchpoint.title, item.score])).toEqual([
      ['b', 9],
      ['g', 3],
      ['a', 3],
    ]);
  });

  it('leaves out future journeys and notes the visions that may address an opportunity', () => {
    const all = groups.flatMap((group) => group.items);
    expect(all.map((item) => item.touchpoint.title)).not.toContain('h');
    expect(all.find((item) => item.touchpoint.title === 'a')!.visions.map((journey) => journey.slug)).toEqual(['vision']);
    expect(all.find((item) => item.touchpoint.title === 'f')!.visions).toEqual([]);
  });
});
