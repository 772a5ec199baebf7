import type { Journey, Phase, Touchpoint } from '../model/types.ts';

/**
 * The columns of the journey map and of the service blueprint, in phase order: one per
 * touchpoint, and one empty column (undefined) for a phase with no touchpoints, so that every
 * phase still has a column under its heading. It counts like phaseSlots() in
 * src/chart/emotion-curve.ts, which is what lines the map's emotion curve up with these columns.
 */
export function mapColumns(journey: Pick<Journey, 'phases'>): Array<Touchpoint | undefined> {
  return journey.phases.flatMap((phase) => (phase.touchpoints.length === 0 ? [undefined] : phase.touchpoints));
}

/** How many of those columns a phase's heading spans: its touchpoints, or its one empty column. */
export function phaseColumnSpan(phase: Pick<Phase, 'touchpoints'>): number {
  return Math.max(1, phase.touchpoints.length);
}
