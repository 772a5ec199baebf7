/**
 * What a narrative may contain, decided on what the reader's browser will parse.
 *
 * The narrative is parsed by satteri, the same Markdown/MDX parser (and version) that renders it
 * in the build, so the validator cannot see text where the renderer sees markup. Every piece of
 * raw HTML it passes through (in `.md` files) is then tokenised by parse5, which follows the HTML
 * standard's tokenizer: character references are decoded (`&#106;avascript:` is `javascript:`),
 * attributes are split as a browser splits them. Every element, attribute and URL is then held
 * against an allow-list: whatever is not on it is refused, so a trick nobody has thought of yet
 * is refused too, rather than having to be matched by a pattern.
 */
import { markdownToHast, markdownToMdast, mdxToHast, mdxToMdast } from 'satteri';
import { Tokenizer, type Token, type TokenHandler } from 'parse5';

/** Something in a narrative that is not allowed, at its 1-based place in the file. */
export interface MarkupProblem {
  message: string;
  line: number;
  column: number;
}

/**
 * Prose elements an author may write as HTML (or as JSX in MDX). Nothing that runs script, loads
 * a frame or a document, takes input, changes how the parser reads what follows (script, style,
 * textarea, title, template, SVG, MathML…) or lifts content out of the page's flow.
 */
export const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'small',
  'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
]);

/**
 * Attributes by element; `*` applies to every allowed element. No `style` (an overlay over the
 * whole page is one line of CSS), no `class` or `id` (the site's own styles and scripts would
 * apply to them), no event handlers, no `target` (a new window may reach back to this one).
 */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  '*': ['title', 'lang', 'dir'],
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  blockquote: ['cite'],
  q: ['cite'],
  del: ['cite', 'datetime'],
  ins: ['cite', 'datetime'],
  time: ['datetime'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope', 'abbr'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  col: ['span'],
  colgroup: ['span'],
  details: ['open'],
};

/** The attributes whose value the browser reads as a URL. */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'cite']);

/** Schemes a link may use; a link without a scheme (a path, `#part`, `?query`) stays on the site. */
export const ALLOWED_LINK_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);

/** The attributes each narrative component takes (docs/format.md#the-narrative); anything else is refused. */
export const COMPONENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  Touchpoint: ['id'],
  EmotionChart: [],
  Persona: ['slug'],
  Callout: ['type'],
};

/**
 * The scheme of a URL as the browser's URL parser finds it, lower-cased, or undefined for a
 * relative URL. The parser first strips leading and trailing C0 controls and spaces, then drops
 * every tab, line feed and carriage return (so `java\tscript:` is `javascript:`).
 */
export function urlScheme(value: string): string | undefined {
  const url = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
}

/** Why `value` may not be the URL of `attribute` on `element`, or undefined when it may. */
export function urlProblem(element: string, attribute: string, value: string): string | undefined {
  const scheme = urlScheme(value);
  if (element === 'img' && attribute === 'src') {
    // docs/format.md#every-page: pages request nothing from another host, so pictures come from the handbook.
    const bare = value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
    if (scheme !== undefined || /^[\\/]{2}/.test(bare)) return `an image in a narrative must be a file of the handbook (a path such as "/images/plan.png"), not "${shorten(value)}"`;
    return undefined;
  }
  if (scheme === undefined || ALLOWED_LINK_SCHEMES.has(scheme)) return undefined;
  return `${scheme}: addresses are not allowed in a narrative (${attribute}="${shorten(value)}"): links may use ${[...ALLOWED_LINK_SCHEMES].join(', ')} or a path`;
}

