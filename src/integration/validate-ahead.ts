import inspector from 'node:inspector';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readContentSources, type SourceFile } from '../sources/content-files.ts';
import { cacheEntryMaker, storeValidationEntries, type ValidationCacheEntries } from '../validate/validation-cache.ts';

/*
 * The first `npm run dev` of a fresh clone validates every content file once (≈ 11 s of CPU at
 * 1,000 journeys, half of it parsing YAML with positions) before it can show a page. On the main
 * thread that work held the server from listening and ran after Vite's and Astro's own start-up
 * instead of alongside it. Now worker threads validate while the main thread starts Vite, and
 * once the server listens the main thread joins them: each thread claims the next file from one
 * shared counter until none is left. What they found goes into the validation cache
 * (src/validate/validation-cache.ts) in one write; the first request waits for that and then
 * reads the cache. Each file's analysis depends on its text alone, so threads need nothing else
 * from each other; a file one thread missed is a cache miss the main thread's load analyses.
 */

export interface ValidateAheadOptions {
  root: string;
  cacheDir: string;
}

/** What a worker is given: the project, and the counter of files claimed, shared by every thread. */
export interface ValidateAheadWork extends ValidateAheadOptions {
  claims: SharedArrayBuffer;
}

/**
 * One core is left to the main thread, which starts Vite meanwhile: on two cores, two workers
 * made the first page later (14.7 s instead of 13.5 s at 1,000 journeys), the three threads
 * taking turns on two cores. Beyond four workers, starting each costs more than its share saves.
 */
export function workersFor(cores: number): number {
  return Math.max(1, Math.min(4, cores - 1));
}

/**
 * Under a debugger (`--inspect`), none: the work stays on the main thread, where breakpoints
 * are, and no worker waits for a debugger to release it (one did, and held the first page).
 */
function defaultWorkers(): number {
  return inspector.url() === undefined ? workersFor(availableParallelism()) : 0;
}

/** Every file of the handbook that is analysed on its own, in the one order every thread lists them. */
export function handbookFiles(root: string): SourceFile[] {
  const sources = readContentSources(root);
  return [...sources.personas, ...sources.journeys, ...sources.research, ...sources.tracks];
}

/**
 * Analyses the files this thread claims from `claims`, one at a time, until every file is
 * claimed. With `sliceMs`, it lets the event loop run about every `sliceMs`: on the main thread
 * the server goes on meanwhile with what else it has to do (the first page's modules, its
 * websocket) rather than doing all of it after the last file.
 */
export async function analyseClaimedFiles(files: readonly SourceFile[], claims: Int32Array, cacheDir: string, sliceMs = Infinity): Promise<ValidationCacheEntries> {
  const entries: ValidationCacheEntries = {};
  const entryOf = cacheEntryMaker({ cacheDir });
  if (!entryOf) return entries;
  let sliceStart = performance.now();
  for (let index = Atomics.add(claims, 0, 1); index < files.length; index = Atomics.add(claims, 0, 1)) {
    const { key, entry } = entryOf(files[index]!);
    entries[key] = entry;
    if (performance.now() - sliceStart > sliceMs) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
  return entries;
}

/**
 * Validates the handbook in worker threads, joined by this thread once `join` settles (the dev
 * server listening), and stores what they found in the validation cache. Settles when every
 * thread is done, however a worker ended: what a failed worker did not analyse is left to the
 * main thread's load, which reports whatever went wrong as it always did.
 */
export async function validateAhead(options: ValidateAheadOptions, join: Promise<unknown> = Promise.resolve(), workers = defaultWorkers()): Promise<void> {
  const claims = new SharedArrayBuffer(4);
  const started = Array.from({ length: workers }, () => startWorker({ ...options, claims }));
  const fromWorkers = started.map((worker) => worker.entries);
  const fromHere = join.then(() => analyseClaimedFiles(handbookFiles(options.root), new Int32Array(claims), options.cacheDir, 50)).catch(() => ({}));
  // Once this thread finds every file claimed, each worker has one file left at most: one that
  // is still running long after (stopped in a debugger, stuck) must not hold the server's pages.
  void fromHere.then(() => setTimeout(() => started.forEach((worker) => worker.stop()), WORKER_GRACE_MS).unref());
  const found = await Promise.all([...fromWorkers, fromHere]);
  try {
    storeValidationEntries(options.cacheDir, Object.assign({}, ...found) as ValidationCacheEntries);
  } catch {
    // A cache that cannot be written only means the main thread's load validates the files itself.
  }
}

/** How long a worker may go on once every file is claimed, before it is stopped. */
const WORKER_GRACE_MS = 5_000;

/**
 * Starts a worker on `work`. Its Node options are the process's without `--inspect*`: a worker
 * inherits them, and with `--inspect-brk` it would wait for a debugger that never comes.
 */
function startWorker(work: ValidateAheadWork): { entries: Promise<ValidationCacheEntries>; stop(): void } {
  let worker: Worker | undefined;
  let giveUp = () => {};
  const entries = new Promise<ValidationCacheEntries>((resolve) => {
    let found: ValidationCacheEntries = {};
    // Giving up does not wait for the worker to exit: one paused by a debugger may never do so.
    giveUp = () => resolve(found);
    try {
      worker = new Worker(new URL('./validate-ahead-worker.ts', import.meta.url), {
        workerData: work,
        execArgv: process.execArgv.filter((option) => !option.startsWith('--inspect')),
      });
    } catch {
      return resolve(found);
    }
    worker.once('message', (message: ValidationCacheEntries) => (found = message));
    worker.once('error', () => resolve(found));
    worker.once('exit', () => resolve(found));
  });
  return {
    entries,
    stop: () => {
      // Not terminate(): it waits on a worker paused in a debugger, and held this thread with it.
      worker?.unref();
      giveUp();
    },
  };
}

type Next = (error?: unknown) => void;

/** Connect middleware that holds every request until `ready` has settled (at once afterwards). */
export function waitFor(ready: Promise<void>) {
  let settled = false;
  void ready.then(() => (settled = true));
  return (_request: IncomingMessage, _response: ServerResponse, next: Next) => {
    if (settled) return next();
    void ready.then(() => next());
  };
}
