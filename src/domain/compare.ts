import type { Journey, Phase, Stage, Touchpoint } from '../model/types.ts';
import { mean, round2 } from './emotion-stats.ts';
import { nameKey } from './name-key.ts';

/**
 * One row of the per-phase comparison: a phase of either journey, or both matched; or, with
 * stages, a stage and every phase of either journey in it.
 */
export interface PhasePair {
  /** The first phase of the row today (its only one, unless the row is a stage). */
  current: Phase | undefined;
  future: Phase | undefined;
  /** Every phase of the row today, in order: one, or several of one stage. */
  currentPhases: Phase[];
  futurePhases: Phase[];
  /** The stage the row stands for, when its phases meet by stage. */
  stage: Stage | undefined;
  matchedBy: 'id' | 'name' | 'stage' | undefined;
  /** Mean emotion of the row's touchpoints today, two decimals; undefined for no phase or no touchpoints. */
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
 * Pairs phases and lists the rows in the future journey's order; a row only today is placed
 * right after the row of the current phase before it. With `stages`, the phases that name a
 * stage meet by stage: one row per stage, holding every phase of either journey in it, however
 * they are called. The other phases pair by id, then by nameKey() of the name.
 */
export function matchPhases(current: readonly Phase[], future: readonly Phase[], stages: readonly Stage[] = []): PhasePair[] {
  const stageById = new Map(stages.map((stage) => [stage.id, stage]));
  const stageOf = (phase: Phase) => (phase.stage === undefined ? undefined : stageById.get(phase.stage));
  type Row = { current: Phase[]; future: Phase[]; stage: Stage | undefined; matchedBy: PhasePair['matchedBy'] };
  const rowOf = new Map<Phase, Row>();
  const stageRows = new Map<Stage, Row>();
  for (const [side, phases] of [['current', current], ['future', future]] as const) {
    for (const phase of phases) {
      const stage = stageOf(phase);
      if (!stage) continue;
      const stageRow: Row = stageRows.get(stage) ?? { current: [], future: [], stage, matchedBy: undefined };
      stageRow[side].push(phase);
      stageRows.set(stage, stageRow);
      rowOf.set(phase, stageRow);
    }
  }
  for (const stageRow of stageRows.values()) if (stageRow.current.length > 0 && stageRow.future.length > 0) stageRow.matchedBy = 'stage';
  // Phases without a stage pair one to one, by id, then by name.
  const pair = (matches: (today: Phase, vision: Phase) => boolean, matchedBy: 'id' | 'name') => {
    for (const phase of future) {
      if (rowOf.has(phase)) continue;
      const match = current.find((candidate) => !rowOf.has(candidate) && matches(candidate, phase));
      if (!match) continue;
      const matched: Row = { current: [match], future: [phase], stage: undefined, matchedBy };
      rowOf.set(phase, matched);
      rowOf.set(match, matched);
    }
  };
  pair((today, vision) => today.id === vision.id, 'id');
  pair((today, vision) => nameKey(today.name) === nameKey(vision.name), 'name');
  for (const [side, phases] of [['current', current], ['future', future]] as const) {
    for (const phase of phases) if (!rowOf.has(phase)) rowOf.set(phase, { current: side === 'current' ? [phase] : [], future: side === 'future' ? [phase] : [], stage: undefined, matchedBy: undefined });
  }

  const rows: Row[] = [];
  const emitted = new Set<Row>();
  // A run of rows only today follows the current phase before it (or opens the table).
  const pushCurrentOnlyAfter = (index: number) => {
    for (let next = index + 1; next < current.length; next++) {
      const after = rowOf.get(current[next]!)!;
      if (after.future.length > 0) break;
      emit(after);
    }
  };
  const emit = (next: Row) => {
    if (emitted.has(next)) return;
    emitted.add(next);
    rows.push(next);
    for (const phase of next.current) pushCurrentOnlyAfter(phase.index);
  };
  pushCurrentOnlyAfter(-1);
  for (const phase of future) emit(rowOf.get(phase)!);
  for (const phase of current) emit(rowOf.get(phase)!);
  return rows.map((entry) => row(entry.current, entry.future, entry.stage, entry.matchedBy));
}

function row(current: Phase[], future: Phase[], stage: Stage | undefined, matchedBy: PhasePair['matchedBy']): PhasePair {
  const before = meanEmotion(current);
  const after = meanEmotion(future);
  return {
    current: current[0],
    future: future[0],
    currentPhases: current,
    futurePhases: future,
    stage,
    matchedBy,
    before,
    after,
    change: before !== undefined && after !== undefined ? round2(after - before) : undefined,
  };
}

/** The mean emotion of every touchpoint of `phases`, two decimals; undefined without touchpoints. */
function meanEmotion(phases: readonly Phase[]): number | undefined {
  const emotions = phases.flatMap((phase) => phase.touchpoints.map((touchpoint) => touchpoint.emotion));
  return emotions.length === 0 ? undefined : round2(mean(emotions));
}

/**
 * The future journey against the current one it `compares` (/compare/, docs/format.md#pages-and-files);
 * with `stages`, phases line up by stage (see matchPhases).
 */
export function compareJourneys(current: Journey, future: Journey, stages: readonly Stage[] = []): JourneyComparison {
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
    phases: matchPhases(current.phases, future.phases, stages),
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
