/**
 * `npm run bench`: builds a generated handbook with plain Astro (the floor) and with Journeybook
 * (cold, warm, one file changed), in the same run on the same machine, and reports the cost of
 * each and its ratio to the floor. See docs/performance.md.
 *
 *   npm run bench -- [--journeys 200 | --journeys 100,300,1000] [--seed 7]
 *                    [--only floor,cold,warm,change] [--repeat 1] [--profile] [--docs]
 *                    [--engine <git revision>] [--page-loads 3] [--dev-edits 5]
 *   npm run bench -- --journeys 1000 --only dev
 *   npm run bench -- --journeys 1000 --history 10 [--repeat 3]
 *
 * `--history R` measures what the history from git costs instead (docs/performance.md, "History"):
 * warm builds of the handbook without a git history of its own alternating with warm builds of
 * the same handbook in a repository with R revisions of every journey.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateHandbook, writeHandbook, writeHistory, type GeneratedHandbook } from './generate.ts';
import { parseBuildLog } from './lib/build-log.ts';
import { distStats } from './lib/dist-stats.ts';
import { hasGnuTime, measureCommand, type CommandSpec } from './lib/measure.ts';
import { pageWeight, typicalPage } from './lib/page-weight.ts';
import { heaviestPages } from './lib/page-kinds.ts';
import { loadTimes, PHONE_PROFILE } from './lib/page-load.ts';
import { measureDevLoop } from './lib/dev-loop.ts';
import { searchDownloads } from './lib/search-bytes.ts';
import { profileMarkdown, summariseProfile } from './profile-summary.ts';
import {
  BENCH,
  editOneJourney,
  FLOOR,
  floorBuild,
  JOURNEYBOOK,
  JOURNEYBOOK_WITH_HISTORY,
  journeybookBuild,
  journeybookDev,
  floorDev,
  prepareJourneybookProject,
  REPO,
  snapshotEngine,
  WORK,
  wipeFloor,
  wipeJourneybook,
} from './lib/projects.ts';
import { buildsTable, devLoopMarkdown, growthTable, heaviestPagesTable, megabytes, STATES, targetsTable, type BuildResult, type BuildState, type HeaviestPageReport, type DevReport, type Project, type RunResult } from './lib/report.ts';

const USAGE =
  'usage: npm run bench -- [--journeys 200|100,300,1000] [--seed 7] [--only floor,cold,warm,change,dev] [--repeat 1] [--profile] [--docs] [--engine <git revision>] [--page-loads 3] [--dev-edits 5] [--history <revisions per journey>]';
/** `dev` is the author's loop (bench/lib/dev-loop.ts): the floor's dev server and Journeybook's, measured together. */
const STEPS = ['floor', ...STATES, 'dev'] as const;
type Step = (typeof STEPS)[number];

interface Options {
  sizes: number[];
  seed: number;
  only: Set<Step>;
  repeat: number;
  profile: boolean;
  docs: boolean;
  /** A git revision to build with instead of the working tree. */
  engine: string | undefined;
  /** Revisions per journey for the history measurement; 0: the usual builds. */
  history: number;
  /** How many times the heaviest page of each kind is loaded in Chromium (median kept); 0: not loaded. */
  pageLoads: number;
  /** Saves timed in each dev server (the `dev` step). */
  devEdits: number;
}

