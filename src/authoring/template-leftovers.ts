/**
 * Text still as `npm run new` or `npm run import` wrote it: the placeholder touchpoint titles,
 * the example paragraph of a narrative or a biography, the placeholder name of a persona made
 * from a diagram without actors, and the "check the channel" notes beside guessed channels.
 * Each is a warning at its line and column, so `npm run check -- --strict` can keep a journey
 * nobody finished out of a published handbook (docs/format.md#warnings).
 *
 * The check lives here rather than in src/validate because it compares against the templates'
 * own words, in every language a template can be written in: a file written with `--lang en` in
 * a Spanish handbook is caught too.
 */
import { fillPlaceholders, templateText, type TemplateText } from '../i18n/index.ts';
import { LOCALES } from '../schema/settings.ts';
import type { SourceFile } from '../sources/content-files.ts';
import { parseSource } from '../validate/frontmatter.ts';
import type { Problem } from '../validate/problem.ts';

const TEMPLATES: readonly TemplateText[] = LOCALES.map((lang) => templateText(lang));

/** The placeholder title's words before and after the phase name it is written with. */
const PLACEHOLDER_TITLE_PARTS: ReadonlyArray<readonly [string, string]> = TEMPLATES.map((t) => {
  const marker = '\u0000';
  const [before = '', after = ''] = fillPlaceholders(t.touchpointPlaceholder, { phase: marker }).split(marker);
  return [before, after] as const;
});

/** A placeholder title for any phase name: the template's sentence with the name left open. */
const PLACEHOLDER_TITLES: readonly RegExp[] = PLACEHOLDER_TITLE_PARTS.map(([before, after]) => new RegExp(`^${escapeRegExp(before)}.*${escapeRegExp(after)}$`, 's'));

/** The first line of each example paragraph: enough to know the paragraph is still there. */
const EXAMPLE_PARAGRAPHS: readonly string[] = TEMPLATES.flatMap((t) => [t.journeyBody, t.personaBody].map((text) => text.split('\n')[0]!.trim()));

const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set(TEMPLATES.map((t) => t.placeholderPersonaName));
const CHANNEL_NOTES: readonly string[] = TEMPLATES.map((t) => t.channelToCheck);

/**
 * Fragments one of which every leftover contains: a file without any is not parsed again, so
 * the check costs a text search per file on a finished handbook.
 */
const FRAGMENTS: readonly string[] = [
  ...PLACEHOLDER_TITLE_PARTS.map(([before]) => before),
  ...EXAMPLE_PARAGRAPHS,
  ...PLACEHOLDER_NAMES,
  ...CHANNEL_NOTES,
].filter((fragment) => fragment.length > 0);

/** Every leftover of the templates in these files, as warnings. */
export function templateLeftovers(sources: readonly SourceFile[]): Problem[] {
  return sources.filter((source) => FRAGMENTS.some((fragment) => source.text.includes(fragment))).flatMap(leftoversIn);
}

function leftoversIn(source: SourceFile): Problem[] {
  const parsed = parseSource(source.text);
  const found: Problem[] = [];
  const warn = (field: string, place: { line: number; column: number } | undefined, message: string) =>
    found.push({ file: source.file, field, message, severity: 'warning', ...(place && { line: place.line, column: place.column }) });
  const data = (typeof parsed.data === 'object' && parsed.data !== null ? parsed.data : {}) as Record<string, unknown>;

  if (source.collection === 'journeys') {
    const lines = source.text.replace(/^\uFEFF/, '').split(/\r?\n/);
    listOf(data.touchpoints).forEach((touchpoint, index) => {
      const title = (touchpoint as { title?: unknown } | null)?.title;
      if (typeof title === 'string' && PLACEHOLDER_TITLES.some((pattern) => pattern.test(title.trim()))) {
        warn(
          `touchpoints[${index}].title`,
          parsed.positionOf(['touchpoints', index, 'title']),
          'still the placeholder "npm run new" wrote: write what the persona does or experiences at this step',
        );
      }
      const channel = parsed.positionOf(['touchpoints', index, 'channel']);
      const note = channel && guessedChannelNote(lines[channel.line - 1] ?? '');
      if (note) {
        warn(`touchpoints[${index}].channel`, channel, `the channel was guessed by "npm run import": set where this step really happens, then delete the comment "# ${note}"`);
      }
    });
  } else if (typeof data.name === 'string' && PLACEHOLDER_NAMES.has(data.name.trim())) {
    warn('name', parsed.positionOf(['name']), 'still the placeholder name "npm run import" wrote for a diagram without actors: write the persona\'s name and fill in the portrait');
  }

  const paragraph = exampleParagraph(parsed.body);
  if (paragraph !== undefined) {
    const kind = source.collection === 'journeys' ? "the journey's story" : 'their biography';
    warn('body', { line: parsed.bodyLine + paragraph, column: 1 }, `still the example paragraph the template wrote: tell ${kind} here, or delete the paragraph`);
  }
  return found;
}

/** The 0-based line of the body where an example paragraph starts, outside MDX comments. */
function exampleParagraph(body: string): number | undefined {
  let inComment = false;
  const lines = body.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!.trim();
    if (!inComment && line.startsWith('{/*')) inComment = true;
    if (!inComment && EXAMPLE_PARAGRAPHS.includes(line)) return index;
    if (inComment && line.includes('*/}')) inComment = false;
  }
  return undefined;
}

/** The note of a `channel: web  # revisa el canal` line, when the channel is still a guess. */
function guessedChannelNote(line: string): string | undefined {
  const note = /^\s*(?:-\s+)?channel:\s*\S[^#]*#\s*(.+?)\s*$/.exec(line)?.[1];
  return note !== undefined && CHANNEL_NOTES.includes(note) ? note : undefined;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
