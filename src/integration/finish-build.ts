import type { AstroIntegrationLogger } from 'astro';
import type { SiteSettings } from '../schema/settings.ts';
import { buildSearchIndex } from './search-index.ts';

export interface FinishBuildOptions {
  root: string;
  settings: SiteSettings;
  outDir: string;
  logger: AstroIntegrationLogger;
}

/** What happens after Astro has written the pages: share images, then the search index. */
export async function finishBuild(options: FinishBuildOptions): Promise<void> {
  await buildSearchIndex(options.outDir, options.logger);
}
