import { LineCounter, parseDocument, isMap, isSeq, visit, type Document, type Node, type YAMLError } from 'yaml';
import { parseFrontmatter as parseFrontmatterAsTheBuild } from '@astrojs/internal-helpers/frontmatter';
import { plainYamlMessage, quoted } from './yaml-messages.ts';

/** A content file split into its YAML frontmatter and its body, with what is needed for positions. */
export interface ParsedSource {
  /** The frontmatter as plain data, or undefined when it could not be read. */
  data: unknown;
  body: string;
  /** 1-based line on which the body starts in the file. */
  bodyLine: number;
  /**
   * A problem with the file's shape or its YAML, already positioned, in plain words. `path` is the
   * field it is in, when the parser got far enough to tell.
   */
  syntaxError?: { message: string; line: number; column: number; path?: PropertyKey[] };
  /** Text YAML reads but the author probably did not mean (a value cut short by " #"). */
  yamlWarnings: Array<{ message: string; line: number; column: number; path: PropertyKey[] }>;
  /** Resolves a field path to its 1-based position in the file. */
  positionOf(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

// The closing fence must start its own line: a value ending in "---" does not close the frontmatter.
const FRONTMATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits a Markdown/MDX file and parses its frontmatter, keeping source positions. */
export function parseSource(text: string): ParsedSource {
  const source = text.replace(/^\uFEFF/, '');
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return {
      data: undefined,
      body: source,
      bodyLine: 1,
      syntaxError: {
        message: 'no frontmatter: start the file with a "---" line, the fields, and another "---" line',
        line: 1,
        column: 1,
      },
      positionOf: () => undefined,
      yamlWarnings: [],
    };
  }
  const yamlText = match[1] ?? '';
  const bodyLine = countLines(match[0]) + 1;
  const body = source.slice(match[0].length);
  const parsed = parseYaml(yamlText, 1);
  // Our own reading's mistakes first: its messages are the ones written for authors.
  const disagreement = parsed.syntaxError ? undefined : buildDisagreement(source, body);
  if (disagreement) return { data: undefined, body, bodyLine, syntaxError: disagreement, positionOf: () => undefined, yamlWarnings: [] };
  return { ...parsed, body, bodyLine };
}

/**
 * Where the build would read the file differently: the build splits and parses the frontmatter
 * with Astro's own function (@astrojs/internal-helpers, js-yaml), which this calls as it is. A
 * frontmatter js-yaml cannot read would fail the build with a stack trace; one it would end at
 * another line would publish part of the frontmatter as the narrative (or hide part of the
 * narrative), so what is checked would not be what is published.
 */
function buildDisagreement(source: string, body: string): ParsedSource['syntaxError'] {
  let built: { rawFrontmatter: string; content: string };
  try {
    built = parseFrontmatterAsTheBuild(source, { frontmatter: 'remove' });
  } catch (error) {
    const { reason, mark } = error as { reason?: string; message?: string; mark?: { line?: number; column?: number } };
    return {
      // What is left for js-yaml to refuse is YAML markup (explicit types such as "!!null"): plain text in quotes reads the same everywhere.
      message: `the build cannot read this YAML (${firstLine(reason ?? (error as Error).message ?? String(error))}): write the value as plain text, in quotes`,
      // js-yaml counts from 0 within the frontmatter, which starts on the file's line 2.
      line: typeof mark?.line === 'number' ? mark.line + 1 : 1,
      column: typeof mark?.column === 'number' ? mark.column + 1 : 1,
    };
  }
  if (built.content.replace(/^[ \t]*\r?\n/, '') === body) return undefined;
  const end = built.rawFrontmatter ? source.indexOf(built.rawFrontmatter) + built.rawFrontmatter.length : 0;
  return {
    message: 'a line that starts with "---" ends the frontmatter here for the build: write "---" lines only to open and close the frontmatter',
    line: countLines(source.slice(0, end)) + 1,
    column: 1,
  };
}

/** Parses a whole YAML file (channels.yaml) with positions. */
export function parseYamlFile(text: string): Omit<ParsedSource, 'body' | 'bodyLine'> {
  return parseYaml(text.replace(/^\uFEFF/, ''), 0);
}

function parseYaml(yamlText: string, lineOffset: number): Omit<ParsedSource, 'body' | 'bodyLine'> {
  const lineCounter = new LineCounter();
  // `uniqueKeys` makes a repeated field an error instead of silently keeping the last one.
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const lineOf = (offset: number) => lineCounter.linePos(offset).line;
  const failure = (message: string, offset: number, inField = true) => {
    const path = inField ? fieldAt(doc, offset, lineOf) : [];
    return {
      data: undefined,
      syntaxError: { message, ...position(offset), ...(path.length > 0 && { path }) },
      positionOf: () => undefined,
      yamlWarnings: [],
    };
  };
  // A tag the schema does not know (`title: !Urgente`) is only a warning to the parser, but the
  // text it swallowed is gone from the value: for an author that is an error like any other.
  const firstError = doc.errors[0] ?? doc.warnings.find((warning) => LOST_TEXT_WARNINGS.has(warning.code));
  if (firstError) {
    const offset = errorOffset(doc, firstError, yamlText);
    return failure(plainYamlMessage(firstError, { text: yamlText, offset }), offset);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    // Runaway aliases ("billion laughs") and an alias to no anchor fail here.
    const message = error instanceof Error ? error.message : String(error);
    const alias = /Unresolved alias[^:]*: (.*)$/.exec(firstLine(message))?.[1];
    if (alias !== undefined) {
      const offset = yamlText.indexOf(`*${alias}`);
      return failure(
        `"*${alias}" is read as a reference to a value marked "&${alias}", and there is none: put the value in quotes`,
        Math.max(0, offset),
      );
    }
    // The whole document is the problem, not one field.
    return failure(plainYamlMessage({ code: 'RESOURCE_EXHAUSTION', message }, { text: yamlText, offset: 0 }), 0, false);
  }
  // Both checks walk the whole document; without an "&" there is no anchor, without a "#" no comment.
  const anchor = yamlText.includes('&') ? unusedAnchor(doc, yamlText) : undefined;
  if (anchor) return failure(anchor.message, anchor.offset);
  const cuttingComments = yamlText.includes('#') ? commentsCuttingValues(doc, yamlText) : [];
  return {
    data,
    positionOf: (path) => position(offsetOf(doc, path)),
    yamlWarnings: cuttingComments.map(({ offset, message }) => ({ message, ...position(offset), path: fieldAt(doc, offset, lineOf) })),
  };
}

/** Parser warnings whose cause took text out of a value. */
const LOST_TEXT_WARNINGS = new Set(['TAG_RESOLVE_FAILED', 'BAD_COLLECTION_TYPE']);

/**
 * `title: &Alta online` reads as "online": the "&Alta" became an anchor nothing refers to. The
 * format has no use for anchors without aliases, so one that is never used is text that was lost.
 */
function unusedAnchor(doc: Document, text: string): { message: string; offset: number } | undefined {
  const anchors: Array<{ name: string; offset: number }> = [];
  const used = new Set<string>();
  visit(doc, {
    Alias(_key, alias) {
      used.add(alias.source);
    },
    Node(_key, node) {
      if (!node.anchor) return;
      const start = node.range?.[0] ?? 0;
      anchors.push({ name: node.anchor, offset: Math.max(0, text.lastIndexOf(`&${node.anchor}`, start)) });
    },
  });
  const lost = anchors.find((anchor) => !used.has(anchor.name));
  if (!lost) return undefined;
  return { message: `"&${lost.name}" at the start of a value is read as YAML markup and left out of the value: put the value in quotes`, offset: lost.offset };
}

/**
 * `title: Cita #2` reads as "Cita": after a space, "#" starts a comment. A comment glued to its
 * "#" (`#2`, `#equipo`) right after a value on the same line is most likely part of the text.
 */
function commentsCuttingValues(doc: Document, text: string): Array<{ message: string; offset: number }> {
  const found: Array<{ message: string; offset: number }> = [];
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== 'PLAIN' || !node.range) return;
      const [start, valueEnd, nodeEnd] = node.range;
      const after = /^[ \t]+#(\S[^\n]*)/.exec(text.slice(valueEnd, nodeEnd));
      if (!after) return;
      const value = text.slice(start, valueEnd);
      const whole = `${value} #${after[1]!.trimEnd()}`;
      found.push({
        offset: start,
        message: `" #${after[1]!.trimEnd()}" is read as a comment and left out of the value: to keep it, put the whole value in quotes: ${quoted(whole)}`,
      });
    },
  });
  return found;
}

