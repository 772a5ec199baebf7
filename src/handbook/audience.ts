import { visibleTo } from '../schema/audience.ts';
import type { SiteSettings } from '../schema/settings.ts';
import type { ValidationResult } from '../validate/validate-content.ts';
import type { HandbookHistory } from '../model/types.ts';

/**
 * The one gate between a handbook and its audience (docs/format.md#audiences): what validation
 * passed, less every file the build's audience may not see. The model, and so every page, image,
 * export, aggregate and search entry, is built from what this returns and nothing else; an
 * internal build passes through untouched.
 *
 * Validation has already refused every public file that leans on an internal one (its persona,
 * the journey it compares with, …), so what is left refers only to what is left.
 */
export function contentForAudience(validated: ValidationResult, settings: Pick<SiteSettings, 'audience' | 'defaultVisibility'>): ValidationResult {
  if (settings.audience === 'internal') return validated;
  const visible = (visibility: SiteSettings['audience'] | undefined) => visibleTo(settings.audience, visibility, settings.defaultVisibility);
  return {
    ...validated,
    personas: validated.personas.filter((persona) => visible(persona.data.visibility)),
    journeys: validated.journeys.filter((journey) => visible(journey.data.visibility)),
    research: validated.research.filter((source) => visible(source.data.visibility)),
    tracks: validated.tracks.filter((track) => visible(track.data.visibility)),
  };
}

/**
 * The git history a build for this audience may show. The internal handbook shows it all. A
 * restricted audience gets none of it — a past revision of a public file, or a commit message,
 * may hold what was internal at the time — only the day each file it sees last changed.
 */
export function historyForAudience(
  settings: Pick<SiteSettings, 'audience'>,
  visibleFiles: ReadonlySet<string>,
  read: () => HandbookHistory,
): HandbookHistory {
  const history = read();
  if (settings.audience === 'internal') return history;
  const lastChanged = new Map([...history.lastChanged].filter(([file]) => visibleFiles.has(file)));
  return { status: 'withheld', journeyRevisions: new Map(), changes: [], lastChanged };
}