function readOptions(): Options {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        journeys: { type: 'string', default: '200' },
        seed: { type: 'string', default: String(DEFAULT_SEED) },
        only: { type: 'string', default: STEPS.join(',') },
        repeat: { type: 'string', default: '1' },
        profile: { type: 'boolean', default: false },
        docs: { type: 'boolean', default: false },
        engine: { type: 'string' },
        history: { type: 'string', default: '0' },
        'page-loads': { type: 'string', default: '3' },
        'dev-edits': { type: 'string', default: '5' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    usage((error as Error).message);
  }
  if (parsed.help) usage();
  const sizes = parsed.journeys.split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) usage(`--journeys takes positive integers, got "${parsed.journeys}"`);
  const only = parsed.only.split(',').map((step) => step.trim());
  const unknown = only.filter((step) => !(STEPS as readonly string[]).includes(step));
  if (unknown.length > 0) usage(`--only takes ${STEPS.join(', ')}; got "${unknown.join(', ')}"`);
  const repeat = Number(parsed.repeat);
  if (!Number.isInteger(repeat) || repeat < 1) usage(`--repeat takes a positive integer, got "${parsed.repeat}"`);
  const history = Number(parsed.history);
  if (!Number.isInteger(history) || history < 0) usage(`--history takes a number of revisions per journey, got "${parsed.history}"`);
  const pageLoads = Number(parsed['page-loads']);
  if (!Number.isInteger(pageLoads) || pageLoads < 0) usage(`--page-loads takes a number of loads per page (0: none), got "${parsed['page-loads']}"`);
  const devEdits = Number(parsed['dev-edits']);
  if (!Number.isInteger(devEdits) || devEdits < 1) usage(`--dev-edits takes a positive number of saves, got "${parsed['dev-edits']}"`);
  return { sizes, seed: Number(parsed.seed), only: new Set(only as Step[]), repeat, profile: parsed.profile, docs: parsed.docs, engine: parsed.engine, history, pageLoads, devEdits };
}

function usage(problem?: string): never {
  if (problem) console.error(problem);
  console.error(USAGE);
  process.exit(problem ? 2 : 0);
}

const say = (line: string) => console.log(`[bench] ${line}`);

async function measureBuild(project: Project, state: BuildState, label: string, spec: CommandSpec): Promise<BuildResult> {
  say(`${label}: building (load ${loadavg()[0]!.toFixed(1)}) …`);
  const measurement = await measureCommand(spec);
  const dist = join(spec.cwd, 'dist');
  const result: BuildResult = {
    project,
    state,
    measurement,
    log: parseBuildLog(measurement.output),
    dist: measurement.exitCode === 0 && existsSync(dist) ? distStats(dist) : undefined,
  };
  say(`${label}: ${(measurement.wallMs / 1000).toFixed(1)} s wall, ${((measurement.cpuMs ?? NaN) / 1000).toFixed(1)} s CPU, ${Math.round(measurement.peakTreeRssBytes / 1024 ** 2)} MB peak`);
  if (measurement.exitCode !== 0) {
    console.error(measurement.output.split('\n').slice(-30).join('\n'));
    throw new Error(`${label} failed with exit code ${measurement.exitCode}; log in ${spec.logFile}`);
  }
  return result;
}

