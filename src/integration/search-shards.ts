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

/** Lists the other shards, next to the primary index, for the search box to merge. */
export const SHARD_LIST_FILE = 'shards.json';

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
