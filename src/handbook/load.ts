import { resolve } from 'node:path';
import type { SiteSettings } from '../schema/settings.ts';
import { ContentError } from '../validate/problem.ts';
import { validateContent, validationOptionsFor, type AnalyseFile, type ValidationResult } from '../validate/validate-content.ts';
import { analyseFile, type FileAnalysis } from '../validate/file-analysis.ts';
import { contentForAudience, historyForAudience } from './audience.ts';
import { validateContentCached, type ValidationProgress } from '../validate/validation-cache.ts';
import { buildHandbook, type Handbook } from './build-model.ts';
import { usableContent, type WithheldFile } from './usable-content.ts';
import { readContentSnapshot, type ContentSnapshot, type ContentSources, type SourceFile } from '../sources/content-files.ts';
import { contentVersion } from '../sources/content-version.ts';
import { readHandbookHistory } from './history.ts';

export interface LoadedContent {
  validation: ValidationResult;
  /**
   * The model, when the content has no error; with `partial`, the model of the files that can be
   * shown, whatever the errors elsewhere.
   */
  handbook: Handbook | undefined;
  /** With `partial`: the files left out of the model, with their errors (src/handbook/usable-content.ts). */
  withheld: WithheldFile[];
}

/*
 * `npm run build` validates the content, then runs Astro in the same process; Astro's pages and
 * the integration's share images each need the handbook too. Astro bundles its own copy of this
 * module, so a module-level cache would not be shared: the last result lives on globalThis,
 * keyed by everything it depends on (including a fingerprint of content/, so the dev server
 * never sees a stale handbook). One build reads, validates and models the content once.
 */
const CACHE = Symbol.for('journeybook.loadedContent');
type Cache = {
  key: string;
  loaded: LoadedContent;
  /** The project it was read from. */
  root: string;
  /** What was read, and each file's analysis: the next load of the same project reuses what did not change. */
  snapshot: ContentSnapshot;
  analyses: WeakMap<SourceFile, FileAnalysis>;
};
const store = globalThis as typeof globalThis & { [CACHE]?: Cache };

export interface LoadOptions {
  /**
   * Astro's cacheDir: when given, each file's validation is kept there between builds and only
   * changed files are parsed again (src/validate/validation-cache.ts). The result is the same.
   */
  cacheDir?: string;
  /**
   * For `npm run dev` only: model the files that can be shown even when others have errors, so
   * one broken file breaks only its own pages. A build never sets it.
   */
  partial?: boolean;
  /** Told how far validation is (with `cacheDir`): the number of files, then each file as it is validated or taken from the cache. */
  progress?: ValidationProgress;
}

/** Reads, validates and (when valid) models the handbook under `root`. */
export function loadContent(root: string, settings: SiteSettings, today: Date, options: LoadOptions = {}): LoadedContent {
  // No cacheDir in the key: it changes how fast the result comes, not the result.
  const key = JSON.stringify([resolve(root), settings, today.toISOString().slice(0, 10), contentVersion(root), options.partial === true]);
  const cached = store[CACHE];
  if (cached?.key === key) return cached.loaded;
  // The same project loaded before (the dev server after a save): only the files that changed are
  // read and analysed again. Each file's analysis depends on its text alone (src/validate/file-analysis.ts).
  const earlier = cached?.root === resolve(root) ? cached : undefined;
  const snapshot = readContentSnapshot(root, earlier?.snapshot);
  const { sources } = snapshot;
  const analyses = new WeakMap<SourceFile, FileAnalysis>();
  const validationOptions = validationOptionsFor(settings, today);
  const validation = earlier
    ? validateContent(sources, validationOptions, remembering(analyses, (source) => earlier.analyses.get(source) ?? analyseFile(source)))
    : options.cacheDir
      ? validateContentCached(sources, validationOptions, { cacheDir: options.cacheDir, progress: options.progress, remember: analyses })
      : validateContent(sources, validationOptions, remembering(analyses, analyseFile));
  const model = (validated: ValidationResult) => modelFor(root, sources, validated, settings, today, options);
  let loaded: LoadedContent;
  if (validation.ok) loaded = { validation, handbook: model(validation), withheld: [] };
  else if (options.partial) {
    // The dev server's model: the files that can be shown, then, as in a build, what the audience may see.
    const usable = usableContent(validation, sources);
    loaded = { validation, handbook: model(usable.validation), withheld: usable.withheld };
  } else loaded = { validation, handbook: undefined, withheld: [] };
  store[CACHE] = { key, loaded, root: resolve(root), snapshot, analyses };
  return loaded;
}

/** `analyse`, keeping each file's analysis in `analyses` for the next load. */
function remembering(analyses: WeakMap<SourceFile, FileAnalysis>, analyse: AnalyseFile): AnalyseFile {
  return (source) => {
    const analysis = analyse(source);
    analyses.set(source, analysis);
    return analysis;
  };
}

/**
 * The model of valid content, for the build's audience: what the audience may not see is gone
 * before the model is built (src/handbook/audience.ts), and so is the history it may not see.
 */
function modelFor(root: string, sources: ContentSources, validation: ValidationResult, settings: SiteSettings, today: Date, options: LoadOptions): Handbook {
  const visible = contentForAudience(validation, settings);
  const visibleFiles = new Set([...visible.personas, ...visible.journeys, ...visible.research, ...visible.tracks].map(({ source }) => source.file));
  const history = historyForAudience(settings, visibleFiles, () => readHandbookHistory(root, new Set(contentFiles(sources)), { cacheDir: options.cacheDir }));
  return buildHandbook(visible, settings, { today, history });
}

/** Every file of content/ the handbook reads, by its path from the root. */
function contentFiles(sources: ContentSources): string[] {
  return [...sources.personas, ...sources.journeys, ...sources.research, ...sources.tracks].map((source) => source.file);
}

/** The handbook under `root`; throws ContentError listing every error. */
export function loadHandbook(root: string, settings: SiteSettings, today: Date, options: LoadOptions = {}): Handbook {
  const { validation, handbook } = loadContent(root, settings, today, options);
  if (!handbook) throw new ContentError(validation.problems);
  return handbook;
}
