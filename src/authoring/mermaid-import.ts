/**
 * What `npm run import -- mermaid` writes for a diagram (docs/format.md#importing-a-mermaid-diagram),
 * decided without touching the disk, so the command and its tests share one set of decisions:
 *
 * - the protagonist is `--persona`, else the persona the first actor names (by slug or by name,
 *   in any script), else a new persona named after the first actor, else, for a diagram without
 *   actors, a placeholder persona (`persona-<n>`) that `check --strict` reports until it is
 *   given a name;
 * - a new persona's slug is its name's, transliterated when the name has no Latin letters
 *   ("用户" → `yong-hu`), or `persona-<n>` when even that is empty;
 * - the journey's title is the diagram's, else the file's name; its slug is `--slug`, else the
 *   title's, else the file name's.
 */
import { basename } from 'node:path';
import type { MermaidJourneyDiagram } from '../export/mermaid-read.ts';
import type { Locale } from '../schema/settings.ts';
import { journeyDraftFromMermaid } from './journey-from-mermaid.ts';
import { journeyFileText } from './journey-file.ts';
import { personaFileText } from './persona-file.ts';
import { nameFromSlug, slugify, slugifyAnyScript } from './slugify.ts';
import { fillPlaceholders, templateText } from '../i18n/index.ts';

export interface ImportRequest {
  diagram: MermaidJourneyDiagram;
  /** The diagram's path as the author gave it, for the notes in the files. */
  file: string;
  /** The handbook's personas, with their display names. */
  personas: ReadonlyArray<{ slug: string; name: string }>;
  /** `--persona` and `--slug`, already checked to be slugs. */
  persona?: string | undefined;
  slug?: string | undefined;
  lang: Locale;
  /** YYYY-MM-DD */
  today: string;
}

export interface ImportPlan {
  journey: { slug: string; text: string };
  personaSlug: string;
  /** The persona file to write when the protagonist is new (never when it exists). */
  newPersona: { slug: string; name: string; text: string } | undefined;
  /** The other actors: supporting characters of a new persona, or a comment in the journey. */
  otherActors: string[];
  /** A placeholder persona stands in for a diagram that names nobody. */
  placeholderPersona: boolean;
  /** Tasks before the first section (or under a blank name) went into a phase of their own. */
  looseTasks: boolean;
  /** The diagram has no task: the journey has one placeholder touchpoint. */
  placeholderTouchpoint: boolean;
  /** The diagram has no title: the journey is named after the file. */
  titleFromFile: boolean;
}

/** A plan, or why there is none: the only one is a title that makes no slug (`--slug` decides it then). */
export type ImportPlanResult = { ok: true; plan: ImportPlan } | { ok: false; problem: 'title-without-slug'; title: string };

export function planMermaidImport(request: ImportRequest): ImportPlanResult {
  const { diagram, file, personas, lang } = request;
  const t = templateText(lang);
  const fileTitle = titleFromFileName(file);
  const title = diagram.title ?? fileTitle;
  const journeySlug = request.slug ?? (slugifyAnyScript(title) || slugifyAnyScript(fileTitle));
  if (!journeySlug) return { ok: false, problem: 'title-without-slug', title };

  const [firstActor, ...otherActors] = diagram.actors;
  const slugs = personas.map((persona) => persona.slug);
  let personaSlug: string;
  let existing: { slug: string; name: string } | undefined;
  let placeholderPersona = false;
  if (request.persona !== undefined) {
    personaSlug = request.persona;
    existing = personas.find((persona) => persona.slug === personaSlug);
  } else if (firstActor !== undefined) {
    existing = personaNamed(personas, firstActor);
    personaSlug = existing?.slug ?? (slugifyAnyScript(firstActor) || freeSlug('persona', slugs));
  } else {
    placeholderPersona = true;
    personaSlug = freeSlug('persona', slugs);
  }

  const personaName = placeholderPersona ? t.placeholderPersonaName : (firstActor ?? nameFromSlug(personaSlug));
  const newPersona = existing
    ? undefined
    : {
        slug: personaSlug,
        name: personaName,
        text: personaFileText(
          { name: personaName, supporting: otherActors.map((name) => ({ name })) },
          { lang, notes: [fillPlaceholders(placeholderPersona ? t.placeholderPersona : t.importedPersona, { file })] },
        ),
      };

  const notes = [fillPlaceholders(t.importedFrom, { file }), t.importedChannels];
  if (existing && otherActors.length > 0) notes.push(...fillPlaceholders(t.otherActors, { names: otherActors.join(', ') }).split('\n'));
  const draft = journeyDraftFromMermaid(diagram, personaSlug, lang, title);
  return {
    ok: true,
    plan: {
      journey: { slug: journeySlug, text: journeyFileText(draft, { lang, today: request.today, notes, channelNote: t.channelToCheck }) },
      personaSlug,
      newPersona,
      otherActors,
      placeholderPersona,
      looseTasks: diagram.sections.some((section) => section.name === undefined),
      placeholderTouchpoint: diagram.sections.every((section) => section.tasks.length === 0),
      titleFromFile: diagram.title === undefined,
    },
  };
}

/** The persona an actor names: by slug ("maria-gomez" ← "María Gómez", "yong-hu" ← "用户") or by display name. */
function personaNamed<P extends { slug: string; name: string }>(personas: readonly P[], actor: string): P | undefined {
  const slug = slugifyAnyScript(actor);
  const byName = (persona: P) => persona.name.trim() === actor || (slugify(actor) !== '' && slugify(persona.name) === slugify(actor));
  return (slug ? personas.find((persona) => persona.slug === slug || persona.slug.split('/').at(-1) === slug) : undefined) ?? personas.find(byName);
}

/** `persona-1`, `persona-2`, …: the first that no file has yet. */
function freeSlug(prefix: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

/** "diagramas/renovar_dni.mmd" → "Renovar dni": a title for a diagram that has none. */
function titleFromFileName(file: string): string {
  const name = basename(file).replace(/\.[^.]*$/, '').replace(/[-_\s]+/g, ' ').trim();
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}
