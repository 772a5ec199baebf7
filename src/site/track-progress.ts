/*
 * A reader's progress through a track, as kept in their own browser (localStorage) and nowhere
 * else. The steps ticked off are stored by step key (src/domain/tracks.ts), not by position, so
 * an author who reorders or inserts steps does not scramble what readers have read. Pure, so the
 * client script and the unit specs share it.
 */

/**
 * The localStorage entry of one track. The base path is part of it: two handbooks published on
 * one intranet host share the browser's storage for that host, and their tracks may share ids.
 */
export function progressStorageKey(base: string, trackId: string): string {
  return `journeybook:track-progress:${base}${trackId}`;
}

/** The step keys a stored entry holds; anything unreadable (an old format, a hand edit) counts as nothing read. */
export function parseProgress(stored: string | null | undefined): Set<string> {
  if (!stored) return new Set();
  try {
    const value: unknown = JSON.parse(stored);
    const done = (value as { done?: unknown } | null)?.done;
    return new Set(Array.isArray(done) ? done.filter((key): key is string => typeof key === 'string') : []);
  } catch {
    return new Set();
  }
}

/** The stored form of a track's progress, its keys sorted so the same progress is always the same text. */
export function serialiseProgress(done: Iterable<string>): string {
  return JSON.stringify({ done: [...new Set(done)].sort() });
}

export interface TrackProgress {
  /** How many of the track's current steps are read (keys of removed steps do not count). */
  done: number;
  count: number;
  /** 0-based index of the first step not yet read; undefined when every step is. */
  firstUnread: number | undefined;
}

export function progressThrough(stepKeys: readonly string[], done: ReadonlySet<string>): TrackProgress {
  const unread = stepKeys.findIndex((key) => !done.has(key));
  return { done: stepKeys.filter((key) => done.has(key)).length, count: stepKeys.length, firstUnread: unread === -1 ? undefined : unread };
}

/** `{name}` placeholders of an interface string filled in, for strings the page hands to its script. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])));
}
