import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/validate/frontmatter.ts';
import { plainYamlMessage } from '../../src/validate/yaml-messages.ts';

/** The frontmatter `yaml` (its lines start on line 2 of the file) as `check` reports it. */
function problemOf(yaml: string): string {
  const parsed = parseSource(`---\n${yaml}---\n\nTexto.\n`);
  if (!parsed.syntaxError) throw new Error(`expected a YAML problem in ${JSON.stringify(yaml)}, got ${JSON.stringify(parsed.data)}`);
  const { line, column, path, message } = parsed.syntaxError;
  const field = (path ?? []).reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || 'frontmatter';
  return `${line}:${column}: ${field}: ${message}`;
}

// Every mistake below is one an author can make by hand; each gets what to do, where to do it.
const MISTAKES: Array<[string, string, string]> = [
  [
    'an unquoted colon in a value',
    'title: Alta\nowner: Servicio: Urgencias\n',
    '3:8: owner: the value contains ": ", which YAML reads as the start of another field: put the value in quotes: owner: "Servicio: Urgencias"',
  ],
  [
    'an unquoted colon in a touchpoint field',
    'touchpoints:\n  - title: Llamar: otra vez\n    emotion: 1\n',
    '3:12: touchpoints[0].title: the value contains ": ", which YAML reads as the start of another field: put the value in quotes: - title: "Llamar: otra vez"',
  ],
  [
    'text after a quoted part of the value',
    'title: "Alta" online\n',
    `2:15: title: there is more text after the value's closing quote or bracket: put the value in quotes: title: '"Alta" online'`,
  ],
  [
    'a quote never closed',
    'title: "Alta online\nowner: x\n',
    '2:8: title: the double quote (") that opens this value is never closed: add the closing " at the end of the value',
  ],
  [
    'a single quote never closed',
    "title: 'Alta online\nowner: x\n",
    "2:8: title: the single quote (') that opens this value is never closed: add the closing ' at the end of the value (write '' for an apostrophe inside it)",
  ],
  [
    'a tab used to indent',
    'touchpoints:\n\t- title: a\n',
    '3:1: frontmatter: this line is indented with a tab: YAML needs spaces, so replace the tab with spaces (set your editor to indent with spaces)',
  ],
  [
    'a list item out of line',
    'tags:\n  - a\n - b\n',
    '4:1: tags: this "- " item is not lined up with the items above it: start every item of a list at the same column, with spaces',
  ],
  [
    'a field out of line',
    'persona:\n  name: a\n name2: b\n',
    '4:1: persona: this line is not lined up with the fields above it: start every field of an entry at the same column, with spaces (or, if it continues the text above, put that text in quotes)',
  ],
  [
    'a field indented under the one above',
    'title: a\n  owner: b\n',
    '2:8: title: the next line is indented further than this field, so YAML reads them as one: line the fields up at the same column, or, if the text goes on over several lines, put it in quotes',
  ],
  [
    'a field of a list item without its dash, indented one space short',
    'touchpoints:\n  - title: a\n   emotion: 2\n',
    '4:1: touchpoints[0]: this line is inside a list but does not start with "- ": start a new item with "- ", or indent the line like the fields of the item above',
  ],
  ['a field written twice', 'title: a\ntitle: b\n', '3:1: title: "title" is written twice in the same place: keep only one of them'],
  ['a value starting with @', 'owner: @equipo\n', '2:8: owner: a value cannot start with "@": put the value in quotes: owner: "@equipo"'],
  ['a value starting with a backtick', 'owner: `x`\n', '2:8: owner: a value cannot start with "`": put the value in quotes: owner: "`x`"'],
  ['a value starting with %', 'owner: %20\n', '2:8: owner: a value cannot start with "%": put the value in quotes: owner: "%20"'],
  [
    'a [ list never closed',
    'tags: [a, b\nowner: c\n',
    '2:7: tags: the list opened with "[" is never closed: end it with "]" on the same line, or, if the value is text that starts with "[", put it in quotes',
  ],
  [
    'a value starting with { never closed',
    'title: {Alta\nowner: c\n',
    '2:8: title: the value starts with "{", which opens a { } map that is never closed: put the value in quotes, or close it with "}"',
  ],
  [
    'a line without a colon',
    'title: a\nowner\nstate: current\n',
    '3:1: frontmatter: this line has no ":" after a field name: write "field: value", or, if it continues the text of the line above, put that whole text in quotes',
  ],
  ['a colon without a space after it', 'title:a\nowner: b\n', '2:1: frontmatter: put a space after the ":" of "title": write "title: a"'],
  [
    'a backslash in double quotes',
    'title: "C:\\Users"\n',
    `2:11: title: inside double quotes a backslash starts a special character, and "\\Users" is not one: write \\\\ for a backslash, or use single quotes ('…') around the value`,
  ],
  ['text after |', 'summary: | algo\n', '2:12: summary: after "|" or ">" the text starts on the next line, indented; to start a value with "|" or ">", put it in quotes'],
  ['text glued to |', 'summary: |x\n  text\n', '2:11: summary: after "|" or ">" the text starts on the next line, indented; to start a value with "|" or ">", put it in quotes'],
  [
    'a comment glued to a quoted value',
    'title: "a"# c\n',
    '2:11: title: a "#" starts a comment only after a space: add a space before the "#", or put the whole value, "#" included, in quotes',
  ],
  ['a "..." line inside the frontmatter', 'title: a\n...\nowner: b\n', '4:1: frontmatter: a line "---" or "..." here ends the YAML early: remove it (the frontmatter ends at its closing "---" line)'],
  [
    'a value starting with *',
    'title: * importante\n',
    '2:8: title: a value that starts with "&", "*" or "!" is read as YAML markup, not as text: put the value in quotes: title: "* importante"',
  ],
  [
    'a value starting with ! (a tag, which only warns and loses the word)',
    'title: !Urgente\n',
    '2:8: title: a value that starts with "&", "*" or "!" is read as YAML markup, not as text: put the value in quotes: title: "!Urgente"',
  ],
  ['a value starting with & (an anchor nothing uses)', 'title: &Alta online\n', '2:8: title: "&Alta" at the start of a value is read as YAML markup and left out of the value: put the value in quotes'],
  ['a reference to no anchor', 'owner: *equipo\n', '2:8: owner: "*equipo" is read as a reference to a value marked "&equipo", and there is none: put the value in quotes'],
  ['an empty item in a [ ] list', 'tags: [a,,b]\n', '2:10: tags: there is an empty item between two commas in a [ ] list: remove the extra ","'],
  ['a stray bracket', 'title: a\n]\n', '3:1: frontmatter: "]" here belongs to nothing: remove it, or put the value it is part of in quotes'],
  [
    'two entries of a { } map without a comma',
    'x: {a: 1 b: 2}\n',
    '2:8: x.a: inside [ ] or { } the items are separated by commas: put an item that contains ":" or "-" in quotes, or write the list with one "- item" per line',
  ],
  [
    'a text that starts with "|" indented unevenly',
    'summary: |\n    a\n  b\n',
    '4:1: frontmatter: this line is not lined up with the fields above it: start every field of an entry at the same column, with spaces (or, if it continues the text above, put that text in quotes)',
  ],
];

