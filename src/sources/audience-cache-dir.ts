import type { Audience } from '../schema/audience.ts';

/**
 * Where a build for `audience` keeps its caches (pages, share images, search shards, validation):
 * Astro's cacheDir for the internal handbook, a sibling folder for the public one. A public build
 * after an internal one (or the reverse) can then never reuse a page, card or shard that the
 * other audience's content produced (docs/format.md#audiences).
 */
export function audienceCacheDir(cacheDir: string, audience: Audience): string {
  if (audience === 'internal') return cacheDir;
  const trimmed = cacheDir.replace(/[\\/]+$/, '');
  return `${trimmed}-${audience}`;
}
