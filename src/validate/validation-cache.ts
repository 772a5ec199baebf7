/**
 * Per-file validation results kept between builds under Astro's cacheDir, so a warm build (or a
 * one-file change) parses only the files whose text changed; the cross-file checks always run.
 *
 * One JSON file holds every entry: at 1,000–3,000 files it reads as fast as one file per entry
 * or faster, is replaced with a single atomic rename, and never holds entries of deleted files.
 * An entry is keyed by a hash of the file's collection, path, slug and text; the whole file is
 * tied to the validator's version (a hash of its code, see validator-version.ts). The per-file
 * part reads no setting and not the date, so neither is part of the key.
 *
 * Each entry carries a digest of itself: an entry changed by hand, by another program or by a
 * damaged disk no longer matches it and counts as a miss. A stored analysis is trusted only when
 * it is byte for byte what this validator wrote, so a wrong-shaped one can never reach the code
 * that builds the handbook from it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ContentSources, SourceFile } from '../sources/content-files.ts';
import { analyseFile, type FileAnalysis } from './file-analysis.ts';
import { validateContent, type AnalyseFile, type ValidationOptions, type ValidationResult } from './validate-content.ts';
import { validatorVersion } from './validator-version.ts';

/** Bumped when the layout of the cache file itself changes. */
const CACHE_FORMAT = 2;

/** One file's analysis, with the digest of the entry's key and of the analysis as JSON. */
interface StoredEntry {
  digest: string;
  analysis: FileAnalysis;
}

interface CacheFile {
  format: number;
  validator: string;
  entries: Record<string, StoredEntry>;
}

export interface ValidationCacheOptions {
  /** Astro's cacheDir; entries live in `<cacheDir>/journeybook/validation/`. */
  cacheDir: string;
  /** The per-file validation the cache stands in front of; tests pass a counting one. */
  analyse?: AnalyseFile;
  /** The validator's version; defaults to the hash of its code. */
  validator?: string;
  /** Ignore what is stored (it proved damaged) and replace it on save. */
  startEmpty?: boolean;
  /** Told how far validation is (`npm run build` shows it). */
  progress?: ValidationProgress;
  /** Every analysis used is kept here too, for a later validation in the same process (src/handbook/load.ts). */
  remember?: WeakMap<SourceFile, FileAnalysis>;
}

/**
 * Told how far validation is: the number of files when it starts, then each file as it is
 * analysed or taken from the cache. Validation that starts over (a damaged cache) says so with
 * `files` again, and counts every file again.
 */
export interface ValidationProgress {
  files(total: number): void;
  validated(fromCache: boolean): void;
}

export interface ValidationCache {
  /** The file's analysis, from the cache when its text is unchanged. */
  analyse: AnalyseFile;
  /** Writes the entries used since the cache was opened, when any changed. Never throws. */
  save(): void;
  /** How many analyses came from the cache and how many were computed. */
  readonly stats: { hits: number; misses: number };
}

/** The file that holds the cache for `cacheDir`. */
export function validationCachePath(cacheDir: string): string {
  return join(cacheDir, 'journeybook', 'validation', 'files.json');
}

/**
 * Opens the validation cache under `cacheDir`, or undefined when the validator's version cannot
 * be known (then nothing may be cached). A missing, unreadable or damaged cache file counts as
 * empty: the cache can make validation faster, never make it fail.
 */
export function openValidationCache(options: ValidationCacheOptions): ValidationCache | undefined {
  const validator = options.validator ?? validatorVersion();
  if (validator === undefined) return undefined;
  const path = validationCachePath(options.cacheDir);
  const stored = options.startEmpty ? {} : readEntries(path, validator);
  const entryOf = entryMaker(stored, options.analyse ?? analyseFile);
  const used: Record<string, StoredEntry> = {};
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    analyse(source) {
      const { key, entry, fromCache } = entryOf(source);
      used[key] = entry;
      if (fromCache) stats.hits++;
      else stats.misses++;
      options.progress?.validated(fromCache);
      return entry.analysis;
    },
    save() {
      const unchanged = stats.misses === 0 && Object.keys(used).length === Object.keys(stored).length;
      if (unchanged) return;
      writeAtomically(path, JSON.stringify({ format: CACHE_FORMAT, validator, entries: used } satisfies CacheFile));
    },
  };
}

/** The entries a share of the handbook's files would be stored under, keyed as the cache keys them. */
export type ValidationCacheEntries = Record<string, StoredEntry>;

/**
 * Makes the cache entry of one file at a time without writing anything, taking it from the cache
 * under `cacheDir` when stored and intact: several threads each analyse part of the handbook this
 * way (the dev server's first start, src/integration/validate-ahead.ts), and one writer stores the
 * union with `storeValidationEntries`. Undefined when the validator's version cannot be known.
 */
export function cacheEntryMaker(options: Pick<ValidationCacheOptions, 'cacheDir' | 'analyse' | 'validator'>): ((source: SourceFile) => CacheEntry) | undefined {
  const validator = options.validator ?? validatorVersion();
  if (validator === undefined) return undefined;
  return entryMaker(readEntries(validationCachePath(options.cacheDir), validator), options.analyse ?? analyseFile);
}

/** A file's cache entry, under its key, and whether it came from what was stored. */
export interface CacheEntry {
  key: string;
  entry: StoredEntry;
  fromCache: boolean;
}

