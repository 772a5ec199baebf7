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

/** The text lanes of the journey map, top to bottom, below the touchpoints, channels and emotion. */
export const MAP_LANES = ['thoughts', 'pains', 'opportunities', 'owners', 'backstage'] as const;
export type MapLane = (typeof MAP_LANES)[number];

type LaneFields = Pick<Touchpoint, 'thought' | 'pain' | 'opportunity' | 'owner' | 'backstage'>;

/** What a touchpoint says in a lane: a text, a list, or nothing. */
export function laneValue(touchpoint: LaneFields, lane: MapLane): string | string[] | undefined {
  switch (lane) {
    case 'thoughts':
      return touchpoint.thought;
    case 'pains':
      return touchpoint.pain;
    case 'opportunities':
      return touchpoint.opportunity;
    case 'owners':
      return touchpoint.owner;
    case 'backstage':
      return touchpoint.backstage;
  }
}

/** Whether a lane's value says anything (an empty list does not). */
export function laneFilled(value: string | string[] | undefined): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

/**
 * The lanes a journey's map shows: those at least one of its touchpoints fills, in order, or
 * every lane when the handbook keeps empty ones (the showEmptyLanes setting).
 */
export function mapLanes(touchpoints: readonly LaneFields[], showEmptyLanes: boolean): MapLane[] {
  return MAP_LANES.filter((lane) => showEmptyLanes || touchpoints.some((touchpoint) => laneFilled(laneValue(touchpoint, lane))));
}