/** Why an element written by the author may not be in a narrative, per attribute too; [] when it may. */
export function elementProblems(name: string, attributes: ReadonlyArray<{ name: string; value: string | undefined }>): Array<{ message: string; attribute?: string }> {
  const element = name.toLowerCase();
  if (!ALLOWED_ELEMENTS.has(element)) {
    return [{ message: `<${name}> is not allowed in a narrative: use Markdown or one of ${[...ALLOWED_ELEMENTS].slice(0, 12).join(', ')}, …` }];
  }
  const allowed = new Set([...(ALLOWED_ATTRIBUTES['*'] ?? []), ...(ALLOWED_ATTRIBUTES[element] ?? [])]);
  const problems: Array<{ message: string; attribute?: string }> = [];
  for (const attribute of attributes) {
    const key = attribute.name.toLowerCase();
    if (!allowed.has(key)) {
      problems.push({ attribute: attribute.name, message: `attribute ${attribute.name} is not allowed on <${element}> in a narrative${attributeHint(key)} (allowed: ${[...allowed].join(', ')})` });
    } else if (URL_ATTRIBUTES.has(key) && attribute.value !== undefined) {
      const problem = urlProblem(element, key, attribute.value);
      if (problem) problems.push({ attribute: attribute.name, message: problem });
    }
  }
  return problems;
}

function attributeHint(name: string): string {
  if (name.startsWith('on')) return ': event attributes run script';
  if (name === 'style') return ': styles can cover the page';
  if (name === 'class' || name === 'id') return ': the site\'s own styles and scripts use these';
  return '';
}

function shorten(text: string): string {
  const visible = JSON.stringify(text).slice(1, -1);
  return visible.length > 60 ? `${visible.slice(0, 57)}…` : visible;
}

interface Point {
  line: number;
  column: number;
}

/** A hast node as satteri gives it, with the MDX JSX node types among them. */
interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
  properties?: Record<string, unknown>;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: Point };
  children?: Node[];
}

/** The same features the build renders with (@astrojs/markdown-satteri's defaults). */
const FEATURES = { gfm: true, smartPunctuation: true };

/** A picture written as Markdown (`![alt](src)`) that the build imports from a file next to the narrative. */
export interface LocalImage {
  /** The path as the build reads it (percent-escapes decoded). */
  src: string;
  line: number;
  column: number;
}

export type NarrativeParse =
  | { ok: true; problems: MarkupProblem[]; localImages: LocalImage[] }
  | { ok: false; message: string; line: number; column: number };

/**
 * Checks a narrative body against the allow-list. `body` must be exactly the text the build
 * renders; `firstLine` and `firstColumn` are where it starts in the file, so positions point into
 * the file the author has open. A body the renderer cannot parse is
 * reported as such: it would fail the build.
 */
export function checkNarrativeMarkup(body: string, format: 'md' | 'mdx', firstLine: number, firstColumn = 1): NarrativeParse {
  /** A place in the body as a place in the file. */
  const inFile = (point: Point | undefined): Point => {
    const line = point?.line ?? 1;
    const column = point?.column ?? 1;
    return { line: line + firstLine - 1, column: line === 1 ? column + firstColumn - 1 : column };
  };
  // Markup needs "<"; every Markdown link or image needs "]": prose without either has neither.
  if (!/[<\]]/.test(body)) return { ok: true, problems: [], localImages: [] };
  let tree: Node;
  try {
    tree = (format === 'mdx' ? mdxToHast(body, { features: FEATURES }) : markdownToHast(body, { features: FEATURES })) as unknown as Node;
  } catch (error) {
    const { message, line, column } = parseFailure(error);
    return { ok: false, message, ...inFile({ line, column }) };
  }
  const problems: MarkupProblem[] = [];
  const localImages: LocalImage[] = [];
  const open: OpenElement[] = [];
  const at = (point: Point | undefined, message: string) => problems.push({ message, ...inFile(point) });
  const visit = (node: Node) => {
    const start = node.position?.start;
    if (node.type === 'element' && node.tagName) {
      // Made by Markdown syntax ([text](url), ![alt](src), <https://…>): only its URLs are the author's.
      for (const [property, value] of Object.entries(node.properties ?? {})) {
        if (typeof value !== 'string' || !URL_ATTRIBUTES.has(property)) continue;
        const problem = urlProblem(node.tagName, property, value);
        if (problem) at(start, problem);
      }
    } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      checkJsxElement(node, (message) => at(start, message));
    } else if (node.type === 'raw' && typeof node.value === 'string') {
      problems.push(...rawHtmlProblems(node.value, open, inFile(start)));
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  for (const element of open) problems.push({ line: element.line, column: element.column, message: `<${element.name}> is never closed: end it with </${element.name}> (an open element would take in the rest of the page)` });
  if (body.includes('![')) {
    // The build reads Markdown images from the Markdown tree, before URLs are normalised for HTML.
    const images = (format === 'mdx' ? mdxToMdast(body, { features: FEATURES }) : markdownToMdast(body, { features: FEATURES })) as unknown as Node & { url?: string };
    const visitImages = (node: Node & { url?: string }) => {
      if (node.type === 'image' && typeof node.url === 'string') {
        const image = markdownImage(node.url);
        const start = node.position?.start;
        if (image.problem) at(start, image.problem);
        else if (image.local !== undefined) localImages.push({ src: image.local, ...inFile(start) });
      }
      node.children?.forEach(visitImages);
    };
    visitImages(images);
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: true, problems, localImages };
}

