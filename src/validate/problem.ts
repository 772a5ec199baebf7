/** One thing wrong (or worth a look) in the handbook's content, as shown to an author. */
export interface Problem {
  /** Path relative to the project root, with forward slashes ("content/journeys/alta.mdx"). */
  file: string;
  /** Where in the file: a field path such as `touchpoints[2].phase`, or `frontmatter` / `body`. */
  field: string;
  /** What is wrong and what was expected, with a "did you mean" where one fits. */
  message: string;
  severity: 'error' | 'warning';
  /** 1-based source position, when the parsers could tell. */
  line?: number;
  column?: number;
}

/** `content/journeys/alta.mdx:12:7: touchpoints[2].phase: unknown phase "compra" (…)` */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  return `${where}: ${problem.field}: ${problem.message}`;
}

/** Problems in a stable reading order: by file, then by position, then by field. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.field.localeCompare(b.field),
  );
}

export const errorsIn = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error');
export const warningsIn = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'warning');

/** Field paths in the author's notation: `touchpoints[2].phase`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || 'frontmatter';
}

/**
 * Thrown when the handbook cannot be built from its content. It carries every problem, so the
 * build, `check` and the dev overlay can all show the same lines.
 */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = sortProblems(errorsIn(problems));
    super(
      `The handbook has ${errors.length} content error${errors.length === 1 ? '' : 's'}:\n` +
        errors.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
