/**
 * `/touchpoints.csv` (docs/format.md#touchpointscsv): every touchpoint of every journey, one row
 * each, for spreadsheets and BI tools. Pure: handbook in, text out.
 *
 * Format: RFC 4180 — comma-separated, CRLF after every record (the last one too), a field
 * quoted when it holds a comma, a semicolon, a tab, a double quote, CR or LF, and its quotes
 * doubled (Excel in Spanish and other locales splits on ";", and on tabs when pasted). UTF-8 with
 * a byte order mark, so spreadsheet programs that guess the encoding show accents right.
 * Column names are fixed English identifiers whatever the site's language, so imports and
 * dashboards keep working when a handbook is translated. Lists (evidence, backstage, support,
 * KPIs, research sources) are joined with " | ". Numbers use a dot for decimals.
 */
import type { Handbook, Journey, Touchpoint } from '../model/types.ts';
import type { Kpi } from '../schema/kpi.ts';

export const CSV_COLUMNS = [
  'journey_slug',
  'journey_title',
  'journey_state',
  'persona_slug',
  'persona_name',
  'phase_id',
  'phase_name',
  'stage_id',
  'stage_name',
  'position',
  'touchpoint_id',
  'title',
  'channel',
  'channel_label',
  'emotion',
  'feeling',
  'thought',
  'pain',
  'opportunity',
  'moment',
  'importance',
  'owner',
  'evidence',
  'backstage',
  'support',
  'kpis',
  'sources',
  'tags',
  'url',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvValue = string | number | undefined | null;

export const LIST_SEPARATOR = ' | ';
const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number such as -2 or 6.25: a spreadsheet reads it as that number, nothing more. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/**
 * Where a spreadsheet may start a new cell inside our text: a comma, a semicolon, a tab or a line
 * break, then perhaps spaces and the quote that opened our field. A program that splits on ";"
 * does not see our quoting, so the text after each of these can become a cell of its own.
 */
const CELL_START = /([,;\t\r\n][ ]*"?)/;

/**
 * Neutralises every part of a cell that a spreadsheet could evaluate as a formula by prefixing
 * an apostrophe (OWASP's advice: "=HYPERLINK(…)" shows as text): the start of the cell, and the
 * start of each part a spreadsheet splitting on ",", ";", tabs or line breaks would make of it.
 * A plain number such as "-2" is left alone: it starts with "-" but cannot call a function or
 * reference a cell, and keeping it bare keeps the emotion and KPI columns numeric.
 */
export function neutraliseFormula(text: string): string {
  // Odd indices are the separators the split kept; even ones (after the first) the parts a
  // spreadsheet may read as cells of their own.
  const inner = text
    .split(CELL_START)
    .map((part, index) => (index > 0 && index % 2 === 0 && /^[=+\-@]/.test(part) && !PLAIN_NUMBER.test(part) ? `'${part}` : part))
    .join('');
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${inner}` : inner;
}

/** One field as RFC 4180 writes it: neutralised, then quoted when it must be. */
export function csvField(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  const text = neutraliseFormula(typeof value === 'number' ? numberText(value) : value);
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, terminated by CRLF. */
export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + CRLF;
}

function numberText(value: number): string {
  // No exponent notation: 0.0000001 stays a decimal a spreadsheet reads as a number.
  return Number.isInteger(value) ? String(value) : value.toFixed(10).replace(/\.?0+$/, '');
}

/** "Name: 19 min (target 8, lower is better)" — a KPI in one cell. */
export function kpiText(kpi: Kpi): string {
  const unit = kpi.unit ? ` ${kpi.unit}` : '';
  const target = kpi.target === undefined ? '' : ` (target ${numberText(kpi.target)}${unit}, ${kpi.better} is better)`;
  return `${kpi.name}: ${numberText(kpi.value)}${unit}${target}`;
}

export function joinList(items: readonly string[] | undefined): string {
  return (items ?? []).join(LIST_SEPARATOR);
}

export interface TouchpointsCsvOptions {
  /** The link written in the `url` column (absolute when the site URL is known). */
  touchpointUrl: (journeySlug: string, touchpointId: string) => string;
}

/** The row of one touchpoint, keyed by column. */
export function touchpointRow(handbook: Pick<Handbook, 'personaBySlug' | 'channels' | 'stageById'>, journey: Journey, touchpoint: Touchpoint, options: TouchpointsCsvOptions): Record<CsvColumn, CsvValue> {
  const phase = journey.phases[touchpoint.phaseIndex];
  const stage = phase?.stage === undefined ? undefined : handbook.stageById.get(phase.stage);
  return {
    journey_slug: journey.slug,
    journey_title: journey.title,
    journey_state: journey.state,
    persona_slug: journey.personaSlug,
    persona_name: handbook.personaBySlug.get(journey.personaSlug)?.name ?? journey.personaSlug,
    phase_id: touchpoint.phase,
    phase_name: phase?.name,
    stage_id: stage?.id,
    stage_name: stage?.name,
    position: touchpoint.index + 1,
    touchpoint_id: touchpoint.id,
    title: touchpoint.title,
    channel: touchpoint.channel,
    channel_label: handbook.channels.get(touchpoint.channel)?.label ?? touchpoint.channel,
    emotion: touchpoint.emotion,
    feeling: touchpoint.feeling,
    thought: touchpoint.thought,
    pain: touchpoint.pain,
    opportunity: touchpoint.opportunity,
    moment: touchpoint.moment,
    importance: touchpoint.importance,
    owner: touchpoint.owner,
    evidence: joinList(touchpoint.evidence),
    backstage: joinList(touchpoint.backstage),
    support: joinList(touchpoint.support),
    kpis: joinList(touchpoint.kpis?.map(kpiText)),
    sources: joinList(touchpoint.sources),
    tags: joinList(touchpoint.tags),
    url: options.touchpointUrl(journey.slug, touchpoint.id),
  };
}

/** The whole file: BOM, header, then every touchpoint in handbook order and position. */
export function touchpointsCsv(handbook: Pick<Handbook, 'journeys' | 'personaBySlug' | 'channels' | 'stageById'>, options: TouchpointsCsvOptions): string {
  let text = BOM + csvRecord(CSV_COLUMNS);
  for (const journey of handbook.journeys) {
    for (const touchpoint of journey.touchpoints) {
      const row = touchpointRow(handbook, journey, touchpoint, options);
      text += csvRecord(CSV_COLUMNS.map((column) => row[column]));
    }
  }
  return text;
}
