/**
 * The part of validation that depends on one content file's text alone (and on its path, which
 * gives its collection, slug and format): YAML parsed with positions, the schema, the checks
 * inside the file, and the MDX body scan. Its result is plain JSON, so the validation cache can
 * keep it between builds; everything that needs other files, the disk or today's date is left
 * as a question (see findings.ts) for validate-content.ts to answer.
 */
import type { JourneyData } from '../schema/journey.ts';
import { journeySchema } from '../schema/journey.ts';
import { personaSchema, type PersonaData } from '../schema/persona.ts';
import { researchSchema, type ResearchData } from '../schema/research.ts';
import { durationMonths } from '../schema/duration.ts';
import { TRACK_STEP_KINDS, trackSchema, type TrackData } from '../schema/track.ts';
import type { SourceFile } from '../sources/content-files.ts';
import { parseSource, type ParsedSource } from './frontmatter.ts';
import { keysAt } from './schema-keys.ts';
import { didYouMean, listForMessage } from './did-you-mean.ts';
import { CALLOUT_TYPES, NARRATIVE_COMPONENTS, scanMdxBody, type ComponentUse } from './body-references.ts';
import { checkNarrativeMarkup } from './narrative-markup.ts';
import { fieldNameOf, fieldTextFindings, narrativeTextFindings, stringsIn } from './field-text.ts';
import { recorder, type Finding, type Recorder } from './findings.ts';
import type { ValidJourneyData } from '../model/types.ts';
import { tagSlug } from '../domain/tag-slug.ts';

export interface PersonaAnalysis {
  collection: 'personas';
  findings: Finding[];
  /** The frontmatter as the schema gives it, when it passed the schema. */
  data?: PersonaData;
  /** Where the body starts in the file's text, when `data` is there. */
  bodyStart?: number;
}

export interface JourneyAnalysis {
  collection: 'journeys';
  findings: Finding[];
  /** The persona the journey names, when it can be read; other journeys' `compares` need it not. */
  protagonist?: string;
  /** Whether the journey is a current one (the default), for future journeys that compare with it. */
  current: boolean;
  /** The frontmatter as the schema gives it, with every touchpoint's id, when it passed the schema. */
  data?: ValidJourneyData;
  /** Where the body starts in the file's text, when `data` is there. */
  bodyStart?: number;
  /**
   * The research ids its touchpoints cite, as far as they can be read; absent when the
   * frontmatter cannot be read at all (then any research may be cited by it).
   */
  citedResearch?: string[];
}

export interface ResearchAnalysis {
  collection: 'research';
  findings: Finding[];
  /** The frontmatter as the schema gives it, when it passed the schema. */
  data?: ResearchData;
  /** Where the body starts in the file's text, when `data` is there. */
  bodyStart?: number;
}


/** The per-file part of validation for any persona, journey or research source. */
export interface TrackAnalysis {
  collection: 'tracks';
  findings: Finding[];
  /** The frontmatter as the schema gives it, when it passed the schema. */
  data?: TrackData;
  /** Where the body (the track's introduction) starts in the file's text, when `data` is there. */
  bodyStart?: number;
}

export type FileAnalysis = PersonaAnalysis | JourneyAnalysis | ResearchAnalysis | TrackAnalysis;

/** The per-file part of validation for any persona, journey, research source or track. */
export function analyseFile(source: SourceFile): FileAnalysis {
  switch (source.collection) {
    case 'personas':
      return analysePersona(source);
    case 'journeys':
      return analyseJourney(source);
    case 'tracks':
      return analyseTrack(source);
    case 'research':
      return analyseResearch(source);
    default:
      throw new Error(`validation: ${source.file} is not a file this analysis reads`);
  }
}

