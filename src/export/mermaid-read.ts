/**
 * Reads a Mermaid `journey` diagram (https://mermaid.js.org/syntax/userJourney.html) for
 * `npm run import -- mermaid` (docs/format.md#importing-a-mermaid-diagram). Pure: text in, a
 * description of the diagram or the list of problems out, each with the 1-based line it is on.
 *
 * What it accepts follows Mermaid's own grammar, with a few decisions of its own, written down in
 * docs/authoring.md:
 * - `%%` lines (comments and `%%{init: …}%%` directives) and blank lines are skipped; a YAML
 *   front matter block (`---` … `---`) is allowed before `journey` and its `title` is used.
 * - `title`, `accTitle: …`, `accDescr: …` and `accDescr { … }` (over several lines) are read;
 *   without a `title`, the `accTitle` is the title; with neither, it is an error.
 * - Tasks before the first `section` are kept in a section with no name (`name: undefined`);
 *   the importer turns it into a phase and says so.
 * - `<br>`/`<br/>` become a space; Mermaid's entity codes (`#58;`, `#quot;`) become characters.
 * - A score must be a whole number from 1 to 5; a task line with no score is malformed.
 */
import { parse as parseYaml } from 'yaml';
import { decodeEntities } from './mermaid-text.ts';

export const MERMAID_SCORE_MIN = 1;
export const MERMAID_SCORE_MAX = 5;

export interface MermaidTask {
  /** The task text, cleaned: entity codes decoded, `<br>` and runs of spaces made one space. */
  title: string;
  /** 1…5 */
  score: number;
  /** Actors in the order written, without duplicates; may be empty. */
  actors: string[];
  line: number;
}

export interface MermaidSection {
  /** Undefined for the tasks written before the first `section`. */
  name: string | undefined;
  line: number;
  tasks: MermaidTask[];
}

export interface MermaidJourneyDiagram {
  title: string;
  accTitle: string | undefined;
  accDescr: string | undefined;
  sections: MermaidSection[];
  /** Every actor in order of first appearance; the first one is the protagonist. */
  actors: string[];
}

export interface MermaidProblem {
  line: number;
  message: string;
}

export type MermaidReadResult =
  | { ok: true; diagram: MermaidJourneyDiagram }
  | { ok: false; problems: MermaidProblem[] };

/** `diagram.mmd:7: score must be 1 to 5, got 7` */
export function formatMermaidProblem(file: string, problem: MermaidProblem): string {
  return `${file}:${problem.line}: ${problem.message}`;
}

const TASK_FORMAT = '"<task>: <score 1-5>: <actor>, <actor>"';

interface Line {
  number: number;
  text: string;
}

