import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/*
 * A shard's index depends only on its pages and on Pagefind's version, so each shard's index is
 * kept under Astro's cacheDir, named by a digest of its pages, and copied back when a build
 * writes the very same pages for it.
 */

/** The version of Pagefind the project installed (its package does not export package.json). */
export function pagefindVersion(root: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) return 'unknown';
  }
}

/** A page as Pagefind reads it: its path below the site folder and its HTML. */
export interface IndexedPage {
  sourcePath: string;
  html: Buffer;
}

/** A digest of everything a shard's index is made from: its name, each page's path and bytes, and Pagefind's version. */
export function shardDigest(shard: string, pages: readonly IndexedPage[], version: string): string {
  const hash = createHash('sha256').update(`pagefind ${version}\n${shard}\n`);
  for (const page of pages) {
    hash.update(`${page.sourcePath}\n`);
    hash.update(page.html);
    hash.update('\n');
  }
  return hash.digest('hex').slice(0, 32);
}

/** Every HTML file below `outDir`, by path, in a stable order. */
export function readPages(outDir: string): IndexedPage[] {
  return (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split('\\').join('/'))
    .sort()
    .map((sourcePath) => ({ sourcePath, html: readFileSync(join(outDir, sourcePath)) }));
}

export interface SearchIndexCache {
  /** Copies the kept index of `shard` with this digest into `target`; false when there is none. */
  restore(shard: string, digest: string, target: string): boolean;
  /** Keeps the index just written for `shard`, replacing any older one of that shard. */
  keep(shard: string, digest: string, source: string): void;
  /** Deletes the kept indexes of shards this build did not use (a removed folder). */
  prune(usedShards: ReadonlySet<string>): void;
}

export function searchIndexCache(cacheDir: string): SearchIndexCache {
  const folder = join(cacheDir, 'journeybook', 'search-index');
  const entryOf = (shard: string) => join(folder, shard);
  return {
    restore(shard, digest, target) {
      const kept = join(entryOf(shard), digest);
      if (!existsSync(join(kept, 'pagefind-entry.json'))) return false;
      linkTree(kept, target);
      return true;
    },
    keep(shard, digest, source) {
      rmSync(entryOf(shard), { recursive: true, force: true });
      // Linked under a temporary name and renamed, so an interrupted copy is never taken for an index.
      const partial = join(entryOf(shard), `${digest}.partial`);
      linkTree(source, partial);
      renameSync(partial, join(entryOf(shard), digest));
    },
    prune(usedShards) {
      if (!existsSync(folder)) return;
      for (const name of readdirSync(folder)) if (!usedShards.has(name)) rmSync(join(folder, name), { recursive: true, force: true });
    },
  };
}

/**
 * Puts `from` at `to` as a hard link, or as a copy across file systems. Linking ~1,300 files is a
 * fraction of copying them, and is safe here: pages and kept indexes are never changed in place,
 * only replaced.
 */
export function linkOrCopy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Puts every file of `source` at the same place below `target` (see linkOrCopy). */
function linkTree(source: string, target: string): void {
  for (const entry of readdirSync(source, { recursive: true, withFileTypes: true })) {
    const from = join(entry.parentPath, entry.name);
    const to = join(target, from.slice(source.length));
    if (entry.isDirectory()) mkdirSync(to, { recursive: true });
    else linkOrCopy(from, to);
  }
}
