import { resolve } from 'node:path';
import { contentSignature } from './content-files.ts';

/*
 * Which state of content/ the handbook in memory was made from. A build reads content/ once; the
 * dev server keeps its handbook between requests and must make a new one after every save. It
 * used to tell by a signature of content/ (every file's size and modification time), taken on
 * every call: a thousand stats, several times per page and per request at 1,000 journeys. Now
 * the dev server counts the changes its file watcher reports under content/ (the same watcher
 * Astro's own content collections follow) and the count is the version; without a watcher the
 * signature stands in, as before.
 *
 * The counts live on globalThis: the integration's watcher and the pages (which Astro runs in a
 * module runner, with copies of these modules of their own) share them in the one process.
 */
const COUNTS = Symbol.for('journeybook.contentChanges');
const shared = globalThis as typeof globalThis & { [COUNTS]?: Map<string, number> };

function counts(): Map<string, number> {
  return (shared[COUNTS] ??= new Map());
}

/**
 * From now on, the changes under `<root>/content` are reported by `contentChanged` (the dev
 * server's watcher): `contentVersion` counts them instead of reading the disk.
 */
export function watchContentChanges(root: string): void {
  const key = resolve(root);
  if (!counts().has(key)) counts().set(key, 0);
}

/** A file under `<root>/content` was added, changed or removed. */
export function contentChanged(root: string): void {
  const key = resolve(root);
  const count = counts().get(key);
  if (count !== undefined) counts().set(key, count + 1);
}

/** The version of `<root>/content`: it differs whenever something in it changed since the last call returned it. */
export function contentVersion(root: string): string {
  const count = counts().get(resolve(root));
  return count === undefined ? contentSignature(root) : `change ${count}`;
}