/** docs/format.md#research-v2: a research source stands alone; who cites it is the journeys' business. */
export function analyseResearch(source: SourceFile): ResearchAnalysis {
  const parsed = parseSource(source.text);
  const record = recorder(parsed.positionOf);
  if (parsed.syntaxError) {
    record.syntax(parsed.syntaxError);
    return { collection: 'research', findings: record.findings };
  }
  for (const warning of parsed.yamlWarnings) record.warningAt(warning.path, warning, warning.message);
  const result = researchSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) record.schemaIssues(result.error.issues, (path) => keysAt(researchSchema, path));
  // The findings and verbatims may use what a persona's biography may (docs/format.md#the-narrative).
  analyseBody(record, source, parsed, undefined);
  return { collection: 'research', findings: record.findings, ...(result.success && { data: result.data, bodyStart: bodyStart(source, parsed) }) };
}

/** docs/format.md#personas, as far as one persona file can tell. */
export function analysePersona(source: SourceFile): PersonaAnalysis {
  const parsed = parseSource(source.text);
  const record = recorder(parsed.positionOf);
  if (parsed.syntaxError) {
    record.syntax(parsed.syntaxError);
    return { collection: 'personas', findings: record.findings };
  }
  for (const warning of parsed.yamlWarnings) record.warningAt(warning.path, warning, warning.message);
  const result = personaSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) record.schemaIssues(result.error.issues, (path) => keysAt(personaSchema, path));
  // Cross-references are checked even when the schema failed, on whatever fields are usable,
  // so one run reports every problem of the file (docs/format.md#validation).
  const raw = isRecord(parsed.data) ? parsed.data : {};
  listOf(raw.channels).forEach((channel, index) => {
    if (typeof channel === 'string') record.ask(['channels', index], { kind: 'channel-reference', field: record.fieldOf(['channels', index]), channel });
  });
  if (typeof raw.avatar === 'string') record.ask(['avatar'], { kind: 'avatar', value: raw.avatar.trim() });
  analyseTexts(record, parsed);
  analyseBody(record, source, parsed, undefined);
  return { collection: 'personas', findings: record.findings, ...(result.success && { data: result.data, bodyStart: bodyStart(source, parsed) }) };
}

/** docs/format.md#journeys, as far as one journey file can tell. */
export function analyseJourney(source: SourceFile): JourneyAnalysis {
  const parsed = parseSource(source.text);
  // Read before the schema, so a journey with other problems still answers `compares` questions.
  const current = ((parsed.data as { state?: unknown } | undefined)?.state ?? 'current') === 'current';
  const record = recorder(parsed.positionOf);
  if (parsed.syntaxError) {
    record.syntax(parsed.syntaxError);
    return { collection: 'journeys', findings: record.findings, current };
  }
  for (const warning of parsed.yamlWarnings) record.warningAt(warning.path, warning, warning.message);
  const result = journeySchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) record.schemaIssues(result.error.issues, (path) => keysAt(journeySchema, path));
  // As for personas: cross-references are checked on the usable fields even after a schema error.
  const references = result.success ? referencesOf(result.data) : salvageReferences(parsed.data);
  analyseJourneyReferences(record, source, references);
  analyseTags(record, parsed.data);
  const cited = { citedResearch: [...new Set(references.touchpoints.flatMap((touchpoint) => touchpoint.sources.map(({ id }) => id)))] };
  const touchpointIds = new Set(references.touchpoints.flatMap((touchpoint) => (touchpoint.id === undefined ? [] : [touchpoint.id])));
  analyseTexts(record, parsed);
  analyseBody(record, source, parsed, touchpointIds);
  const protagonist = references.persona === undefined ? {} : { protagonist: references.persona };
  if (!result.success) return { collection: 'journeys', findings: record.findings, ...protagonist, current, ...cited };
  const data = withTouchpointIds(result.data);
  if (data.state === 'future' && !data.compares) {
    record.warning(['compares'], 'a future journey usually names the current journey it improves on: add "compares: <journey slug>"');
  }
  if (data.reviewed !== undefined) {
    const intervalMonths = data.review_every === undefined ? undefined : durationMonths(data.review_every);
    record.ask(['reviewed'], { kind: 'review-date', reviewed: data.reviewed, ...(intervalMonths !== undefined && { intervalMonths }) });
  }
  return { collection: 'journeys', findings: record.findings, ...protagonist, current, data, bodyStart: bodyStart(source, parsed), ...cited };
}