/**
 * The field an error is in: the deepest entry whose text contains `offset`, stopping at the
 * entry whose value starts there (an error at the start of a value is about that field). An
 * error on a later line than the deepest entry's key (a misaligned next line) is about the entry
 * around it; a key YAML made of several lines or with a ":" in it is the error's, not a field.
 */
function fieldAt(doc: Document, offset: number, lineOf: (offset: number) => number): PropertyKey[] {
  const steps: Array<{ key: PropertyKey; start: number }> = [];
  let node: unknown = doc.contents;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.findLast((item) => {
        const key = item.key as Node | null;
        const end = (item.value as Node | null)?.range?.[2] ?? key?.range?.[2];
        return key?.range && end !== undefined && key.range[0] <= offset && offset <= end;
      });
      const key = (pair?.key as { value?: unknown } | null | undefined)?.value;
      if (!pair || !((typeof key === 'string' && /^[^\s:]+$/.test(key)) || typeof key === 'number')) break;
      steps.push({ key, start: (pair.key as Node).range![0] });
      const value = pair.value as Node | null;
      if (!value?.range || offset <= value.range[0]) break;
      node = value;
    } else if (isSeq(node)) {
      const index = node.items.findLastIndex((item) => {
        const range = (item as Node | null)?.range;
        return range && range[0] <= offset && offset <= range[2];
      });
      if (index === -1) break;
      const item = node.items[index] as Node;
      steps.push({ key: index, start: item.range![0] });
      if (offset <= item.range![0]) break;
      node = item;
    } else break;
  }
  if (steps.length > 0 && lineOf(steps.at(-1)!.start) !== lineOf(offset)) steps.pop();
  return steps.map((step) => step.key);
}

/**
 * Where to point for a YAML error. The parser reports an unclosed quote where the text ends,
 * which is the frontmatter's closing line; the author needs the line where the quote opens.
 * Likewise for an unclosed bracket.
 */
function errorOffset(doc: Document, error: YAMLError, text: string): number {
  const at = error.pos[0];
  // An unclosed [ or { is reported where the next field starts: point at the bracket instead.
  if (error.code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(error.message)) {
    const bracket = text.lastIndexOf(/^Flow sequence/.test(error.message) ? '[' : '{', at);
    return bracket === -1 ? at : bracket;
  }
  if (error.code !== 'MISSING_CHAR' || !/quote/i.test(error.message)) return at;
  let opening: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      if (quoted && node.range && node.range[0] < at && node.range[1] >= at) opening = node.range[0];
    },
  });
  return opening ?? at;
}

/** The offset of the deepest node along `path` that exists (a missing field points at its parent). */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number {
  let node: unknown = doc.contents;
  // An empty document has no node at all: its problems belong at its start.
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

function countLines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count++;
  return count;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
