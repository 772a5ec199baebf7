import type { SiteSettings } from '../schema/settings.ts';
import { ContentError } from '../validate/problem.ts';
import { validateContent } from '../validate/validate-content.ts';
import { buildHandbook, type Handbook } from './model.ts';
import { readContentSources } from './sources.ts';
import { lastChangedDates } from './git-dates.ts';

/** Reads, validates and models the handbook under `root`; throws ContentError listing every error. */
export function loadHandbook(root: string, settings: SiteSettings, today: Date): Handbook {
  const sources = readContentSources(root);
  const validated = validateContent(sources, { reviewIntervalMonths: settings.reviewIntervalMonths, today });
  if (!validated.ok) throw new ContentError(validated.problems);
  return buildHandbook(validated, settings, { today, lastChanged: lastChangedDates(root) });
}
