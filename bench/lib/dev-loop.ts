import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { connect, createServer } from 'node:net';
import { loadavg } from 'node:os';
import { cpuOf, processTree } from './process-tree.ts';

/*
 * The author's loop (issue 18, item 4): `astro dev` on the generated handbook, as an author runs
 * `npm run dev`. How long the server takes to show a journey page, how long a save takes to show
 * on that page, how long a broken save takes to show its error, and whether the next good save
 * recovers without a restart. Every time is wall time from an action of the author (starting the
 * server, writing the file) until a GET of the page answers what the author expects to see.
 */

export interface DevProjectSpec {
  /** Label in the report and the log file names. */
  label: string;
  cwd: string;
  /** Added to the author's environment (see `authorEnvironment`). */
  env: Record<string, string>;
  /** The journey page's path on this site. */
  page: string;
  /** The journey file the saves go to (absolute path). */
  file: string;
  /** The file as the report names it (relative to the project). */
  fileLabel: string;
  /** Whether to measure the broken save and the recovery (the floor has no error page of its own). */
  brokenSave: boolean;
  /** Called before the first start, so it starts without any cache (Astro's, Vite's, Journeybook's). */
  wipeCaches: () => void;
  /** Where the dev server's output of each start goes: `${logPrefix}-<start>.log`. */
  logPrefix: string;
  /** Node flags for the dev server. */
  nodeFlags?: string[];
}

/** One start of the dev server. */
export interface DevStart {
  /** From spawning `astro dev` until its port accepts a connection. */
  listeningMs: number;
  /** From spawning `astro dev` until a GET of the journey page answers 200 (its first render included). */
  readyMs: number;
  /** 1-minute load average when the server was spawned. */
  load: number;
}

/** One save, from writing the file until the page shows it. */
export interface DevSave {
  ms: number;
  /**
   * From writing the file until the dev server first told browsers to reload (Vite's `full-reload`
   * message): when an open page reloads by itself. Undefined when none came before the page showed the save.
   */
  reloadMs: number | undefined;
  /** CPU time (user + system) the dev server's processes spent meanwhile, polling renders included. */
  cpuMs: number;
  /** How many GETs of the page it took (each a render until the page shows the save). */
  requests: number;
  load: number;
}

export interface DevLoopResult {
  label: string;
  fileLabel: string;
  page: string;
  /** The first start, every cache wiped (unless `coldStart: false`). */
  cold: DevStart | undefined;
  /** The next start, with the caches the first one left: the usual `npm run dev`. */
  warm: DevStart;
  /** Saves of a new title and a new closing sentence, in order. */
  saves: DevSave[];
  /** A save that breaks the frontmatter, until the page answers 500 with the error line. */
  broken?: DevSave & { line: string };
  /** The next good save after the broken one, until the page answers 200 with it. */
  recovered?: DevSave;
  logFiles: string[];
}

export interface DevLoopOptions {
  /** How many good saves to time. */
  edits: number;
  /** Pause after each save is seen, as an author reads the page before the next save. */
  pauseMs?: number;
  /** Longest wait for any one step before the run fails. */
  timeoutMs?: number;
  say?: (line: string) => void;
  /**
   * Write a CPU profile of the dev server's main thread while it takes the saves (not while it
   * starts) to this file. The saves are then slower, and their times are not the measured ones.
   */
  profileSaves?: string;
  /** Start without caches first (default); false: only the start with the caches there are. */
  coldStart?: boolean;
  /** Write a CPU profile of the first start (from the first line of code until the journey page answers) to this file. */
  profileStart?: string;
}

const ASTRO_CLI_PATH = ['node_modules', 'astro', 'bin', 'astro.mjs'];

/**
 * The environment an author's terminal has: without a test runner's NODE_ENV=test and VITEST*
 * variables, with which Astro's dev server answers every page with 404.
 */
export function authorEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CPU time of a process and its descendants alive now. */
function treeCpuMs(pid: number): number {
  return processTree(pid).reduce((sum, each) => sum + (cpuOf(each)?.ms ?? 0), 0);
}