/**
 * docs/format.md#tracks-v2, as far as one track file can tell: the schema, a page named twice,
 * and a question for every journey, persona and research source a step names.
 */
export function analyseTrack(source: SourceFile): TrackAnalysis {
  const parsed = parseSource(source.text);
  const record = recorder(parsed.positionOf);
  if (parsed.syntaxError) {
    record.syntax(parsed.syntaxError);
    return { collection: 'tracks', findings: record.findings };
  }
  for (const warning of parsed.yamlWarnings) record.warningAt(warning.path, warning, warning.message);
  const result = trackSchema.safeParse(parsed.data, { reportInput: true });
  if (!result.success) record.schemaIssues(result.error.issues, (path) => keysAt(trackSchema, path));
  // As for journeys: the steps that can be read are checked even when another field is wrong.
  const raw = isRecord(parsed.data) ? parsed.data : {};
  const firstStepOf = new Map<string, number>();
  listOf(raw.steps).forEach((step, index) => {
    if (!isRecord(step)) return;
    const named = TRACK_STEP_KINDS.filter((kind) => step[kind] !== undefined);
    // No target or two targets: the schema says so.
    if (named.length !== 1) return;
    const kind = named[0]!;
    const value = step[kind];
    if (typeof value !== 'string' || value.trim() === '') return;
    const reference = value.trim();
    const path = ['steps', index, kind];
    // A reader's place in a track is the page they are on: each page may be one step only.
    const first = firstStepOf.get(`${kind}:${reference}`);
    if (first !== undefined) {
      record.error(path, `"${reference}" is already step ${first + 1} of this track (steps[${first}]): a track leads to each page once`);
      return;
    }
    firstStepOf.set(`${kind}:${reference}`, index);
    if (kind !== 'page') record.ask(path, { kind: 'track-step', field: record.fieldOf(path), target: kind, ref: reference });
  });
  analyseBody(record, source, parsed, undefined);
  return { collection: 'tracks', findings: record.findings, ...(result.success && { data: result.data, bodyStart: bodyStart(source, parsed) }) };
}

/**
 * The body is the end of the file's text (after a byte-order mark and the frontmatter), so its
 * offset is enough to cut it out again without matching the frontmatter fences once more.
 */
function bodyStart(source: SourceFile, parsed: ParsedSource): number {
  return source.text.length - parsed.body.length;
}

/** docs/format.md#touchpoints: a touchpoint without an id is `t1`, `t2`, … by its (1-based) position. */
function defaultTouchpointId(index: number): string {
  return `t${index + 1}`;
}