/**
 * What the build does with the source of a Markdown image (@astrojs/markdown-satteri): it
 * decodes its percent-escapes (failing the build on a malformed one), leaves an absolute URL or a
 * path from the site's root alone, and imports anything else as a file next to the narrative.
 */
function markdownImage(src: string): { problem?: string; local?: string } {
  let decoded: string;
  try {
    decoded = decodeURI(src);
  } catch {
    return { problem: `the image address "${shorten(src)}" has a malformed %-escape: write % as %25` };
  }
  if (URL.canParse(decoded) || decoded.startsWith('/')) return {};
  return { local: decoded };
}

/** An element written in MDX: a component, or an HTML element rendered with its attributes as written. */
function checkJsxElement(node: Node, report: (message: string) => void) {
  const name = node.name!;
  const attributes: Array<{ name: string; value: string | undefined }> = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      report(`attributes of <${name}> must be written as name="text", not {…}`);
      return;
    }
    if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      report(`attribute ${attribute.name} of <${name}> must be plain text in quotes, not {…}`);
      return;
    }
    attributes.push({ name: attribute.name, value: attribute.value ?? undefined });
  }
  const componentAttributes = COMPONENT_ATTRIBUTES[name];
  if (componentAttributes) {
    for (const attribute of attributes) {
      if (!componentAttributes.includes(attribute.name)) {
        report(`<${name}> takes ${componentAttributes.length === 0 ? 'no attributes' : `only ${componentAttributes.join(', ')}`}, not ${attribute.name}`);
      }
    }
    return;
  }
  // Other capitalised names are unknown components, reported with a "did you mean" elsewhere.
  if (/^[A-Z]/.test(name)) return;
  for (const problem of elementProblems(name, attributes)) report(problem.message);
}

/** A problem inside raw HTML, at its place relative to the body (1-based). */
interface RawProblem extends Point {
  message: string;
}

/** Moves a place inside a raw HTML piece that starts at `start`: lines after the first start at column 1. */
function shift(start: Point | undefined, inside: Point): Point {
  const line = start?.line ?? 1;
  const column = start?.column ?? 1;
  return inside.line === 1 ? { line, column: column + inside.column - 1 } : { line: line + inside.line - 1, column: inside.column };
}

/** Elements without an end tag; the only ones of them a narrative may hold are br, col, hr, img and wbr. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** An element the narrative's raw HTML opened and has not closed yet. */
export interface OpenElement extends Point {
  name: string;
}

