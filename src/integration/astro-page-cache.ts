/**
 * Astro's incremental builds (experimental.incrementalBuild) keep every page they render under
 * `<cacheDir>/dist/`, and copy it into the next build as it is whenever the page's cacheKey and
 * code are unchanged (node_modules/astro/dist/core/build/incremental.js): Astro never looks at
 * the copy, so a truncated or damaged one would ship, and keep shipping, since an unchanged page
 * is never rendered again.
 *
 * So after each build the digest of every kept page is written down, and before the next one
 * every kept page is checked against it. A page that differs, or that no finished build wrote
 * down (a build killed while Astro wrote it), is deleted: Astro finds no copy and renders the
 * page again, as it does for a page it has never seen. Astro's list of kept pages
 * (`incremental-build.json`) is checked the same way; a changed one is deleted, and Astro then
 * renders every page.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** A kept page as written down: its digest, and the size and time that let an untouched file skip hashing again. */
interface KeptPage {
  sha256: string;
  size: number;
  mtimeMs: number;
}

interface Record {
  format: 1;
  /** The digest of Astro's list of kept pages. */
  manifest?: string;
  pages: { [path: string]: KeptPage };
}

/** The pages found intact before this build, by path below Astro's cache folder of pages. */
export type VerifiedPages = ReadonlyMap<string, KeptPage>;

/** Where Astro keeps pages for incremental builds (its INCREMENTAL_OUTPUT_DIR). */
export function astroPageCacheDir(cacheDir: string): string {
  return join(cacheDir, 'dist');
}

/** Astro's list of kept pages, with each page's cacheKey (its INCREMENTAL_CACHE_FILE). */
function manifestPath(cacheDir: string): string {
  return join(cacheDir, 'incremental-build.json');
}

function recordPath(cacheDir: string): string {
  return join(cacheDir, 'journeybook', 'astro-pages.json');
}

function digestOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('base64url');
}

/** Every file below `dir`, by path relative to it with forward slashes; none when there is no such folder. */
function filesBelow(dir: string): string[] {
  try {
    return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
  } catch {
    return [];
  }
}

function readRecord(cacheDir: string): Pick<Record, 'manifest' | 'pages'> {
  try {
    const record = JSON.parse(readFileSync(recordPath(cacheDir), 'utf8')) as Partial<Record> | null;
    const pages = record?.format === 1 ? record.pages : undefined;
    if (typeof pages !== 'object' || pages === null || Array.isArray(pages)) return { pages: {} };
    return { manifest: typeof record?.manifest === 'string' ? record.manifest : undefined, pages };
  } catch {
    return { pages: {} };
  }
}

/** The digest of a file, or undefined when it cannot be read. */
function digestOfFile(path: string): string | undefined {
  try {
    return digestOf(readFileSync(path));
  } catch {
    return undefined;
  }
}

/**
 * Deletes every kept page that is not exactly as the last finished build left it; returns the
 * ones that are. Call before Astro starts rendering.
 */
export function verifyAstroPageCache(cacheDir: string): { verified: VerifiedPages; discarded: string[] } {
  const dir = astroPageCacheDir(cacheDir);
  const { manifest, pages: record } = readRecord(cacheDir);
  const verified = new Map<string, KeptPage>();
  const discarded: string[] = [];
  const manifestDigest = digestOfFile(manifestPath(cacheDir));
  if (manifestDigest !== undefined && manifestDigest !== manifest) {
    rmSync(manifestPath(cacheDir), { force: true });
    discarded.push('incremental-build.json');
  }
  for (const path of filesBelow(dir)) {
    const file = join(dir, path);
    const kept = Object.hasOwn(record, path) ? record[path] : undefined;
    try {
      const bytes = readFileSync(file);
      if (kept && typeof kept.sha256 === 'string' && digestOf(bytes) === kept.sha256) {
        const stats = statSync(file);
        verified.set(path, { sha256: kept.sha256, size: stats.size, mtimeMs: stats.mtimeMs });
        continue;
      }
    } catch {
      // unreadable: discarded like a damaged one
    }
    rmSync(file, { force: true });
    discarded.push(path);
  }
  return { verified, discarded };
}

/**
 * Writes down the digest of every kept page once Astro has finished rendering. Pages verified
 * before the build and untouched since (same size and time) are not hashed again.
 */
export function recordAstroPageCache(cacheDir: string, verified: VerifiedPages): void {
  const dir = astroPageCacheDir(cacheDir);
  const pages: Record['pages'] = {};
  for (const path of filesBelow(dir)) {
    const file = join(dir, path);
    const stats = statSync(file);
    const before = verified.get(path);
    pages[path] =
      before && before.size === stats.size && before.mtimeMs === stats.mtimeMs
        ? before
        : { sha256: digestOf(readFileSync(file)), size: stats.size, mtimeMs: stats.mtimeMs };
  }
  const path = recordPath(cacheDir);
  const temporary = `${path}.${process.pid}.tmp`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(temporary, JSON.stringify({ format: 1, manifest: digestOfFile(manifestPath(cacheDir)), pages } satisfies Record));
  renameSync(temporary, path);
}
