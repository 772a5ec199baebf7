import * as pagefind from 'pagefind';
import { keepSearchIndex, pagesDigest, restoreSearchIndex } from './search-index-cache.ts';

/**
 * Indexes the built pages with Pagefind into `<outDir>/pagefind/`, or copies the index of the
 * previous build when every page is the same (see search-index-cache.ts).
 */
export async function buildSearchIndex({ root, outDir, cacheDir, logger }: { root: string; outDir: string; cacheDir: string; logger: { info(message: string): void } }): Promise<void> {
  const started = performance.now();
  const digest = pagesDigest(root, outDir);
  const target = `${outDir}/pagefind`;
  if (restoreSearchIndex(cacheDir, digest, target)) {
    logger.info(`search index: unchanged pages, copied from the cache in ${Math.round(performance.now() - started)} ms`);
    return;
  }
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: target });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    keepSearchIndex(cacheDir, digest, target);
    logger.info(`search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
  } finally {
    await pagefind.close();
  }
}
