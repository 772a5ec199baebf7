import config from 'virtual:journeybook/config';
import { loadHandbook } from './load.ts';
import { buildDate } from './settings.ts';
import type { Handbook } from './model.ts';

let built: Handbook | undefined;

/**
 * The handbook for the pages being rendered. A build computes it once and every page shares it;
 * the dev server recomputes it per request so edits (and fixes) show without a restart.
 */
export function getHandbook(): Handbook {
  if (import.meta.env.DEV) return loadHandbook(config.root, config.settings, buildDate());
  built ??= loadHandbook(config.root, config.settings, buildDate());
  return built;
}

export const siteSettings = config.settings;
