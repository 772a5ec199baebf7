import { describe, expect, it } from 'vitest';
import { durationMonths } from '../../src/schema/duration.ts';
import { nextReviewDate, reviewSchedule, reviewsByOwner, overdueJourneys } from '../../src/domain/review-schedule.ts';
import { evidenceCoverage, isAssumption } from '../../src/domain/evidence.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const TODAY = new Date('2026-11-25T00:00:00Z');

describe('durations', () => {
  it('reads months and years in English, Spanish and Portuguese', () => {
    expect(['3 months', '1 month', '6 meses', '1 mes', '2 meses', '1 year', '2 years', '1 año', '2 años', '1 ano', '3 anos', '1 mês'].map(durationMonths)).toEqual([
      3, 1, 6, 1, 2, 12, 24, 12, 24, 12, 36, 1,
    ]);
  });

  it('refuses what is not a whole number of months or years', () => {
    expect(['0 months', '1.5 years', 'six months', '3 weeks', '6', 'months', '-1 year', ''].map(durationMonths)).toEqual(Array(8).fill(undefined));
  });
});

describe('review schedule', () => {
  it('is due the last review plus the interval, clamped to the end of a shorter month', () => {
    expect(nextReviewDate('2026-01-31', 1)).toBe('2026-02-28');
    expect(nextReviewDate('2026-03-15', 12)).toBe('2027-03-15');
    expect(nextReviewDate(undefined, 6)).toBeUndefined();
  });

  it('is overdue from the day after it is due, with the journey\'s review_every before the site\'s interval', () => {
    expect(reviewSchedule({ reviewed: '2026-05-25', review_every: '6 meses' }, 12, TODAY)).toEqual({ intervalMonths: 6, nextReview: '2026-11-25', overdue: false });
    expect(reviewSchedule({ reviewed: '2026-05-24', review_every: '6 months' }, 12, TODAY)).toEqual({ intervalMonths: 6, nextReview: '2026-11-24', overdue: true });
    expect(reviewSchedule({ reviewed: '2026-05-24' }, 12, TODAY)).toEqual({ intervalMonths: 12, nextReview: '2027-05-24', overdue: false });
  });

  it('never calls a journey without a review date overdue', () => {
    expect(reviewSchedule({}, 6, TODAY)).toEqual({ intervalMonths: 6, nextReview: undefined, overdue: false });
  });
});

describe('the review page', () => {
  const handbook = handbookOf({
    personas: { ana: { name: 'Ana' } },
    journeys: Object.fromEntries(
      (
        [
          ['alta', 'Canales', '2026-09-01', undefined],
          ['baja', 'Canales', '2025-01-01', undefined],
          ['cita', 'Admisión', '2026-10-01', '1 year'],
          ['pago', undefined, '2026-01-01', '3 meses'],
          ['queja', 'Admisión', undefined, undefined],
        ] as const
      ).map(([slug, owner, reviewed, every]) => [
        slug,
        {
          title: slug,
          persona: 'ana',
          ...(owner && { owner }),
          ...(reviewed && { reviewed }),
          ...(every && { review_every: every }),
          phases: [{ id: 'p', name: 'P' }],
          touchpoints: [tp('p', 'x', 0)],
        },
      ]),
    ),
  });

  it('puts owners with overdue journeys first, overdue journeys first within an owner, and unreviewed last', () => {
    const groups = reviewsByOwner(handbook.journeys, 'es');
    expect(groups.map((group) => [group.owner ?? null, group.overdue, group.journeys.map((journey) => journey.slug)])).toEqual([
      ['Canales', 1, ['baja', 'alta']],
      [null, 1, ['pago']],
      ['Admisión', 0, ['cita', 'queja']],
    ]);
  });

  it('lists overdue journeys for check --due, the longest overdue first', () => {
    expect(overdueJourneys(handbook.journeys).map((journey) => [journey.slug, journey.nextReview])).toEqual([
      ['baja', '2025-07-01'],
      ['pago', '2026-04-01'],
    ]);
  });
});

describe('evidence coverage', () => {
  it('is the share of touchpoints with at least one source, to two decimals', () => {
    expect(evidenceCoverage([{ sources: ['a'] }, { sources: [] }, {}])).toBe(0.33);
    expect(evidenceCoverage([{ sources: ['a', 'b'] }, { sources: ['c'] }])).toBe(1);
    expect(evidenceCoverage([])).toBe(0);
  });

  it('calls a touchpoint without sources an assumption', () => {
    expect([isAssumption({}), isAssumption({ sources: [] }), isAssumption({ sources: ['a'] })]).toEqual([true, true, false]);
  });
});
