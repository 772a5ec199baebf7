/**
 * Reads a Mermaid `journey` diagram (https://mermaid.js.org/syntax/userJourney.html) for
 * `npm run import -- mermaid` (docs/format.md#importing-a-mermaid-diagram). Pure: text in, a
 * description of the diagram or the list of problems out, each with the 1-based line it is on.
 *
 * It takes what Mermaid takes, by doing what Mermaid does: the same preprocessing (front matter,
 * `%%{…}%%` directives and `%%` comment lines removed, `#code;` entity codes kept out of the
 * grammar's way) and the same tokens, tried in the same order, as the lexer of Mermaid's
 * `journey.jison` (quoted beside each rule below), then its grammar. The only diagrams Mermaid
 * accepts and this reader refuses are those whose scores are not a whole number from 1 to 5
 * (Mermaid draws `NaN` or a face off the scale; a touchpoint needs an emotion) and an
 * `accDescr {` that is never closed. test/unit/mermaid-journey-cases.test.ts checks both
 * directions against Mermaid's own parser, on Mermaid's own test cases.
 *
 * What the importer makes of it:
 * - the title is the last `title` line, else the front matter's `title`, else `accTitle`;
 *   undefined when there is none (the importer then names the journey after the file);
 * - tasks before the first `section` are kept in a section with no name (`name: undefined`), as
 *   is a section whose name is blank;
 * - `<br>` in any spelling Mermaid accepts (`<br>`, `<br/>`, `</br />`, `<br\t/>`) becomes a
 *   space; entity codes (`#58;`, `#quot;`) become characters;
 * - actors are the task's second `:` piece split at commas, as Mermaid reads them; empty names
 *   are dropped.
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
  /** Undefined for the tasks written before the first `section`, and for a blank name. */
  name: string | undefined;
  line: number;
  tasks: MermaidTask[];
}

export interface MermaidJourneyDiagram {
  /** Undefined when the diagram has no `title`, front-matter title or `accTitle`. */
  title: string | undefined;
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

export function readMermaidJourney(source: string): MermaidReadResult {
  const problems: MermaidProblem[] = [];
  const prepared = prepare(source, problems);
  if (!prepared.ok) return { ok: false, problems: [...problems, prepared.problem] };
  const { text, lineOf, frontTitle } = prepared;

  let title = frontTitle;
  let accTitle: string | undefined;
  let accDescr: string | undefined;
  const sections: MermaidSection[] = [];
  let current: MermaidSection | undefined;

  const tokens = tokenize(text, lineOf, problems);
  // `start: journey document EOF` (Mermaid trims the text first): the detector saw "journey",
  // but "journeys" is not the word.
  const first = tokens.findIndex((token) => token.type !== 'NEWLINE');
  if (tokens[first]?.type !== 'journey') {
    return { ok: false, problems: [...problems, { line: tokens[first]?.line ?? 1, message: `the first line must be "journey", found "${shorten(tokens[first]?.text.trim() ?? '')}"` }] };
  }
  let index = first + 1;
  /** After a mistake, Mermaid stops; this reader goes on from the next line to report them all. */
  const skipLine = () => {
    const line = tokens[index]!.line;
    while (index + 1 < tokens.length && tokens[index + 1]!.line === line) index++;
  };
  for (; index < tokens.length; index++) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    switch (token.type) {
      case 'NEWLINE':
        break;
      case 'title':
        // `"title"\s[^#\n;]+` — yy.setDiagramTitle($1.substr(6))
        title = clean(token.text.slice(6)) || title;
        break;
      case 'acc_title':
        index++;
        accTitle = clean(next?.type === 'acc_title_value' ? next.text : '') || accTitle;
        break;
      case 'acc_descr':
        index++;
        accDescr = clean(next?.type === 'acc_descr_value' ? next.text : '') || accDescr;
        break;
      case 'acc_descr_multiline_value':
        accDescr = clean(token.text) || accDescr;
        break;
      case 'section':
        // `"section"\s[^#:\n;]+` — yy.addSection($1.substr(8))
        current = { name: clean(token.text.slice(8)) || undefined, line: token.line, tasks: [] };
        sections.push(current);
        break;
      case 'taskName': {
        if (next?.type !== 'taskData') {
          problems.push({ line: token.line, message: taskWithoutData(token.text, next) });
          skipLine();
          break;
        }
        index++;
        const task = readTask(token.text, next.text, token.line, problems);
        if (!task) break;
        if (!current) {
          current = { name: undefined, line: token.line, tasks: [] };
          sections.push(current);
        }
        current.tasks.push(task);
        break;
      }
      case 'taskData':
        problems.push({ line: token.line, message: `task has no name before ":": expected ${TASK_FORMAT}` });
        skipLine();
        break;
      case 'journey':
        problems.push({
          line: token.line,
          message: 'Mermaid reads the word "journey" as the start of the diagram, and it already started: reword this line (or write its "j" as #106;)',
        });
        skipLine();
        break;
      case 'INVALID':
        problems.push({
          line: token.line,
          message: token.text === ';' ? '";" ends a line for Mermaid: write #59; for a semicolon in a text' : `Mermaid cannot read "${token.text}" here`,
        });
        skipLine();
        break;
      case ':':
        problems.push({ line: token.line, message: `a ":" with nothing after it: expected ${TASK_FORMAT}` });
        skipLine();
        break;
      default:
        break;
    }
  }

  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  const actors = [...new Set(sections.flatMap((section) => section.tasks.flatMap((task) => task.actors)))];
  return { ok: true, diagram: { title: title ?? accTitle, accTitle, accDescr, sections, actors } };
}

