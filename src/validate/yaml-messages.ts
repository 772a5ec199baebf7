/**
 * What a YAML mistake means for someone who writes a handbook, not a parser: every error the
 * `yaml` package reports (its `ErrorCode`s) becomes one plain sentence that says what to change,
 * with the fix spelled out when it can be (`put the value in quotes: owner: "Servicio: Urgencias"`).
 *
 * The parser's codes name its own states ("Nested mappings are not allowed in compact
 * mappings"); the same code comes from different author mistakes, so the line's text decides
 * which one it was. Messages are English, like every other message of `check` and `build`.
 */

/** A YAML error as the `yaml` package reports it (YAMLError's code and message). */
export interface YamlErrorReport {
  code: string;
  message: string;
}

/** Where the error is: the YAML text and the offset in it that the message is about. */
export interface YamlErrorPlace {
  text: string;
  offset: number;
}

/** The plain-language message for one YAML error, always with what to do about it. */
export function plainYamlMessage(error: YamlErrorReport, place: YamlErrorPlace): string {
  const line = lineAround(place.text, place.offset);
  const fromHere = line.text.slice(line.column);
  const reason = error.message.split('\n')[0]!.trim();
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/sequence/i.test(reason)) return LIST_ITEM_NOT_LINED_UP;
      // "owner: Servicio: Urgencias": the value itself has ": " in it.
      if (/:(\s|$)/.test(fromHere)) return colonInValue(line.text, line.column);
      return NEXT_LINE_INDENTED;
    case 'MULTILINE_IMPLICIT_KEY':
      if (/flow/i.test(reason)) return FLOW_LIST;
      return lineWithoutColon(line.text);
    case 'MISSING_CHAR':
      return missingCharacter(reason, line.text);
    case 'BAD_INDENT':
      if (/sequence items/i.test(reason)) return LIST_ITEM_NOT_LINED_UP;
      if (/mapping items/i.test(reason)) return FIELD_NOT_LINED_UP;
      if (/Flow sequence/i.test(reason)) return 'the list opened with "[" is never closed: end it with "]" on the same line, or, if the value is text that starts with "[", put it in quotes';
      if (/Flow map/i.test(reason)) return 'the value starts with "{", which opens a { } map that is never closed: put the value in quotes, or close it with "}"';
      if (/block scalar|indent/i.test(reason)) return BLOCK_TEXT;
      return FIELD_NOT_LINED_UP;
    case 'TAB_AS_INDENT':
      return 'this line is indented with a tab: YAML needs spaces, so replace the tab with spaces (set your editor to indent with spaces)';
    case 'DUPLICATE_KEY': {
      const key = keyOf(line.text);
      return `${key ? `"${key}"` : 'this field'} is written twice in the same place: keep only one of them`;
    }
    case 'BAD_SCALAR_START': {
      const char = /character (\S)\s*$/.exec(reason)?.[1] ?? fromHere.trim().charAt(0);
      return `a value cannot start with "${char}": ${quoteFix(line.text, line.column)}`;
    }
    case 'BAD_DQ_ESCAPE': {
      const escape = /sequence (\S+)/.exec(reason)?.[1]?.replace(/"+$/, '');
      return `inside double quotes a backslash starts a special character${escape ? `, and "${escape}" is not one` : ''}: write \\\\ for a backslash, or use single quotes ('…') around the value`;
    }
    case 'UNEXPECTED_TOKEN':
      return unexpected(reason, line.text, line.column);
    case 'MULTIPLE_DOCS':
      return 'a line "---" or "..." here ends the YAML early: remove it (the frontmatter ends at its closing "---" line)';
    case 'BAD_ALIAS':
    case 'ALIAS_PROPS':
    case 'MULTIPLE_ANCHORS':
    case 'MULTIPLE_TAGS':
    case 'BAD_PROP_ORDER':
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
      return `${MARKUP}: ${quoteFix(line.text, line.column)}`;
    case 'BAD_DIRECTIVE':
      return 'a line that starts with "%" is read as a YAML instruction: start the line with a field name, and put a value that starts with "%" in quotes';
    case 'KEY_OVER_1024_CHARS':
      return 'the text before ":" on this line is too long for a field name: write "field: value", and put a long text that contains ":" in quotes';
    case 'NON_STRING_KEY':
      return 'a field name must be a plain word: write "name: value"';
    case 'BLOCK_IN_FLOW':
      return FLOW_LIST;
    case 'RESOURCE_EXHAUSTION':
      return 'too many references (*name) to repeated values: write the values out instead';
    default:
      // IMPOSSIBLE and any code a newer `yaml` adds: still say what usually helps.
      return `YAML cannot read this line (${reason}): check its indentation, and put a value that contains ":", "#" or quotes in quotes`;
  }
}

/** A value that YAML took apart as `&anchor`, `*alias` or `!tag` markup. */
const MARKUP = 'a value that starts with "&", "*" or "!" is read as YAML markup, not as text';
const LIST_ITEM_NOT_LINED_UP = 'this "- " item is not lined up with the items above it: start every item of a list at the same column, with spaces';
const FIELD_NOT_LINED_UP =
  'this line is not lined up with the fields above it: start every field of an entry at the same column, with spaces (or, if it continues the text above, put that text in quotes)';