export function readMermaidJourney(source: string): MermaidReadResult {
  const problems: MermaidProblem[] = [];
  const lines = source
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .map((text, index): Line => ({ number: index + 1, text }));

  let cursor = 0;
  const frontmatter = readFrontmatter(lines, problems);
  cursor = frontmatter.next;

  // The first statement must say which kind of diagram this is.
  while (cursor < lines.length && isSkippable(lines[cursor]!.text)) cursor++;
  const header = lines[cursor];
  if (!header) {
    return fail(problems, { line: Math.max(1, lines.length), message: 'no diagram: a Mermaid journey diagram starts with a line "journey"' });
  }
  if (!/^\s*journey\s*$/i.test(header.text)) {
    return fail(problems, {
      line: header.number,
      message: `not a Mermaid journey diagram: the first line must be "journey", found "${shorten(header.text.trim())}"`,
    });
  }
  cursor++;

  let title = frontmatter.title;
  let titleWritten = false;
  let accTitle: string | undefined;
  let accDescr: string | undefined;
  const sections: MermaidSection[] = [];
  let current: MermaidSection | undefined;

  for (; cursor < lines.length; cursor++) {
    const { number, text: raw } = lines[cursor]!;
    if (isSkippable(raw)) continue;
    const text = raw.trim();

    let match: RegExpExecArray | null;
    if ((match = /^title(?:\s+(.*))?$/i.exec(text))) {
      const value = clean(match[1] ?? '');
      titleWritten = true;
      if (!value) problems.push({ line: number, message: 'title is empty: write it after the word, e.g. "title Abrir una cuenta"' });
      else title = value;
    } else if ((match = /^accTitle\s*:\s*(.*)$/i.exec(text))) {
      accTitle = clean(match[1]!) || accTitle;
    } else if ((match = /^accDescr\s*:\s*(.*)$/i.exec(text))) {
      accDescr = clean(match[1]!) || accDescr;
    } else if ((match = /^accDescr\s*\{(.*)$/i.exec(text))) {
      // Multi-line form: everything up to the closing brace, possibly on the same line.
      const parts: string[] = [];
      let rest = match[1]!;
      let closed = false;
      const start = number;
      for (;;) {
        const close = rest.indexOf('}');
        if (close !== -1) {
          parts.push(rest.slice(0, close));
          closed = true;
          if (rest.slice(close + 1).trim()) {
            problems.push({ line: lines[cursor]!.number, message: `unexpected text after "}": "${shorten(rest.slice(close + 1).trim())}"` });
          }
          break;
        }
        parts.push(rest);
        if (cursor + 1 >= lines.length) break;
        cursor++;
        rest = lines[cursor]!.text;
      }
      if (!closed) problems.push({ line: start, message: 'accDescr { is never closed: end the description with "}"' });
      accDescr = clean(parts.join(' ')) || accDescr;
    } else if ((match = /^section(?:\s+(.*))?$/i.exec(text))) {
      const name = clean(match[1] ?? '');
      if (!name) problems.push({ line: number, message: 'section has no name: write it after the word, e.g. "section Descubrir"' });
      current = { name: name || undefined, line: number, tasks: [] };
      sections.push(current);
    } else if (text.includes(':')) {
      const task = readTask(text, number, problems);
      if (!task) continue;
      if (!current) {
        current = { name: undefined, line: number, tasks: [] };
        sections.push(current);
      }
      current.tasks.push(task);
    } else {
      problems.push({
        line: number,
        message: `malformed line "${shorten(text)}": expected "section <name>", "title <text>" or a task ${TASK_FORMAT}`,
      });
    }
  }

  title ||= accTitle;
  if (!title && !titleWritten) problems.push({ line: header.number, message: 'the diagram has no title: add a line "title <the journey\'s title>" after "journey"' });
  const taskCount = sections.reduce((count, section) => count + section.tasks.length, 0);
  if (taskCount === 0 && !problems.some((problem) => problem.line > header.number)) {
    problems.push({ line: header.number, message: `the diagram has no tasks: add at least one line ${TASK_FORMAT}` });
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };

  const actors = [...new Set(sections.flatMap((section) => section.tasks.flatMap((task) => task.actors)))];
  return { ok: true, diagram: { title: title!, accTitle, accDescr, sections, actors } };
}

/** `Task name: score: actor, actor` → a task, or a problem on the list. */
function readTask(text: string, line: number, problems: MermaidProblem[]): MermaidTask | undefined {
  const [namePart = '', scorePart = '', ...rest] = text.split(':');
  const title = clean(namePart);
  if (!title) {
    problems.push({ line, message: `task has no name: expected ${TASK_FORMAT}` });
    return undefined;
  }
  const scoreText = scorePart.trim();
  const score = Number(scoreText);
  if (!/^[+-]?\d+(?:\.\d+)?$/.test(scoreText)) {
    const got = scoreText ? `"${shorten(scoreText)}"` : 'nothing';
    // "Paso 1: llamar: 3: Ana": the score is in the next piece, so the name had a colon.
    const hint = /^\s*\d+\s*$/.test(rest[0] ?? '') ? ' (a task name cannot contain ":"; write #58; for a colon)' : '';
    problems.push({ line, message: `score must be ${MERMAID_SCORE_MIN} to ${MERMAID_SCORE_MAX}, got ${got}${hint}` });
    return undefined;
  }
  if (!Number.isInteger(score)) {
    problems.push({ line, message: `score must be a whole number from ${MERMAID_SCORE_MIN} to ${MERMAID_SCORE_MAX}, got ${scoreText}` });
    return undefined;
  }
  if (score < MERMAID_SCORE_MIN || score > MERMAID_SCORE_MAX) {
    problems.push({ line, message: `score must be ${MERMAID_SCORE_MIN} to ${MERMAID_SCORE_MAX}, got ${scoreText}` });
    return undefined;
  }
  if (rest.length > 1) {
    problems.push({ line, message: `too many ":" in task: expected ${TASK_FORMAT} (write #58; for a colon inside a name)` });
    return undefined;
  }
  const actors = [...new Set((rest[0] ?? '').split(',').map(clean).filter(Boolean))];
  return { title, score, actors, line };
}

/** Mermaid comments and directives (`%%…`) and blank lines carry nothing to import. */
function isSkippable(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || trimmed.startsWith('%%');
}

/** Entity codes decoded, `<br>` as a space, whitespace collapsed. */
function clean(text: string): string {
  return decodeEntities(text.replace(/<br\s*\/?>/gi, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function fail(problems: MermaidProblem[], problem: MermaidProblem): MermaidReadResult {
  return { ok: false, problems: [...problems, problem] };
}

/** Mermaid's optional YAML front matter (`---` … `---` before `journey`); only `title` matters here. */
function readFrontmatter(lines: readonly Line[], problems: MermaidProblem[]): { title: string | undefined; next: number } {
  let first = 0;
  while (first < lines.length && lines[first]!.text.trim() === '') first++;
  if (lines[first]?.text.trim() !== '---') return { title: undefined, next: 0 };
  const end = lines.findIndex((line, index) => index > first && line.text.trim() === '---');
  if (end === -1) {
    problems.push({ line: lines[first]!.number, message: 'front matter is never closed: end it with a line "---"' });
    return { title: undefined, next: lines.length };
  }
  try {
    const data = parseYaml(lines.slice(first + 1, end).map((line) => line.text).join('\n')) as { title?: unknown } | null;
    const title = data && typeof data === 'object' && data.title !== undefined ? clean(String(data.title)) : undefined;
    return { title: title || undefined, next: end + 1 };
  } catch (error) {
    problems.push({ line: lines[first]!.number, message: `front matter is not valid YAML: ${String((error as Error).message).split('\n')[0]}` });
    return { title: undefined, next: end + 1 };
  }
}
