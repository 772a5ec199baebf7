import type { Journey, Phase, Touchpoint } from '../model/types.ts';
import { round2 } from './emotion-stats.ts';
import { nameKey } from './name-key.ts';

/** One row of the per-phase comparison: a phase of either journey, or both matched. */
export interface PhasePair {
  current: Phase | undefined;
  future: Phase | undefined;
  matchedBy: 'id' | 'name' | undefined;
  /** Mean emotion of the phase today, two decimals; undefined for no phase or no touchpoints. */
  before: number | undefined;
  after: number | undefined;
  /** after − before, two decimals, when both exist. */
  change: number | undefined;
}

export interface TouchpointPair {
  current: Touchpoint;
  future: Touchpoint;
  matchedBy: 'id' | 'title';
  /** future.emotion − current.emotion. */
  change: number;
}

/** What became of a current moment of pain in the future journey. */
export interface PainOutcome {
  current: Touchpoint;
  /** Its counterpart, or undefined when the step is gone. */
  future: Touchpoint | undefined;
  /** The counterpart is no longer a moment of pain, or the step no longer exists. */
  resolved: boolean;
}

export interface JourneyComparison {
  current: Journey;
  future: Journey;
  phases: PhasePair[];
  kept: TouchpointPair[];
  /** Future touchpoints with no counterpart today, in the future journey's order. */
  added: Touchpoint[];
  /** Current touchpoints with no counterpart in the future, in the current journey's order. */
  removed: Touchpoint[];
  /** Every current moment of pain, in order, and whether the future resolves it. */
  momentsOfPain: PainOutcome[];
  /** Future moments of pain whose counterpart today was not one (or that are new steps). */
  newMomentsOfPain: Touchpoint[];
  meanBefore: number;
  meanAfter: number;
  /** meanAfter − meanBefore, two decimals. */
  change: number;
}

/**
 * A touchpoint id the author did not write: the validator fills a missing id with `t<position>`,
 * so such ids name a position, not a step, and are not used to match across journeys. (An
 * author who writes `t3` on the third touchpoint is indistinguishable, and matched by title.)
 */
export function isPositionalId(touchpoint: Pick<Touchpoint, 'id' | 'index'>): boolean {
  return touchpoint.id === `t${touchpoint.index + 1}`;
}

/**
 * Pairs touchpoints of two journeys: first by authored id (equal ids), then among those left
 * by nameKey() of the title, each taking the first unmatched one in order. One-to-one.
 */
export function matchTouchpoints(current: readonly Touchpoint[], future: readonly Touchpoint[]): TouchpointPair[] {
  const pairs: TouchpointPair[] = [];
  const usedCurrent = new Set<Touchpoint>();
  const usedFuture = new Set<Touchpoint>();
  const pair = (a: Touchpoint, b: Touchpoint, matchedBy: TouchpointPair['matchedBy']) => {
    pairs.push({ current: a, future: b, matchedBy, change: b.emotion - a.emotion });
    usedCurrent.add(a);
    usedFuture.add(b);
  };
  const currentById = new Map(current.filter((tp) => !isPositionalId(tp)).map((tp) => [tp.id, tp]));
  for (const tp of future) {
    const match = isPositionalId(tp) ? undefined : currentById.get(tp.id);
    if (match) pair(match, tp, 'id');
  }
  for (const tp of future) {
    if (usedFuture.has(tp)) continue;
    const key = nameKey(tp.title);
    const match = current.find((candidate) => !usedCurrent.has(candidate) && nameKey(candidate.title) === key);
    if (match) pair(match, tp, 'title');
  }
  return pairs.sort((a, b) => a.future.index - b.future.index);
}

/**
 * Pairs phases by id, then by nameKey() of the name, and lists them in the future journey's
 * order; a phase only today is placed right after the row of the current phase before it.
 */
export function matchPhases(current: readonly Phase[], future: readonly Phase[]): PhasePair[] {
  const partner = new Map<Phase, { phase: Phase; matchedBy: 'id' | 'name' }>();
  const usedCurrent = new Set<Phase>();
  for (const phase of future) {
    const match = current.find((candidate) => candidate.id === phase.id);
    if (match) {
      partner.set(phase, { phase: match, matchedBy: 'id' });
      usedCurrent.add(match);
    }
  }
  for (const phase of future) {
    if (partner.has(phase)) continue;
    const match = current.find((candidate) => !usedCurrent.has(candidate) && nameKey(candidate.name) === nameKey(phase.name));
    if (match) {
      partner.set(phase, { phase: match, matchedBy: 'name' });
      usedCurrent.add(match);
    }
  }
  const rows: PhasePair[] = [];
  // A run of phases only today follows the current phase before it (or opens the table).
  const pushCurrentOnlyAfter = (index: number) => {
    for (let next = index + 1; next < current.length && !usedCurrent.has(current[next]!); next++) rows.push(row(current[next], undefined, undefined));
  };
  pushCurrentOnlyAfter(-1);
  for (const phase of future) {
    const match = partner.get(phase);
    rows.push(row(match?.phase, phase, match?.matchedBy));
    if (match) pushCurrentOnlyAfter(match.phase.index);
  }
  return rows;
}

function row(current: Phase | undefined, future: Phase | undefined, matchedBy: PhasePair['matchedBy']): PhasePair {
  const before = current?.emotion?.mean;
  const after = future?.emotion?.mean;
  return { current, future, matchedBy, before, after, change: before !== undefined && after !== undefined ? round2(after - before) : undefined };
}

/** The future journey against the current one it `compares` (/compare/, docs/format.md#pages-and-files). */
export function compareJourneys(current: Journey, future: Journey): JourneyComparison {
  const kept = matchTouchpoints(current.touchpoints, future.touchpoints);
  const futureOf = new Map(kept.map((pair) => [pair.current, pair.future]));
  const currentOf = new Map(kept.map((pair) => [pair.future, pair.current]));
  const momentsOfPain = current.touchpoints
    .filter((tp) => tp.moment === 'pain')
    .map((tp) => {
      const counterpart = futureOf.get(tp);
      return { current: tp, future: counterpart, resolved: counterpart?.moment !== 'pain' };
    });
  return {
    current,
    future,
    phases: matchPhases(current.phases, future.phases),
    kept,
    added: future.touchpoints.filter((tp) => !currentOf.has(tp)),
    removed: current.touchpoints.filter((tp) => !futureOf.has(tp)),
    momentsOfPain,
    newMomentsOfPain: future.touchpoints.filter((tp) => tp.moment === 'pain' && currentOf.get(tp)?.moment !== 'pain'),
    meanBefore: current.stats.emotionMean,
    meanAfter: future.stats.emotionMean,
    change: round2(future.stats.emotionMean - current.stats.emotionMean),
  };
}
