import type { BuildLog } from './build-log.ts';
import type { DistStats } from './dist-stats.ts';
import type { Measurement } from './measure.ts';
import type { PageWeight } from './page-weight.ts';
import type { HeaviestPage } from './page-kinds.ts';
import type { PageLoad } from './page-load.ts';
import { SEARCH_TARGET_BYTES, type SearchDownload } from './search-bytes.ts';
import { medianOf, type DevLoopResult } from './dev-loop.ts';

export const STATES = ['cold', 'warm', 'change'] as const;
export type BuildState = (typeof STATES)[number];
export type Project = 'floor' | 'journeybook';

export interface BuildResult {
  project: Project;
  state: BuildState;
  measurement: Measurement;
  log: BuildLog;
  dist: DistStats | undefined;
}

export interface RunResult {
  journeys: number;
  personas: number;
  seed: number;
  builds: BuildResult[];
  weight: PageWeight | undefined;
  /** The journeys index, the one page that lists every journey (docs/views.md#the-journeys-index). */
  indexWeight?: PageWeight | undefined;
  /** The heaviest HTML page of each kind (issue 18), with its load on a phone when measured. */
  heaviest?: HeaviestPageReport | undefined;
  editedFile: string | undefined;
  profiles: Array<{ label: string; markdown: string }>;
  /** The author's loop in `astro dev` (issue 18), when the `dev` step ran. */
  dev?: DevReport | undefined;
  /** What a reader's search downloads, query by query (issue 18), measured with the page loads. */
  search?: SearchDownload[] | undefined;
}

/** The floor's dev server and Journeybook's, measured one after the other on the same journey. */
export interface DevReport {
  floor: DevLoopResult;
  journeybook: DevLoopResult;
}

/** The targets of issue 7, at N = 1,000 on 2 cores. */
export const TARGETS = {
  cold: 2.0,
  warm: 1.3,
  change: 1.3,
  peakRssBytes: 2 * 1024 ** 3,
  htmlCssGzip: 60 * 1024,
  jsGzip: 15 * 1024,
  /** Issue 18: every HTML page, however large the handbook. */
  anyPageHtmlGzip: 100 * 1024,
  anyPageLoadMs: 2000,
  /** Issue 18: in `npm run dev`, a save shown (median), a broken save's error shown, and the fix shown, each within this. */
  devSaveMs: 1000,
  /** Issue 18: the dev server ready within this many times the floor's. */
  devReady: 1.5,
} as const;

export interface HeaviestPageReport {
  pages: HeaviestPage[];
  /** Their loads on the phone profile (bench/lib/page-load.ts); undefined when not measured. */
  loads: PageLoad[] | undefined;
  /** Why loads were not measured. */
  loadsMissing?: string | undefined;
}