function withTouchpointIds(data: JourneyData): ValidJourneyData {
  return { ...data, touchpoints: data.touchpoints.map((touchpoint, index) => ({ ...touchpoint, id: touchpoint.id ?? defaultTouchpointId(index) })) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * The fields of a journey that refer to something else, as far as they are usable: a valid
 * journey gives all of them; one with schema errors gives those that still have the right type.
 */
interface JourneyReferences {
  persona: string | undefined;
  /** Undefined when the state itself is invalid. */
  state: 'current' | 'future' | undefined;
  compares: string | undefined;
  /** `stage` is undefined when the phase names none, or names one unusably (the schema says why). */
  phases: Array<{ id: string | undefined; stage: string | undefined; stageWritten: boolean }>;
  /** `id` is the explicit id or the default `t<n>`; undefined when the written id is unusable. */
  touchpoints: Array<{
    id: string | undefined;
    explicitId: boolean;
    phase: string | undefined;
    channel: string | undefined;
    detail: string | undefined;
    sources: Array<{ index: number; id: string }>;
  }>;
}

function referencesOf(data: JourneyData): JourneyReferences {
  return {
    persona: data.persona,
    state: data.state,
    compares: data.compares,
    phases: data.phases.map((phase) => ({ id: phase.id, stage: phase.stage, stageWritten: phase.stage !== undefined })),
    touchpoints: data.touchpoints.map((touchpoint, index) => ({
      id: touchpoint.id ?? defaultTouchpointId(index),
      explicitId: touchpoint.id !== undefined,
      phase: touchpoint.phase,
      channel: touchpoint.channel,
      detail: touchpoint.detail,
      sources: (touchpoint.sources ?? []).map((id, index) => ({ index, id })),
    })),
  };
}

/** The usable references of frontmatter that failed the schema (every field may be anything). */
function salvageReferences(raw: unknown): JourneyReferences {
  const data = isRecord(raw) ? raw : {};
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : undefined);
  const state = data.state === undefined ? 'current' : data.state === 'current' || data.state === 'future' ? data.state : undefined;
  return {
    persona: text(data.persona),
    state,
    compares: text(data.compares),
    phases: listOf(data.phases).map((phase) => {
      const fields = isRecord(phase) ? phase : {};
      return { id: text(fields.id), stage: text(fields.stage), stageWritten: fields.stage !== undefined };
    }),
    touchpoints: listOf(data.touchpoints).map((touchpoint, index) => {
      const fields = isRecord(touchpoint) ? touchpoint : {};
      return {
        id: fields.id === undefined ? defaultTouchpointId(index) : text(fields.id),
        explicitId: fields.id !== undefined,
        phase: text(fields.phase),
        channel: text(fields.channel),
        detail: text(fields.detail),
        sources: listOf(fields.sources).flatMap((id, index) => (typeof id === 'string' && id.trim() ? [{ index, id: id.trim() }] : [])),
      };
    }),
  };
}

/** The journey's references: those inside the file are judged here, the others are asked. */
function analyseJourneyReferences(record: Recorder, source: SourceFile, data: JourneyReferences) {
  if (data.persona !== undefined) record.ask(['persona'], { kind: 'persona-reference', persona: data.persona });
  if (data.compares !== undefined) {
    if (data.state === 'current') {
      record.error(['compares'], 'only a future journey compares with another: add "state: future" or remove "compares"');
    } else if (data.compares === source.slug) {
      record.error(['compares'], 'a journey cannot compare with itself: name the current journey it improves on');
    } else {
      record.ask(['compares'], { kind: 'compared-journey', compares: data.compares });
    }
  }

  const phaseIndex = new Map<string, number>();
  data.phases.forEach((phase, index) => {
    const stagePath = ['phases', index, 'stage'];
    // Whether the handbook has stages, and which, only the cross-file pass knows.
    if (phase.stage !== undefined) record.ask(stagePath, { kind: 'stage-reference', field: record.fieldOf(stagePath), stage: phase.stage });
    else if (!phase.stageWritten && phase.id !== undefined) record.ask(stagePath, { kind: 'phase-without-stage', field: record.fieldOf(stagePath), phase: phase.id });
    if (phase.id === undefined) return;
    if (phaseIndex.has(phase.id)) record.error(['phases', index, 'id'], `duplicate phase id "${phase.id}": phase ids must be unique in the journey`);
    else phaseIndex.set(phase.id, index);
  });
  const phaseIds = [...phaseIndex.keys()];
  const touchpointIndex = new Map<string, number>();
  let latestPhase = -1;
  let latestPhaseId = '';
  data.touchpoints.forEach((touchpoint, index) => {
    if (touchpoint.id !== undefined) {
      const first = touchpointIndex.get(touchpoint.id);
      if (first === undefined) touchpointIndex.set(touchpoint.id, index);
      else record.error(['touchpoints', index, 'id'], duplicateTouchpointMessage(touchpoint, first, index, data));
    }
    if (touchpoint.phase !== undefined) {
      const position = phaseIndex.get(touchpoint.phase);
      if (position === undefined) {
        // Without one usable phase id the phases themselves are reported; every touchpoint need not be.
        if (phaseIds.length > 0) {
          record.error(['touchpoints', index, 'phase'], `unknown phase "${touchpoint.phase}"${didYouMean(touchpoint.phase, phaseIds)} (phases: ${listForMessage(phaseIds)})`);
        }
      } else if (position < latestPhase) {
        record.error(
          ['touchpoints', index, 'phase'],
          `phase "${touchpoint.phase}" comes before "${latestPhaseId}", used by an earlier touchpoint: list touchpoints in the order of the phases`,
        );
      } else {
        latestPhase = position;
        latestPhaseId = touchpoint.phase;
      }
    }
    if (touchpoint.channel !== undefined) {
      const path = ['touchpoints', index, 'channel'];
      record.ask(path, { kind: 'channel-reference', field: record.fieldOf(path), channel: touchpoint.channel });
    }
    for (const source of touchpoint.sources) {
      const path = ['touchpoints', index, 'sources', source.index];
      record.ask(path, { kind: 'research-reference', field: record.fieldOf(path), id: source.id });
    }
    if (touchpoint.detail !== undefined) {
      const path = ['touchpoints', index, 'detail'];
      if (touchpoint.detail === source.slug) {
        record.error(path, 'a touchpoint cannot be detailed by its own journey: name the sub-journey that zooms into it');
      } else {
        record.ask(path, { kind: 'detail-reference', field: record.fieldOf(path), detail: touchpoint.detail });
      }
    }
  });
}

/**
 * Every tag becomes an address (`/tags/<slug>/`, docs/format.md#tags-v2), so a tag needs a letter
 * or a digit to make one from. Read from the raw frontmatter, so a journey with other problems
 * still hears about its tags; the schema reports what is not text at all.
 */
function analyseTags(record: Recorder, raw: unknown) {
  const data = isRecord(raw) ? raw : {};
  const check = (tags: unknown, path: readonly PropertyKey[]) => {
    listOf(tags).forEach((tag, index) => {
      if (typeof tag === 'string' && tag.trim() !== '' && tagSlug(tag) === '') {
        record.error([...path, index], `"${tag}" has no letter or digit to make the tag's address from: write the tag in words`);
      }
    });
  };
  check(data.tags, ['tags']);
  listOf(data.touchpoints).forEach((touchpoint, index) => {
    if (isRecord(touchpoint)) check(touchpoint.tags, ['touchpoints', index, 'tags']);
  });
}

/** Says which touchpoint holds the id already, and whether the clash comes from a default id. */
function duplicateTouchpointMessage(touchpoint: JourneyReferences['touchpoints'][number], first: number, index: number, data: JourneyReferences): string {
  const id = touchpoint.id!;
  const earlier = data.touchpoints[first]!;
  if (!touchpoint.explicitId) {
    return `touchpoint id "${id}" (the default id of touchpoint ${index + 1}) is already the id of touchpoints[${first}]: give one of them another id`;
  }
  const whose = earlier.explicitId ? '' : ` (its default id, as touchpoint ${first + 1})`;
  return `duplicate touchpoint id "${id}": touchpoints[${first}] already has it${whose}; give each touchpoint its own id`;
}

/** Every text of the file against field-text.ts: control and bidirectional characters, lengths. */
function analyseTexts(record: Recorder, parsed: ParsedSource) {
  for (const { path, value } of stringsIn(parsed.data)) {
    for (const finding of fieldTextFindings(value, fieldNameOf(path))) {
      if (finding.severity === 'error') record.error(path, finding.message);
      else record.warning(path, finding.message);
    }
  }
  for (const finding of narrativeTextFindings(parsed.body)) {
    const before = parsed.body.slice(0, finding.offset ?? 0);
    const line = parsed.bodyLine + countNewlines(before);
    const column = (finding.offset ?? 0) - before.lastIndexOf('\n');
    record.at('body', line, column, finding.message, finding.severity);
  }
}

/**
 * The narrative: unsafe content and the components it uses. `touchpointIds` are the journey's;
 * undefined for a persona's body, where `<Touchpoint>` has no journey.
 */
function analyseBody(record: Recorder, source: SourceFile, parsed: ParsedSource, touchpointIds: ReadonlySet<string> | undefined) {
  if (source.format !== 'mdx') {
    reportMarkup(record, parsed, 'md');
    return;
  }
  const scan = scanMdxBody(parsed.body, parsed.bodyLine);
  if (!scan.ok) {
    record.at('body', scan.line, scan.column, scan.message);
    return;
  }
  for (const unsafe of scan.unsafe) record.at('body', unsafe.line, unsafe.column, unsafe.message);
  if (!reportMarkup(record, parsed, 'mdx')) return;
  const available: readonly string[] = touchpointIds ? NARRATIVE_COMPONENTS : ['Persona', 'Callout'];
  for (const use of scan.components) analyseComponent(record, use, available, touchpointIds);
}

/**
 * The narrative's markup against the allow-list; false when the renderer cannot parse the body at
 * all. It is judged on the very text the build renders: Astro trims a Markdown body first (so an
 * indented first line, a code block here, is rendered as whatever it holds), and hands an MDX
 * body over as it is.
 */
function reportMarkup(record: Recorder, parsed: ParsedSource, format: 'md' | 'mdx'): boolean {
  const rendered = format === 'md' ? parsed.body.trim() : parsed.body;
  const skipped = format === 'md' ? parsed.body.length - parsed.body.trimStart().length : 0;
  const before = parsed.body.slice(0, skipped);
  const line = parsed.bodyLine + countNewlines(before);
  const column = skipped - before.lastIndexOf('\n');
  const markup = checkNarrativeMarkup(rendered, format, line, column);
  if (!markup.ok) {
    record.at('body', markup.line, markup.column, markup.message);
    return false;
  }
  for (const problem of markup.problems) record.at('body', problem.line, problem.column, problem.message);
  for (const image of markup.localImages) record.askAbout({ kind: 'narrative-image', ...image });
  return true;
}

function countNewlines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count++;
  return count;
}

