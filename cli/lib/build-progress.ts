/**
 * What `npm run build` says about how far it is, as text: the phases' state fed by the build's
 * events (src/integration/build-events.ts), the time left, the line each phase shows on a
 * terminal, the few plain lines it prints into a log, and the summary at the end. Pure: the time
 * is an argument and nothing is written here (cli/lib/progress-display.ts writes).
 */
import { BUILD_PHASES, type BuildEvent, type BuildPhase } from '../../src/integration/build-events.ts';
import { formatNumber, type CliTranslate } from '../../src/i18n/index.ts';
import { LOCALE_INFO, type Locale } from '../../src/schema/locales.ts';

/** The words of one language: its CLI catalogue and its numbers. */
export interface Speech {
  say: CliTranslate;
  locale: Locale;
}

export interface PhaseProgress {
  phase: BuildPhase;
  startedAt: number;
  endedAt?: number;
  /** How many units (files, pages, images) the phase has, once known. */
  total?: number;
  /** Units made from scratch (validated, rendered, indexed) and taken from a cache. */
  made: number;
  reused: number;
  /** The search index's shards: indexed again, and copied from the cache. */
  shards?: { indexed: number; copied: number };
  /** The phase's own working time, when it says (share images overlap the pages and wait for them). */
  ownMs?: number;
  /** Units done over time, the last RATE_WINDOW_MS of them: the recent pace, for the time left. */
  samples: Array<{ at: number; done: number }>;
}

/** The pace of the last 20 s: recent enough to follow a change (copied pages, then rendered ones), long enough to be steady. */
const RATE_WINDOW_MS = 20_000;
/** No estimate before the pace has been watched this long: the first pages or images say little. */
const MIN_RATE_SPAN_MS = 2_000;

export function unitsDone(phase: PhaseProgress): number {
  return phase.made + phase.reused;
}

/** The phases as far as the build's events have told them. */
export class BuildProgress {
  readonly phases = new Map<BuildPhase, PhaseProgress>();

  /** Applies one event at time `now`; returns the phase it changed. */
  apply(event: BuildEvent, now: number): PhaseProgress {
    let phase = this.phases.get(event.phase);
    if (!phase) {
      phase = { phase: event.phase, startedAt: now, made: 0, reused: 0, samples: [] };
      this.phases.set(event.phase, phase);
    }
    switch (event.type) {
      case 'start':
        // A phase that starts again (validation over a damaged cache) counts from zero.
        if (phase.endedAt === undefined && unitsDone(phase) > 0) {
          phase.made = 0;
          phase.reused = 0;
          phase.total = undefined;
        }
        learnTotal(phase, event.total, now);
        break;
      case 'total':
        learnTotal(phase, event.total, now);
        break;
      case 'progress':
        phase.made += event.made ?? 0;
        phase.reused += event.reused ?? 0;
        addSample(phase, now);
        break;
      case 'end':
        // A later end corrects the account (the share images are counted again once written), not the time.
        phase.endedAt ??= now;
        phase.total = event.total;
        phase.made = event.made;
        phase.reused = event.reused;
        if (event.shards) phase.shards = event.shards;
        if (event.ms !== undefined) phase.ownMs = event.ms;
        break;
    }
    return phase;
  }

  /** The phases begun so far, in the build's order. */
  started(): PhaseProgress[] {
    return BUILD_PHASES.flatMap((name) => this.phases.get(name) ?? []);
  }
}

function learnTotal(phase: PhaseProgress, total: number | undefined, now: number): void {
  if (total === undefined || phase.total !== undefined) return;
  phase.total = total;
  // The pace is measured from when there is something to measure it against.
  phase.samples = [{ at: now, done: unitsDone(phase) }];
}

function addSample(phase: PhaseProgress, now: number): void {
  const samples = phase.samples;
  const last = samples[samples.length - 1];
  // A few samples a second are plenty: a thousand pages in a second need not be a thousand samples.
  if (last && now - last.at < 250) return;
  samples.push({ at: now, done: unitsDone(phase) });
  // Keep the newest sample at or before the window's start, as the base of the pace.
  while (samples.length > 2 && samples[1]!.at <= now - RATE_WINDOW_MS) samples.shift();
}

/** How long the phase's work takes, measured by the parent or, when it said, by the phase itself. */
export function phaseMs(phase: PhaseProgress, now: number): number {
  return phase.ownMs ?? (phase.endedAt ?? now) - phase.startedAt;
}

/**
 * The time left at the recent pace, in ms; undefined while there is no total, nothing done yet,
 * too little watched, or the phase is over.
 */
