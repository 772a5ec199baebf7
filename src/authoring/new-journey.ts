/**
 * The starting point `npm run new -- journey` writes: the phases the author named, and one
 * placeholder touchpoint per phase so the file validates (a journey needs at least one) and the
 * map already shows every column.
 */
import type { Locale } from '../schema/settings.ts';
import type { JourneyDraft } from './journey-file.ts';
import { uniqueIds } from './slugify.ts';
import { fillPlaceholders, templateText } from '../i18n/index.ts';

/** "descubrir, contratar ,usar" → ["Descubrir", "Contratar", "Usar"]; empty items are dropped. */
export function parsePhaseList(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((name) => name.charAt(0).toLocaleUpperCase() + name.slice(1));
}

export function newJourneyDraft(input: { title: string; persona: string; phaseNames: readonly string[]; lang: Locale }): JourneyDraft {
  const t = templateText(input.lang);
  const names = input.phaseNames.length > 0 ? input.phaseNames : t.defaultPhases;
  const ids = uniqueIds(names, t.phaseIdPrefix);
  const phases = names.map((name, index) => ({ id: ids[index]!, name }));
  return {
    title: input.title,
    persona: input.persona,
    phases,
    touchpoints: phases.map((phase) => ({ phase: phase.id, title: fillPlaceholders(t.touchpointPlaceholder, { phase: phase.name }), channel: 'web', emotion: 0 })),
  };
}