const NEXT_LINE_INDENTED =
  'the next line is indented further than this field, so YAML reads them as one: line the fields up at the same column, or, if the text goes on over several lines, put it in quotes';
const BLOCK_TEXT = 'the lines of a text that starts with "|" or ">" must all be indented further than its field, by the same amount: indent them evenly with spaces';
const FLOW_LIST =
  'inside [ ] or { } the items are separated by commas: put an item that contains ":" or "-" in quotes, or write the list with one "- item" per line';

/** "title: a: b" → put the value in quotes: title: "a: b". */
function colonInValue(lineText: string, column: number): string {
  return `the value contains ": ", which YAML reads as the start of another field: ${quoteFix(lineText, column)}`;
}

function lineWithoutColon(lineText: string): string {
  const glued = /^\s*(?:-\s+)?([^\s:#"']+):(\S)/.exec(lineText);
  if (glued) return `put a space after the ":" of "${glued[1]}": write "${glued[1]}: ${lineText.slice(lineText.indexOf(':') + 1).trim()}"`;
  return 'this line has no ":" after a field name: write "field: value", or, if it continues the text of the line above, put that whole text in quotes';
}

function missingCharacter(reason: string, lineText: string): string {
  if (/closing "quote/i.test(reason)) return 'the double quote (") that opens this value is never closed: add the closing " at the end of the value';
  if (/closing 'quote/i.test(reason)) return "the single quote (') that opens this value is never closed: add the closing ' at the end of the value (write '' for an apostrophe inside it)";
  if (/Implicit map keys need to be followed by map values/i.test(reason)) return lineWithoutColon(lineText);
  if (/Sequence item without - indicator/i.test(reason)) {
    return 'this line is inside a list but does not start with "- ": start a new item with "- ", or indent the line like the fields of the item above';
  }
  if (/Comments must be separated/i.test(reason)) return 'a "#" starts a comment only after a space: add a space before the "#", or put the whole value, "#" included, in quotes';
  if (/Missing space after :/i.test(reason)) return 'inside { } put a space after each ":" ("{ name: value }"), or put the text in quotes';
  if (/Missing ,/i.test(reason)) return FLOW_LIST;
  if (/Tags and anchors|props/i.test(reason)) return `${MARKUP}: put the value in quotes`;
  if (/directives-end/i.test(reason)) return 'a line that starts with "%" is read as a YAML instruction: start the line with a field name, and put a value that starts with "%" in quotes';
  if (/block scalar|indent/i.test(reason)) return BLOCK_TEXT;
  return `YAML misses a character here (${reason}): check the quotes and the indentation of this line`;
}

function unexpected(reason: string, lineText: string, column: number): string {
  if (/at node end/i.test(reason)) {
    // '"Alta" online', '[Alta] online': the value opened as a quoted text or a list and went on.
    return `there is more text after the value's closing quote or bracket: ${quoteFix(lineText, valueColumn(lineText) ?? column)}`;
  }
  if (/Block scalar header|Not a YAML token/i.test(reason)) {
    return 'after "|" or ">" the text starts on the next line, indented; to start a value with "|" or ">", put it in quotes';
  }
  if (/Unexpected ,|empty item/i.test(reason)) return 'there is an empty item between two commas in a [ ] list: remove the extra ","';
  const token = /: "(.+)"$/.exec(reason)?.[1];
  if (token) return `"${token}" here belongs to nothing: remove it, or put the value it is part of in quotes`;
  return `YAML did not expect this here (${reason}): check the quotes, brackets and indentation of this line`;
}

/** "put the value in quotes: key: "value"" (single quotes when the value has double quotes). */
function quoteFix(lineText: string, column: number): string {
  const start = valueColumn(lineText) ?? column;
  const prefix = lineText.slice(0, start).trimStart();
  const value = lineText.slice(start).replace(/\s+#\s.*$/, '').trim();
  return `put the value in quotes: ${prefix}${quoted(value)}`;
}

/** A text in YAML quotes: double quotes unless it has some, then single ones (with '' for '). */
export function quoted(value: string): string {
  if (!value.includes('"') && !value.includes('\\')) return `"${value}"`;
  return `'${value.replace(/'/g, "''")}'`;
}

/** The column where the value of `key: value` (or `- key: value`, `- value`) starts. */
function valueColumn(lineText: string): number | undefined {
  const match = /^(\s*(?:-\s+)*(?:[^\s:#"'][^:#]*?:\s+)?)\S/.exec(lineText);
  return match ? match[1]!.length : undefined;
}

function keyOf(lineText: string): string | undefined {
  return /^\s*(?:-\s+)?([^\s:#"']+)\s*:/.exec(lineText)?.[1];
}

/** The line containing `offset`, and the offset's column in it (0-based). */
function lineAround(text: string, offset: number): { text: string; column: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return { text: text.slice(start, end === -1 ? text.length : end).replace(/\r$/, ''), column: at - start };
}
