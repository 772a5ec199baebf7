/**
 * Reads Astro's per-page build log as the messages its logger is handed: for each page, a start
 * ("  ├─ /journeys/x/index.html", without a line end), then, once the page is done, either
 * " (restored)" or " (cached)" — copied from the incremental cache — or its render time
 * (" (+48ms)"). With pages rendered eight at a time, the starts and ends of different pages
 * interleave, so only the kinds are counted, never paired.
 *
 * This is Astro's wording (node_modules/astro/dist/core/build/generate.js), not an API: a unit
 * test replays a real build's messages through it, and the build only uses it for the live count
 * of copied pages — the summary's figures come from the prerenderer (src/integration/page-progress.ts),
 * so a change of wording in Astro slows the progress line down, nothing worse.
 */

/** A message as Astro hands it to a logger destination (its AstroLoggerMessage). */
export interface AstroLogMessage {
  label: string | null;
  level: string;
  message: string;
  newLine: boolean;
}

/** What a message says about a page: it started, or it was copied from the cache, or it was rendered. */
export type RouteLogEntry = 'started' | 'reused' | 'rendered';

// Astro colours its log when it believes a terminal or CI is watching.
const ANSI = /\u001b\[[0-9;]*m/g;

export function routeLogEntry(message: AstroLogMessage): RouteLogEntry | undefined {
  if (message.level !== 'info') return undefined;
  const text = message.message.replace(ANSI, '').trim();
  if (message.label === null && !message.newLine && /^├─ \S/.test(text)) return 'started';
  if (message.label !== 'SKIP_FORMAT') return undefined;
  if (/^\((restored|cached)\)$/.test(text)) return 'reused';
  if (/^\(\+[\d.]+m?s\)/.test(text)) return 'rendered';
  return undefined;
}
