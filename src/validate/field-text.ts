/**
 * What any text an author writes may hold and how long it may be, whatever its field: one author
 * must not be able to break pages the whole organisation shares, or the build.
 *
 * - Control characters (NUL and the other C0 and C1 codes, except tab and line breaks) are
 *   refused: they are never meant, and tools down the line (the bundler, Pagefind, spreadsheets)
 *   fail on them or drop them.
 * - Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are
 *   refused in the frontmatter: in a title or a name they reorder the text around them in lists,
 *   tables, the CSV and the share images, so a title can read as something it is not. (Letters of
 *   right-to-left scripts need none of them; the marks U+200E and U+200F stay allowed.)
 * - Invisible characters that make two equal-looking texts differ (U+200B zero width space,
 *   U+2060 word joiner, U+FEFF inside a text, U+2061–U+2064, U+180E) are refused in the
 *   frontmatter; the zero width joiner and non-joiner, which emoji and several scripts need, stay.
 * - Each field has a length past which a warning asks for a shorter text, and a hard limit past
 *   which it is an error (see LENGTH_LIMITS and docs/authoring.md).
 */

export interface LengthLimit {
  /** Past this many characters: a warning. */
  warning: number;
  /** Past this many characters: an error. */
  error: number;
}

/**
 * Limits by field name (the last name in the field's path, so `touchpoints[3].title` is a
 * `title`). Titles and names are read in navigation, cards and share images; sentences in map
 * cells; the scenario and a narrative are prose.
 */
export const LENGTH_LIMITS: Readonly<Record<string, LengthLimit>> = {
  title: { warning: 120, error: 500 },
  name: { warning: 80, error: 300 },
  label: { warning: 40, error: 200 },
  icon: { warning: 8, error: 100 },
  feeling: { warning: 40, error: 200 },
  unit: { warning: 20, error: 100 },
  duration: { warning: 40, error: 200 },
  summary: { warning: 300, error: 2_000 },
  scenario: { warning: 1_500, error: 10_000 },
  tags: { warning: 40, error: 200 },
};

/** Any other text field (thoughts, pains, quotes, evidence, roles…). */
export const DEFAULT_LENGTH_LIMIT: LengthLimit = { warning: 600, error: 5_000 };

/** A persona's or journey's narrative, in characters. */
export const NARRATIVE_LENGTH_LIMIT: LengthLimit = { warning: 40_000, error: 400_000 };

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const INVISIBLE = /[\u200B\u2060\uFEFF\u2061-\u2064\u180E]/;

/** The code point of `char` as authors look it up: "U+0000". */
function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export interface TextFinding {
  severity: 'error' | 'warning';
  message: string;
}

/** What is wrong with one frontmatter text, `field` being its name (see LENGTH_LIMITS). */
export function fieldTextFindings(value: string, field: string): TextFinding[] {
  const findings: TextFinding[] = [];
  const control = CONTROL.exec(value);
  if (control) findings.push({ severity: 'error', message: `contains the control character ${codePoint(control[0])} at character ${control.index + 1}: remove it (it is invisible and breaks the build's tools)` });
  const bidi = BIDI_CONTROL.exec(value);
  if (bidi) {
    findings.push({ severity: 'error', message: `contains the bidirectional control ${codePoint(bidi[0])} at character ${bidi.index + 1}, which reorders the text shown around it: remove it` });
  }
  const invisible = INVISIBLE.exec(value);
  if (invisible) {
    findings.push({ severity: 'error', message: `contains the invisible character ${codePoint(invisible[0])} at character ${invisible.index + 1}, which makes it differ from the same text typed again: remove it` });
  }
  const limit = LENGTH_LIMITS[field] ?? DEFAULT_LENGTH_LIMIT;
  const length = [...value].length;
  if (length > limit.error) findings.push({ severity: 'error', message: `is ${length} characters long, more than the ${limit.error} allowed here: shorten it (under ${limit.warning} reads best)` });
  else if (length > limit.warning) findings.push({ severity: 'warning', message: `is ${length} characters long: under ${limit.warning} reads best here (the limit is ${limit.error})` });
  return findings;
}

/** Every string in parsed frontmatter, with its path. */
export function stringsIn(data: unknown, path: Array<string | number> = []): Array<{ path: Array<string | number>; value: string }> {
  if (typeof data === 'string') return [{ path, value: data }];
  if (Array.isArray(data)) return data.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => stringsIn(value, [...path, key]));
  }
  return [];
}

/** The field name that picks a limit: the last name in the path (`tags[2]` is a `tags`). */
export function fieldNameOf(path: ReadonlyArray<string | number>): string {
  for (let index = path.length - 1; index >= 0; index--) if (typeof path[index] === 'string') return path[index] as string;
  return '';
}

/** Problems of a narrative's text as a whole: control characters (with their place) and its length. */
export function narrativeTextFindings(body: string): Array<TextFinding & { offset?: number }> {
  const findings: Array<TextFinding & { offset?: number }> = [];
  const control = CONTROL.exec(body);
  if (control) findings.push({ severity: 'error', offset: control.index, message: `contains the control character ${codePoint(control[0])}: remove it (it is invisible and breaks the build's tools)` });
  const length = body.length;
  if (length > NARRATIVE_LENGTH_LIMIT.error) {
    findings.push({ severity: 'error', message: `the narrative is ${length} characters long, more than the ${NARRATIVE_LENGTH_LIMIT.error} allowed: split it or move detail into research notes` });
  } else if (length > NARRATIVE_LENGTH_LIMIT.warning) {
    findings.push({ severity: 'warning', message: `the narrative is ${length} characters long: pages read best with narratives under ${NARRATIVE_LENGTH_LIMIT.warning} characters` });
  }
  return findings;
}