interface RunningServer {
  child: ChildProcess;
  base: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Dev servers running now: killed if the bench exits without stopping them (an error, Ctrl-C). */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function startServer(repo: string, spec: DevProjectSpec, logFile: string, port: number, extraFlags: string[]): RunningServer {
  const log: WriteStream = createWriteStream(logFile);
  let output = '';
  const child = spawn(process.execPath, [...(spec.nodeFlags ?? []), ...extraFlags, [repo, ...ASTRO_CLI_PATH].join('/'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: spec.cwd,
    env: { ...authorEnvironment(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      log.write(chunk);
    });
  }
  running.add(child);
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  void exited.then(() => running.delete(child));
  return {
    child,
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        // SIGINT, as Ctrl-C in the author's terminal: Astro stops cleanly and `--cpu-prof` writes its profile.
        child.kill('SIGINT');
        const killed = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await exited;
        clearTimeout(killed);
      }
      await new Promise<void>((resolve) => log.end(resolve));
    },
  };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

interface Answer {
  status: number;
  text: string;
}

async function get(url: string, timeoutMs: number): Promise<Answer | undefined> {
  try {
    const answer = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(Math.max(1, Math.ceil(timeoutMs))), headers: { 'Cache-Control': 'no-cache' } });
    return { status: answer.status, text: await answer.text() };
  } catch {
    // Not answering yet, or the connection dropped: the caller asks again.
    return undefined;
  }
}

/**
 * GETs the page one request at a time (as a browser reloading it would) until `wanted` holds,
 * and returns how long that took from `since` and how many requests it made.
 */
async function until(server: RunningServer, page: string, wanted: (answer: Answer) => boolean, since: number, timeoutMs: number, what: string): Promise<{ ms: number; requests: number; answer: Answer }> {
  let requests = 0;
  for (;;) {
    if (server.child.exitCode !== null) throw new Error(`the dev server stopped while waiting for ${what}:\n${server.output().slice(-3000)}`);
    const left = timeoutMs - (performance.now() - since);
    if (left <= 0) throw new Error(`${what}: not seen within ${Math.round(timeoutMs / 1000)} s; last output:\n${server.output().slice(-3000)}`);
    requests++;
    const answer = await get(`${server.base}${page}`, left);
    if (answer && wanted(answer)) return { ms: performance.now() - since, requests, answer };
    await sleep(answer ? 20 : 100);
  }
}

