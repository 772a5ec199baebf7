import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routeLogEntry, type AstroLogMessage } from '../../src/integration/astro-route-log.ts';
import buildLog, { shownWhenQuiet } from '../../src/integration/build-log.ts';

/*
 * The messages Astro 7.3 handed its logger during two real builds of test/build/fixtures/valid
 * (recorded with a logger destination that wrote each message down): a cold build, and a build
 * after one journey's title changed, run with CI=true so Astro coloured its log. 45 files each
 * (36 pages, and the exports, feeds and avatars Astro also writes route by route);
 * the second copied 12 of them from Astro's incremental cache.
 */
const LOG = JSON.parse(readFileSync(new URL('fixtures/astro-build-log.json', import.meta.url), 'utf8')) as Record<'cold' | 'warmInCi', AstroLogMessage[]>;

function tally(messages: AstroLogMessage[]) {
  const entries = messages.map(routeLogEntry);
  return {
    started: entries.filter((entry) => entry === 'started').length,
    reused: entries.filter((entry) => entry === 'reused').length,
    rendered: entries.filter((entry) => entry === 'rendered').length,
  };
}

describe("reading Astro's per-page build log", () => {
  it('finds every page of a cold build rendered, none copied', () => {
    expect(tally(LOG.cold)).toEqual({ started: 45, reused: 0, rendered: 45 });
  });

  it('tells the pages copied from the incremental cache from those rendered, through the colours of a CI log', () => {
    expect(LOG.warmInCi.some((message) => message.message.includes('\u001b['))).toBe(true);
    expect(tally(LOG.warmInCi)).toEqual({ started: 45, reused: 12, rendered: 33 });
  });

  it('takes no other line of the log for a page, not even the integration’s accounts or Astro’s totals', () => {
    const others = [...LOG.cold, ...LOG.warmInCi].filter((message) => message.label !== null && message.label !== 'SKIP_FORMAT');
    expect(others.length).toBeGreaterThan(20);
    expect(others.map(routeLogEntry).filter(Boolean)).toEqual([]);
  });

  it('knows a page Astro found already in place ("cached") as copied too', () => {
    expect(routeLogEntry({ label: 'SKIP_FORMAT', level: 'info', message: ' \u001b[32m(cached)\u001b[39m', newLine: true })).toBe('reused');
  });
});

describe('the build’s Astro logger', () => {
  const written: string[] = [];
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    written.length = 0;
  });
  const capture = () => {
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
    }
  };
  const warning: AstroLogMessage = { label: 'vite', level: 'warn', message: 'Some chunks are larger than 500 kB after minification.\nConsider code splitting.', newLine: true };

  it('keeps, of a whole build’s log, only the journeybook integration’s notes, and every warning and error whole', () => {
    vi.stubEnv('JOURNEYBOOK_VERBOSE', '');
    vi.stubEnv('JOURNEYBOOK_LOG_LEVEL', '');
    capture();
    const log = buildLog();
    for (const message of [...LOG.warmInCi, warning, { ...warning, level: 'error', label: 'build', message: 'Caught error rendering /x' }]) log.write(message as never);
    vi.restoreAllMocks();
    const text = written.join('');
    expect(text).not.toContain('├─');
    expect(text).not.toContain('(restored)');
    expect(text).not.toContain('page(s) built');
    expect(text).toContain('[journeybook] share images: 1 rendered, 6 from cache');
    expect(text).toContain('[WARN] [vite] Some chunks are larger than 500 kB after minification.\nConsider code splitting.\n');
    expect(text).toContain('[ERROR] [build] Caught error rendering /x\n');
    // Whole lines: every write ends one.
    expect(written.every((chunk) => chunk.endsWith('\n'))).toBe(true);
  });

  it('passes everything on with --verbose (JOURNEYBOOK_VERBOSE=1), as Astro’s own logger would', () => {
    vi.stubEnv('JOURNEYBOOK_VERBOSE', '1');
    capture();
    const log = buildLog();
    for (const message of LOG.warmInCi) log.write(message as never);
    vi.restoreAllMocks();
    const text = written.join('');
    expect(text.match(/├─/g)).toHaveLength(45);
    expect(text.match(/\(restored\)/g)).toHaveLength(12);
    expect(text).toMatch(/\[build\] 36 page\(s\) built in/);
  });

  it('shows warnings and errors from anyone, and notes only from Journeybook', () => {
    expect(shownWhenQuiet({ level: 'warn', label: 'content' })).toBe(true);
    expect(shownWhenQuiet({ level: 'error', label: null })).toBe(true);
    expect(shownWhenQuiet({ level: 'info', label: 'journeybook' })).toBe(true);
    expect(shownWhenQuiet({ level: 'info', label: 'build' })).toBe(false);
    expect(shownWhenQuiet({ level: 'info', label: '@astrojs/mdx' })).toBe(false);
    expect(shownWhenQuiet({ level: 'debug', label: 'journeybook' })).toBe(false);
  });
});
