import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { pagefindVersion, readPages, searchIndexCache, shardDigest, type IndexedPage } from './search-index-cache.ts';
import { PRIMARY_SHARD, SHARD_LIST_FILE, shardFolder, shardOf, shardWeight, type ShardList } from './search-shards.ts';
import { SEARCH_TEXT_VERSION, separateBlockText } from './search-text.ts';

export interface SearchIndexOptions {
  root: string;
  outDir: string;
  cacheDir: string;
  /** Told how far the index is: how many pages it covers, then each shard's pages once the shard is done. */
  progress?: SearchIndexProgress;
}

export interface SearchIndexProgress {
  pages(total: number): void;
  /** A shard is done: indexed again, or copied from the cache. */
  shard(pages: number, copied: boolean): void;
}

/** What one build's search index took: searchable pages, shards indexed again or copied, and time. */
export interface SearchIndexSummary {
  pages: number;
  indexedPages: number;
  shards: number;
  copiedShards: number;
  milliseconds: number;
}

/**
 * Indexes the built pages with Pagefind into `<outDir>/pagefind/`: the primary shard there, the
 * others under `shards/<name>/`, listed in `shards.json` (see search-shards.ts). A shard whose
 * pages are all unchanged since the previous build is copied from the cache instead, when the
 * kept copy proves intact (search-index-cache.ts).
 */
export async function buildSearchIndex({ root, outDir, cacheDir, progress }: SearchIndexOptions): Promise<SearchIndexSummary> {
  const started = performance.now();
  const target = join(outDir, 'pagefind');
  const cache = searchIndexCache(cacheDir);
  const version = `${pagefindVersion(root)}+text${SEARCH_TEXT_VERSION}`;
  const shards = shardPages(readPages(outDir));
  const pageCount = [...shards.values()].reduce((sum, pages) => sum + pages.length, 0);
  progress?.pages(pageCount);
  rmSync(target, { recursive: true, force: true });
  // Scratch folders of shard pages a killed build left behind (the copies handed to the indexer).
  const scratch = join(cacheDir, 'journeybook', 'search-shard-pages');
  rmSync(scratch, { recursive: true, force: true });
  let indexed = 0;
  let reused = 0;
  try {
    // The primary shard first: Pagefind writes its own bundle into its folder, the others below it.
    for (const [shard, pages] of shards) {
      const folder = shard === PRIMARY_SHARD ? target : join(target, shardFolder(shard));
      const digest = shardDigest(shard, pages, version);
      if (cache.restore(shard, digest, folder)) {
        reused++;
        progress?.shard(pages.length, true);
        continue;
      }
      indexed += await indexShard(pages, join(scratch, shard), folder);
      cache.keep(shard, digest, folder);
      progress?.shard(pages.length, false);
    }
  } finally {
    await pagefind.close();
  }
  mkdirSync(target, { recursive: true });
  writeFileSync(join(target, SHARD_LIST_FILE), `${JSON.stringify(shardList(shards))}\n`);
  cache.prune(new Set(shards.keys()));
  return { pages: pageCount, indexedPages: indexed, shards: shards.size, copiedShards: reused, milliseconds: Math.round(performance.now() - started) };
}

/** The build log's account of the search index (the bench and `astro build` read it). */
export function searchIndexLogLine({ indexedPages, shards, copiedShards, milliseconds }: SearchIndexSummary): string {
  if (indexedPages === 0) return `search index: unchanged pages, copied from the cache in ${milliseconds} ms`;
  return `search index: ${indexedPages} pages in ${milliseconds} ms (${shards - copiedShards} of ${shards} shards indexed, ${copiedShards} copied)`;
}

function shardList(shards: Map<string, IndexedPage[]>): ShardList {
  const total = [...shards.values()].reduce((sum, pages) => sum + pages.length, 0);
  const weight = (shard: string) => Number(shardWeight(shards.get(shard)!.length, total).toFixed(3));
  return {
    weight: weight(PRIMARY_SHARD),
    shards: [...shards.keys()].filter((shard) => shard !== PRIMARY_SHARD).map((shard) => ({ path: shardFolder(shard), weight: weight(shard) })),
  };
}

/** The searchable pages by shard, the primary shard first. Pages without `data-pagefind-body` stay out. */
function shardPages(pages: IndexedPage[]): Map<string, IndexedPage[]> {
  const shards = new Map<string, IndexedPage[]>([[PRIMARY_SHARD, []]]);
  for (const page of pages) {
    if (!page.html.includes('data-pagefind-body')) continue;
    const shard = shardOf(page.sourcePath);
    const list = shards.get(shard);
    if (list) list.push(page);
    else shards.set(shard, [page]);
  }
  return shards;
}

/**
 * Indexes one shard's pages into `outputPath`. Pagefind reads a folder much faster than pages
 * handed over one by one (it parses a folder's files in parallel), so the shard's pages are
 * written into a folder of their own, in the same layout, so every page keeps its address —
 * as the indexer should read them (search-text.ts).
 */
async function indexShard(pages: readonly IndexedPage[], pagesDir: string, outputPath: string): Promise<number> {
  rmSync(pagesDir, { recursive: true, force: true });
  for (const page of pages) {
    const file = join(pagesDir, page.sourcePath);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, separateBlockText(page.html.toString('utf8')));
  }
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: pagesDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await index.deleteIndex();
    rmSync(pagesDir, { recursive: true, force: true });
  }
}
