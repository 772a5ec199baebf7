import { resolve } from 'node:path';
import { contentSignature, fileStamp } from './content-files.ts';

/*
 * Which state of content/ the handbook in memory was made from. A build reads content/ once; the
 * dev server keeps its handbook between requests and must make a new one after every save. It
 * used to tell by a signature of content/ (every file's size and modification time), taken on
 * every call: a thousand stats, several times per page and per request at 1,000 journeys. Now
 * the dev server counts the changes its file watcher reports under content/ (the same watcher
 * Astro's own content collections follow) and the count is the version; without a watcher the
 * signature stands in, as before.
 *
 * The watcher (chokidar, in Vite) reports at most one change of a file per 50 ms and drops the
 * others: an editor that saves and then formats the file, or two quick saves, would leave the
 * second unseen. So each reported file is looked at again once that window is over, and a file
 * that changed since its report counts as one more change.
 *
 * The counts live on globalThis: the integration's watcher and the pages (which Astro runs in a
 * module runner, with copies of these modules of their own) share them in the one process.
 */
const COUNTS = Symbol.for('journeybook.contentChanges');

interface Changes {
  count: number;
  /** Files reported in the last moments, with their size and time when reported. */
  reported: Map<string, string | undefined>;
  recheck?: ReturnType<typeof setTimeout>;
}

const shared = globalThis as typeof globalThis & { [COUNTS]?: Map<string, Changes> };

/** Longer than the watcher's 50 ms per file, in which it reports one change and drops the rest. */
export const RECHECK_MS = 100;

function projects(): Map<string, Changes> {
  return (shared[COUNTS] ??= new Map());
}

/**
 * From now on, the changes under `<root>/content` are reported by `contentChanged` (the dev
 * server's watcher): `contentVersion` counts them instead of reading the disk.
 */
export function watchContentChanges(root: string): void {
  const key = resolve(root);
  if (!projects().has(key)) projects().set(key, { count: 0, reported: new Map() });
}

/** `file` (absolute), under `<root>/content`, was added, changed or removed. */
export function contentChanged(root: string, file: string): void {
  const changes = projects().get(resolve(root));
  if (!changes) return;
  changes.count++;
  changes.reported.set(file, fileStamp(file));
  clearTimeout(changes.recheck);
  changes.recheck = setTimeout(() => {
    const changedAgain = [...changes.reported].some(([path, stamp]) => fileStamp(path) !== stamp);
    changes.reported.clear();
    if (changedAgain) changes.count++;
  }, RECHECK_MS);
  changes.recheck.unref?.();
}

/** The version of `<root>/content`: it differs whenever something in it changed since the last call returned it. */
export function contentVersion(root: string): string {
  const changes = projects().get(resolve(root));
  return changes === undefined ? contentSignature(root) : `change ${changes.count}`;
}
