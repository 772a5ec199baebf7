import { describe, expect, it } from 'vitest';
import { addMonths, isStale } from '../../src/domain/staleness.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('adding calendar months', () => {
  it.each([
    ['2026-01-15', 1, '2026-02-15'],
    ['2026-01-31', 1, '2026-02-28'], // clamped to the shorter month's last day
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-08-31', 6, '2027-02-28'], // across the year end
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-05-31', 12, '2027-05-31'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-02-28', 1, '2026-03-28'], // no drift to the month's end
  ])('%s + %i months is %s', (start, months, expected) => {
    expect(iso(addMonths(start, months))).toBe(expected);
  });
});

describe('staleness', () => {
  it('keeps a review fresh on the day the interval ends and stale from the next day', () => {
    expect(isStale('2026-01-31', 6, day('2026-07-31'))).toBe(false);
    expect(isStale('2026-01-31', 6, day('2026-08-01'))).toBe(true);
  });

  it('uses the end of a short month when the review day does not exist in it', () => {
    expect(isStale('2026-08-31', 6, day('2027-02-28'))).toBe(false);
    expect(isStale('2026-08-31', 6, day('2027-03-01'))).toBe(true);
  });

  it('ignores the time of day of "today"', () => {
    expect(isStale('2026-01-31', 6, new Date('2026-07-31T23:59:59Z'))).toBe(false);
  });

  it('never calls a journey without a review date stale', () => {
    expect(isStale(undefined, 6, day('2030-01-01'))).toBe(false);
  });

  it('does not call a review dated in the future stale', () => {
    expect(isStale('2027-01-01', 6, day('2026-11-25'))).toBe(false);
  });

  it('follows the configured interval', () => {
    expect(isStale('2026-10-25', 1, day('2026-11-25'))).toBe(false);
    expect(isStale('2026-10-24', 1, day('2026-11-25'))).toBe(true);
    expect(isStale('2025-11-25', 12, day('2026-11-25'))).toBe(false);
  });
});