describe('YAML mistakes in plain words', () => {
  it.each(MISTAKES)('%s: says what to change, at the line and column, in the field', (_name, yaml, expected) => {
    expect(problemOf(yaml)).toBe(expected);
  });

  it('keeps parser jargon out of every message', () => {
    for (const [, yaml] of MISTAKES) {
      expect(problemOf(yaml)).not.toMatch(/mapping|implicit|scalar|token|indicator|flow|compact|alias|anchor|invalid YAML/i);
    }
  });

  it('warns, without failing, when " #" cuts a value short', () => {
    const parsed = parseSource('---\ntitle: Cita #2\nowner: Atención # the team, a comment\n---\n');
    expect(parsed.data).toEqual({ title: 'Cita', owner: 'Atención' });
    expect(parsed.yamlWarnings).toEqual([
      {
        message: '" #2" is read as a comment and left out of the value: to keep it, put the whole value in quotes: "Cita #2"',
        line: 2,
        column: 8,
        path: ['title'],
      },
    ]);
  });

  // Every code of the `yaml` package's ErrorCode, including those no frontmatter can reach
  // today: a newer parser may report them, and the author still gets a sentence with a fix.
  const CODES = [
    'ALIAS_PROPS',
    'BAD_ALIAS',
    'BAD_DIRECTIVE',
    'BAD_DQ_ESCAPE',
    'BAD_INDENT',
    'BAD_PROP_ORDER',
    'BAD_SCALAR_START',
    'BLOCK_AS_IMPLICIT_KEY',
    'BLOCK_IN_FLOW',
    'DUPLICATE_KEY',
    'IMPOSSIBLE',
    'KEY_OVER_1024_CHARS',
    'MISSING_CHAR',
    'MULTILINE_IMPLICIT_KEY',
    'MULTIPLE_ANCHORS',
    'MULTIPLE_DOCS',
    'MULTIPLE_TAGS',
    'NON_STRING_KEY',
    'RESOURCE_EXHAUSTION',
    'TAB_AS_INDENT',
    'TAG_RESOLVE_FAILED',
    'UNEXPECTED_TOKEN',
    'BAD_COLLECTION_TYPE',
  ];
  it.each(CODES)('%s gets a message of its own that says what to do', (code) => {
    const message = plainYamlMessage({ code, message: 'Parser words for the error' }, { text: 'title: value\n', offset: 7 });
    expect(message).toMatch(/: /);
    expect(message).toMatch(/\b(put|write|add|remove|start|line|replace|keep|delete|check|indent|end)\b/);
  });
});
