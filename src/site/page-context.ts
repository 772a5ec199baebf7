import config from 'virtual:journeybook/config';
import { loadHandbook } from '../handbook/load.ts';
import { buildDate } from '../sources/build-date.ts';
import { contentSignature } from '../sources/content-files.ts';
import type { Handbook } from '../model/types.ts';

let cached: { handbook: Handbook; signature: string } | undefined;

/**
 * The handbook for the pages being rendered. A build computes it once and every page shares it;
 * the dev server recomputes it whenever a file under content/ changes, so edits (and fixes of
 * errors shown in the overlay) appear without a restart.
 */
export function getHandbook(): Handbook {
  if (cached && !import.meta.env.DEV) return cached.handbook;
  const signature = import.meta.env.DEV ? contentSignature(config.root) : '';
  if (cached && cached.signature === signature) return cached.handbook;
  const handbook = loadHandbook(config.root, config.settings, buildDate(), { cacheDir: config.cacheDir });
  cached = { handbook, signature };
  return handbook;
}

export const siteSettings = config.settings;