/** Each file's entry: the stored one when it is intact and of this text, else a new analysis. */
function entryMaker(stored: Record<string, unknown>, analyse: AnalyseFile): (source: SourceFile) => CacheEntry {
  return (source) => {
    const key = entryKey(source);
    if (Object.hasOwn(stored, key) && intactAnalysis(key, stored[key], source)) return { key, entry: stored[key] as StoredEntry, fromCache: true };
    const analysis = analyse(source);
    return { key, entry: { digest: entryDigest(key, analysis), analysis }, fromCache: false };
  };
}

/**
 * Stores entries made by `cacheEntryMaker`, with those already stored for other texts, as one
 * atomic write; nothing is written when every entry is stored already (a start with the cache
 * in place). The next validation takes from them only what it checks again: an entry whose
 * digest or shape does not match is a miss, as for any entry read from disk.
 */
export function storeValidationEntries(cacheDir: string, entries: ValidationCacheEntries, validator = validatorVersion()): void {
  if (validator === undefined) return;
  const path = validationCachePath(cacheDir);
  const stored = readEntries(path, validator) as ValidationCacheEntries;
  const added = Object.entries(entries).filter(([key, entry]) => stored[key]?.digest !== entry.digest);
  if (added.length === 0) return;
  writeAtomically(path, JSON.stringify({ format: CACHE_FORMAT, validator, entries: { ...stored, ...Object.fromEntries(added) } } satisfies CacheFile));
}

/**
 * `validateContent` with the per-file part taken from the cache under `options.cacheDir`, which
 * is then updated. Results are the same as without a cache; should a stored entry prove damaged
 * (validation throws while using it), the content is validated afresh and the cache replaced.
 */
export function validateContentCached(sources: ContentSources, options: ValidationOptions, cacheOptions: ValidationCacheOptions): ValidationResult {
  const { progress, remember } = cacheOptions;
  progress?.files(sources.personas.length + sources.journeys.length + sources.research.length + sources.tracks.length);
  const kept = (analyse: AnalyseFile): AnalyseFile =>
    remember
      ? (source) => {
          const analysis = analyse(source);
          remember.set(source, analysis);
          return analysis;
        }
      : analyse;
  const cache = openValidationCache(cacheOptions);
  if (!cache) {
    const analyse = cacheOptions.analyse ?? analyseFile;
    const told: AnalyseFile = (source) => {
      progress?.validated(false);
      return analyse(source);
    };
    return validateContent(sources, options, kept(told));
  }
  let result: ValidationResult;
  try {
    result = validateContent(sources, options, kept(cache.analyse));
  } catch (error) {
    // Without a single entry from the cache, the error is the validator's own: let it show.
    if (cache.stats.hits === 0) throw error;
    return validateContentCached(sources, options, { ...cacheOptions, startEmpty: true });
  }
  cache.save();
  return result;
}

/** Everything the per-file part depends on besides the validator's code. */
function entryKey(source: SourceFile): string {
  return createHash('sha256').update(`${source.collection}\0${source.file}\0${source.slug}\0${source.format}\0`).update(source.text).digest('base64url');
}

/** The digest an entry is stored with: of its key and of its analysis as JSON. */
function entryDigest(key: string, analysis: FileAnalysis): string {
  return createHash('sha256').update(`${key}\0`).update(JSON.stringify(analysis)).digest('base64url');
}

/** The stored analysis, when the entry matches its digest and has the shape of an analysis of `source`. */
function intactAnalysis(key: string, entry: unknown, source: SourceFile): FileAnalysis | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const { digest, analysis } = entry as Partial<StoredEntry>;
  if (typeof digest !== 'string' || !looksLikeAnalysisOf(analysis, source)) return undefined;
  return entryDigest(key, analysis) === digest ? analysis : undefined;
}

/** The stored entries, or none when the file is missing, unreadable, damaged or from other code. */
function readEntries(path: string, validator: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<CacheFile> | null;
    const entries = parsed?.entries;
    if (parsed?.format !== CACHE_FORMAT || parsed.validator !== validator || typeof entries !== 'object' || entries === null || Array.isArray(entries)) return {};
    return entries;
  } catch {
    return {};
  }
}

/**
 * The shape of an analysis, as far as the code reading it relies on: checked before the digest,
 * so that even an entry whose digest was forged to match cannot make building the handbook throw
 * on a list that is not a list.
 */
function looksLikeAnalysisOf(entry: unknown, source: SourceFile): entry is FileAnalysis {
  if (typeof entry !== 'object' || entry === null) return false;
  const analysis = entry as Partial<FileAnalysis>;
  if (analysis.collection !== source.collection || !Array.isArray(analysis.findings)) return false;
  if (analysis.data === undefined) return true;
  if (typeof analysis.data !== 'object' || analysis.data === null || typeof analysis.bodyStart !== 'number') return false;
  switch (analysis.collection) {
    case 'personas':
      return typeof (analysis.data as { name?: unknown }).name === 'string';
    case 'research':
      return typeof (analysis.data as { title?: unknown }).title === 'string';
    case 'tracks':
      return typeof (analysis.data as { title?: unknown }).title === 'string' && Array.isArray((analysis.data as { steps?: unknown }).steps);
    default: {
      const data = analysis.data as { phases?: unknown; touchpoints?: unknown };
      return Array.isArray(data.phases) && Array.isArray(data.touchpoints);
    }
  }
}

/**
 * Writes `text` to a temporary file next to `path`, then renames it over `path`: readers see the
 * old file or the new one, never half of one, even with two builds at once. A cache that cannot
 * be written (read-only disk, full disk) only means the next build is not faster.
 */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: a stray temporary file is harmless.
    }
  }
}
