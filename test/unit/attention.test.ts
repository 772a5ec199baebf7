import { describe, expect, it } from 'vitest';
import { attentionSignals, journeysNeedingAttention } from '../../src/domain/attention.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const phases = [{ id: 'p', name: 'Fase' }];
const journey = (title: string, touchpoints: unknown[], extra: Record<string, unknown> = {}) => ({ title, persona: 'ana', phases, touchpoints, ...extra });
const missedKpi = { name: 'Abandono', value: 40, target: 20, better: 'lower' };

const handbook = handbookOf({
  personas: { ana: { name: 'Ana' } },
  journeys: {
    a: journey('A', [tp('p', 'x', -3, { importance: 5, moment: 'pain' }), tp('p', 'y', 2)]), // pain 15, 1 moment
    b: journey('B', [tp('p', 'x', -3, { importance: 5 })]), // pain 15, no moment
    c: journey('C', [tp('p', 'x', 1, { kpis: [missedKpi] })], { kpis: [missedKpi] }), // 2 missed KPIs
    d: journey('D', [tp('p', 'x', 1)], { reviewed: '2025-01-10' }), // stale only
    e: journey('E', [tp('p', 'x', 2)], { reviewed: '2026-11-01' }), // nothing to say
    f: journey('F', [tp('p', 'x', -3, { importance: 5, moment: 'pain' })], { state: 'future' }),
    g: journey('G', [tp('p', 'x', -1, { importance: 1 }), tp('p', 'y', 0)], { reviewed: '2025-01-10' }), // pain 1, stale
  },
});

describe('journeys needing attention', () => {
  it('sums the pain of every touchpoint and counts the other signals', () => {
    const signals = attentionSignals(handbook.journeyBySlug.get('a')!);
    expect(signals).toMatchObject({ painTotal: 15, momentsOfPain: 1, missedKpis: 0, stale: false, emotionMean: -0.5 });
    expect(attentionSignals(handbook.journeyBySlug.get('c')!).missedKpis).toBe(2);
  });

  it('orders by total pain, moments of pain, missed KPIs, then staleness', () => {
    expect(journeysNeedingAttention(handbook.journeys).map((signals) => signals.journey.slug)).toEqual(['a', 'b', 'g', 'c', 'd']);
  });

  it('leaves out future journeys and journeys with no signal', () => {
    const slugs = journeysNeedingAttention(handbook.journeys).map((signals) => signals.journey.slug);
    expect(slugs).not.toContain('f');
    expect(slugs).not.toContain('e');
  });
});