/** Of several runs of the same build, the one with the median wall time. */
function median(results: BuildResult[]): BuildResult {
  const sorted = [...results].sort((a, b) => a.measurement.wallMs - b.measurement.wallMs);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

async function runSize(journeys: number, options: Options): Promise<RunResult> {
  const { only, repeat, seed } = options;
  say(`N = ${journeys}: generating the handbook (seed ${seed}) …`);
  const handbook = generateHandbook({ journeys, seed });
  prepareJourneybookProject();
  writeHandbook(JOURNEYBOOK, handbook);

  const builds: BuildResult[] = [];
  const tag = `n${journeys}`;
  const wantFloor = only.has('floor');
  // Each pair (floor, Journeybook) runs back to back, so both see about the same machine load.
  const pair = async (state: BuildState, round: number, prepare: { floor?: () => void; journeybook?: () => void }) => {
    const measured: BuildResult[] = [];
    if (wantFloor) {
      prepare.floor?.();
      measured.push(await measureBuild('floor', state, `floor ${state} #${round}`, floorBuild(`${tag}-floor-${state}-${round}`)));
    }
    if (only.has(state)) {
      prepare.journeybook?.();
      measured.push(await measureBuild('journeybook', state, `Journeybook ${state} #${round}`, journeybookBuild(`${tag}-journeybook-${state}-${round}`)));
    }
    return measured;
  };

  const rounds: Record<BuildState, BuildResult[]> = { cold: [], warm: [], change: [] };
  for (let round = 1; round <= repeat; round++) {
    rounds.cold.push(...(await pair('cold', round, { floor: wipeFloor, journeybook: wipeJourneybook })));
  }
  // Warm and change builds start from a finished build of this handbook: without a measured
  // cold build in this run, make one first (the floor always has its cold build when measured).
  if (!only.has('cold') && (only.has('warm') || only.has('change'))) {
    say('Journeybook: an unmeasured build first, so the next one starts from a finished build');
    const primed = await measureCommand(journeybookBuild(`${tag}-journeybook-prime`));
    if (primed.exitCode !== 0) throw new Error('the priming build failed; see bench/work/logs');
  }
  for (let round = 1; round <= repeat; round++) rounds.warm.push(...(await pair('warm', round, {})));
  let editedFile: string | undefined;
  for (let round = 1; round <= repeat; round++) {
    if (!wantFloor && !only.has('change')) break;
    editedFile = editOneJourney(handbook.journeySlugs);
    say(`edited ${editedFile} (title and one emotion)`);
    rounds.change.push(...(await pair('change', round, {})));
  }
  for (const state of STATES) {
    for (const project of ['floor', 'journeybook'] as const) {
      const same = rounds[state].filter((build) => build.project === project);
      if (same.length > 0) builds.push(median(same));
    }
  }

  const journeybookDist = join(JOURNEYBOOK, 'dist');
  const anyJourneybook = builds.some((build) => build.project === 'journeybook');
  const page = anyJourneybook ? typicalPage(journeybookDist, handbook.journeySlugs.map((slug) => `journeys/${slug}/index.html`)) : undefined;
  const weight = page ? pageWeight(journeybookDist, page) : undefined;
  const indexPage = 'journeys/index.html';
  const indexWeight = anyJourneybook && existsSync(join(journeybookDist, indexPage)) ? pageWeight(journeybookDist, indexPage) : undefined;

  const heaviest = anyJourneybook ? await weighPages(journeybookDist, options.pageLoads) : undefined;
  const search = anyJourneybook && options.pageLoads > 0 ? await measureSearch(journeybookDist) : undefined;

  const profiles: RunResult['profiles'] = [];
  const profiled = (['cold', 'warm'] as const).filter((state) => only.has(state));
  if (options.profile) profiles.push(...(await profileBuilds(tag, profiled)));
  // Last: its first start wipes Journeybook's caches and output, which the steps above read.
  const dev = only.has('dev') ? await measureDev(tag, handbook, options, profiles) : undefined;
  return { journeys, personas: handbook.personaSlugs.length, seed, builds, weight, indexWeight, heaviest, editedFile, profiles, dev, search };
}

/**
 * The author's loop (issue 18): the floor's dev server, then Journeybook's, each started without
 * caches and again with them, and on the second start the same journey saved `--dev-edits` times
 * (then, for Journeybook, broken and fixed). The dev servers' output goes to bench/work/logs.
 */
async function measureDev(tag: string, handbook: GeneratedHandbook, options: Options, profiles: RunResult['profiles']): Promise<DevReport> {
  // A journey a third of the way in: not the middle one, which the one-file change build edits.
  const slug = handbook.journeySlugs[Math.floor(handbook.journeySlugs.length / 3)]!;
  const loop = { edits: options.devEdits, say };
  const floor = await measureDevLoop(REPO, floorDev(`${tag}-floor-dev`, slug), loop);
  const journeybook = await measureDevLoop(REPO, journeybookDev(`${tag}-journeybook-dev`, slug), loop);
  if (options.profile) {
    // Once more, not timed: CPU profiles of Journeybook's dev server starting (with the caches the
    // runs above left) and taking the saves.
    const start = join(WORK, 'profiles', tag, 'dev-start.cpuprofile');
    const saves = join(WORK, 'profiles', tag, 'dev-saves.cpuprofile');
    say(`profiling Journeybook's dev server starting and taking the saves, into ${start} and ${saves} …`);
    await measureDevLoop(REPO, journeybookDev(`${tag}-journeybook-dev-profile`, slug), { ...loop, coldStart: false, profileStart: start, profileSaves: saves });
    for (const [label, file] of [['dev server start, with caches', start], ['saves in the dev server', saves]] as const) {
      profiles.push({ label: `${label} (${file.slice(REPO.length + 1)})`, markdown: profileMarkdown(summariseProfile(JSON.parse(readFileSync(file, 'utf8')))) });
    }
  }
  return { floor, journeybook };
}

/** What a reader's search downloads, query by query (issue 18: ≤ 300 KB); undefined when Chromium cannot run. */
async function measureSearch(dist: string) {
  say('typing the search queries into the home page in Chromium, counting what /pagefind/ sends …');
  try {
    return await searchDownloads(dist);
  } catch (error) {
    say(`search not measured: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

/** The heaviest page of each kind, each loaded `loads` times on the phone profile (issue 18). */
async function weighPages(dist: string, loads: number): Promise<HeaviestPageReport> {
  const pages = heaviestPages(dist);
  if (loads === 0) return { pages, loads: undefined, loadsMissing: '`--page-loads 0`' };
  say(`loading the heaviest page of each of ${pages.length} kinds in Chromium (phone, 4× slower CPU), ${loads} times each …`);
  try {
    return { pages, loads: await loadTimes(dist, pages.map((page) => page.page), { repeat: loads }) };
  } catch (error) {
    return { pages, loads: undefined, loadsMissing: (error as Error).message.split('\n')[0] };
  }
}

/**
 * Journeybook builds under `--cpu-prof`, summarised (not timed: profiling slows them): a cold
 * one and a warm one, or only those of the two this run measures.
 */
async function profileBuilds(tag: string, states: ReadonlyArray<'cold' | 'warm'>): Promise<RunResult['profiles']> {
  const directory = join(WORK, 'profiles', tag);
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const profiles: RunResult['profiles'] = [];
  if (states.includes('cold')) wipeJourneybook();
  for (const state of states) {
    const stateDirectory = join(directory, state);
    say(`profiling a ${state} build into ${stateDirectory} …`);
    const result = await measureCommand(journeybookBuild(`${tag}-profile-${state}`, ['--cpu-prof', `--cpu-prof-dir=${stateDirectory}`]));
    if (result.exitCode !== 0) throw new Error(`the profiled ${state} build failed; see bench/work/logs`);
    const files = readdirSync(stateDirectory).filter((name) => name.endsWith('.cpuprofile'));
    // One file per Node process or worker; the build's main thread is the largest.
    const main = files.map((name) => join(stateDirectory, name)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
    if (!main) continue;
    const markdown = profileMarkdown(summariseProfile(JSON.parse(readFileSync(main, 'utf8'))));
    profiles.push({ label: `${state} build (${main.slice(REPO.length + 1)})`, markdown });
  }
  return profiles;
}

function machine(): string {
  const cpu = cpus();
  const astro = JSON.parse(readFileSync(join(REPO, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string };
  return [
    `- machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GB RAM`,
    `- Node ${process.version}, Astro ${astro.version}`,
    `- CPU time and peak RSS ${hasGnuTime ? 'from /usr/bin/time -v and /proc sampling' : 'from /proc sampling only (install the `time` package for CPU time)'}`,
  ].join('\n');
}

function runMarkdown(run: RunResult, { withProfiles = true } = {}): string {
  const parts = [`### N = ${run.journeys} journeys, ${run.personas} personas (seed ${run.seed})`];
  // A run of the dev step alone (`--only dev`) has no build to tabulate.
  if (run.builds.length > 0 || run.weight) parts.push('', buildsTable(run), '', targetsTable(run));
  if (run.builds.length > 0) parts.push('', 'CPU time, and resident memory at the peak, by process (sampled from /proc):', '');
  for (const build of run.builds) {
    const listed = (values: Record<string, number>, format: (value: number) => string, least: number) =>
      Object.entries(values)
        .filter(([, value]) => value >= least)
        .sort((a, b) => b[1] - a[1])
        .map(([name, value]) => `${name} ${format(value)}`)
        .join(', ') || '—';
    const { cpuByProcess, peakRssByProcess } = build.measurement;
    parts.push(
      `- ${build.project === 'floor' ? 'floor' : 'Journeybook'} ${build.state}: CPU ${listed(cpuByProcess, (ms) => `${(ms / 1000).toFixed(1)} s`, 50)}; memory ${listed(peakRssByProcess, megabytes, 1024 ** 2)}`,
    );
  }
  if (run.heaviest) {
    const profile = `${PHONE_PROFILE.width} × ${PHONE_PROFILE.height} CSS px, CPU ${PHONE_PROFILE.cpuSlowdown}× slower`;
    parts.push('', `Heaviest page of each kind: HTML gzipped as a server sends it, and the median load (navigation start to the end of the load event) in headless Chromium on a phone (${profile}), served from loopback:`, '', heaviestPagesTable(run.heaviest));
  }
  if (run.weight) parts.push('', `Typical journey page (median HTML size): \`${run.weight.page}\`.`);
  if (run.editedFile) parts.push(`One-file change: \`${run.editedFile}\` (title and one emotion).`);
  if (run.dev) parts.push('', "#### The author's loop (`npm run dev`)", '', devLoopMarkdown(run.dev));
  if (withProfiles) for (const profile of run.profiles) parts.push('', `#### Where the time goes: ${profile.label}`, '', profile.markdown);
  return parts.join('\n');
}

function reportMarkdown(runs: RunResult[], command: string, started: Date, loadStart: number[], loadEnd: number[], engine: string, { withProfiles = true } = {}): string {
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');
  const parts = [
    `Run on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${command}\`.`,
    '',
    machine(),
    `- engine: ${engine}, snapshotted into bench/work/engine at the start`,
    `- load average (1, 5, 15 min) at start: ${load(loadStart)}; at end: ${load(loadEnd)}`,
    '',
    'Columns: *× floor* compares with the floor in the same state (cold with cold, warm with warm, change with change); *CPU* is user + system time of every process of the build, steadier than wall time on a shared machine; *peak RSS* sums every process of the build alive at once; *load* is the 1-minute load average when the build started.',
    '',
    ...runs.flatMap((run) => [runMarkdown(run, { withProfiles }), '']),
  ];
  if (runs.length > 1) {
    parts.push('### Growth', '', 'k is the exponent in time ∝ N^k from the previous size: 1 is linear.', '', growthTable(runs), '');
  }
  return parts.join('\n');
}

/** Replaces a section of docs/performance.md written by the bench (`<!-- bench:<name>:start -->` … `end`). */
function updateDocs(markdown: string, section = 'latest'): string {
  const path = join(REPO, 'docs', 'performance.md');
  const start = `<!-- bench:${section}:start -->`;
  const end = `<!-- bench:${section}:end -->`;
  const text = existsSync(path) ? readFileSync(path, 'utf8') : `# Performance\n\n${start}\n${end}\n`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`${path} has no ${start} … ${end} section to update`);
  writeFileSync(path, `${text.slice(0, from + start.length)}\n${markdown.trim()}\n${text.slice(to)}`);
  return path;
}

/** Warm builds without and with a git history of R revisions per journey (docs/performance.md, "History"). */
interface HistoryRun {
  journeys: number;
  revisions: number;
  commits: number;
  without: BuildResult;
  with: BuildResult;
  /** The build's own "history: …" line, from the measured build with history. */
  historyLine: string | undefined;
  /** CPU time of every measured build, without then with history, in the order they ran. */
  rounds: Array<Array<number | undefined>>;
}

/**
 * Two copies of one generated handbook: one without a git history of its own (it sits untracked
 * inside this repository, so git answers with no history), one in a repository of its own with R
 * revisions of every journey. After a priming build each, their warm builds alternate, so a change
 * in the machine's load weighs on both alike; the medians of CPU time are compared.
 */
async function runHistory(journeys: number, options: Options): Promise<HistoryRun> {
  const { repeat, seed, history: revisions } = options;
  const tag = `n${journeys}-history${revisions}`;
  say(`N = ${journeys}: generating the handbook (seed ${seed}) …`);
  const handbook: GeneratedHandbook = generateHandbook({ journeys, seed });
  for (const root of [JOURNEYBOOK, JOURNEYBOOK_WITH_HISTORY]) {
    prepareJourneybookProject(root);
    rmSync(join(root, '.git'), { recursive: true, force: true });
    writeHandbook(root, handbook);
  }
  say(`writing ${revisions} revisions of each of ${journeys} journeys into a git repository …`);
  const commits = writeHistory(JOURNEYBOOK_WITH_HISTORY, handbook, revisions);
  const projects = [
    { label: 'without-history', root: JOURNEYBOOK, results: [] as BuildResult[] },
    { label: 'with-history', root: JOURNEYBOOK_WITH_HISTORY, results: [] as BuildResult[] },
  ];
  for (const project of projects) {
    say(`${project.label}: two unmeasured builds first, so the measured ones are warm`);
    for (const prime of [1, 2]) {
      const primed = await measureCommand(journeybookBuild(`${tag}-${project.label}-prime-${prime}`, [], project.root));
      if (primed.exitCode !== 0) throw new Error('a priming build failed; see bench/work/logs');
    }
  }
  for (let round = 1; round <= repeat; round++) {
    for (const project of projects) {
      project.results.push(await measureBuild('journeybook', 'warm', `Journeybook warm ${project.label} #${round}`, journeybookBuild(`${tag}-${project.label}-${round}`, [], project.root)));
    }
  }
  rmSync(JOURNEYBOOK_WITH_HISTORY, { recursive: true, force: true });
  const [without, withHistory] = projects.map((project) => medianByCpu(project.results)) as [BuildResult, BuildResult];
  const historyLine = withHistory.measurement.output.split('\n').find((line) => line.startsWith('history: '));
  return { journeys, revisions, commits, without, with: withHistory, historyLine, rounds: projects.map((project) => project.results.map((result) => result.measurement.cpuMs)) };
}

/** Of several runs of the same build, the one with the median CPU time: what the history measurement compares. */
function medianByCpu(results: BuildResult[]): BuildResult {
  const sorted = [...results].sort((a, b) => (a.measurement.cpuMs ?? 0) - (b.measurement.cpuMs ?? 0));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function historyMarkdown(run: HistoryRun, command: string, started: Date, loadStart: number[], loadEnd: number[], engine: string): string {
  const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');
  const seconds = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
  const added = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? '—' : `${(((b - a) / a) * 100).toFixed(1)} %`);
  const row = (label: string, build: BuildResult) =>
    `| ${label} | ${seconds(build.measurement.wallMs)} | ${seconds(build.measurement.cpuMs)} | ${megabytes(build.measurement.peakTreeRssBytes)} | ${seconds(build.log.astroMs)} (${build.log.pagesReused} pages copied) | ${build.dist?.pages ?? '—'} |`;
  return [
    `Run on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${command}\`.`,
    '',
    machine(),
    `- engine: ${engine}, snapshotted into bench/work/engine at the start`,
    `- load average (1, 5, 15 min) at start: ${load(loadStart)}; at end: ${load(loadEnd)}`,
    '',
    `### History: N = ${run.journeys} journeys, ${run.revisions} revisions each (${run.commits} commits)`,
    '',
    '| warm build (median CPU of its runs) | wall | CPU | peak RSS | astro build | pages |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row('without a history of its own', run.without),
    row(`with ${run.revisions} revisions per journey`, run.with),
    '',
    `History adds **${added(run.without.measurement.cpuMs, run.with.measurement.cpuMs)}** to a warm build's CPU time (medians of ${run.rounds[0]!.length} alternating builds each; wall time: ${added(run.without.measurement.wallMs, run.with.measurement.wallMs)}); the target is at most 10 %.`,
    '',
    `CPU time of each build, in the order they ran: ${run.rounds[0]!.map((cpu, index) => `${seconds(cpu)} without, ${seconds(run.rounds[1]![index])} with`).join('; ')}.`,
    ...(run.historyLine ? ['', `The build's own account: \`${run.historyLine}\`.`] : []),
  ].join('\n');
}

const options = readOptions();
const started = new Date();
const loadStart = loadavg();
const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, '');
const engine = snapshotEngine(options.engine);
say(`engine: ${engine}`);
if (options.history > 0) {
  if (options.sizes.length !== 1) usage('--history measures one size at a time: give one --journeys');
  const run = await runHistory(options.sizes[0]!, options);
  const markdown = historyMarkdown(run, command, started, loadStart, loadavg(), engine);
  console.log(`\n${markdown}\n`);
  mkdirSync(join(BENCH, 'results'), { recursive: true });
  const stamp = started.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
  const file = join(BENCH, 'results', `${stamp}-n${run.journeys}-history${run.revisions}.md`);
  writeFileSync(file, `# History benchmark, ${started.toISOString().slice(0, 10)}\n\n${markdown}\n`);
  say(`results written to ${file.slice(REPO.length + 1)}`);
  process.exit(0);
}
const runs: RunResult[] = [];
for (const size of options.sizes) {
  const run = await runSize(size, options);
  runs.push(run);
  console.log(`\n${runMarkdown(run)}\n`);
}
const loadEnd = loadavg();
const markdown = reportMarkdown(runs, command, started, loadStart, loadEnd, engine);
if (runs.length > 1) console.log(growthTable(runs));
mkdirSync(join(BENCH, 'results'), { recursive: true });
const stamp = started.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
const resultsFile = join(BENCH, 'results', `${stamp}-n${options.sizes.join('-')}.md`);
writeFileSync(resultsFile, `# Benchmark results, ${started.toISOString().slice(0, 10)}\n\n${markdown}`);
say(`results written to ${resultsFile.slice(REPO.length + 1)}`);
// Every build: the docs' table of builds does not depend on the dev step.
const everyBuild = ['floor', ...STATES].every((step) => options.only.has(step as Step));
// The docs keep the latest full run: every build, at the 1,000 journeys the targets are defined for.
if (everyBuild && (options.docs || Math.max(...options.sizes) >= 1000)) {
  // The docs keep the tables; the profiles stay in the results file, which the docs name.
  const summary = reportMarkdown(runs, command, started, loadStart, loadEnd, engine, { withProfiles: false });
  const profiled = runs.some((run) => run.profiles.length > 0) ? `\n\nProfiles of this run: \`${resultsFile.slice(REPO.length + 1)}\`.` : '';
  say(`updated ${updateDocs(`${summary}${profiled}`).slice(REPO.length + 1)}`);
}
// The heaviest page of each kind is recorded from any run asked to (`--docs`), of any builds.
if (options.docs && runs.some((run) => run.heaviest)) {
  const sections = runs
    .filter((run) => run.heaviest)
    .map((run) => `#### N = ${run.journeys} journeys, ${run.personas} personas\n\n${heaviestPagesTable(run.heaviest!)}`);
  const header = `Run on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${command}\` (engine: ${engine}; load average at start ${loadStart.map((value) => value.toFixed(2)).join(', ')}). Loads: median of ${options.pageLoads} in headless Chromium, ${PHONE_PROFILE.width} × ${PHONE_PROFILE.height} CSS px, CPU ${PHONE_PROFILE.cpuSlowdown}× slower (\`Emulation.setCPUThrottlingRate\`), served from loopback.`;
  say(`updated ${updateDocs([header, ...sections].join('\n\n'), 'pages').slice(REPO.length + 1)}`);
}
