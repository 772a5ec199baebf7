import { friendlyIssues } from './schema-issues.ts';
import type { Problem } from './problem.ts';

/** A 1-based place in a file; both fields are absent when the parsers could not tell. */
export interface Place {
  line?: number;
  column?: number;
}

/** A problem as one file's analysis records it: the file's path is added when it is reported. */
export type FileProblem = Omit<Problem, 'file'>;

/**
 * What the analysis of one file found, in the order it was found. Problems that depend on that
 * file's text alone are final. The rest are questions only the whole handbook, the disk or
 * today's date can answer, kept with their place so they can be answered without re-parsing.
 *
 * Everything here is plain JSON (no undefined-valued keys, no dates), so a finding read back from
 * the validation cache is identical to a fresh one.
 */
export type Finding =
  /** `oncePerField`: an error on a field that already has one is not reported (see `recorder`). */
  | { kind: 'problem'; oncePerField: boolean; problem: FileProblem }
  /** The journey's `persona`: is there such a persona? */
  | ({ kind: 'persona-reference'; persona: string } & Place)
  /** The future journey's `compares`: is there such a journey, and is it a current one? */
  | ({ kind: 'compared-journey'; compares: string } & Place)
  /** A channel id: does channels.yaml (or the built-in list) declare it? */
  | ({ kind: 'channel-reference'; field: string; channel: string } & Place)
  /** `<Persona slug="…">` in a narrative: is there such a persona? */
  | { kind: 'persona-in-body'; slug: string; line: number; column: number }
  /** `![alt](src)` in a narrative with a path the build imports: is it an image of the handbook? */
  | { kind: 'narrative-image'; src: string; line: number; column: number }
  /** A persona's `avatar`: an emoji, or an image that exists next to the file? */
  | ({ kind: 'avatar'; value: string } & Place)
  /**
   * A journey's `reviewed` date: is it older than the review interval, as of today? The interval
   * is the journey's own `review_every` in months when it has one, else the site's.
   */
  | ({ kind: 'review-date'; reviewed: string; intervalMonths?: number } & Place)
  /** A touchpoint's `sources` entry: is there such a research file? */
  | ({ kind: 'research-reference'; field: string; id: string } & Place)
  /** (v2) A track step's journey, persona or research source: does it exist? */
  | ({ kind: 'track-step'; field: string; target: 'journey' | 'persona' | 'research'; ref: string } & Place)
  /** A phase's `stage`: does content/stages.yaml list it? */
  | ({ kind: 'stage-reference'; field: string; stage: string } & Place)
  /** A phase with no `stage`: worth a warning when the handbook has content/stages.yaml. */
  | ({ kind: 'phase-without-stage'; field: string; phase: string } & Place)
  /** A touchpoint's `detail`: is there such a journey? (Cycles are found across all of them.) */
  | ({ kind: 'detail-reference'; field: string; detail: string } & Place);

/** A path into the frontmatter, as the schema and the YAML parser name fields. */
export type FieldPath = readonly PropertyKey[];

/** Distributes Omit over a union, so each kind keeps its own fields. */
type WithoutPlace<T> = T extends unknown ? Omit<T, 'line' | 'column'> : never;

/**
 * Records one file's findings. `wholeFile` names the field of a problem with the file as a whole
 * (its YAML, or its top-level shape): "frontmatter" in a Markdown file, "file" in channels.yaml,
 * which has no frontmatter.
 */
export function recorder(positionOf: (path: FieldPath) => Place | undefined, wholeFile = 'frontmatter') {
  const findings: Finding[] = [];
  const fieldOf = (path: FieldPath) =>
    path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || wholeFile;
  // Spreading the place keeps the key order a problem has always had in `check --format json`.
  const add = (severity: Problem['severity'], path: FieldPath, field: string, message: string) =>
    findings.push({ kind: 'problem', oncePerField: severity === 'error', problem: { field, message, severity, ...positionOf(path) } });
  return {
    findings,
    fieldOf,
    error: (path: FieldPath, message: string) => add('error', path, fieldOf(path), message),
    warning: (path: FieldPath, message: string) => add('warning', path, fieldOf(path), message),
    /** An error (or a warning) at a place in the body, which has no field path. */
    at: (field: string, line: number, column: number, message: string, severity: Problem['severity'] = 'error') =>
      findings.push({ kind: 'problem', oncePerField: false, problem: { field, message, severity, line, column } }),
    syntax: ({ path, ...error }: { message: string; line: number; column: number; path?: FieldPath }) =>
      findings.push({ kind: 'problem', oncePerField: false, problem: { field: path ? fieldOf(path) : wholeFile, severity: 'error', ...error } }),
    /** A warning at a known place (the parser's, which needs no position lookup). */
    warningAt: (path: FieldPath, place: { line: number; column: number }, message: string) =>
      findings.push({ kind: 'problem', oncePerField: false, problem: { field: fieldOf(path), message, severity: 'warning', line: place.line, column: place.column } }),
    schemaIssues: (issues: Parameters<typeof friendlyIssues>[0], knownKeys: Parameters<typeof friendlyIssues>[1]) => {
      for (const issue of friendlyIssues(issues, knownKeys)) add('error', issue.path, issue.path.length === 0 ? wholeFile : issue.field, issue.message);
    },
    /** A question for the cross-file pass, placed at `path`. */
    ask: (path: FieldPath, finding: WithoutPlace<Exclude<Finding, { kind: 'problem' | 'persona-in-body' | 'narrative-image' }>>) =>
      findings.push({ ...finding, ...positionOf(path) } as Finding),
    /** A question about the body, which has no field path. */
    askAbout: (finding: Extract<Finding, { kind: 'persona-in-body' | 'narrative-image' }>) => findings.push(finding),
  };
}

export type Recorder = ReturnType<typeof recorder>;
