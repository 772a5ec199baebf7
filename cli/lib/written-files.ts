import { readContentSources } from '../../src/sources/content-files.ts';
import { buildDate } from '../../src/sources/build-date.ts';
import type { SiteSettings } from '../../src/schema/settings.ts';
import { errorsIn, type Problem } from '../../src/validate/problem.ts';
import { validateContent, validationOptionsFor } from '../../src/validate/validate-content.ts';

/**
 * The errors `npm run check` would report in the files a command just wrote. The templates are
 * meant to validate as written; this keeps that promise honest on the author's own handbook.
 */
export function errorsInWrittenFiles(root: string, settings: SiteSettings, files: readonly string[]): Problem[] {
  const result = validateContent(readContentSources(root), validationOptionsFor(settings, buildDate()));
  return errorsIn(result.problems).filter((problem) => files.includes(problem.file));
}

/** "http://localhost:4321/handbook/journeys/alta/": where `npm run dev` shows a page, under the base path. */
export function devUrl(settings: SiteSettings, collection: 'journeys' | 'personas', slug: string): string {
  return `http://localhost:4321${settings.base}${collection}/${slug}/`;
}
