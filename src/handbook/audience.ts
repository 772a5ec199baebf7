import { visibleTo } from '../schema/audience.ts';
import type { SiteSettings } from '../schema/settings.ts';
import type { ValidationResult } from '../validate/validate-content.ts';

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
  };
}
