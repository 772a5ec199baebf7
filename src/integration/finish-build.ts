import type { AstroIntegrationLogger } from 'astro';
import { loadHandbook } from '../handbook/load.ts';
import { buildDate } from '../handbook/settings.ts';
import type { SiteSettings } from '../schema/settings.ts';
import { buildSearchIndex } from './search-index.ts';
import { writeShareImages } from './share-images.ts';

export interface FinishBuildOptions {
  root: string;
  settings: SiteSettings;
  outDir: string;
  /** Astro's cacheDir: share images are kept there between builds. */
  cacheDir: string;
  logger: AstroIntegrationLogger;
}

/**
 * What happens after Astro has written the pages: share images, then the search index (which
 * indexes what is in the output folder, so it runs last).
 */
export async function finishBuild(options: FinishBuildOptions): Promise<void> {
  const handbook = loadHandbook(options.root, options.settings, buildDate());
  await writeShareImages({ ...options, handbook });
  await buildSearchIndex(options.outDir, options.logger);
}
