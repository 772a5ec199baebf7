/** "Today" for staleness: `JOURNEYBOOK_TODAY=YYYY-MM-DD` pins it, for reproducible builds and tests. */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.JOURNEYBOOK_TODAY;
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return new Date(`${pinned}T00:00:00Z`);
  return new Date();
}
