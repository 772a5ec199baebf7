import { describe, expect, it } from 'vitest';
import { BuildProgress, PlainLines, formatDuration, formatElapsed, formatTimeLeft, liveLine, summaryLines, timeLeftMs, type Speech } from '../../cli/lib/build-progress.ts';
import { cliTranslator } from '../../src/i18n/index.ts';
import type { BuildEvent, BuildPhase } from '../../src/integration/build-events.ts';
import type { Locale } from '../../src/schema/locales.ts';

const speech = (locale: Locale): Speech => ({ say: cliTranslator(locale), locale });
const en = speech('en');
const es = speech('es');

/** A phase of `total` units done at a steady `perSecond`, one event each unit; returns the time it ended. */
function steadily(progress: BuildProgress, phase: BuildPhase, total: number, perSecond: number, from = 0, onEvent?: (event: BuildEvent, at: number) => void): number {
  const feed = (event: BuildEvent, at: number) => {
    progress.apply(event, at);
    onEvent?.(event, at);
  };
  feed({ type: 'start', phase, total }, from);
  let at = from;
  for (let unit = 0; unit < total; unit++) {
    at = from + ((unit + 1) * 1000) / perSecond;
    feed({ type: 'progress', phase, made: 1 }, at);
  }
  return at;
}

describe('the time left', () => {
  it('is the rest at the pace so far: 250 of 1,000 pages in 25 s leave 75 s', () => {
    const progress = new BuildProgress();
    progress.apply({ type: 'start', phase: 'pages', total: 1000 }, 0);
    for (let page = 1; page <= 250; page++) progress.apply({ type: 'progress', phase: 'pages', made: 1 }, page * 100);
    expect(timeLeftMs(progress.phases.get('pages')!, 25_000)).toBeCloseTo(75_000, -2);
  });

  it('follows a change of pace within the last 20 s: copied pages fly, rendered ones crawl', () => {
    const progress = new BuildProgress();
    progress.apply({ type: 'start', phase: 'pages', total: 2000 }, 0);
    // 1,000 pages copied in 10 s, then 10 pages a second for 30 s.
    for (let page = 1; page <= 1000; page++) progress.apply({ type: 'progress', phase: 'pages', reused: 1 }, page * 10);
    for (let page = 1; page <= 300; page++) progress.apply({ type: 'progress', phase: 'pages', made: 1 }, 10_000 + page * 100);
    const left = timeLeftMs(progress.phases.get('pages')!, 40_000)!;
    // 700 pages at about 10 a second: about 70 s, not the 23 s the whole build's average would say.
    expect(left).toBeGreaterThan(60_000);
    expect(left).toBeLessThan(80_000);
  });

  it('grows while nothing moves', () => {
    const progress = new BuildProgress();
    progress.apply({ type: 'total', phase: 'pages', total: 100 }, 0);
    for (let page = 1; page <= 10; page++) progress.apply({ type: 'progress', phase: 'pages', made: 1 }, page * 1000);
    const pages = progress.phases.get('pages')!;
    expect(timeLeftMs(pages, 20_000)!).toBeGreaterThan(timeLeftMs(pages, 10_000)!);
  });

  it('is not guessed before the total is known, before 2 s of watching, or once the phase is over', () => {
    const progress = new BuildProgress();
    progress.apply({ type: 'start', phase: 'pages' }, 0);
    progress.apply({ type: 'progress', phase: 'pages', made: 5 }, 5_000);
    expect(timeLeftMs(progress.phases.get('pages')!, 6_000)).toBeUndefined();
    progress.apply({ type: 'total', phase: 'pages', total: 100 }, 6_000);
    progress.apply({ type: 'progress', phase: 'pages', made: 5 }, 7_000);
    expect(timeLeftMs(progress.phases.get('pages')!, 7_500)).toBeUndefined();
    expect(timeLeftMs(progress.phases.get('pages')!, 8_500)).toBeDefined();
    progress.apply({ type: 'end', phase: 'pages', total: 100, made: 100, reused: 0 }, 9_000);
    expect(timeLeftMs(progress.phases.get('pages')!, 9_500)).toBeUndefined();
  });
});

describe('a phase that starts over', () => {
  it('counts from zero again: validation over a damaged cache parses every file anew', () => {
    const progress = new BuildProgress();
    progress.apply({ type: 'start', phase: 'validation', total: 3 }, 0);
    progress.apply({ type: 'progress', phase: 'validation', reused: 2 }, 10);
    const validation = progress.apply({ type: 'start', phase: 'validation', total: 3 }, 20);
    expect([validation.made, validation.reused, validation.total]).toEqual([0, 0, 3]);
    progress.apply({ type: 'progress', phase: 'validation', made: 3 }, 30);
    expect(liveLine(validation, 40, en)).toContain('3/3 files');
  });
});