/** `Task name` + `: score: actor, actor` → a task, or a problem on the list. */
function readTask(name: string, data: string, line: number, problems: MermaidProblem[]): MermaidTask | undefined {
  const title = clean(name);
  // journeyDb.addTask: `taskData.substr(1).split(':')`, score = Number(pieces[0]), people from
  // pieces[1]; like Mermaid, any later piece is not read.
  const [scorePart = '', actorPart] = data.slice(1).split(':');
  const scoreText = clean(scorePart);
  const score = Number(scoreText);
  if (!/^[+-]?\d+(?:\.\d+)?$/.test(scoreText)) {
    const got = scoreText ? `"${shorten(scoreText)}"` : 'nothing';
    // "Paso 1: llamar: 3: Ana": the score is in the next piece, so the name had a colon.
    const hint = /^\s*\d+\s*$/.test(actorPart ?? '') ? ' (a task name cannot contain ":"; write #58; for a colon)' : '';
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
  const actors = [...new Set((actorPart ?? '').split(',').map(clean).filter(Boolean))];
  return { title, score, actors, line };
}

function taskWithoutData(name: string, next: Token | undefined): string {
  const text = shorten(name.trim());
  if (next?.type === ':') return `score must be ${MERMAID_SCORE_MIN} to ${MERMAID_SCORE_MAX}, got nothing (after "${text}:")`;
  if (next?.type === 'INVALID' && next.text === ';') return '";" ends a line for Mermaid: write #59; for a semicolon in a text';
  return `malformed line "${text}": expected "section <name>", "title <text>" or a task ${TASK_FORMAT}`;
}

type TokenType =
  | 'journey'
  | 'title'
  | 'acc_title'
  | 'acc_title_value'
  | 'acc_descr'
  | 'acc_descr_value'
  | 'acc_descr_multiline_value'
  | 'section'
  | 'taskName'
  | 'taskData'
  | ':'
  | 'NEWLINE'
  | 'INVALID';

interface Token {
  type: TokenType;
  text: string;
  line: number;
}

type LexState = 'INITIAL' | 'acc_title' | 'acc_descr' | 'acc_descr_multiline';

interface Rule {
  pattern: RegExp;
  /** A token, or undefined for text the grammar skips. */
  token?: TokenType;
  /** The state the rule moves to. */
  then?: LexState;
}

/*
 * The rules of journey.jison's lexer, in its order (`%options case-insensitive`): at each place
 * the first rule that matches wins, as in Jison's default (non-flex) lexer.
 */
const RULES: Record<LexState, Rule[]> = {
  INITIAL: [
    { pattern: /%(?!\{)[^\n]*/iy }, // \%%(?!\{)[^\n]*   skip comments
    { pattern: /[^}]%%[^\n]*/iy }, // [^\}]\%\%[^\n]*    skip comments
    { pattern: /\n+/iy, token: 'NEWLINE' }, // [\n]+
    { pattern: /\s+/iy }, // \s+                          skip whitespace
    { pattern: /#[^\n]*/iy }, // \#[^\n]*                 skip comments
    { pattern: /journey\b/iy, token: 'journey' }, // "journey"
    { pattern: /title\s[^#\n;]+/iy, token: 'title' }, // "title"\s[^#\n;]+
    { pattern: /accTitle\s*:\s*/iy, token: 'acc_title', then: 'acc_title' },
    { pattern: /accDescr\s*:\s*/iy, token: 'acc_descr', then: 'acc_descr' },
    { pattern: /accDescr\s*\{\s*/iy, then: 'acc_descr_multiline' },
    { pattern: /section\s[^#:\n;]+/iy, token: 'section' }, // "section"\s[^#:\n;]+
    { pattern: /[^#:\n;]+/iy, token: 'taskName' }, // [^#:\n;]+
    { pattern: /:[^#\n;]+/iy, token: 'taskData' }, // ":"[^#\n;]+
    { pattern: /:/iy, token: ':' },
    { pattern: /[\s\S]/iy, token: 'INVALID' }, // .
  ],
  acc_title: [{ pattern: /[^\n]*/iy, token: 'acc_title_value', then: 'INITIAL' }],
  acc_descr: [{ pattern: /[^\n]*/iy, token: 'acc_descr_value', then: 'INITIAL' }],
  acc_descr_multiline: [
    { pattern: /\}/iy, then: 'INITIAL' },
    { pattern: /[^}]+/iy, token: 'acc_descr_multiline_value' },
  ],
};

function tokenize(text: string, lineOf: (offset: number) => number, problems: MermaidProblem[]): Token[] {
  const tokens: Token[] = [];
  let state: LexState = 'INITIAL';
  let offset = 0;
  let descriptionStart: number | undefined;
  while (offset < text.length) {
    let matched = false;
    const rules: readonly Rule[] = RULES[state];
    for (const rule of rules) {
      rule.pattern.lastIndex = offset;
      const match = rule.pattern.exec(text);
      if (!match || (match[0].length === 0 && rule.token !== 'acc_title_value' && rule.token !== 'acc_descr_value')) continue;
      if (rule.token) tokens.push({ type: rule.token, text: match[0], line: lineOf(offset) });
      if (rule.then === 'acc_descr_multiline') descriptionStart = offset;
      if (rule.then) state = rule.then;
      offset += match[0].length;
      matched = true;
      break;
    }
    // Only an empty acc value at the very end can match nothing; nothing is left to read then.
    if (!matched) break;
  }
  if (state === 'acc_descr_multiline') {
    // Mermaid refuses this too: the description would swallow the rest of the diagram.
    problems.push({ line: lineOf(descriptionStart ?? 0), message: 'accDescr { is never closed: end the description with "}"' });
  }
  return tokens;
}

type Prepared =
  | { ok: true; text: string; lineOf: (offset: number) => number; frontTitle: string | undefined }
  | { ok: false; problem: MermaidProblem };

/**
 * Mermaid's preprocessing (preprocess.ts, frontmatter.ts, comments.ts, utils.encodeEntities),
 * done so that every line stays where it was: what Mermaid removes is blanked out instead, and
 * each `#code;` is swapped for a placeholder without the characters the grammar reacts to.
 */
function prepare(source: string, problems: MermaidProblem[]): Prepared {
  let text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
  const lineOf = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };

  let frontTitle: string | undefined;
  const front = FRONT_MATTER.exec(text);
  if (front) {
    const indent = front[1]!;
    const yaml = indent ? front[2]!.split('\n').map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line)).join('\n') : front[2]!;
    try {
      const data = parseYaml(yaml) as { title?: unknown } | null;
      if (data && typeof data === 'object' && !Array.isArray(data) && data.title !== undefined && data.title !== null) frontTitle = clean(String(data.title)) || undefined;
    } catch (error) {
      problems.push({ line: 1, message: `the front matter (between the "---" lines) is not valid YAML: ${String((error as Error).message).split('\n')[0]}` });
    }
    text = blank(front[0]) + text.slice(front[0].length);
  }
  text = text.replace(DIRECTIVE, blank).replace(COMMENT_LINE, blank);

  const header = /^\s*(\S[^\n]*)?/.exec(text);
  if (!header?.[1]) return { ok: false, problem: { line: Math.max(1, lineStarts.length - (text.endsWith('\n') ? 1 : 0)), message: 'no diagram: a Mermaid journey diagram starts with a line "journey"' } };
  // journeyDetector.ts: /^\s*journey/ — in lower case.
  if (!/^\s*journey/.test(text)) {
    const found = header[1].trim();
    return {
      ok: false,
      problem: {
        line: lineOf(header.index + header[0].length - header[1].length),
        message: /^journey\b/i.test(found)
          ? `write "journey" in lower case: Mermaid does not recognise "${shorten(found)}"`
          : `not a Mermaid journey diagram: the first line must be "journey", found "${shorten(found)}"`,
      },
    };
  }
  // utils.encodeEntities: `#\w+;` codes are set aside before the grammar sees their "#" and ";".
  text = text.replace(/#(\w+);/g, (_, code: string) => `${ENTITY_OPEN}${code}${ENTITY_CLOSE}`);
  return { ok: true, text, lineOf, frontTitle };
}

/** Mermaid's frontMatterRegex, which allows the block to be indented as a whole. */
const FRONT_MATTER = /^([^\S\n\r]*)-{3}\s*[\n\r](.*?)[\n\r]\1-{3}\s*[\n\r]+/s;
/** Mermaid's directiveRegex (`%%{init: …}%%`). */
const DIRECTIVE = /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi;
/** comments.ts: a line that starts with `%%` (and is not a directive). */
const COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm;
/** Private-use characters around a set-aside entity code: none of them means anything to the grammar. */
const ENTITY_OPEN = '\uE000';
const ENTITY_CLOSE = '\uE001';

/** The same text with everything but line breaks made spaces, so lines keep their numbers. */
function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** The line breaks Mermaid's labels accept, `</br />` and `<br\t/>` included. */
const LINE_BREAK = /<\/?\s*br\s*\/?\s*>/gi;

/** Entity codes decoded, `<br>` as a space, whitespace collapsed. */
function clean(text: string): string {
  const restored = text.replace(new RegExp(`${ENTITY_OPEN}(\\w+)${ENTITY_CLOSE}`, 'g'), (_, code: string) => `#${code};`);
  return decodeEntities(restored.replace(LINE_BREAK, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
