import type { AstroIntegrationLogger } from 'astro';
import { loadHandbook } from '../handbook/load.ts';
import { buildDate } from '../sources/build-date.ts';
import type { SiteSettings } from '../schema/settings.ts';
import { buildEventsListened, reportBuildEvent, verboseBuildLog } from './build-events.ts';
import { buildSearchIndex, searchIndexLogLine } from './search-index.ts';
import { prepareShareImages, shareImagesLogLine, writeShareImages, type PreparedShareImages, type ShareImageProgress } from './share-images.ts';

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

/** The share images' steps, told to `npm run build` (src/integration/build-events.ts). */
const imageProgress: ShareImageProgress = {
  jobs: (total) => reportBuildEvent({ type: 'start', phase: 'images', total }),
  image: (rendered) => reportBuildEvent({ type: 'progress', phase: 'images', ...(rendered ? { made: 1 } : { reused: 1 }) }),
};

/**
 * When Astro starts rendering pages: start rendering the share images that are not cached yet,
 * so the two overlap (sharp rasterises on its own threads while Astro renders on the main one).
 */
export function startBuild(options: BuildHookOptions): ShareImagesInProgress {
  return (async () => {
    const handbook = loadHandbook(options.root, options.settings, buildDate());
    const prepared = await prepareShareImages({ ...options, handbook }, imageProgress);
    // Every image is in the cache: as far as the progress goes, the phase is over (writing them is a copy).
    const total = prepared.keys.size;
    reportBuildEvent({ type: 'end', phase: 'images', total, made: prepared.rendered, reused: total - prepared.rendered, ms: Math.round(prepared.milliseconds) });
    return prepared;
  })().catch((error: unknown) => ({ error }));
}

/**
 * What happens after Astro has written the pages: share images (copied from the cache the early
 * start filled), then the search index (which indexes what is in the output folder, so it runs
 * last), unless the command that started Astro indexes the site itself.
 *
 * Each step's account goes to Astro's log, unless `npm run build` shows the build's progress and
 * sums it up itself (and was not asked for the whole log).
 */
export async function finishBuild(options: FinishBuildOptions, inProgress?: ShareImagesInProgress): Promise<void> {
  const prepared = inProgress ? await inProgress : undefined;
  if (prepared && 'error' in prepared) throw prepared.error;
  const handbook = loadHandbook(options.root, options.settings, buildDate());
  // The images prepared early were counted as they were rendered: writing them is a copy.
  const images = await writeShareImages({ ...options, handbook }, prepared, prepared ? undefined : imageProgress);
  reportBuildEvent({ type: 'end', phase: 'images', total: images.rendered + images.fromCache, made: images.rendered, reused: images.fromCache, ms: images.milliseconds });
  const logAccounts = !buildEventsListened() || verboseBuildLog();
  if (logAccounts) options.logger.info(shareImagesLogLine(images));
  // `npm run build` indexes the site itself, after Astro's process has exited (cli/build.ts).
  if (process.env.JOURNEYBOOK_SEARCH_INDEX !== 'deferred') {
    const search = await buildSearchIndex(options);
    if (logAccounts) options.logger.info(searchIndexLogLine(search));
  }
}
