import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/*
 * A shard's index depends only on its pages and on Pagefind's version, so each shard's index is
 * kept under Astro's cacheDir, named by a digest of its pages, and copied back when a build
 * writes the very same pages for it, once its files prove intact.
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
  /**
   * Copies the kept index of `shard` with this digest into `target`, once every one of its files
   * proved intact; false when there is none, or it is damaged (then it is deleted).
   */
  restore(shard: string, digest: string, target: string): boolean;
  /** Keeps the index just written for `shard`, replacing any older one of that shard. */
  keep(shard: string, digest: string, source: string): void;
  /** Deletes the kept indexes of shards this build did not use (a removed folder). */
  prune(usedShards: ReadonlySet<string>): void;
}

/** Written last into a kept index: every file Pagefind wrote for the shard, and its digest. */
const FILE_LIST = 'journeybook-files.json';

interface FileList {
  files: { [path: string]: string };
}

function fileDigest(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

/**
 * Kept indexes are copies, never hard links to the files of a built site: the site's files and
 * the cache's can then each be written to without changing the other. Each kept index lists its
 * files with their digests, and is restored only when every listed file is there, unchanged: a
 * deleted or damaged file makes the shard a miss, indexed again, instead of a hole in the search.
 */
export function searchIndexCache(cacheDir: string): SearchIndexCache {
  const folder = join(cacheDir, 'journeybook', 'search-index');
  const entryOf = (shard: string) => join(folder, shard);
  return {
    restore(shard, digest, target) {
      const kept = join(entryOf(shard), digest);
      const files = readIntactFiles(kept);
      if (!files) {
        rmSync(entryOf(shard), { recursive: true, force: true });
        return false;
      }
      for (const [path, bytes] of files) {
        mkdirSync(dirname(join(target, path)), { recursive: true });
        writeFileSync(join(target, path), bytes);
      }
      return true;
    },
    keep(shard, digest, source) {
      rmSync(entryOf(shard), { recursive: true, force: true });
      // Copied under a temporary name and renamed, so an interrupted copy is never taken for an index.
      const partial = join(entryOf(shard), `${digest}.partial`);
      const list: FileList = { files: {} };
      for (const path of filesBelow(source)) {
        const bytes = readFileSync(join(source, path));
        mkdirSync(dirname(join(partial, path)), { recursive: true });
        writeFileSync(join(partial, path), bytes);
        list.files[path] = fileDigest(bytes);
      }
      writeFileSync(join(partial, FILE_LIST), JSON.stringify(list));
      renameSync(partial, join(entryOf(shard), digest));
    },
    prune(usedShards) {
      if (!existsSync(folder)) return;
      for (const name of readdirSync(folder)) if (!usedShards.has(name)) rmSync(join(folder, name), { recursive: true, force: true });
    },
  };
}

/** The files of a kept index, by path, when its list is readable and every listed file matches its digest. */
function readIntactFiles(kept: string): Map<string, Buffer> | undefined {
  let list: Partial<FileList> | null;
  try {
    list = JSON.parse(readFileSync(join(kept, FILE_LIST), 'utf8')) as Partial<FileList> | null;
  } catch {
    return undefined;
  }
  const listed = list?.files;
  if (typeof listed !== 'object' || listed === null || !Object.hasOwn(listed, 'pagefind-entry.json')) return undefined;
  const files = new Map<string, Buffer>();
  for (const [path, digest] of Object.entries(listed)) {
    // A list pointing outside its folder is not one this code wrote.
    if (path.split('/').some((part) => part === '..' || part === '') || path.includes('\\')) return undefined;
    try {
      const bytes = readFileSync(join(kept, path));
      if (fileDigest(bytes) !== digest) return undefined;
      files.set(path, bytes);
    } catch {
      return undefined;
    }
  }
  return files;
}

/** Every file below `dir`, by path relative to it with forward slashes. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * Puts `from` at `to` as a hard link, or as a copy across file systems. Only for the scratch
 * folder Pagefind reads a shard's pages from (see search-index.ts), deleted once the shard is
 * indexed and before the site is published: linking ~1,300 files is a fraction of copying them.
 */
export function linkOrCopy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