function analyseComponent(record: Recorder, use: ComponentUse, available: readonly string[], touchpointIds: ReadonlySet<string> | undefined) {
  const at = (message: string) => record.at(`body <${use.name}>`, use.line, use.column, message);
  if (!available.includes(use.name)) {
    at(`unknown component <${use.name}>${didYouMean(use.name, available)} (available here: ${available.join(', ')})`);
    return;
  }
  if (use.name === 'Touchpoint' && touchpointIds) {
    const id = use.attributes.id;
    const ids = [...touchpointIds];
    if (typeof id !== 'string') at('needs id="…", the id of one of this journey\'s touchpoints');
    else if (!touchpointIds.has(id)) at(`unknown touchpoint id "${id}"${didYouMean(id, ids)} (touchpoints: ${listForMessage(ids)})`);
  }
  if (use.name === 'Persona') {
    const slug = use.attributes.slug;
    if (typeof slug !== 'string') at('needs slug="…", the slug of a persona');
    else record.askAbout({ kind: 'persona-in-body', slug, line: use.line, column: use.column });
  }
  if (use.name === 'Callout') {
    const type = use.attributes.type ?? 'note';
    if (typeof type !== 'string' || !(CALLOUT_TYPES as readonly string[]).includes(type)) {
      at(`type must be one of ${CALLOUT_TYPES.join(', ')}, got ${typeof type === 'string' ? `"${type}"` : 'an expression'}`);
    }
  }
}