export function timeLeftMs(phase: PhaseProgress, now: number): number | undefined {
  if (phase.total === undefined || phase.endedAt !== undefined) return undefined;
  const done = unitsDone(phase);
  const remaining = phase.total - done;
  const base = phase.samples[0];
  if (remaining <= 0 || !base) return undefined;
  const span = now - base.at;
  const gained = done - base.done;
  if (span < MIN_RATE_SPAN_MS || gained <= 0) return undefined;
  return (remaining * span) / gained;
}

/** A duration as people read it: "40 ms", "2,4 s", "42 s", "1 min 12 s", "1 h 5 min". */
export function formatDuration(ms: number, locale: Locale): string {
  if (ms < 999.5) return `${Math.round(Math.max(0, ms))} ms`;
  if (ms < 9_950) return `${formatNumber(locale, Math.round(ms / 100) / 10)} s`;
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
  return minutes % 60 === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** Time gone so far, in whole seconds so it ticks calmly: "0 s", "12 s", "1 min 5 s". */
export function formatElapsed(ms: number, locale: Locale): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  return seconds < 60 ? `${seconds} s` : formatDuration(seconds * 1000, locale);
}

/** A time left, rounded up so it does not flicker: to 5 s under a minute, to 10 s above. */
export function formatTimeLeft(ms: number, locale: Locale): string {
  const seconds = Math.ceil(ms / 1000);
  const rounded = seconds < 60 ? Math.max(5, Math.ceil(seconds / 5) * 5) : Math.ceil(seconds / 10) * 10;
  return formatDuration(rounded * 1000, locale);
}

const percentFormats = new Map<Locale, Intl.NumberFormat>();
/** The share done, rounded down (never "100 %" before the end), written as the locale does ("25 %" in Spanish). */
function formatPercent(done: number, total: number, locale: Locale): string {
  let format = percentFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_INFO[locale].intl, { style: 'percent', maximumFractionDigits: 0 });
    percentFormats.set(locale, format);
  }
  return format.format(total > 0 ? Math.floor((done / total) * 100) / 100 : 1);
}

/** What each phase counts. Astro writes the exports, feeds and avatars route by route too: its "pages" are files. */
const UNITS = { validation: 'build.files', pages: 'build.files', images: 'build.images', search: 'build.pages' } as const;

/** "19 files", "72 pages": a count of the phase's units. */
function units(phase: BuildPhase, count: number, { say }: Speech): string {
  return say(UNITS[phase], { count });
}

export function phaseLabel(phase: BuildPhase, { say }: Speech): string {
  return say(`build.phase.${phase}`);
}

/** "18/72 pages (25 %)" or "18/72 pages  25 %", with the time left when there is an estimate. */
function countAndPace(phase: PhaseProgress, now: number, speech: Speech, style: 'live' | 'plain'): string {
  const done = Math.min(unitsDone(phase), phase.total!);
  const percent = formatPercent(done, phase.total!, speech.locale);
  const count = `${formatNumber(speech.locale, done)}/${units(phase.phase, phase.total!, speech)}`;
  const left = timeLeftMs(phase, now);
  const leftText = left === undefined ? '' : speech.say('build.timeLeft', { time: formatTimeLeft(left, speech.locale) });
  if (style === 'live') return [count, percent, leftText].filter(Boolean).join('  ');
  return `${count} (${percent})${leftText ? `, ${leftText}` : ''}`;
}

/** What a phase without a total says: Astro preparing the pages, or how much is done so far. */
function underWay(phase: PhaseProgress, now: number, speech: Speech): string {
  const time = formatElapsed(now - phase.startedAt, speech.locale);
  const done = unitsDone(phase);
  if (done > 0) return `${units(phase.phase, done, speech)}, ${speech.say('build.working', { time })}`;
  return phase.phase === 'pages' ? speech.say('build.preparing', { time }) : speech.say('build.working', { time });
}

function finished(phase: PhaseProgress, now: number, speech: Speech): string {
  return speech.say('build.doneIn', { what: units(phase.phase, phase.total ?? unitsDone(phase), speech), time: formatDuration(phaseMs(phase, now), speech.locale) });
}

/** The widest phase label of the language, so the terminal's lines and the summary's rows align. */
function labelWidth(speech: Speech): number {
  return Math.max(...BUILD_PHASES.map((phase) => phaseLabel(phase, speech).length));
}

/** A phase's line on a terminal, redrawn in place: "› Pages   1,234/5,012 pages  24 %  ~1 min 10 s left". */
export function liveLine(phase: PhaseProgress, now: number, speech: Speech): string {
  const label = phaseLabel(phase.phase, speech).padEnd(labelWidth(speech));
  if (phase.endedAt !== undefined) return `✓ ${label}  ${finished(phase, now, speech)}`;
  const body = phase.total === undefined ? underWay(phase, now, speech) : countAndPace(phase, now, speech, 'live');
  return `› ${label}  ${body}`;
}

