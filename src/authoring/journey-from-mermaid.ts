/**
 * Turns a Mermaid journey diagram into a journey draft
 * (docs/format.md#importing-a-mermaid-diagram): sections become phases (ids from their names,
 * accents removed, other scripts transliterated), tasks become touchpoints, scores 1…5 become
 * emotions −2…2. Mermaid does not say where a step happens, so every touchpoint gets the `web`
 * channel and the file says to check it. A diagram without tasks, which Mermaid draws as an empty
 * frame, still makes a valid journey: one placeholder touchpoint, the one `npm run new` writes,
 * which `npm run check -- --strict` reports until it is replaced.
 */
import type { MermaidJourneyDiagram } from '../export/mermaid-read.ts';
import { emotionForScore } from '../export/mermaid-write.ts';
import type { Locale } from '../schema/settings.ts';
import type { JourneyDraft } from './journey-file.ts';
import { uniqueIds } from './slugify.ts';
import { fillPlaceholders, templateText } from '../i18n/index.ts';

/** The channel an imported touchpoint gets until the author sets the real one. */
export const IMPORTED_CHANNEL = 'web';

export function journeyDraftFromMermaid(diagram: MermaidJourneyDiagram, personaSlug: string, lang: Locale, title: string): JourneyDraft {
  const t = templateText(lang);
  // Tasks written before any section, and a section with a blank name, land in a phase of their own.
  const sections = diagram.sections.length > 0 ? diagram.sections : [{ name: undefined, line: 0, tasks: [] }];
  const names = sections.map((section) => section.name ?? t.looseTasksPhase);
  const ids = uniqueIds(names, t.phaseIdPrefix);
  const touchpoints = sections.flatMap((section, index) =>
    section.tasks.map((task) => ({
      phase: ids[index]!,
      title: task.title,
      channel: IMPORTED_CHANNEL,
      emotion: emotionForScore(task.score),
    })),
  );
  if (touchpoints.length === 0) touchpoints.push({ phase: ids[0]!, title: fillPlaceholders(t.touchpointPlaceholder, { phase: names[0]! }), channel: IMPORTED_CHANNEL, emotion: 0 });
  return {
    title,
    persona: personaSlug,
    summary: diagram.accDescr,
    phases: names.map((name, index) => ({ id: ids[index]!, name })),
    touchpoints,
  };
}
