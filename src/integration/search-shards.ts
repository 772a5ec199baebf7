/*
 * Pagefind has no incremental mode: one changed page means indexing every page again, the largest
 * step of a one-file rebuild at 1,000 journeys. So the site is indexed in shards — the journeys
 * of each top-level folder, the top-level journeys, the personas, and the rest — each kept
 * between builds and indexed again only when one of its pages changed. The search box merges
 * them in the browser (Pagefind's `mergeIndex`), so readers search one handbook.
 */

import { pageOfPath } from '../site/urls.ts';

/** The shard of the pages that are not journeys or personas (home, indexes, channels, compare…): the primary index. */
export const PRIMARY_SHARD = 'site';

/** Lists the other shards, next to the primary index, for the search box to merge (a ShardList). */
export const SHARD_LIST_FILE = 'shards.json';

/** What the search box reads in SHARD_LIST_FILE: the primary index's weight, and each other shard's folder and weight. */
export interface ShardList {
  weight: number;
  shards: Array<{ path: string; weight: number }>;
}

/**
 * The factor the search box applies to a shard's scores. Pagefind scores a word by how rare it
 * is within one index (BM25's idf), and an index of three journeys cannot rate any word as rare
 * as an index of thirty pages does: without a correction, a word found on one journey of a
 * small folder scores a third of the same word on one overview page, and the pages that repeat
 * a journey's words outrank it. The factor brings every shard to the scale of one index of the
 * whole handbook for the rarest words (those on one page), which is where ownership shows.
 */
export function shardWeight(pagesInShard: number, pagesInHandbook: number): number {
  const rarest = (pages: number) => Math.log(1 + (Math.max(1, pages) - 0.5) / 1.5);
  return rarest(Math.max(pagesInShard, pagesInHandbook)) / rarest(pagesInShard);
}

/** Where a secondary shard's index lives, relative to the primary index's folder. */
export function shardFolder(shard: string): string {
  return `shards/${shard}/`;
}

/**
 * The shard an HTML file (path relative to the site, with forward slashes) belongs to. A journey
 * changes together with its neighbours in the sidebar, which are in the same folder: keeping a
 * folder in one shard keeps a one-journey change to one journey shard.
 */
export function shardOf(sourcePath: string): string {
  const page = pageOfPath(sourcePath);
  if (page.kind === 'persona') return 'personas';
  if (page.kind !== 'journey') return PRIMARY_SHARD;
  const folder = page.slug.split('/');
  return folder.length === 1 ? 'journeys' : `journeys-${safeName(folder[0]!)}`;
}

function safeName(folder: string): string {
  return folder.replace(/[^a-z0-9_-]+/gi, '_').toLowerCase() || '_';
}
