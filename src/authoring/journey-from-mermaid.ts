/**
 * Turns a Mermaid journey diagram into a journey draft
 * (docs/format.md#importing-a-mermaid-diagram): sections become phases (ids from their names,
 * accents removed), tasks become touchpoints, scores 1…5 become emotions −2…2. Mermaid does not say
 * where a step happens, so every touchpoint gets the `web` channel and the file says to check it.
 */
import type { MermaidJourneyDiagram } from '../export/mermaid-read.ts';
import { emotionForScore } from '../export/mermaid-write.ts';
import type { Locale } from '../schema/settings.ts';
import type { JourneyDraft } from './journey-file.ts';
import { uniqueIds } from './slugify.ts';
import { templateText } from '../i18n/index.ts';

/** The channel an imported touchpoint gets until the author sets the real one. */
export const IMPORTED_CHANNEL = 'web';

export function journeyDraftFromMermaid(diagram: MermaidJourneyDiagram, personaSlug: string, lang: Locale): JourneyDraft {
  const t = templateText(lang);
  // Tasks written before any section land in a phase of their own (see mermaid-read.ts).
  const names = diagram.sections.map((section) => section.name ?? t.looseTasksPhase);
  const ids = uniqueIds(names, t.phaseIdPrefix);
  return {
    title: diagram.title,
    persona: personaSlug,
    summary: diagram.accDescr,
    phases: names.map((name, index) => ({ id: ids[index]!, name })),
    touchpoints: diagram.sections.flatMap((section, index) =>
      section.tasks.map((task) => ({
        phase: ids[index]!,
        title: task.title,
        channel: IMPORTED_CHANNEL,
        emotion: emotionForScore(task.score),
      })),
    ),
  };
}
