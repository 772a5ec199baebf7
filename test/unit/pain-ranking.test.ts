import { describe, expect, it } from 'vitest';
import { isPainPoint, painScore, rankPains } from '../../src/domain/pain-ranking.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const phases = [{ id: 'p', name: 'Fase' }];

/**
 * Group "a" sorts before group "b" although its title sorts after: handbook order is group,
 * then title, and the ranking's last tie-break is handbook order.
 */
const handbook = handbookOf({
  personas: { ana: { name: 'Ana' } },
  journeys: {
    'a/one': {
      title: 'Zeta',
      persona: 'ana',
      phases,
      touchpoints: [
        tp('p', 'A1', -3, { importance: 4, pain: 'x' }), // 12
        tp('p', 'A2', -2, { importance: 5, pain: 'x', moment: 'pain' }), // 10, moment
        tp('p', 'A3', -2, { importance: 3, pain: 'x' }), // 6
        tp('p', 'A4', -1, { pain: 'x' }), // 3 (importance defaults to 3)
        tp('p', 'A5', 'negative', { importance: 1, pain: 'x' }), // 2: the word means −2
        tp('p', 'A6', -1, { pain: 'x' }), // 3
        tp('p', 'A7', 2, { importance: 5, pain: 'still annoying' }), // 0
        tp('p', 'A8', -3, { importance: 5 }), // no pain, no moment: not a pain point
      ],
    },
    'b/two': {
      title: 'Alfa',
      persona: 'ana',
      phases,
      touchpoints: [
        tp('p', 'B1', -3, { importance: 4, moment: 'pain' }), // 12, moment (no pain text)
        tp('p', 'B2', -3, { importance: 2, pain: 'x' }), // 6, but −3
        tp('p', 'B3', -1, { pain: 'x' }), // 3
      ],
    },
    'c/vision': {
      title: 'Visión',
      persona: 'ana',
      state: 'future',
      phases,
      touchpoints: [tp('p', 'V1', -3, { importance: 5, pain: 'x', moment: 'pain' })],
    },
  },
});

describe('pain ranking', () => {
  it('scores importance times the negative part of the emotion', () => {
    expect(painScore({ importance: 5, emotion: -3 })).toBe(15);
    expect(painScore({ importance: 2, emotion: -1 })).toBe(2);
    expect(painScore({ importance: 5, emotion: 0 })).toBe(0);
    expect(painScore({ importance: 5, emotion: 3 })).toBe(0);
  });

  it('considers a touchpoint with a pain or marked as a moment of pain', () => {
    expect(isPainPoint({ pain: 'x' })).toBe(true);
    expect(isPainPoint({ moment: 'pain' })).toBe(true);
    expect(isPainPoint({ pain: '   ', moment: 'truth' })).toBe(false);
    expect(isPainPoint({})).toBe(false);
  });

  it('ranks by score, moment of pain, emotion, then handbook order and position', () => {
    const ranked = rankPains(handbook.journeys).map((item) => `${item.touchpoint.title}:${item.score}`);
    expect(ranked).toEqual([
      'B1:12', // a moment of pain above a milder pain of equal score
      'A1:12',
      'A2:10',
      'B2:6', // −3 before −2 at equal score, although its journey comes later
      'A3:6',
      'A4:3', // all else equal: handbook order (group "a" first), then position
      'A6:3',
      'B3:3',
      'A5:2',
      'A7:0', // a named pain that does not hurt still shows, last
    ]);
  });

  it('leaves out future journeys and touchpoints that name no pain', () => {
    const titles = rankPains(handbook.journeys).map((item) => item.touchpoint.title);
    expect(titles).not.toContain('V1');
    expect(titles).not.toContain('A8');
  });
});