const seconds = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
const ratio = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? '—' : `${value.toFixed(2)}×`);
export const megabytes = (bytes: number | undefined) =>
  bytes === undefined ? '—' : bytes < 10 * 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${Math.round(bytes / 1024 ** 2)} MB`;
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function find(run: RunResult, project: Project, state: BuildState): BuildResult | undefined {
  return run.builds.find((build) => build.project === project && build.state === state);
}

/** A Journeybook build against the floor in the same state: cold with cold, warm with warm. */
export function ratios(run: RunResult, state: BuildState): { wall?: number; cpu?: number } {
  const build = find(run, 'journeybook', state);
  const floor = find(run, 'floor', state);
  if (!build || !floor) return {};
  const { measurement: a } = build;
  const { measurement: b } = floor;
  return {
    wall: a.wallMs / b.wallMs,
    cpu: a.cpuMs !== undefined && b.cpuMs !== undefined ? a.cpuMs / b.cpuMs : undefined,
  };
}

export function buildsTable(run: RunResult): string {
  const rows = run.builds.map((build) => {
    const { measurement: m, log, dist } = build;
    const r = build.project === 'journeybook' ? ratios(run, build.state) : {};
    const share = log.shareImages ? `${log.shareImages.rendered} new, ${log.shareImages.fromCache} cached, ${seconds(log.shareImages.ms)}` : build.project === 'floor' ? '—' : 'no log line';
    return [
      `${build.project === 'floor' ? 'floor' : 'Journeybook'} ${build.state}${m.exitCode === 0 ? '' : ` (exit ${m.exitCode})`}`,
      seconds(m.wallMs),
      ratio(r.wall),
      seconds(m.cpuMs),
      ratio(r.cpu),
      megabytes(m.peakTreeRssBytes),
      log.pagesReused > 0 ? `${seconds(log.astroMs)} (${log.pagesReused} pages copied)` : seconds(log.astroMs),
      share,
      log.searchIndexReused ? `${seconds(log.searchIndexMs)} (copied)` : seconds(log.searchIndexMs),
      dist ? String(dist.pages) : '—',
      dist ? `${dist.images} (${dist.shareImages} share)` : '—',
      dist ? megabytes(dist.bytes) : '—',
      m.loadBefore.toFixed(1),
    ];
  });
  return table(
    ['build', 'wall', '× floor', 'CPU', 'CPU × floor', 'peak RSS', 'astro build', 'share images', 'search index', 'pages', 'images', 'dist/', 'load'],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'right', 'right', 'right', 'right', 'right'],
  );
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean | undefined;
}

export function targetChecks(run: RunResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const state of STATES) {
    const r = ratios(run, state).wall;
    checks.push({
      target: `${state === 'change' ? 'one-file change' : `${state} build`} ≤ ${TARGETS[state].toFixed(1)}× the floor`,
      measured: r === undefined ? 'not measured' : `${r.toFixed(2)}× (CPU ${ratio(ratios(run, state).cpu)})`,
      met: r === undefined ? undefined : r <= TARGETS[state],
    });
  }
  const peaks = run.builds.filter((build) => build.project === 'journeybook').map((build) => build.measurement.peakTreeRssBytes);
  const peak = peaks.length > 0 ? Math.max(...peaks) : undefined;
  checks.push({ target: 'peak RSS ≤ 2 GB', measured: megabytes(peak), met: peak === undefined ? undefined : peak <= TARGETS.peakRssBytes });
  const weight = run.weight;
  const htmlCss = weight ? weight.htmlGzip + weight.cssGzip : undefined;
  checks.push({
    target: 'journey page ≤ 60 KB HTML+CSS gzipped',
    measured: weight ? `${kilobytes(htmlCss!)} (HTML ${kilobytes(weight.htmlGzip)} + CSS ${kilobytes(weight.cssGzip)} in ${weight.cssFiles} files)` : 'not measured',
    met: htmlCss === undefined ? undefined : htmlCss <= TARGETS.htmlCssGzip,
  });
  checks.push({
    target: 'journey page ≤ 15 KB JS besides search (gzipped)',
    measured: weight ? `${kilobytes(weight.jsGzip)} gzipped, ${kilobytes(weight.jsRaw)} raw (${weight.jsFiles} files, ${weight.inlineScripts} inline)` : 'not measured',
    met: weight === undefined ? undefined : weight.jsGzip <= TARGETS.jsGzip,
  });
  // The journeys index grows with N (one line per journey); the same page budget applies to it.
  const index = run.indexWeight;
  const indexHtmlCss = index ? index.htmlGzip + index.cssGzip : undefined;
  checks.push({
    target: 'journeys index ≤ 60 KB HTML+CSS gzipped',
    measured: index ? `${kilobytes(indexHtmlCss!)} (HTML ${kilobytes(index.htmlGzip)} + CSS ${kilobytes(index.cssGzip)} in ${index.cssFiles} files)` : 'not measured',
    met: indexHtmlCss === undefined ? undefined : indexHtmlCss <= TARGETS.htmlCssGzip,
  });
  checks.push({
    target: 'journeys index ≤ 15 KB JS besides search (gzipped)',
    measured: index ? `${kilobytes(index.jsGzip)} gzipped, ${kilobytes(index.jsRaw)} raw (${index.jsFiles} files, ${index.inlineScripts} inline)` : 'not measured',
    met: index === undefined ? undefined : index.jsGzip <= TARGETS.jsGzip,
  });
  if (run.search && run.search.length > 0) {
    const largest = run.search.reduce((max, download) => (download.bytes > max.bytes ? download : max));
    checks.push({
      target: 'a search query downloads ≤ 300 KB (issue 18)',
      measured: `${kilobytes(largest.bytes)} for "${largest.query}", the largest of ${run.search.length} queries`,
      met: largest.bytes <= SEARCH_TARGET_BYTES,
    });
  }
  return checks;
}

/** What each query of the search downloaded, files and bytes under /pagefind/. */
export function searchTable(downloads: readonly SearchDownload[]): string {
  return table(
    ['query', 'files', 'downloaded'],
    downloads.map((download) => [`\`${download.query}\``, String(download.files), kilobytes(download.bytes)]),
    ['left', 'right', 'right'],
  );
}

/**
 * The heaviest page of each kind, gzipped as a server sends it, and how long it takes to load on
 * a phone with a CPU four times slower (issue 18: ≤ 100 KB and ≤ 2 s at 10,000 journeys).
 */
