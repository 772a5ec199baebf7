import type { Journey } from '../model/types.ts';

/**
 * The journey a newcomer should read first: a current, up-to-date map that tells a whole story,
 * i.e. the one with the most moments (of truth and of pain: highs and lows), then the most
 * touchpoints, then handbook order. Falls back to stale, then future journeys when needed.
 */
export function firstRead(journeys: readonly Journey[]): Journey | undefined {
  const rank = (journey: Journey) => (journey.state === 'current' ? (journey.stale ? 1 : 0) : 2);
  const moments = (journey: Journey) => journey.stats.momentsOfTruth.length + journey.stats.momentsOfPain.length;
  return journeys
    .map((journey, order) => ({ journey, order }))
    .sort((a, b) => rank(a.journey) - rank(b.journey) || moments(b.journey) - moments(a.journey) || b.journey.touchpoints.length - a.journey.touchpoints.length || a.order - b.order)[0]?.journey;
}
