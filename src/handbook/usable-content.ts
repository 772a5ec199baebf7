/**
 * The part of a handbook with errors that can still be shown, for `npm run dev` only: while an
 * author is fixing one file, every other page keeps working, and the broken file's pages say
 * what is wrong with it. A build never uses this: any error stops it (docs/format.md#validation).
 *
 * A file is left out when it has an error of its own, or when it needs a file that is left out:
 * a journey whose persona is, a future journey whose current journey is, a journey citing a
 * research source that is, a track with a step that leads to a journey, persona or research
 * source that is. What is left is a handbook that passes every cross-file rule, so pages can
 * rely on the model as in a build.
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
  /** The file it needs that has errors (a persona, a current journey, a research source…), when that is the reason. */
  needs?: string;
}

export interface UsableContent {
  /** The validation result with only the files that can be shown, ready for buildHandbook. */
  validation: ValidationResult;
  withheld: WithheldFile[];
}

/** The content files validation read, by collection: where each is and its slug. */
export type UsableSources = Record<CollectionName, ReadonlyArray<SourceRef>>;

const COLLECTIONS: readonly CollectionName[] = ['personas', 'journeys', 'research', 'tracks'];

export function usableContent(validation: ValidationResult, sources: UsableSources): UsableContent {
  const errorsByFile = new Map<string, Problem[]>();
  for (const problem of errorsIn(validation.problems)) errorsByFile.set(problem.file, [...(errorsByFile.get(problem.file) ?? []), problem]);

  const withheld: WithheldFile[] = [];
  const withheldFiles = new Set<string>();
  const withhold = (collection: CollectionName, source: SourceRef, needs?: string) => {
    withheldFiles.add(source.file);
    withheld.push({ collection, slug: source.slug, file: source.file, problems: errorsByFile.get(source.file) ?? [], ...(needs !== undefined && { needs }) });
  };

  // Files with errors of their own, including those validation could not model at all.
  for (const collection of COLLECTIONS) for (const source of sources[collection]) if (errorsByFile.has(source.file)) withhold(collection, source);
  const shown = (file: string) => !withheldFiles.has(file);
  const fileOf = (collection: CollectionName, slug: string) => sources[collection].find((source) => source.slug === slug)?.file ?? slug;

  const personas = validation.personas.filter((persona) => shown(persona.source.file));
  const research = validation.research.filter((source) => shown(source.source.file));
  const personaSlugs = new Set(personas.map((persona) => persona.source.slug));
  const researchIds = new Set(research.map((source) => source.source.slug));
  let journeys = validation.journeys.filter((journey) => shown(journey.source.file));
  // Leaving a journey out can leave out a future journey that compares with it: until nothing changes.
  for (;;) {
    const journeySlugs = new Set(journeys.map((journey) => journey.source.slug));
    const missing = journeys.flatMap((journey) => {
      const { persona, compares, touchpoints } = journey.data;
      if (!personaSlugs.has(persona)) return [{ journey, needs: fileOf('personas', persona) }];
      if (compares !== undefined && !journeySlugs.has(compares)) return [{ journey, needs: fileOf('journeys', compares) }];
      const cited = touchpoints.flatMap((touchpoint) => touchpoint.sources ?? []).find((id) => !researchIds.has(id));
      if (cited !== undefined) return [{ journey, needs: fileOf('research', cited) }];
      return [];
    });
    if (missing.length === 0) break;
    for (const { journey, needs } of missing) withhold('journeys', journey.source, needs);
    journeys = journeys.filter((journey) => shown(journey.source.file));
  }

  // A track leads to pages: a step whose page is not shown would be a dead end.
  const journeySlugs = new Set(journeys.map((journey) => journey.source.slug));
  const tracks = validation.tracks.filter((track) => {
    if (!shown(track.source.file)) return false;
    for (const step of track.data.steps) {
      const needs =
        step.journey !== undefined && !journeySlugs.has(step.journey)
          ? fileOf('journeys', step.journey)
          : step.persona !== undefined && !personaSlugs.has(step.persona)
            ? fileOf('personas', step.persona)
            : step.research !== undefined && !researchIds.has(step.research)
              ? fileOf('research', step.research)
              : undefined;
      if (needs !== undefined) {
        withhold('tracks', track.source, needs);
        return false;
      }
    }
    return true;
  });
  return { validation: { ...validation, ok: true, personas, journeys, research, tracks }, withheld };
}

/** What this needs of a content file: where it is and its slug. */
interface SourceRef {
  slug: string;
  file: string;
}
