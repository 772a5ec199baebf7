/**
 * What an MDX syntax error means for someone writing a narrative: the MDX parser speaks of
 * "unexpected character before name" when an author wrote `<3` or `a < b`, and of expressions
 * when a `{` was meant as text. Each of its errors becomes one plain sentence that says what to
 * change, and points at the `<`, `{` or tag the author has to fix rather than where the parser
 * gave up. Messages are English, like every other message of `check` and `build`.
 */

/** A parser error as remark-mdx throws it (a VFileMessage). */
export interface MdxParseError {
  /** `micromark-extension-mdx-jsx`, `micromark-extension-mdx-expression`, `mdast-util-mdx-jsx`. */
  source?: string;
  /** `unexpected-character`, `unexpected-eof`, `end-tag-mismatch`, `unexpected-closing-slash`, `acorn`, … */
  ruleId?: string;
  reason: string;
  /** 1-based, in the parsed text; undefined when the parser gave none. */
  line?: number;
  column?: number;
}

export interface PlainMdxError {
  message: string;
  /** 1-based, in the parsed text. */
  line: number;
  column: number;
}

/** The plain-language message for an MDX syntax error in `text`, at the place to fix. */
export function plainMdxMessage(error: MdxParseError, text: string): PlainMdxError {
  const reason = error.reason.split('\n')[0]!;
  const lines = text.split('\n');
  // Positions the reason cites, such as "(3:1-3:21)": the tag an end-tag error is about.
  const cited = /\((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  const at = { line: error.line ?? (cited ? Number(cited[1]) : 1), column: error.column ?? (cited ? Number(cited[2]) : 1) };
  const offset = offsetOf(lines, at.line, at.column);
  const placeOf = (index: number) => positionOf(text, index);
  const source = error.source ?? '';
  const rule = error.ruleId ?? '';

  if (source === 'mdast-util-mdx-jsx' && rule === 'end-tag-mismatch') {
    const tagAt = cited ? { line: Number(cited[1]), column: Number(cited[2]) } : at;
    const closing = /Unexpected closing tag `<\/([^`>]*)>`, expected corresponding closing tag for `<([^`>]*)>`/.exec(reason);
    if (closing) {
      return {
        ...at,
        message: `</${closing[1]}> does not close <${closing[2]}>, opened on line ${tagAt.line}: write </${closing[2]}> (or check the spelling of both)`,
      };
    }
    const unclosed = /Expected a closing tag for `<([^`>]*)>`/.exec(reason);
    const name = unclosed?.[1] ?? '';
    const container = /before the end of `(\w+)`/.exec(reason)?.[1];
    const within = container ? ` in the same ${CONTAINERS[container] ?? 'block'}` : '';
    if (VOID_ELEMENTS.has(name.toLowerCase())) {
      return { ...tagAt, message: `<${name}> needs a closing slash in MDX: write <${name} />` };
    }
    return {
      ...tagAt,
      message: `<${name}> is never closed: add </${name}> after its content${within}, or, if it has no content, write <${name} … /> (to show "<" as text, write &lt;)`,
    };
  }

  if (source === 'mdast-util-mdx-jsx' && rule === 'unexpected-closing-slash') {
    const start = text.lastIndexOf('<', offset);
    const name = /^<\/\s*([\w.:-]*)/.exec(text.slice(start))?.[1];
    const tag = name ? `</${name}>` : 'This closing tag';
    return { ...placeOf(start === -1 ? offset : start), message: `${tag} closes a tag that was never opened: remove it, or add the opening tag before it` };
  }

  if (source === 'micromark-extension-mdx-expression') {
    const brace = text.lastIndexOf('{', offset);
    const place = placeOf(brace === -1 ? offset : brace);
    if (rule === 'unexpected-eof') {
      return { ...place, message: 'this "{" starts code in MDX and is never closed: write \\{ to show a brace as text' };
    }
    return { ...place, message: 'the text in { } is read as code, and it is not code: write \\{ and \\} to show braces as text' };
  }

  if (source === 'micromark-extension-mdx-jsx') {
    const start = text.lastIndexOf('<', offset);
    const place = placeOf(start === -1 ? offset : start);
    const written = start === -1 ? '' : (/^<[^\s>]{0,12}/.exec(text.slice(start))?.[0] ?? '<');
    if (text.startsWith('<!--', start)) {
      return { ...place, message: 'HTML comments (<!-- … -->) do not work in MDX: write a note for other authors as {/* … */}, or delete it' };
    }
    if (text.startsWith('<!', start) || text.startsWith('<?', start)) {
      return { ...place, message: `"${written}" is HTML that MDX does not read: delete it (a note for other authors is written {/* … */})` };
    }
    if (/to create a link in MDX/.test(reason)) {
      return { ...place, message: 'an address in angle brackets (<https://…>, <name@example.com>) does not work in MDX: write [text](https://…), or the address without < >' };
    }
    if (/before attribute value/.test(reason)) {
      return { ...at, message: 'the value of an attribute needs quotes: write name="value", as in <Touchpoint id="t1" />' };
    }
    if (/after self-closing slash/.test(reason)) {
      return { ...at, message: 'the "/" of a tag without content comes last, just before ">": write <Name … />' };
    }
    if (/closing quote/.test(reason)) {
      const quote = Math.max(text.lastIndexOf('="', offset), text.lastIndexOf("='", offset));
      return { ...placeOf(quote === -1 ? offset : quote + 1), message: 'the quote that opens this attribute value is never closed: add the closing quote' };
    }
    if (rule === 'unexpected-character' && /before name/.test(reason)) {
      return { ...place, message: `"${written}" reads as the start of a tag: write &lt; for the "<" sign, or put the text in backticks (\`${written}\`)` };
    }
    return {
      ...place,
      message: `"${written}" reads as the start of a tag that is never finished: if it is text, write &lt; for the "<" sign or put it in backticks; a component ends with ">" or "/>"`,
    };
  }

  return { ...at, message: `MDX cannot read the narrative here (${reason}): write &lt; for a "<" and \\{ for a "{" meant as text` };
}

/** Elements HTML writes without a closing tag; MDX, like JSX, needs `<br />`. */
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'input', 'wbr', 'col', 'area', 'source', 'track']);

/** The Markdown blocks an inline tag must be closed within, in the author's words. */
const CONTAINERS: Record<string, string> = {
  paragraph: 'paragraph',
  blockquote: 'quote',
  blockQuote: 'quote',
  listItem: 'list item',
  heading: 'heading',
  tableCell: 'table cell',
  emphasis: 'emphasis',
  strong: 'bold text',
  link: 'link',
};

function offsetOf(lines: readonly string[], line: number, column: number): number {
  let offset = 0;
  for (let index = 0; index < line - 1 && index < lines.length; index++) offset += lines[index]!.length + 1;
  return offset + column - 1;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}
