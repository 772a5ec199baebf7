import type { AstroIntegrationLogger } from 'astro';
import { loadHandbook } from '../handbook/load.ts';
import { buildDate } from '../sources/build-date.ts';
import type { SiteSettings } from '../schema/settings.ts';
import { buildSearchIndex } from './search-index.ts';
import { prepareShareImages, writeShareImages, type PreparedShareImages } from './share-images.ts';

export interface BuildHookOptions {
  root: string;
  settings: SiteSettings;
  /** Astro's cacheDir: share images are kept there between builds. */
  cacheDir: string;
}

export interface FinishBuildOptions extends BuildHookOptions {
  outDir: string;
  logger: AstroIntegrationLogger;
}

/** Share images being rendered while Astro renders the pages; settles with an error instead of rejecting. */
export type ShareImagesInProgress = Promise<PreparedShareImages | { error: unknown }>;

/**
 * When Astro starts rendering pages: start rendering the share images that are not cached yet,
 * so the two overlap (sharp rasterises on its own threads while Astro renders on the main one).
 */
export function startBuild(options: BuildHookOptions): ShareImagesInProgress {
  return (async () => {
    const handbook = loadHandbook(options.root, options.settings, buildDate());
    return prepareShareImages({ ...options, handbook });
  })().catch((error: unknown) => ({ error }));
}

/**
 * What happens after Astro has written the pages: share images (copied from the cache the early
 * start filled), then the search index (which indexes what is in the output folder, so it runs
 * last), unless the command that started Astro indexes the site itself.
 */
export async function finishBuild(options: FinishBuildOptions, inProgress?: ShareImagesInProgress): Promise<void> {
  const prepared = inProgress ? await inProgress : undefined;
  if (prepared && 'error' in prepared) throw prepared.error;
  const handbook = loadHandbook(options.root, options.settings, buildDate());
  await writeShareImages({ ...options, handbook }, prepared);
  // `npm run build` indexes the site itself, after Astro's process has exited (cli/build.ts).
  if (process.env.JOURNEYBOOK_SEARCH_INDEX !== 'deferred') await buildSearchIndex(options);
}