async function startAndWait(repo: string, spec: DevProjectSpec, name: string, timeoutMs: number, extraFlags: string[] = [], profileTo?: string): Promise<{ server: RunningServer; start: DevStart; logFile: string }> {
  const port = await freePort();
  const logFile = `${spec.logPrefix}-${name}.log`;
  const load = loadavg()[0]!;
  const started = performance.now();
  const server = startServer(repo, spec, logFile, port, profileTo ? [...extraFlags, '--inspect-brk=127.0.0.1:0'] : extraFlags);
  try {
    // Profiled from its first line: the server waits for the profiler before it runs anything.
    let profiler: Awaited<ReturnType<typeof startProfiler>> | undefined;
    if (profileTo) {
      while (!/Debugger listening on ws:/.test(server.output())) {
        if (server.child.exitCode !== null) throw new Error(`astro dev (${spec.label}) stopped:\n${server.output().slice(-3000)}`);
        await sleep(10);
      }
      profiler = await startProfiler(server.output());
      await profiler.run();
    }
    let listeningMs: number | undefined;
    while (listeningMs === undefined) {
      if (server.child.exitCode !== null) throw new Error(`astro dev (${spec.label}) stopped:\n${server.output().slice(-3000)}`);
      if (performance.now() - started > timeoutMs) throw new Error(`astro dev (${spec.label}) did not listen within ${Math.round(timeoutMs / 1000)} s`);
      if (await accepts(port)) listeningMs = performance.now() - started;
      else await sleep(25);
    }
    const ready = await until(server, spec.page, (answer) => answer.status === 200, started, timeoutMs, `${spec.label}: ${spec.page} answering 200`);
    if (profiler && profileTo) {
      mkdirSync(dirname(profileTo), { recursive: true });
      writeFileSync(profileTo, JSON.stringify(await profiler.stop()));
      profiler.close();
    }
    return { server, start: { listeningMs, readyMs: ready.ms, load }, logFile };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** A save of the journey: the same file with `title` and, at the end of its narrative, `closing`. */
export function savedJourney(original: string, title: string, closing: string): string {
  const edited = original.replace(/^title: .*$/m, `title: ${title}`);
  if (edited === original) throw new Error('the journey has no "title:" line to edit');
  return `${edited.trimEnd()}\n\n${closing}\n`;
}

/** The same file with its journey `owner:` unquoted around a colon, which YAML cannot read (an author's typo). */
export function brokenJourney(original: string): string {
  const broken = original.replace(/^owner: .*$/m, 'owner: Equipo: Canales digitales');
  if (broken === original) throw new Error('the journey has no top-level "owner:" line to break');
  return broken;
}

/**
 * Starts the project's dev server twice (cold, then warm) and, on the warm one, times `edits`
 * saves, then a broken save and its fix. The journey file is left as it was found.
 */
export async function measureDevLoop(repo: string, spec: DevProjectSpec, options: DevLoopOptions): Promise<DevLoopResult> {
  const timeoutMs = options.timeoutMs ?? 300_000;
  const pauseMs = options.pauseMs ?? 1500;
  const say = options.say ?? (() => {});
  const original = readFileSync(spec.file, 'utf8');
  const logFiles: string[] = [];

  let cold: DevStart | undefined;
  if (options.coldStart !== false) {
    spec.wipeCaches();
    say(`${spec.label}: starting astro dev without caches (load ${loadavg()[0]!.toFixed(1)}) …`);
    const first = await startAndWait(repo, spec, 'cold', timeoutMs, [], options.profileStart);
    logFiles.push(first.logFile);
    await first.server.stop();
    cold = first.start;
    say(`${spec.label}: cold start: listening in ${seconds(cold.listeningMs)}, journey page in ${seconds(cold.readyMs)}`);
  }

  say(`${spec.label}: starting astro dev again, with the caches the first start left (load ${loadavg()[0]!.toFixed(1)}) …`);
  const profileWarmStart = options.coldStart === false ? options.profileStart : undefined;
  const { server, start: warm, logFile } = await startAndWait(repo, spec, 'warm', timeoutMs, options.profileSaves && !profileWarmStart ? ['--inspect=127.0.0.1:0'] : [], profileWarmStart);
  logFiles.push(logFile);
  say(`${spec.label}: warm start: listening in ${seconds(warm.listeningMs)}, journey page in ${seconds(warm.readyMs)}`);
  const pid = server.child.pid!;
  const reloads = await listenForReloads(server.base);
  const profiler = options.profileSaves ? await startProfiler(server.output()) : undefined;

  /** Writes the file and waits until the page shows what `wanted` looks for. */
  const save = async (text: string, wanted: (answer: Answer) => boolean, what: string) => {
    await sleep(pauseMs);
    const load = loadavg()[0]!;
    const cpuBefore = treeCpuMs(pid);
    const written = performance.now();
    writeFileSync(spec.file, text);
    const seen = await until(server, spec.page, wanted, written, timeoutMs, what);
    // A reload told after the page already showed the save counts too, if it comes soon after.
    await sleep(100);
    const reload = reloads.firstAfter(written);
    return { save: { ms: seen.ms, reloadMs: reload === undefined ? undefined : reload - written, cpuMs: treeCpuMs(pid) - cpuBefore, requests: seen.requests, load }, answer: seen.answer };
  };
  const shows = (title: string, closing: string) => (answer: Answer) => answer.status === 200 && answer.text.includes(title) && answer.text.includes(closing);

  try {
    const saves: DevSave[] = [];
    for (let index = 1; index <= options.edits; index++) {
      // Plain words: the page shows them as written, whatever it escapes.
      const title = `Ruta editada en vivo ${index} ${Date.now().toString(36)}`;
      const closing = `Cierre guardado ${index} ${Date.now().toString(36)}.`;
      const { save: timed } = await save(savedJourney(original, title, closing), shows(title, closing), `save ${index} on ${spec.page}`);
      saves.push(timed);
      say(`${spec.label}: save ${index}: shown in ${seconds(timed.ms)} (${timed.requests} requests, ${seconds(timed.cpuMs)} CPU, load ${timed.load.toFixed(1)})`);
    }
    let broken: DevLoopResult['broken'];
    let recovered: DevSave | undefined;
    if (spec.brokenSave) {
      const fileLine = `${spec.fileLabel}:`;
      const { save: timed, answer } = await save(
        brokenJourney(original),
        (each) => each.status === 500 && each.text.includes('data-content-errors') && each.text.includes(fileLine) && each.text.includes('owner:'),
        `the error of a broken save on ${spec.page}`,
      );
      const line = /<pre data-content-errors>([^\n<]*)/.exec(answer.text)?.[1] ?? '';
      broken = { ...timed, line: line.replace(/&quot;/g, '"').replace(/&amp;/g, '&') };
      say(`${spec.label}: broken save: error shown in ${seconds(timed.ms)} (${timed.requests} requests): ${broken.line}`);
      const title = `Ruta arreglada ${Date.now().toString(36)}`;
      const closing = `Cierre arreglado ${Date.now().toString(36)}.`;
      ({ save: recovered } = await save(savedJourney(original, title, closing), shows(title, closing), `recovery after the broken save on ${spec.page}`));
      say(`${spec.label}: good save after it: page back in ${seconds(recovered.ms)} (${recovered.requests} requests)`);
    }
    if (profiler && options.profileSaves) {
      mkdirSync(dirname(options.profileSaves), { recursive: true });
      writeFileSync(options.profileSaves, JSON.stringify(await profiler.stop()));
      say(`${spec.label}: profile of the saves written to ${options.profileSaves}`);
    }
    return { label: spec.label, fileLabel: spec.fileLabel, page: spec.page, cold, warm, saves, broken, recovered, logFiles };
  } finally {
    profiler?.close();
    reloads.close();
    writeFileSync(spec.file, original);
    await server.stop();
  }
}

/**
 * Listens to the dev server's HMR socket as a browser's open page does (Vite's client, with the
 * token the client is served with), keeping the time of every `full-reload` message.
 */
async function listenForReloads(base: string): Promise<{ firstAfter: (time: number) => number | undefined; close: () => void }> {
  const client = await (await fetch(`${base}/@vite/client`)).text();
  const token = /const wsToken = "([^"]*)"/.exec(client)?.[1];
  const times: number[] = [];
  if (token === undefined) return { firstAfter: () => undefined, close: () => {} };
  const socket = new WebSocket(`${base.replace(/^http/, 'ws')}/?token=${token}`, 'vite-hmr');
  socket.addEventListener('message', (event) => {
    if ((JSON.parse(String(event.data)) as { type?: string }).type === 'full-reload') times.push(performance.now());
  });
  await new Promise<void>((resolve) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => resolve(), { once: true });
  });
  return { firstAfter: (time) => times.find((each) => each > time), close: () => socket.close() };
}

/**
 * Starts V8's sampling profiler in the dev server through its inspector (`--inspect`), so the
 * profile covers the saves only, not the start that `--cpu-prof` would be dominated by.
 */
async function startProfiler(output: string): Promise<{ run: () => Promise<unknown>; stop: () => Promise<unknown>; close: () => void }> {
  const url = /Debugger listening on (ws:\/\/\S+)/.exec(output)?.[1];
  if (!url) throw new Error('the dev server printed no inspector address');
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error(`could not connect to the inspector at ${url}`)), { once: true });
  });
  let id = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  });
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve) => {
      waiting.set(++id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  await send('Profiler.enable');
  await send('Profiler.setSamplingInterval', { interval: 500 });
  await send('Profiler.start');
  return {
    run: () => send('Runtime.runIfWaitingForDebugger'),
    stop: async () => ((await send('Profiler.stop')) as { profile: unknown }).profile,
    close: () => socket.close(),
  };
}

export function medianOf(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
