import type { Journey } from '../model/types.ts';

/** Journeys whose review is older than the interval, oldest review first, then handbook order. */
export function staleJourneys(journeys: readonly Journey[]): Journey[] {
  return journeys
    .map((journey, order) => ({ journey, order }))
    .filter(({ journey }) => journey.stale)
    .sort((a, b) => (a.journey.reviewed ?? '').localeCompare(b.journey.reviewed ?? '') || a.order - b.order)
    .map(({ journey }) => journey);
}

/** Future journeys with no `compares`: a vision with no baseline cannot show what it improves. */
export function visionsWithoutBaseline(journeys: readonly Journey[]): Journey[] {
  return journeys.filter((journey) => journey.state === 'future' && !journey.compares);
}