export function heaviestPagesTable(report: HeaviestPageReport): string {
  const loads = new Map((report.loads ?? []).map((load) => [load.page, load]));
  const mark = (met: boolean) => (met ? '' : ' **over**');
  const rows = report.pages.map((page) => {
    const load = loads.get(page.page);
    return [
      page.kind,
      String(page.pages),
      `\`${page.page}\``,
      kilobytes(page.htmlRaw),
      `${kilobytes(page.htmlGzip)}${mark(page.htmlGzip <= TARGETS.anyPageHtmlGzip)}`,
      load ? `${(load.loadMs / 1000).toFixed(2)} s${mark(load.loadMs <= TARGETS.anyPageLoadMs)}` : '—',
      load ? String(load.elements) : '—',
    ];
  });
  const note = report.loads ? '' : `\n\nLoads not measured: ${report.loadsMissing ?? 'not asked for'}.`;
  return `${table(['kind', 'pages', 'heaviest page', 'HTML', 'gzipped', 'load (phone, 4× slower CPU)', 'elements'], rows, ['left', 'right', 'left', 'right', 'right', 'right', 'right'])}${note}`;
}

export function targetsTable(run: RunResult): string {
  return table(
    ['target', 'measured', 'met'],
    targetChecks(run).map((check) => [check.target, check.measured, check.met === undefined ? '—' : check.met ? 'yes' : '**no**']),
    ['left', 'left', 'left'],
  );
}

/**
 * How time and memory grow with N. The exponent k in time ∝ N^k between consecutive sizes:
 * 1 is linear; clearly above 1 is worse than linear and a bug to explain.
 */