describe('durations', () => {
  it('are written for people, with the language’s decimal comma', () => {
    expect(formatDuration(40, 'es')).toBe('40 ms');
    expect(formatDuration(2_440, 'es')).toBe('2,4 s');
    expect(formatDuration(2_440, 'en')).toBe('2.4 s');
    expect(formatDuration(42_300, 'en')).toBe('42 s');
    expect(formatDuration(59_700, 'en')).toBe('1 min');
    expect(formatDuration(72_000, 'en')).toBe('1 min 12 s');
    expect(formatDuration(3_900_000, 'en')).toBe('1 h 5 min');
  });

  it('count time gone in whole seconds, and round the time left up so it does not flicker', () => {
    expect(formatElapsed(999, 'es')).toBe('0 s');
    expect(formatElapsed(65_500, 'es')).toBe('1 min 5 s');
    expect(formatTimeLeft(1_200, 'en')).toBe('5 s');
    expect(formatTimeLeft(31_000, 'en')).toBe('35 s');
    expect(formatTimeLeft(61_000, 'en')).toBe('1 min 10 s');
  });
});

describe('a phase’s line on a terminal', () => {
  it('says Astro is preparing the site until the number of pages is known', () => {
    const progress = new BuildProgress();
    const pages = progress.apply({ type: 'start', phase: 'pages' }, 0);
    expect(liveLine(pages, 12_400, es)).toMatch(/^› Páginas +Astro prepara el sitio \(12 s\)$/);
  });

  it('shows done/total, the share done and the time left, in the handbook’s language', () => {
    const progress = new BuildProgress();
    progress.apply({ type: 'start', phase: 'pages' }, 0);
    progress.apply({ type: 'total', phase: 'pages', total: 1200 }, 10_000);
    for (let page = 1; page <= 300; page++) progress.apply({ type: 'progress', phase: 'pages', made: 1 }, 10_000 + page * 100);
    const pages = progress.phases.get('pages')!;
    // 900 files left at 10 a second.
    expect(liveLine(pages, 40_000, en)).toMatch(/^› Pages +300\/1,200 files {2}25% {2}~1 min 30 s left$/);
    expect(liveLine(pages, 40_000, es)).toMatch(/^› Páginas +300\/1200 archivos {2}25\u00a0% {2}quedan ~1 min 30 s$/);
  });

  it('never says more is done than there is, nor rounds 99.9 % up to 100 %', () => {
    const progress = new BuildProgress();
    progress.apply({ type: 'start', phase: 'validation', total: 3 }, 0);
    const validation = progress.apply({ type: 'progress', phase: 'validation', made: 5 }, 100);
    expect(liveLine(validation, 200, en)).toContain('3/3 files  100%');
    progress.apply({ type: 'start', phase: 'images', total: 1000 }, 0);
    const images = progress.apply({ type: 'progress', phase: 'images', made: 999 }, 100);
    expect(liveLine(images, 200, en)).toContain('999/1,000 images  99%');
  });

  it('turns into what was done and how long it took when the phase ends', () => {
    const progress = new BuildProgress();
    const end = steadily(progress, 'images', 12, 4);
    const images = progress.apply({ type: 'end', phase: 'images', total: 12, made: 2, reused: 10 }, end);
    expect(liveLine(images, end + 5_000, en)).toMatch(/^✓ Share images +12 images in 3 s$/);
  });

  it('aligns the phases of a language on one column', () => {
    const progress = new BuildProgress();
    const lines = (['validation', 'pages', 'images', 'search'] as const).map((phase) => liveLine(progress.apply({ type: 'start', phase, total: 10 }, 0), 0, es));
    const columns = lines.map((line) => line.indexOf('0/10'));
    expect(new Set(columns).size).toBe(1);
  });
});

