import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { storeValidationEntries, type ValidationCacheEntries } from '../validate/validation-cache.ts';

/*
 * The first `npm run dev` of a fresh clone validates every content file once (≈ 11 s of CPU at
 * 1,000 journeys, most of it parsing YAML with positions) before it can show a page. On the main
 * thread that work held the server from listening and ran after Vite's and Astro's own start-up
 * instead of alongside it. Worker threads now validate ahead, each a share of the files, while
 * the main thread starts Vite; their results go into the validation cache
 * (src/validate/validation-cache.ts) in one write, and the first request waits for that and then
 * reads the cache. Each file's analysis depends on its text alone, so shares need no coordination.
 */

export interface ValidateAheadOptions {
  root: string;
  cacheDir: string;
}

/** What one worker is asked to do: the files whose place in the handbook's list is `share` modulo `of`. */
export interface ValidateAheadShare extends ValidateAheadOptions {
  share: number;
  of: number;
}

/**
 * One core is left to the main thread, which starts Vite meanwhile: on two cores, two workers
 * made the first page later (14.7 s instead of 13.6 s at 1,000 journeys), the three threads
 * taking turns on two cores. Beyond four workers, starting each costs more than its share saves.
 */
export function workersFor(cores: number): number {
  return Math.max(1, Math.min(4, cores - 1));
}

/**
 * Validates the handbook in worker threads and stores what they found in the validation cache.
 * Settles when every worker has ended, however it ended: what a failed worker did not analyse is
 * left to the main thread, which reports whatever went wrong as it always did.
 */
export async function validateAhead(options: ValidateAheadOptions, workers = workersFor(availableParallelism())): Promise<void> {
  const shares = await Promise.all(Array.from({ length: workers }, (_, share) => analyseShare({ ...options, share, of: workers })));
  try {
    storeValidationEntries(options.cacheDir, Object.assign({}, ...shares) as ValidationCacheEntries);
  } catch {
    // A cache that cannot be written only means the main thread validates the files itself.
  }
}

function analyseShare(share: ValidateAheadShare): Promise<ValidationCacheEntries> {
  return new Promise((resolve) => {
    let entries: ValidationCacheEntries = {};
    let worker: Worker;
    try {
      worker = new Worker(new URL('./validate-ahead-worker.ts', import.meta.url), { workerData: share });
    } catch {
      return resolve(entries);
    }
    worker.once('message', (message: ValidationCacheEntries) => (entries = message));
    worker.once('error', () => resolve(entries));
    worker.once('exit', () => resolve(entries));
  });
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