export function growthTable(runs: readonly RunResult[]): string {
  const sorted = [...runs].sort((a, b) => a.journeys - b.journeys);
  const metric = (run: RunResult, project: Project, state: BuildState, pick: (m: Measurement) => number | undefined) => {
    const build = find(run, project, state);
    return build ? pick(build.measurement) : undefined;
  };
  const exponent = (current: number | undefined, previous: number | undefined, n: number, previousN: number) =>
    current === undefined || previous === undefined ? '' : ` (k=${(Math.log(current / previous) / Math.log(n / previousN)).toFixed(2)})`;
  const rows = sorted.map((run, index) => {
    const previous = sorted[index - 1];
    const cell = (project: Project, state: BuildState, pick: (m: Measurement) => number | undefined, format: (value: number | undefined) => string) => {
      const value = metric(run, project, state, pick);
      const before = previous ? metric(previous, project, state, pick) : undefined;
      return `${format(value)}${previous ? exponent(value, before, run.journeys, previous.journeys) : ''}`;
    };
    const wall = (m: Measurement) => m.wallMs;
    const cpu = (m: Measurement) => m.cpuMs;
    const rss = (m: Measurement) => m.peakTreeRssBytes;
    const cold = find(run, 'journeybook', 'cold');
    return [
      String(run.journeys),
      cell('floor', 'cold', wall, seconds),
      cell('journeybook', 'cold', wall, seconds),
      cell('journeybook', 'cold', cpu, seconds),
      cell('journeybook', 'warm', wall, seconds),
      cell('journeybook', 'change', wall, seconds),
      cell('journeybook', 'cold', rss, megabytes),
      cold ? `${Math.round(cold.measurement.wallMs / run.journeys)} ms` : '—',
    ];
  });
  return table(
    ['N', 'floor cold', 'cold', 'cold CPU', 'warm', 'change', 'cold peak RSS', 'cold per journey'],
    rows,
    ['right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

export function table(header: string[], rows: string[][], align: Array<'left' | 'right'>): string {
  const rule = align.map((side) => (side === 'right' ? '---:' : '---'));
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/**
 * The author's loop: both dev servers' starts, saves, broken save and recovery, and the targets
 * of issue 18 against them.
 */
export function devLoopMarkdown(dev: DevReport): string {
  const { floor, journeybook: jb } = dev;
  const s2 = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`);
  const times = (values: readonly number[]) => values.map((ms) => (ms / 1000).toFixed(2)).join(', ');
  const times2 = (a: number | undefined, b: number | undefined) => ratio(a === undefined || b === undefined ? undefined : a / b);
  const saveMedian = (result: DevLoopResult) => medianOf(result.saves.map((save) => save.ms));
  const cpuMedian = (result: DevLoopResult) => medianOf(result.saves.map((save) => save.cpuMs));
  const reloadTimes = (result: DevLoopResult) => result.saves.map((save) => (save.reloadMs === undefined ? '—' : (save.reloadMs / 1000).toFixed(2))).join(', ');
  const loads = (result: DevLoopResult) => result.saves.map((save) => save.load.toFixed(1)).join(', ');
  const rows = [
    ['start without caches: port open', s2(floor.cold?.listeningMs), s2(jb.cold?.listeningMs), times2(jb.cold?.listeningMs, floor.cold?.listeningMs), `${floor.cold?.load.toFixed(1)} / ${jb.cold?.load.toFixed(1)}`],
    ['start without caches: journey page 200', s2(floor.cold?.readyMs), s2(jb.cold?.readyMs), times2(jb.cold?.readyMs, floor.cold?.readyMs), `${floor.cold?.load.toFixed(1)} / ${jb.cold?.load.toFixed(1)}`],
    ['start with caches: port open', s2(floor.warm.listeningMs), s2(jb.warm.listeningMs), times2(jb.warm.listeningMs, floor.warm.listeningMs), `${floor.warm.load.toFixed(1)} / ${jb.warm.load.toFixed(1)}`],
    ['**start with caches: journey page 200 (ready)**', s2(floor.warm.readyMs), s2(jb.warm.readyMs), times2(jb.warm.readyMs, floor.warm.readyMs), `${floor.warm.load.toFixed(1)} / ${jb.warm.load.toFixed(1)}`],
    [`**save → page shows it** (median of ${jb.saves.length})`, s2(saveMedian(floor)), s2(saveMedian(jb)), times2(saveMedian(jb), saveMedian(floor)), `${loads(floor)} / ${loads(jb)}`],
    ['each save', times(floor.saves.map((save) => save.ms)), times(jb.saves.map((save) => save.ms)), '', ''],
    ['save → open pages told to reload, each save', reloadTimes(floor), reloadTimes(jb), '', ''],
    ['CPU of the server per save (median)', s2(cpuMedian(floor)), s2(cpuMedian(jb)), times2(cpuMedian(jb), cpuMedian(floor)), ''],
    ['GETs until shown, each save', floor.saves.map((save) => save.requests).join(', '), jb.saves.map((save) => save.requests).join(', '), '', ''],
    ['broken save → page 500 with the error', '—', jb.broken ? s2(jb.broken.ms) : '—', '', jb.broken ? jb.broken.load.toFixed(1) : ''],
    ['next good save → page 200 with it', '—', jb.recovered ? s2(jb.recovered.ms) : '—', '', jb.recovered ? jb.recovered.load.toFixed(1) : ''],
  ];
  const ready = jb.warm.readyMs / floor.warm.readyMs;
  const coldReady = jb.cold && floor.cold ? jb.cold.readyMs / floor.cold.readyMs : undefined;
  const median = saveMedian(jb);
  const checks: TargetCheck[] = [
    { target: `save shown ≤ ${(TARGETS.devSaveMs / 1000).toFixed(1)} s (median)`, measured: `${s2(median)} (floor ${s2(saveMedian(floor))})`, met: median === undefined ? undefined : median <= TARGETS.devSaveMs },
    { target: `dev server ready ≤ ${TARGETS.devReady}× the floor's (with caches)`, measured: `${ratio(ready)} (${s2(jb.warm.readyMs)} vs ${s2(floor.warm.readyMs)})`, met: ready <= TARGETS.devReady },
    { target: `… and without caches`, measured: `${ratio(coldReady)} (${s2(jb.cold?.readyMs)} vs ${s2(floor.cold?.readyMs)})`, met: coldReady === undefined ? undefined : coldReady <= TARGETS.devReady },
    { target: `broken save's error shown ≤ ${(TARGETS.devSaveMs / 1000).toFixed(1)} s`, measured: jb.broken ? s2(jb.broken.ms) : 'not measured', met: jb.broken ? jb.broken.ms <= TARGETS.devSaveMs : undefined },
    { target: 'next good save recovers without a restart', measured: jb.recovered ? `page back in ${s2(jb.recovered.ms)}` : 'not measured', met: jb.recovered ? jb.recovered.ms <= TARGETS.devSaveMs : undefined },
  ];
  return [
    `The author's loop (\`astro dev\`, saves to \`${jb.fileLabel}\`, page \`${jb.page}\`; the floor's page \`${floor.page}\`). *Ready*: from spawning \`astro dev\` until a GET of the journey page answers 200, its first render included. *Save*: from writing the file (a new title and a new closing sentence) until a GET of the page answers 200 with both; GETs are made one at a time, 20 ms apart, as a browser reloading the page would. *Told to reload*: from writing the file until the dev server's first \`full-reload\` message on its HMR socket, on which an open page reloads itself. *Load*: 1-minute load average when each step began (floor / Journeybook).`,
    '',
    table(['', 'floor', 'Journeybook', '× floor', 'load'], rows, ['left', 'right', 'right', 'right', 'left']),
    '',
    jb.broken ? `Error line shown: \`${jb.broken.line}\`.` : '',
    '',
    table(['target (author\'s loop)', 'measured', 'met'], checks.map((check) => [check.target, check.measured, check.met === undefined ? '—' : check.met ? 'yes' : '**no**']), ['left', 'left', 'left']),
    '',
    `Dev server logs: ${[...floor.logFiles, ...jb.logFiles].map((file) => `\`${file.slice(file.indexOf('bench/work/'))}\``).join(', ')}.`,
  ].join('\n');
}
