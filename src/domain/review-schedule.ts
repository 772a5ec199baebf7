import type { Journey } from '../model/types.ts';
import { durationMonths } from '../schema/duration.ts';
import { addMonths, isStale } from './staleness.ts';

/** A journey's review schedule on the day of the build. */
export interface ReviewSchedule {
  /** Its `review_every` in months, or the site's interval. */
  intervalMonths: number;
  nextReview: string | undefined;
  overdue: boolean;
}

/** The schedule of a journey as written (`reviewed`, `review_every`), with the site's interval as default. */
export function reviewSchedule(journey: { reviewed?: string | undefined; review_every?: string | undefined }, siteIntervalMonths: number, today: Date): ReviewSchedule {
  const intervalMonths = (journey.review_every === undefined ? undefined : durationMonths(journey.review_every)) ?? siteIntervalMonths;
  return {
    intervalMonths,
    nextReview: nextReviewDate(journey.reviewed, intervalMonths),
    overdue: isStale(journey.reviewed, intervalMonths, today),
  };
}

/**
 * The day a journey's next review is due: its last review plus its interval, clamped to the
 * month's end (31 January + 1 month is 28 or 29 February). The review is overdue from the day
 * after, as docs/format.md#warnings says of stale reviews. Undefined without a last review: a
 * journey never reviewed has no schedule to fall behind.
 */
export function nextReviewDate(reviewed: string | undefined, intervalMonths: number): string | undefined {
  if (!reviewed) return undefined;
  return addMonths(reviewed, intervalMonths).toISOString().slice(0, 10);
}

/** The journeys of one owner on the review page. */
export interface OwnerReviews {
  /** The journey's `owner`; undefined for journeys without one (listed last). */
  owner: string | undefined;
  /** Overdue first (the longest overdue first), then by next review date, then those never reviewed. */
  journeys: Journey[];
  overdue: number;
}

/**
 * Every journey by owner for `/review/`: owners with overdue journeys come first (the most
 * overdue journeys first), then the others by their earliest next review; within an owner,
 * overdue journeys first. Journeys without a review date come last in their owner's list.
 */
export function reviewsByOwner(journeys: readonly Journey[], locale: string): OwnerReviews[] {
  const collator = new Intl.Collator(locale);
  const byOwner = new Map<string | undefined, Journey[]>();
  for (const journey of journeys) byOwner.set(journey.owner, [...(byOwner.get(journey.owner) ?? []), journey]);
  const dueOrder = (a: Journey, b: Journey) =>
    Number(b.stale) - Number(a.stale) ||
    (a.nextReview === undefined ? 1 : 0) - (b.nextReview === undefined ? 1 : 0) ||
    (a.nextReview ?? '').localeCompare(b.nextReview ?? '') ||
    collator.compare(a.title, b.title);
  const groups = [...byOwner].map(([owner, list]): OwnerReviews => {
    const sorted = [...list].sort(dueOrder);
    return { owner, journeys: sorted, overdue: sorted.filter((journey) => journey.stale).length };
  });
  return groups.sort(
    (a, b) =>
      Number(b.overdue > 0) - Number(a.overdue > 0) ||
      (a.owner === undefined ? 1 : 0) - (b.owner === undefined ? 1 : 0) ||
      dueOrder(a.journeys[0]!, b.journeys[0]!) ||
      collator.compare(a.owner ?? '', b.owner ?? ''),
  );
}

/** Overdue journeys, the longest overdue first: what `npm run check -- --due` lists. */
export function overdueJourneys(journeys: readonly Journey[]): Journey[] {
  return journeys.filter((journey) => journey.stale).sort((a, b) => (a.nextReview ?? '').localeCompare(b.nextReview ?? ''));
}
