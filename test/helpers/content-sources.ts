import { join } from 'node:path';
import { slugFromPath, type CollectionName, type ContentSources, type SourceFile } from '../../src/sources/content-files.ts';
import { validateContent, type ValidationResult } from '../../src/validate/validate-content.ts';
import { errorsIn, formatProblem, sortProblems, warningsIn } from '../../src/validate/problem.ts';

/**
 * A handbook held in memory, written as `{ 'content/journeys/alta.mdx': text, … }` exactly as
 * on disk, so validation specs read like the files an author would write. `root` only matters
 * for files that refer to other files on disk (avatar images).
 */
export function contentSources(files: Record<string, string>, root = '/handbook'): ContentSources {
  const collection = (name: CollectionName): SourceFile[] =>
    Object.entries(files)
      .filter(([path]) => path.startsWith(`content/${name}/`) && /\.mdx?$/i.test(path))
      .map(([path, text]): SourceFile => ({
        collection: name,
        slug: slugFromPath(path.slice(`content/${name}/`.length)),
        file: path,
        absolutePath: join(root, path),
        format: path.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md',
        text,
      }))
      // The order readContentSources gives: by slug, then by file name.
      .sort((a, b) => byCodePoint(a.slug, b.slug) || byCodePoint(a.file, b.file));
  const channels = files['content/channels.yaml'];
  const stages = files['content/stages.yaml'];
  const folders = Object.entries(files)
    .filter(([path]) => path.startsWith('content/journeys/') && path.endsWith('/_folder.yaml'))
    .map(([path, text]) => ({ folder: path.slice('content/journeys/'.length, -'/_folder.yaml'.length).toLowerCase(), file: path, text }))
    .sort((a, b) => byCodePoint(a.folder, b.folder));
  return {
    root,
    personas: collection('personas'),
    journeys: collection('journeys'),
    tracks: collection('tracks'),
    research: collection('research'),
    channels: channels === undefined ? undefined : { file: 'content/channels.yaml', text: channels },
    stages: stages === undefined ? undefined : { file: 'content/stages.yaml', text: stages },
    folders,
  };
}

export interface Checked {
  /** Every error as docs/format.md#validation writes it, `file: field: message`, without the position. */
  messages: string[];
  ok: boolean;
  /** Every error as the commands print it, in reading order. */
  errors: string[];
  warnings: string[];
  result: ValidationResult;
}

/** Validates an in-memory handbook the way `npm run check` does (review interval 6 months). */
export function check(files: Record<string, string>, options: { root?: string; today?: string; reviewIntervalMonths?: number } = {}): Checked {
  const result = validateContent(contentSources(files, options.root), {
    reviewIntervalMonths: options.reviewIntervalMonths ?? 6,
    today: new Date(`${options.today ?? '2026-11-25'}T00:00:00Z`),
  });
  const problems = sortProblems(result.problems);
  return {
    ok: result.ok,
    messages: errorsIn(problems).map(({ line: _line, column: _column, ...rest }) => formatProblem(rest)),
    errors: errorsIn(problems).map(formatProblem),
    warnings: warningsIn(problems).map(formatProblem),
    result,
  };
}

/** Joins lines with "\n", so a spec can number the lines of a file it writes. */
export const lines = (...text: string[]) => `${text.join('\n')}\n`;

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