describe('plain lines for a log', () => {
  /** Every plain line a phase prints, with the time it was printed. */
  function plainRun(total: number, perSecond: number, locale: Locale = 'en'): string[] {
    const progress = new BuildProgress();
    const plain = new PlainLines(speech(locale));
    const lines: string[] = [];
    const end = steadily(progress, 'pages', total, perSecond, 0, (event, at) => lines.push(...plain.after(event, progress.phases.get('pages')!, at)));
    const event: BuildEvent = { type: 'end', phase: 'pages', total, made: total, reused: 0 };
    lines.push(...plain.after(event, progress.apply(event, end), end));
    return lines;
  }

  it('are a handful per phase however many pages: the start, each quarter, the end', () => {
    const lines = plainRun(5000, 50);
    expect(lines).toEqual([
      'Pages: started, 5,000 files',
      // 3,750, 2,500 and 1,250 files left at 50 a second.
      expect.stringMatching(/^Pages: 1,250\/5,000 files \(25%\), ~1 min 20 s left$/),
      expect.stringMatching(/^Pages: 2,500\/5,000 files \(50%\), ~5[05] s left$/),
      expect.stringMatching(/^Pages: 3,750\/5,000 files \(75%\), ~(25|30) s left$/),
      'Pages: 5,000 files in 1 min 40 s',
    ]);
  });

  it('say only when a fast phase starts and ends', () => {
    expect(plainRun(400, 1000)).toEqual(['Pages: started, 400 files', 'Pages: 400 files in 400 ms']);
  });

  it('are never two within a second, even when a phase jumps quarters', () => {
    const progress = new BuildProgress();
    const plain = new PlainLines(en);
    const lines: Array<[number, string]> = [];
    const feed = (event: BuildEvent, at: number) => plain.after(event, progress.apply(event, at), at).forEach((line) => lines.push([at, line]));
    feed({ type: 'start', phase: 'search', total: 100 }, 0);
    feed({ type: 'progress', phase: 'search', reused: 90 }, 1_500);
    feed({ type: 'progress', phase: 'search', made: 5 }, 1_600);
    feed({ type: 'end', phase: 'search', total: 100, made: 10, reused: 90 }, 30_000);
    expect(lines.map(([, line]) => line)).toEqual(['Search index: started, 100 pages', 'Search index: 90/100 pages (90%)', 'Search index: 100 pages in 30 s']);
  });

  it('say where a phase is after a minute without a line: Astro bundling, a long shard', () => {
    const progress = new BuildProgress();
    const plain = new PlainLines(es);
    const event: BuildEvent = { type: 'start', phase: 'pages' };
    expect(plain.after(event, progress.apply(event, 0), 0)).toEqual(['Páginas: en marcha']);
    expect(plain.due(progress, 30_000)).toEqual([]);
    expect(plain.due(progress, 61_000)).toEqual(['Páginas: Astro prepara el sitio (1 min 1 s)']);
    expect(plain.due(progress, 90_000)).toEqual([]);
    const ended: BuildEvent = { type: 'end', phase: 'pages', total: 10, made: 10, reused: 0 };
    plain.after(ended, progress.apply(ended, 100_000), 100_000);
    expect(plain.due(progress, 500_000)).toEqual([]);
  });

  it('are whole lines', () => {
    for (const line of plainRun(5000, 50, 'es')) expect(line).not.toMatch(/[\r\n\u001b]/);
  });
});

describe('the summary', () => {
  /** A warm build: everything but one journey's pages, image and shard reused. */
  function warmBuild(): BuildProgress {
    const progress = new BuildProgress();
    const events: Array<[number, BuildEvent]> = [
      [0, { type: 'start', phase: 'validation', total: 1003 }],
      [4_100, { type: 'end', phase: 'validation', total: 1003, made: 1, reused: 1002 }],
      [4_200, { type: 'start', phase: 'pages' }],
      [5_000, { type: 'start', phase: 'images', total: 1101 }],
      [9_000, { type: 'end', phase: 'images', total: 1101, made: 1, reused: 1100, ms: 3_800 }],
      [30_000, { type: 'end', phase: 'pages', total: 5223, made: 50, reused: 5173 }],
      [31_000, { type: 'end', phase: 'images', total: 1101, made: 1, reused: 1100, ms: 4_100 }],
      [31_500, { type: 'start', phase: 'search', total: 2223 }],
      [34_000, { type: 'end', phase: 'search', total: 2223, made: 40, reused: 2183, shards: { indexed: 1, copied: 39 } }],
    ];
    for (const [at, event] of events) progress.apply(event, at);
    return progress;
  }

  it('says what each phase built, what it reused, and how long it took', () => {
    expect(summaryLines(warmBuild(), 35_000, 35_000, en)).toEqual([
      'Built in 35 s:',
      '  Validation    1,003 files in 4.1 s: 1 validated, 1,002 from the cache',
      '  Pages         5,223 files in 26 s: 50 rendered, 5,173 copied from Astro’s cache',
      '  Share images  1,101 images in 4.1 s: 1 rendered, 1,100 from the cache',
      '  Search index  2,223 pages in 2.5 s: 1 shard indexed, 39 copied from the cache',
    ]);
  });

  it('speaks the handbook’s language, with its plurals and its numbers', () => {
    expect(summaryLines(warmBuild(), 35_000, 35_000, es)).toEqual([
      'Construido en 35 s:',
      '  Validación               1003 archivos en 4,1 s: 1 validado, 1002 de la caché',
      '  Páginas                  5223 archivos en 26 s: 50 generados, 5173 copiados de la caché de Astro',
      '  Imágenes para compartir  1101 imágenes en 4,1 s: 1 generada, 1100 de la caché',
      '  Índice de búsqueda       2223 páginas en 2,5 s: 1 fragmento indexado, 39 copiados de la caché',
    ]);
    expect(summaryLines(warmBuild(), 35_000, 35_000, speech('pt'))[3]).toBe('  Imagens de partilha  1101 imagens em 4,1 s: 1 gerada, 1100 da cache');
  });
});
