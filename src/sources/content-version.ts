import { resolve } from 'node:path';
import { contentSignature } from './content-files.ts';

/*
 * Which state of content/ the handbook in memory was made from. A build reads content/ once; the
 * dev server keeps its handbook between requests and must make a new one after every save. It
 * used to take a signature of content/ (every file's size and modification time) on every call:
 * a thousand stats, dozens of times per page at 1,000 journeys. Now the dev server takes it once
 * per page request and when its file watcher reports a change under content/, and the version is
 * how many times it was found different.
 *
 * Once per request, not only on the watcher's word: the watcher tells of a save a moment after it
 * (a page asked for at once would show the content before it), and it reports at most one change
 * of a file per 50 ms, dropping the others (an editor that saves then formats the file). For the
 * same reason the signature is taken again once that window is over after a report.
 *
 * The versions live on globalThis: the integration's middleware and watcher and the pages (which
 * Astro runs in a module runner, with copies of these modules of their own) share them in the one
 * process.
 */
const VERSIONS = Symbol.for('journeybook.contentVersions');

interface Tracked {
  signature: string;
  changes: number;
  recheck?: ReturnType<typeof setTimeout>;
}

const shared = globalThis as typeof globalThis & { [VERSIONS]?: Map<string, Tracked> };

/** Longer than the watcher's 50 ms per file, in which it reports one change and drops the rest. */
export const RECHECK_MS = 100;

function tracked(): Map<string, Tracked> {
  return (shared[VERSIONS] ??= new Map());
}

/**
 * From now on `contentVersion(root)` answers from memory: what the last look at
 * `<root>/content` found (`lookAtContent`, `contentChanged`).
 */
export function watchContentChanges(root: string): void {
  const key = resolve(root);
  if (!tracked().has(key)) tracked().set(key, { signature: contentSignature(root), changes: 0 });
}

/** Takes the signature of `<root>/content` again (the dev server, at the start of a page request). */
export function lookAtContent(root: string): void {
  const entry = tracked().get(resolve(root));
  if (!entry) return;
  const now = contentSignature(root);
  if (now === entry.signature) return;
  entry.signature = now;
  entry.changes++;
}

/** The watcher reported a change under `<root>/content`: look now, and again once the watcher may report again. */
export function contentChanged(root: string): void {
  const entry = tracked().get(resolve(root));
  if (!entry) return;
  lookAtContent(root);
  clearTimeout(entry.recheck);
  entry.recheck = setTimeout(() => lookAtContent(root), RECHECK_MS);
  entry.recheck.unref?.();
}

/** The version of `<root>/content`: it differs whenever content/ was found changed since the last call returned it. */
export function contentVersion(root: string): string {
  const entry = tracked().get(resolve(root));
  return entry === undefined ? contentSignature(root) : `change ${entry.changes}`;
}
