/**
 * Random handbooks that follow docs/format.md (layout, personas, journeys, channels), for
 * property-based tests: the data an author means (`HandbookSpec`) and the files they would write
 * for it (`handbookFiles`). Every field of the format appears, optional ones sometimes, with text
 * drawn from any printable Unicode, accents, emoji, markup-looking strings and stray whitespace.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { BUILT_IN_CHANNEL_IDS } from '../../src/schema/channels.ts';
import { INFLUENCES } from '../../src/schema/persona.ts';
import { tagSlug } from '../../src/domain/tag-slug.ts';

export type EmotionInput = number | 'positive' | 'neutral' | 'negative';

export interface KpiSpec {
  name: string;
  value: number;
  unit?: string;
  target?: number;
  better?: 'higher' | 'lower';
}

export interface PersonaSpec {
  slug: string;
  format: 'md' | 'mdx';
  data: {
    name: string;
    role?: string;
    avatar?: string;
    quote?: string;
    segment?: string;
    goals?: string[];
    needs?: string[];
    pains?: string[];
    expectations?: string[];
    motivations?: string[];
    channels?: string[];
    supporting?: Array<{ name: string; role?: string; influence?: (typeof INFLUENCES)[number] }>;
  };
  body: string;
}

export interface PhaseSpec {
  id: string;
  name: string;
  goal?: string;
  duration?: string;
  kpis?: KpiSpec[];
}

export interface TouchpointSpec {
  id?: string;
  phase: string;
  title: string;
  channel: string;
  emotion: EmotionInput;
  feeling?: string;
  thought?: string;
  pain?: string;
  opportunity?: string;
  moment?: 'truth' | 'pain';
  importance?: number;
  owner?: string;
  evidence?: string[];
  backstage?: string[];
  support?: string[];
  kpis?: KpiSpec[];
  tags?: string[];
}

export interface JourneySpec {
  slug: string;
  format: 'md' | 'mdx';
  data: {
    title: string;
    persona: string;
    summary?: string;
    scenario?: string;
    state?: 'current' | 'future';
    compares?: string;
    owner?: string;
    reviewed?: string;
    tags?: string[];
    kpis?: KpiSpec[];
    phases: PhaseSpec[];
    touchpoints: TouchpointSpec[];
  };
  body: string;
}

export interface HandbookSpec {
  personas: PersonaSpec[];
  journeys: JourneySpec[];
  channels?: Record<string, { label: string; icon?: string }>;
}

/** The day the tests take as "today", and the review interval, so staleness is deterministic. */
export const TODAY = '2026-11-25';
export const REVIEW_MONTHS = 6;

/** Strings that look like markup or syntax to some layer between the file and the reader. */
export const TRICKY_TEXT = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '</textarea><b>negrita</b>',
  '<svg onload=alert(1)>',
  '{cliente}',
  '} {',
  'a < b && c > d',
  '&amp; &lt; &#60;',
  'Fernández, atención, ¿Qué?, ¡Ñandú!',
  '👩🏽‍💻 🇪🇸',
  'فتح حساب \u200f(RTL)',
  'tab\tinside',
  '"comillas" y \'apóstrofos\'',
  '- guion: como yaml',
  '# no es un título',
  '=SUMA(A1:A9)',
  'null',
  'true',
  '2024-01-01',
  '12',
];

const grapheme = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 24 });

/** Characters validation refuses in any text (src/validate/field-text.ts): controls, bidirectional controls, invisible ones. */
const REFUSED_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF\u2061-\u2064\u180E]/;

/** Any text an author may type in a free-text field (possibly empty or padded). */
export const freeText: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: fc.lorem({ maxCount: 8, mode: 'words' }) },
    { weight: 3, arbitrary: grapheme },
    { weight: 2, arbitrary: fc.constantFrom(...TRICKY_TEXT) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(' ', '  ', '\u00a0', '\t'), grapheme).map(([pad, text]) => `${pad}${text}${pad}`) },
  )
  .filter((text) => !REFUSED_CHARACTERS.test(text));

/** Text for a required text field: something left once whitespace is trimmed. */
export const requiredText: fc.Arbitrary<string> = freeText.filter((text) => text.trim().length > 0);

const textList = fc.array(requiredText, { minLength: 1, maxLength: 3 });
/** Tags: any text with a letter or a digit, which a tag's address is made of (docs/format.md#tags-and-sub-journeys-v2). */
const tagList = fc.array(
  requiredText.filter((text) => tagSlug(text) !== ''),
  { minLength: 1, maxLength: 3 },
);
/*
 * Ids and slugs as people write them: words joined by single dashes. (Any [a-z0-9-]+ is valid,
 * but a value ending in "---" trips a known frontmatter bug that has its own spec in
 * valid-handbooks.test.ts; generating it here would make every property fail on that one bug.)
 */