/** Between two plain lines of one phase, at least this long: a fast phase says only when it starts and ends. */
const MIN_PLAIN_GAP_MS = 1_000;
/** A phase that has said nothing for this long says where it is, so a CI log shows the build is alive. */
const HEARTBEAT_MS = 60_000;

/**
 * The plain lines a log gets instead of lines redrawn in place: each phase when it starts, at
 * about every quarter (never two within a second), after a minute without a line, and when it
 * ends. A whole line each, a handful per phase however large the handbook.
 */
export class PlainLines {
  private readonly said = new Map<BuildPhase, { at: number; quarter: number; ended: boolean }>();
  private readonly speech: Speech;

  constructor(speech: Speech) {
    this.speech = speech;
  }

  /** The lines to print now that `event` has changed `phase`. */
  after(event: BuildEvent, phase: PhaseProgress, now: number): string[] {
    const lines: string[] = [];
    let said = this.said.get(phase.phase);
    if (!said) {
      said = { at: now, quarter: 0, ended: false };
      this.said.set(phase.phase, said);
      lines.push(this.startLine(phase));
    }
    if (event.type === 'end') {
      if (!said.ended) lines.push(`${phaseLabel(phase.phase, this.speech)}: ${finished(phase, now, this.speech)}`);
      said.ended = true;
      return lines;
    }
    if (event.type !== 'progress' || phase.total === undefined || phase.total === 0 || said.ended) return lines;
    const quarter = Math.min(3, Math.floor((unitsDone(phase) * 4) / phase.total));
    if (quarter > said.quarter && now - said.at >= MIN_PLAIN_GAP_MS) {
      lines.push(this.progressLine(phase, now));
      said.at = now;
      said.quarter = quarter;
    }
    return lines;
  }

  /** Lines due without an event: a phase silent for a minute (Astro bundling, a slow shard) says where it is. */
  due(progress: BuildProgress, now: number): string[] {
    const lines: string[] = [];
    for (const phase of progress.started()) {
      const said = this.said.get(phase.phase);
      if (!said || said.ended || phase.endedAt !== undefined || now - said.at < HEARTBEAT_MS) continue;
      lines.push(this.progressLine(phase, now));
      said.at = now;
      if (phase.total) said.quarter = Math.max(said.quarter, Math.min(3, Math.floor((unitsDone(phase) * 4) / phase.total)));
    }
    return lines;
  }

  private startLine(phase: PhaseProgress): string {
    const starting = this.speech.say('build.starting');
    const what = phase.total === undefined ? '' : `, ${units(phase.phase, phase.total, this.speech)}`;
    return `${phaseLabel(phase.phase, this.speech)}: ${starting}${what}`;
  }

  private progressLine(phase: PhaseProgress, now: number): string {
    const body = phase.total === undefined ? underWay(phase, now, this.speech) : countAndPace(phase, now, this.speech, 'plain');
    return `${phaseLabel(phase.phase, this.speech)}: ${body}`;
  }
}

/**
 * The summary a build ends with: how long it took, then each phase — what was made, what was
 * reused from a cache, and how long it took.
 */
export function summaryLines(progress: BuildProgress, totalMs: number, now: number, speech: Speech): string[] {
  const { say, locale } = speech;
  const width = labelWidth(speech);
  const rows = progress.started().map((phase) => {
    const time = formatDuration(phaseMs(phase, now), locale);
    const total = phase.total ?? unitsDone(phase);
    let detail: string;
    switch (phase.phase) {
      case 'validation':
        detail = say('build.summary.validation', { files: units('validation', total, speech), time, validated: say('build.validated', { count: phase.made }), cached: say('build.fromCache', { count: phase.reused }) });
        break;
      case 'pages':
        detail = say('build.summary.pages', { files: units('pages', total, speech), time, rendered: say('build.renderedFiles', { count: phase.made }), copied: say('build.copiedFromAstro', { count: phase.reused }) });
        break;
      case 'images':
        detail = say('build.summary.images', { images: units('images', total, speech), time, rendered: say('build.renderedImages', { count: phase.made }), cached: say('build.fromCache', { count: phase.reused }) });
        break;
      case 'search': {
        const shards = phase.shards ?? { indexed: 0, copied: 0 };
        detail = say('build.summary.search', { pages: units('search', total, speech), time, indexed: say('build.shardsIndexed', { count: shards.indexed }), copied: say('build.shardsCopied', { count: shards.copied }) });
        break;
      }
    }
    return `  ${phaseLabel(phase.phase, speech).padEnd(width)}  ${detail}`;
  });
  return [say('build.summary', { time: formatDuration(totalMs, locale) }), ...rows];
}
