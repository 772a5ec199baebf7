/**
 * The part of a handbook with errors that can still be shown, for `npm run dev` only: while an
 * author is fixing one file, every other page keeps working, and the broken file's pages say
 * what is wrong with it. A build never uses this: any error stops it (docs/format.md#validation).
 *
 * A file is left out when it has an error of its own, or when it needs a file that is left out:
 * a journey whose persona is, a future journey whose current journey is. What is left is a
 * handbook that passes every cross-file rule, so pages can rely on the model as in a build.
 */
import type { CollectionName } from '../sources/content-files.ts';
import { errorsIn, type Problem } from '../validate/problem.ts';
import type { ValidationResult } from '../validate/validate-content.ts';

/** A content file the dev server does not show, and why. */
export interface WithheldFile {
  collection: CollectionName;
  slug: string;
  /** Path from the project root, as problems name it. */
  file: string;
  /** The file's own errors; empty when it is left out because of `needs`. */
  problems: Problem[];
  /** The file it needs that has errors (a persona, a current journey), when that is the reason. */
  needs?: string;
}

export interface UsableContent {
  /** The validation result with only the files that can be shown, ready for buildHandbook. */
  validation: ValidationResult;
  withheld: WithheldFile[];
}

export function usableContent(validation: ValidationResult, sources: { personas: ReadonlyArray<SourceRef>; journeys: ReadonlyArray<SourceRef> }): UsableContent {
  const errorsByFile = new Map<string, Problem[]>();
  for (const problem of errorsIn(validation.problems)) errorsByFile.set(problem.file, [...(errorsByFile.get(problem.file) ?? []), problem]);

  const withheld: WithheldFile[] = [];
  const withhold = (collection: CollectionName, source: SourceRef, needs?: string) =>
    withheld.push({ collection, slug: source.slug, file: source.file, problems: errorsByFile.get(source.file) ?? [], ...(needs !== undefined && { needs }) });

  // Files with errors of their own, including those validation could not model at all.
  for (const source of sources.personas) if (errorsByFile.has(source.file)) withhold('personas', source);
  for (const source of sources.journeys) if (errorsByFile.has(source.file)) withhold('journeys', source);
  const shown = (file: string) => !withheld.some((entry) => entry.file === file);

  const personas = validation.personas.filter((persona) => shown(persona.source.file));
  const personaFiles = new Map(sources.personas.map((source) => [source.slug, source.file]));
  const journeyFiles = new Map(sources.journeys.map((source) => [source.slug, source.file]));
  let journeys = validation.journeys.filter((journey) => shown(journey.source.file));
  // Leaving a journey out can leave out a future journey that compares with it: until nothing changes.
  for (;;) {
    const personaSlugs = new Set(personas.map((persona) => persona.source.slug));
    const journeySlugs = new Set(journeys.map((journey) => journey.source.slug));
    const missing = journeys.flatMap((journey) => {
      const { persona, compares } = journey.data;
      if (!personaSlugs.has(persona)) return [{ journey, needs: personaFiles.get(persona) ?? persona }];
      if (compares !== undefined && !journeySlugs.has(compares)) return [{ journey, needs: journeyFiles.get(compares) ?? compares }];
      return [];
    });
    if (missing.length === 0) break;
    for (const { journey, needs } of missing) withhold('journeys', journey.source, needs);
    journeys = journeys.filter((journey) => shown(journey.source.file));
  }
  return { validation: { ...validation, ok: true, personas, journeys }, withheld };
}

/** What this needs of a content file: where it is and its slug. */
interface SourceRef {
  slug: string;
  file: string;
}