const id = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const slugSegment = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/);
const slug = fc.oneof(slugSegment, fc.tuple(slugSegment, slugSegment).map(([group, name]) => `${group}/${name}`));

/** A finite number as YAML writes and reads it back (no −0, which JSON cannot tell from 0). */
const number = fc
  .oneof(fc.integer({ min: -100_000, max: 100_000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }))
  .map((value) => (Object.is(value, -0) ? 0 : value));

const kpi: fc.Arbitrary<KpiSpec> = fc.record(
  {
    name: requiredText,
    value: number,
    unit: freeText,
    target: number,
    better: fc.constantFrom('higher' as const, 'lower' as const),
  },
  { requiredKeys: ['name', 'value'] },
);
const kpis = fc.array(kpi, { minLength: 1, maxLength: 2 });

const emotion: fc.Arbitrary<EmotionInput> = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('positive' as const, 'neutral' as const, 'negative' as const));

/** A date a reviewer wrote: recent (within the interval) or clearly stale, never on the edge. */
const reviewed = fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 400, max: 3000 })).map((daysAgo) => {
  const date = new Date(`${TODAY}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - daysAgo);
  return date.toISOString().slice(0, 10);
});

const customChannels = fc.dictionary(
  fc.stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,5})?$/),
  fc.record({ label: requiredText, icon: requiredText }, { requiredKeys: ['label'] }),
  { minKeys: 0, maxKeys: 3 },
);

/** Words for a narrative: prose MDX reads as prose (no `<` or `{`, which MDX treats as code). */
const prose = fc.array(fc.constantFrom('La', 'clienta', 'llama', 'al', 'centro', 'de', 'atención.', 'Espera', 'veinte', 'minutos,', 'y', 'nadie', 'sabe', 'qué', 'pasó.', 'Fernández', '¿Por', 'qué?', '—', '**importante**', '_matiz_'), {
  minLength: 3,
  maxLength: 40,
}).map((words) => words.join(' '));

function narrative(g: fc.GeneratorValue, format: 'md' | 'mdx', journey?: { touchpointIds: string[]; personaSlug: string }): string {
  const paragraphs = [g(() => prose)];
  if (format === 'mdx' && journey) {
    if (g(() => fc.boolean())) paragraphs.push(`<Touchpoint id="${g(() => fc.constantFrom(...journey.touchpointIds))}" />`);
    if (g(() => fc.boolean())) paragraphs.push('<EmotionChart />');
    if (g(() => fc.boolean())) paragraphs.push(`<Persona slug="${journey.personaSlug}" />`);
    if (g(() => fc.boolean())) paragraphs.push(`<Callout type="${g(() => fc.constantFrom('note', 'tip', 'warning'))}">\n${g(() => prose)}\n</Callout>`);
  }
  if (g(() => fc.boolean())) paragraphs.push(`## ${g(() => prose).slice(0, 40).replace(/[*_]/g, '')}`, g(() => prose));
  return `\n${paragraphs.join('\n\n')}\n`;
}

/** Options an option-less arbitrary would leave out, sometimes. */
function maybe<T>(g: fc.GeneratorValue, arbitrary: fc.Arbitrary<T>): T | undefined {
  return g(() => fc.boolean()) ? g(() => arbitrary) : undefined;
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

export interface HandbookConstraints {
  maxPersonas?: number;
  maxJourneys?: number;
  maxPhases?: number;
  maxTouchpoints?: number;
}

/** A valid handbook: every cross-reference resolves and touchpoints follow the phases' order. */
export function validHandbook(constraints: HandbookConstraints = {}): fc.Arbitrary<HandbookSpec> {
  const { maxPersonas = 3, maxJourneys = 4, maxPhases = 4, maxTouchpoints = 8 } = constraints;
  return fc.gen().map((g) => {
    const channels = g(() => fc.option(customChannels, { nil: undefined }));
    const channelIds = [...BUILT_IN_CHANNEL_IDS, ...Object.keys(channels ?? {})];
    const personaSlugs = g(() => fc.uniqueArray(slug, { minLength: 1, maxLength: maxPersonas }));
    const journeySlugs = g(() => fc.uniqueArray(slug, { minLength: 1, maxLength: maxJourneys }));

    const personas: PersonaSpec[] = personaSlugs.map((personaSlug) => {
      const format = g(() => fc.constantFrom('md' as const, 'mdx' as const));
      return {
        slug: personaSlug,
        format,
        data: compact({
          name: g(() => requiredText),
          role: maybe(g, freeText),
          avatar: maybe(g, fc.constantFrom('👩🏽‍💼', '🧑‍🦳', '🐙', '🇪🇸')),
          quote: maybe(g, freeText),
          segment: maybe(g, freeText),
          goals: maybe(g, textList),
          needs: maybe(g, textList),
          pains: maybe(g, textList),
          expectations: maybe(g, textList),
          motivations: maybe(g, textList),
          channels: maybe(g, fc.uniqueArray(fc.constantFrom(...channelIds), { minLength: 1, maxLength: 3 })),
          supporting: maybe(
            g,
            fc.array(fc.record({ name: requiredText, role: freeText, influence: fc.constantFrom(...INFLUENCES) }, { requiredKeys: ['name'] }), { minLength: 1, maxLength: 2 }),
          ),
        }),
        body: narrative(g, format),
      };
    });

    const states = journeySlugs.map(() => g(() => fc.constantFrom('current' as const, 'future' as const, undefined)));
    const currentSlugs = journeySlugs.filter((_, index) => states[index] !== 'future');

    const journeys: JourneySpec[] = journeySlugs.map((journeySlug, index) => {
      const phases: PhaseSpec[] = g(() => fc.uniqueArray(id, { minLength: 1, maxLength: maxPhases })).map((phaseId) =>
        compact({ id: phaseId, name: g(() => requiredText), goal: maybe(g, freeText), duration: maybe(g, freeText), kpis: maybe(g, kpis) }),
      );
      const count = g(() => fc.integer({ min: 1, max: maxTouchpoints }));
      // Touchpoints follow the phases' order: a sorted list of phase positions.
      const positions = g(() => fc.array(fc.integer({ min: 0, max: phases.length - 1 }), { minLength: count, maxLength: count })).sort((a, b) => a - b);
      const ids = g(() => fc.uniqueArray(id, { minLength: count, maxLength: count }));
      const touchpoints: TouchpointSpec[] = positions.map((position, at) =>
        compact({
          // Default ids (t1, t2, …) when left out: explicit ids must not clash with them.
          id: g(() => fc.boolean()) ? `tp-${ids[at]}` : undefined,
          phase: phases[position]!.id,
          title: g(() => requiredText),
          channel: g(() => fc.constantFrom(...channelIds)),
          emotion: g(() => emotion),
          feeling: maybe(g, freeText),
          thought: maybe(g, freeText),
          pain: maybe(g, freeText),
          opportunity: maybe(g, freeText),
          moment: maybe(g, fc.constantFrom('truth' as const, 'pain' as const)),
          importance: maybe(g, fc.integer({ min: 1, max: 5 })),
          owner: maybe(g, freeText),
          evidence: maybe(g, textList),
          backstage: maybe(g, textList),
          support: maybe(g, textList),
          kpis: maybe(g, kpis),
          tags: maybe(g, tagList),
        }),
      );
      const state = states[index];
      const candidates = currentSlugs.filter((other) => other !== journeySlug);
      const compares = state === 'future' && candidates.length > 0 && g(() => fc.boolean()) ? g(() => fc.constantFrom(...candidates)) : undefined;
      const personaSlug = g(() => fc.constantFrom(...personaSlugs));
      const format = g(() => fc.constantFrom('md' as const, 'mdx' as const));
      return {
        slug: journeySlug,
        format,
        data: compact({
          title: g(() => requiredText),
          persona: personaSlug,
          summary: maybe(g, freeText),
          scenario: maybe(g, freeText),
          state,
          compares,
          owner: maybe(g, freeText),
          reviewed: maybe(g, reviewed),
          tags: maybe(g, tagList),
          kpis: maybe(g, kpis),
          phases,
          touchpoints,
        }),
        body: narrative(g, format, { touchpointIds: touchpoints.map((touchpoint, at) => touchpoint.id ?? `t${at + 1}`), personaSlug }),
      };
    });
    return compact({ personas, journeys, channels });
  });
}

/** The frontmatter file an author writes for `data`, followed by `body`. */
export function contentFile(data: object, body: string): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;
}

/** The files of a handbook, `{ 'content/journeys/x.mdx': text, … }`. */
export function handbookFiles(spec: HandbookSpec): Record<string, string> {
  const files: Record<string, string> = {};
  for (const persona of spec.personas) files[`content/personas/${persona.slug}.${persona.format}`] = contentFile(persona.data, persona.body);
  for (const journey of spec.journeys) files[`content/journeys/${journey.slug}.${journey.format}`] = contentFile(journey.data, journey.body);
  if (spec.channels && Object.keys(spec.channels).length > 0) files['content/channels.yaml'] = stringify(spec.channels, { lineWidth: 0 });
  return files;
}
