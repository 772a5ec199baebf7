import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/*
 * Pagefind indexes the whole site every time (it has no incremental mode), and at 1,000 journeys
 * that is the largest step of a build where nothing changed. Its output depends only on the pages
 * it reads and on its own version, so an index is kept under Astro's cacheDir, named by a digest
 * of every HTML page, and copied back when a build writes the very same pages.
 */

/** The version of Pagefind the project installed (its package does not export package.json). */
function pagefindVersion(root: string): string {
  for (let dir = root; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) return 'unknown';
  }
}

function htmlFiles(outDir: string): string[] {
  return (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith('.html')).sort();
}

/** A digest of everything Pagefind reads: each page's path and bytes, and Pagefind's version. */
export function pagesDigest(root: string, outDir: string): string {
  const hash = createHash('sha256').update(`pagefind ${pagefindVersion(root)}\n`);
  for (const name of htmlFiles(outDir)) {
    hash.update(`${name}\n`);
    hash.update(readFileSync(join(outDir, name)));
    hash.update('\n');
  }
  return hash.digest('hex').slice(0, 32);
}

function cacheFolder(cacheDir: string): string {
  return join(cacheDir, 'journeybook', 'search-index');
}

/** Copies the index built for these exact pages into `target`; false when there is none. */
export function restoreSearchIndex(cacheDir: string, digest: string, target: string): boolean {
  const kept = join(cacheFolder(cacheDir), digest);
  if (!existsSync(join(kept, 'pagefind-entry.json'))) return false;
  rmSync(target, { recursive: true, force: true });
  cpSync(kept, target, { recursive: true });
  return true;
}

/** Keeps the index just written for the next build, replacing the previous one (only the latest is useful). */
export function keepSearchIndex(cacheDir: string, digest: string, source: string): void {
  const folder = cacheFolder(cacheDir);
  rmSync(folder, { recursive: true, force: true });
  // Copied under a temporary name and renamed, so an interrupted copy is never taken for an index.
  const partial = join(folder, `${digest}.partial`);
  cpSync(source, partial, { recursive: true });
  renameSync(partial, join(folder, digest));
}
