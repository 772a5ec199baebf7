import { LineCounter, parseDocument, isMap, isSeq, visit, type Document, type Node, type YAMLError } from 'yaml';
import { parseFrontmatter as parseFrontmatterAsTheBuild } from '@astrojs/internal-helpers/frontmatter';

/** A content file split into its YAML frontmatter and its body, with what is needed for positions. */
export interface ParsedSource {
  /** The frontmatter as plain data, or undefined when it could not be read. */
  data: unknown;
  body: string;
  /** 1-based line on which the body starts in the file. */
  bodyLine: number;
  /** A problem with the file's shape or its YAML, already positioned. */
  syntaxError?: { message: string; line: number; column: number };
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
    };
  }
  const yamlText = match[1] ?? '';
  const bodyLine = countLines(match[0]) + 1;
  const body = source.slice(match[0].length);
  const parsed = parseYaml(yamlText, 1);
  // Our own reading's mistakes first: its messages are the ones written for authors.
  const disagreement = parsed.syntaxError ? undefined : buildDisagreement(source, body);
  if (disagreement) return { data: undefined, body, bodyLine, syntaxError: disagreement, positionOf: () => undefined };
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
      message: `the build cannot read this YAML: ${firstLine(reason ?? (error as Error).message ?? String(error))}`,
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
  const firstError = doc.errors[0];
  if (firstError) {
    return {
      data: undefined,
      syntaxError: { message: `invalid YAML: ${firstLine(firstError.message)}`, ...position(errorOffset(doc, firstError)) },
      positionOf: () => undefined,
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    // Only runaway aliases ("billion laughs") fail here; report them like any YAML error.
    return {
      data: undefined,
      syntaxError: { message: `invalid YAML: ${firstLine(error instanceof Error ? error.message : String(error))}`, ...position(0) },
      positionOf: () => undefined,
    };
  }
  return {
    data,
    positionOf: (path) => position(offsetOf(doc, path)),
  };
}

/**
 * Where to point for a YAML error. The parser reports an unclosed quote where the text ends,
 * which is the frontmatter's closing line; the author needs the line where the quote opens.
 */
function errorOffset(doc: Document, error: YAMLError): number {
  const at = error.pos[0];
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
