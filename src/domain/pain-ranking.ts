import type { Journey, Touchpoint } from '../model/types.ts';

/**
 * How much a touchpoint hurts: importance (1…5) × how negative it feels, max(0, −emotion).
 * 0 for a neutral or positive touchpoint; 15 at most (importance 5, emotion −3).
 */
export function painScore(touchpoint: Pick<Touchpoint, 'importance' | 'emotion'>): number {
  return touchpoint.importance * Math.max(0, -touchpoint.emotion);
}

export interface RankedPain {
  journey: Journey;
  touchpoint: Touchpoint;
  score: number;
  /** Marked `moment: pain` by the author. */
  momentOfPain: boolean;
}

/** A touchpoint the ranking considers: it names a pain, or is a moment of pain. */
export function isPainPoint(touchpoint: Pick<Touchpoint, 'pain' | 'moment'>): boolean {
  return Boolean(touchpoint.pain?.trim()) || touchpoint.moment === 'pain';
}

/**
 * "Where to act first": every pain and moment of pain of the current journeys (future
 * journeys are visions, not what customers live today), most urgent first. Order:
 *   1. higher score (importance × max(0, −emotion));
 *   2. a moment of pain before a pain of equal score that is not one;
 *   3. the more negative emotion (equal score, so the lower importance: it feels worse);
 *   4. handbook order of the journey (group, then title), then the touchpoint's position.
 * The last rule makes the order total, so the list is the same on every build.
 */
export function rankPains(journeys: readonly Journey[]): RankedPain[] {
  const items: Array<RankedPain & { journeyOrder: number }> = [];
  journeys.forEach((journey, journeyOrder) => {
    if (journey.state !== 'current') return;
    for (const touchpoint of journey.touchpoints) {
      if (!isPainPoint(touchpoint)) continue;
      items.push({ journey, touchpoint, score: painScore(touchpoint), momentOfPain: touchpoint.moment === 'pain', journeyOrder });
    }
  });
  items.sort(
    (a, b) =>
      b.score - a.score ||
      Number(b.momentOfPain) - Number(a.momentOfPain) ||
      a.touchpoint.emotion - b.touchpoint.emotion ||
      a.journeyOrder - b.journeyOrder ||
      a.touchpoint.index - b.touchpoint.index,
  );
  return items.map(({ journeyOrder: _order, ...item }) => item);
}
