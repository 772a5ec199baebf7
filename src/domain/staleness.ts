/** The date `months` calendar months after an ISO date (clamped to the month's last day). */
export function addMonths(isoDate: string, months: number): Date {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/**
 * A review is stale once the review interval has fully passed: reviewed 2026-01-31 with a
 * 6-month interval is fresh until 2026-07-31 and stale from 2026-08-01. A journey with no
 * review date is never called stale here (it has nothing to be stale against).
 */
export function isStale(reviewed: string | undefined, intervalMonths: number, today: Date): boolean {
  if (!reviewed) return false;
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return addMonths(reviewed, intervalMonths).getTime() < todayUtc;
}