/**
 * Tokenises one piece of raw HTML as the browser will and lists what is not allowed in it. The
 * piece starts in the tokenizer's data state, as it does in the page: every element that would
 * change that state for what follows (script, style, textarea, svg…) is refused. A piece that
 * ends inside a tag, a comment or a doctype is refused too, since the browser would read the
 * rendered text after it as part of that tag.
 *
 * `open` carries the elements opened by earlier pieces of the same narrative: every element must
 * be closed, in order, by the narrative that opened it, and no end tag may close anything else,
 * or the page's own layout (the narrative's container, the page's sidebar) would end up inside
 * or outside it. `start` is where the piece begins (in the file, for the places in messages).
 */
export function rawHtmlProblems(html: string, open: OpenElement[] = [], start: Point = { line: 1, column: 1 }): RawProblem[] {
  const problems: RawProblem[] = [];
  const place = (location: { startLine: number; startCol: number } | null | undefined): Point => shift(start, { line: location?.startLine ?? 1, column: location?.startCol ?? 1 });
  const ignore = () => {};
  const handler: TokenHandler = {
    onStartTag(token) {
      const found = elementProblems(token.tagName, token.attrs.map((attribute) => ({ name: attribute.name, value: attribute.value })));
      for (const problem of found) {
        const location = problem.attribute ? token.location?.attrs?.[problem.attribute.toLowerCase()] : undefined;
        problems.push({ message: problem.message, ...place(location ?? token.location) });
      }
      // `<div/>` opens a div in HTML: only void elements have no end tag. A refused element is
      // followed too, so that its end tag is not reported a second time.
      if (!VOID_ELEMENTS.has(token.tagName)) open.push({ name: token.tagName, ...place(token.location) });
    },
    onEndTag(token) {
      if (VOID_ELEMENTS.has(token.tagName) && token.tagName !== 'br') return;
      const innermost = open.at(-1);
      if (innermost?.name === token.tagName) {
        open.pop();
        return;
      }
      const message = innermost
        ? `</${token.tagName}> does not close <${innermost.name}>, opened at line ${innermost.line}, column ${innermost.column}: close elements in the order they were opened`
        : `</${token.tagName}> closes nothing the narrative opened: remove it (an end tag here would close the page's own elements)`;
      problems.push({ message, ...place(token.location) });
      // Crossed nesting is one mistake: the element this tag meant is taken as closed.
      const meant = open.map((element) => element.name).lastIndexOf(token.tagName);
      if (meant !== -1) open.splice(meant, 1);
    },
    onDoctype(token: Token.DoctypeToken) {
      problems.push({ message: '<!DOCTYPE> is not allowed in a narrative', ...place(token.location) });
    },
    onComment: ignore,
    onCharacter: ignore,
    onNullCharacter: ignore,
    onWhitespaceCharacter: ignore,
    onEof: ignore,
    onParseError(error) {
      // Character references without a ";" only change text; everything else may change markup.
      if (/character-reference|numeric-entity|noncharacter|control-character-in-input|surrogate-in-input/.test(error.code)) return;
      problems.push({ message: `malformed HTML (${error.code}): ${PARSE_ERROR_HINTS[error.code] ?? 'write the tag as name="value" pairs, quoted, and close it with >'}`, ...place({ startLine: error.startLine, startCol: error.startCol }) });
    },
  };
  new Tokenizer({ sourceCodeLocationInfo: true }, handler).write(html, true);
  return problems;
}

const PARSE_ERROR_HINTS: Record<string, string> = {
  'eof-in-tag': 'the tag is not closed with > before the HTML ends',
  'eof-in-comment': 'close the comment with -->',
  'eof-in-doctype': 'remove it',
  'unexpected-null-character': 'remove the NUL character',
};

/** Where and why satteri could not parse the body (MDX syntax), in its own words, on one line. */
function parseFailure(error: unknown): { message: string; line: number; column: number } {
  const text = error instanceof Error ? error.message : String(error);
  const found = /(\d+):(\d+)/.exec(text);
  return {
    message: `MDX syntax error: ${text.split('\n')[0]!.trim()}`,
    line: found ? Number(found[1]) : 1,
    column: found ? Number(found[2]) : 1,
  };
}
