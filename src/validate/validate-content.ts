import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { BUILT_IN_CHANNEL_IDS, channelsFileSchema, type ChannelsFile } from '../schema/channels.ts';
import { journeySchema, type JourneyData, type TouchpointData } from '../schema/journey.ts';
import { personaSchema, type PersonaData } from '../schema/persona.ts';
import type { ContentSources, SourceFile } from '../handbook/sources.ts';
import { isStale } from '../domain/staleness.ts';
import { parseSource, parseYamlFile, type ParsedSource } from './frontmatter.ts';
import { friendlyIssues } from './schema-issues.ts';
import { keysAt } from './schema-keys.ts';
import { didYouMean, listForMessage } from './did-you-mean.ts';
import { CALLOUT_TYPES, NARRATIVE_COMPONENTS, scanMarkdownBody, scanMdxBody, type ComponentUse } from './body-references.ts';
import { errorsIn, type Problem } from './problem.ts';

export type ValidTouchpoint = TouchpointData & { id: string };
export type ValidJourneyData = Omit<JourneyData, 'touchpoints'> & { touchpoints: ValidTouchpoint[] };

export interface ValidatedJourney {
  source: SourceFile;
  data: ValidJourneyData;
  body: string;
}

export type Avatar = { kind: 'emoji'; emoji: string } | { kind: 'image'; absolutePath: string; path: string };

export interface ValidatedPersona {
  source: SourceFile;
  data: PersonaData;
  body: string;
  avatar?: Avatar;
}

export interface ValidationResult {
  problems: Problem[];
  ok: boolean;
  personas: ValidatedPersona[];
  journeys: ValidatedJourney[];
  customChannels: ChannelsFile;
}

export interface ValidationOptions {
  reviewIntervalMonths: number;
  today: Date;
}

/** A single emoji (with modifiers, ZWJ sequences and flags), as opposed to an image path. */
const SINGLE_EMOJI = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}{2})(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*$/u;

/**
 * Checks every rule of FORMAT.md §2–§4 and returns every problem at once, with positions,
 * together with the content that passed, ready for the handbook model.
 */
export function validateContent(sources: ContentSources, options: ValidationOptions): ValidationResult {
  const problems: Problem[] = [];

  // Channels first: every other file refers to them.
  let customChannels: ChannelsFile = {};
  // The ids channels.yaml declares, even when one of its entries is wrong, so that its own error
  // is not echoed as "unknown channel" in every journey that uses one of them.
  let declaredChannels: string[] = [];
  // An unreadable channels.yaml declares nothing we can know: channel references go unchecked
  // until it is fixed, rather than all being reported as unknown.
  let channelsReadable = true;
  if (sources.channels) {
    const parsed = parseYamlFile(sources.channels.text);
    const report = reporter(problems, sources.channels.file, parsed, 'file');
    if (parsed.syntaxError) {
      report.syntax(parsed.syntaxError);
      channelsReadable = false;
    } else {
      const result = channelsFileSchema.safeParse(parsed.data, { reportInput: true });
      if (result.success) customChannels = result.data;
      else report.schemaIssues(result.error.issues, () => ['label', 'icon']);
      if (isRecord(parsed.data)) declaredChannels = Object.keys(parsed.data);
    }
  }
  const channelIds = [...new Set([...BUILT_IN_CHANNEL_IDS, ...declaredChannels])];
  const knownChannels = channelsReadable ? new Set(channelIds) : undefined;

  const personaSlugs = sources.personas.map((source) => source.slug);
  const journeySlugs = sources.journeys.map((source) => source.slug);
  reportDuplicateSlugs(problems, sources.personas);
  reportDuplicateSlugs(problems, sources.journeys);
  reportReservedJourneySlugs(problems, sources.journeys);

  const personas: ValidatedPersona[] = [];
  for (const source of sources.personas) {
    const parsed = parseSource(source.text);
    const report = reporter(problems, source.file, parsed);
    if (parsed.syntaxError) {
      report.syntax(parsed.syntaxError);
      continue;
    }
    const result = personaSchema.safeParse(parsed.data, { reportInput: true });
    if (!result.success) report.schemaIssues(result.error.issues, (path) => keysAt(personaSchema, path));
    // Cross-references are checked even when the schema failed, on whatever fields are usable,
    // so one run reports every problem of the file (FORMAT.md §4).
    const raw = isRecord(parsed.data) ? parsed.data : {};
    listOf(raw.channels).forEach((channel, index) => {
      if (typeof channel === 'string' && knownChannels && !knownChannels.has(channel)) {
        report.error(['channels', index], unknownChannelMessage(channel, channelIds));
      }
    });
    const avatarProblem = typeof raw.avatar === 'string' ? checkAvatar(raw.avatar.trim(), source) : undefined;
    if (avatarProblem) report.error(['avatar'], avatarProblem);
    checkBody(report, source, parsed, { personaSlugs, touchpointIds: undefined });
    if (result.success && !avatarProblem) {
      personas.push({ source, data: result.data, body: parsed.body, avatar: resolveAvatar(result.data.avatar, source) });
    }
  }

  // Journey states are needed to check `compares`, including journeys with other problems.
  const journeyStates = new Map<string, unknown>();
  const parsedJourneys = sources.journeys.map((source) => {
    const parsed = parseSource(source.text);
    const state = (parsed.data as { state?: unknown } | undefined)?.state ?? 'current';
    journeyStates.set(source.slug, state);
    return { source, parsed };
  });

  const journeys: ValidatedJourney[] = [];
  // A persona named by any journey is in use, even when that journey has errors of its own.
  const usedPersonas = new Set<string>();
  // A journey whose persona cannot be read may name any persona: then say nothing rather than guess.
  let everyProtagonistKnown = true;
  for (const { source, parsed } of parsedJourneys) {
    const report = reporter(problems, source.file, parsed);
    if (parsed.syntaxError) {
      report.syntax(parsed.syntaxError);
      everyProtagonistKnown = false;
      continue;
    }
    const errorsBefore = errorsIn(problems).length;
    const result = journeySchema.safeParse(parsed.data, { reportInput: true });
    if (!result.success) report.schemaIssues(result.error.issues, (path) => keysAt(journeySchema, path));
    // As for personas: cross-references are checked on the usable fields even after a schema error.
    const references = result.success ? referencesOf(result.data) : salvageReferences(parsed.data);
    if (references.persona !== undefined) usedPersonas.add(references.persona);
    else everyProtagonistKnown = false;
    checkJourneyReferences(report, source, references, { personaSlugs, journeySlugs, journeyStates, channelIds, knownChannels });
    checkBody(report, source, parsed, { personaSlugs, touchpointIds: new Set(references.touchpoints.flatMap((t) => (t.id === undefined ? [] : [t.id]))) });
    if (!result.success) continue;
    const data = withTouchpointIds(result.data);
    if (data.state === 'future' && !data.compares) {
      report.warning(['compares'], 'a future journey usually names the current journey it improves on: add "compares: <journey slug>"');
    }
    if (isStale(data.reviewed, options.reviewIntervalMonths, options.today)) {
      report.warning(['reviewed'], `last reviewed ${data.reviewed}, more than ${options.reviewIntervalMonths} months ago: review the journey and update the date`);
    }
    if (errorsIn(problems).length === errorsBefore) journeys.push({ source, data, body: parsed.body });
  }

  for (const persona of personas) {
    if (everyProtagonistKnown && !usedPersonas.has(persona.source.slug)) {
      problems.push({
        file: persona.source.file,
        field: 'frontmatter',
        severity: 'warning',
        message: 'no journey has this persona as its protagonist yet',
      });
    }
  }

  return { problems, ok: errorsIn(problems).length === 0, personas, journeys, customChannels };
}

type Report = ReturnType<typeof reporter>;

/**
 * `wholeFile` names the field of a problem with the file as a whole (its YAML, or its top-level
 * shape): "frontmatter" in a Markdown file, "file" in channels.yaml, which has no frontmatter.
 */
function reporter(problems: Problem[], file: string, parsed: Pick<ParsedSource, 'positionOf'>, wholeFile = 'frontmatter') {
  // One error per field: a value the schema already rejected is not judged again as a reference.
  const fieldsWithErrors = new Set<string>();
  const add = (severity: Problem['severity'], path: readonly PropertyKey[], field: string, message: string) => {
    if (severity === 'error') {
      if (fieldsWithErrors.has(field)) return;
      fieldsWithErrors.add(field);
    }
    problems.push({ file, field, message, severity, ...parsed.positionOf(path) });
  };
  const fieldOf = (path: readonly PropertyKey[]) =>
    path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || wholeFile;
  return {
    error: (path: readonly PropertyKey[], message: string) => add('error', path, fieldOf(path), message),
    warning: (path: readonly PropertyKey[], message: string) => add('warning', path, fieldOf(path), message),
    at: (field: string, line: number, column: number, message: string) =>
      problems.push({ file, field, message, severity: 'error', line, column }),
    syntax: (error: { message: string; line: number; column: number }) =>
      problems.push({ file, field: wholeFile, severity: 'error', ...error }),
    schemaIssues: (issues: Parameters<typeof friendlyIssues>[0], knownKeys: Parameters<typeof friendlyIssues>[1]) => {
      for (const issue of friendlyIssues(issues, knownKeys)) add('error', issue.path, issue.path.length === 0 ? wholeFile : issue.field, issue.message);
    },
  };
}

function reportDuplicateSlugs(problems: Problem[], sources: readonly SourceFile[]) {
  const seen = new Map<string, SourceFile>();
  for (const source of sources) {
    const first = seen.get(source.slug);
    if (first) {
      problems.push({
        file: source.file,
        field: 'file',
        severity: 'error',
        message: `has the same slug "${source.slug}" as ${first.file}: rename one of the two files`,
      });
    } else seen.set(source.slug, source);
  }
}

/**
 * `/journeys/<slug>/blueprint/` is every journey's blueprint page, so a journey file named
 * `blueprint` inside a folder that is also a journey would take its parent's blueprint URL.
 */
function reportReservedJourneySlugs(problems: Problem[], sources: readonly SourceFile[]) {
  const slugs = new Set(sources.map((source) => source.slug));
  for (const source of sources) {
    const cut = source.slug.lastIndexOf('/');
    if (cut !== -1 && source.slug.slice(cut + 1) === 'blueprint' && slugs.has(source.slug.slice(0, cut))) {
      problems.push({
        file: source.file,
        field: 'file',
        severity: 'error',
        message: `"${source.slug}" is the address of the blueprint of journey "${source.slug.slice(0, cut)}": rename this file`,
      });
    }
  }
}

/** FORMAT.md §3: a touchpoint without an id is `t1`, `t2`, … by its (1-based) position. */
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

function unknownChannelMessage(channel: string, channelIds: readonly string[]): string {
  return `unknown channel "${channel}"${didYouMean(channel, channelIds)} (channels: ${listForMessage(channelIds, 20)}; add new ones in content/channels.yaml)`;
}

interface JourneyContext {
  personaSlugs: readonly string[];
  journeySlugs: readonly string[];
  journeyStates: ReadonlyMap<string, unknown>;
  channelIds: readonly string[];
  /** Undefined when channels.yaml could not be read: channel references cannot be judged then. */
  knownChannels: ReadonlySet<string> | undefined;
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
  phases: Array<{ id: string | undefined }>;
  /** `id` is the explicit id or the default `t<n>`; undefined when the written id is unusable. */
  touchpoints: Array<{ id: string | undefined; explicitId: boolean; phase: string | undefined; channel: string | undefined }>;
}

function referencesOf(data: JourneyData): JourneyReferences {
  return {
    persona: data.persona,
    state: data.state,
    compares: data.compares,
    phases: data.phases.map((phase) => ({ id: phase.id })),
    touchpoints: data.touchpoints.map((touchpoint, index) => ({
      id: touchpoint.id ?? defaultTouchpointId(index),
      explicitId: touchpoint.id !== undefined,
      phase: touchpoint.phase,
      channel: touchpoint.channel,
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
    phases: listOf(data.phases).map((phase) => ({ id: isRecord(phase) ? text(phase.id) : undefined })),
    touchpoints: listOf(data.touchpoints).map((touchpoint, index) => {
      const fields = isRecord(touchpoint) ? touchpoint : {};
      return {
        id: fields.id === undefined ? defaultTouchpointId(index) : text(fields.id),
        explicitId: fields.id !== undefined,
        phase: text(fields.phase),
        channel: text(fields.channel),
      };
    }),
  };
}

function checkJourneyReferences(report: Report, source: SourceFile, data: JourneyReferences, context: JourneyContext) {
  if (data.persona !== undefined && !context.personaSlugs.includes(data.persona)) {
    report.error(
      ['persona'],
      `unknown persona "${data.persona}"${didYouMean(data.persona, context.personaSlugs)} (personas: ${listForMessage(context.personaSlugs)})`,
    );
  }
  if (data.compares !== undefined) {
    if (data.state === 'current') {
      report.error(['compares'], 'only a future journey compares with another: add "state: future" or remove "compares"');
    } else if (data.compares === source.slug) {
      report.error(['compares'], 'a journey cannot compare with itself: name the current journey it improves on');
    } else if (!context.journeyStates.has(data.compares)) {
      const others = context.journeySlugs.filter((slug) => slug !== source.slug);
      report.error(['compares'], `unknown journey "${data.compares}"${didYouMean(data.compares, others)} (journeys: ${listForMessage(others)})`);
    } else if (context.journeyStates.get(data.compares) !== 'current') {
      report.error(['compares'], `"${data.compares}" is not a current journey: a future journey compares with a map of today`);
    }
  }

  const phaseIndex = new Map<string, number>();
  data.phases.forEach((phase, index) => {
    if (phase.id === undefined) return;
    if (phaseIndex.has(phase.id)) report.error(['phases', index, 'id'], `duplicate phase id "${phase.id}": phase ids must be unique in the journey`);
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
      else report.error(['touchpoints', index, 'id'], duplicateTouchpointMessage(touchpoint, first, index, data));
    }
    if (touchpoint.phase !== undefined) {
      const position = phaseIndex.get(touchpoint.phase);
      if (position === undefined) {
        // Without one usable phase id the phases themselves are reported; every touchpoint need not be.
        if (phaseIds.length > 0) {
          report.error(['touchpoints', index, 'phase'], `unknown phase "${touchpoint.phase}"${didYouMean(touchpoint.phase, phaseIds)} (phases: ${listForMessage(phaseIds)})`);
        }
      } else if (position < latestPhase) {
        report.error(
          ['touchpoints', index, 'phase'],
          `phase "${touchpoint.phase}" comes before "${latestPhaseId}", used by an earlier touchpoint: list touchpoints in the order of the phases`,
        );
      } else {
        latestPhase = position;
        latestPhaseId = touchpoint.phase;
      }
    }
    if (touchpoint.channel !== undefined && context.knownChannels && !context.knownChannels.has(touchpoint.channel)) {
      report.error(['touchpoints', index, 'channel'], unknownChannelMessage(touchpoint.channel, context.channelIds));
    }
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

interface BodyContext {
  personaSlugs: readonly string[];
  /** The journey's touchpoint ids; undefined for a persona's body, where `<Touchpoint>` has no journey. */
  touchpointIds: ReadonlySet<string> | undefined;
}

function checkBody(report: Report, source: SourceFile, parsed: ParsedSource, context: BodyContext) {
  if (source.format !== 'mdx') {
    for (const unsafe of scanMarkdownBody(parsed.body, parsed.bodyLine)) report.at('body', unsafe.line, unsafe.column, unsafe.message);
    return;
  }
  const scan = scanMdxBody(parsed.body, parsed.bodyLine);
  if (!scan.ok) {
    report.at('body', scan.line, scan.column, scan.message);
    return;
  }
  for (const unsafe of scan.unsafe) report.at('body', unsafe.line, unsafe.column, unsafe.message);
  const available: readonly string[] = context.touchpointIds ? NARRATIVE_COMPONENTS : ['Persona', 'Callout'];
  for (const use of scan.components) checkComponent(report, use, available, context);
}

function checkComponent(report: Report, use: ComponentUse, available: readonly string[], context: BodyContext) {
  const at = (message: string) => report.at(`body <${use.name}>`, use.line, use.column, message);
  if (!available.includes(use.name)) {
    at(`unknown component <${use.name}>${didYouMean(use.name, available)} (available here: ${available.join(', ')})`);
    return;
  }
  if (use.name === 'Touchpoint' && context.touchpointIds) {
    const id = use.attributes.id;
    const ids = [...context.touchpointIds];
    if (typeof id !== 'string') at('needs id="…", the id of one of this journey\'s touchpoints');
    else if (!context.touchpointIds.has(id)) at(`unknown touchpoint id "${id}"${didYouMean(id, ids)} (touchpoints: ${listForMessage(ids)})`);
  }
  if (use.name === 'Persona') {
    const slug = use.attributes.slug;
    if (typeof slug !== 'string') at('needs slug="…", the slug of a persona');
    else if (!context.personaSlugs.includes(slug)) at(`unknown persona "${slug}"${didYouMean(slug, context.personaSlugs)} (personas: ${listForMessage(context.personaSlugs)})`);
  }
  if (use.name === 'Callout') {
    const type = use.attributes.type ?? 'note';
    if (typeof type !== 'string' || !(CALLOUT_TYPES as readonly string[]).includes(type)) {
      at(`type must be one of ${CALLOUT_TYPES.join(', ')}, got ${typeof type === 'string' ? `"${type}"` : 'an expression'}`);
    }
  }
}

/** The picture types the avatars endpoint (src/pages/avatars/[file].ts) serves. */
export const AVATAR_IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'gif', 'svg', 'avif'] as const;

/** What is wrong with an avatar value, or undefined when it is a single emoji or a usable image. */
function checkAvatar(value: string, source: SourceFile): string | undefined {
  if (!value || SINGLE_EMOJI.test(value)) return undefined;
  const extension = extname(value).slice(1).toLowerCase();
  if (!(AVATAR_IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
    return `"${value}" is neither a single emoji nor an image path: an avatar image ends in .${AVATAR_IMAGE_EXTENSIONS.join(', .')}`;
  }
  if (!existsSync(join(dirname(source.absolutePath), value))) {
    return `no image at "${value}" next to this file; give a path relative to the file (e.g. "./maria.jpg") or a single emoji`;
  }
  return undefined;
}

/** For a persona that passed checkAvatar. */
function resolveAvatar(value: string | undefined, source: SourceFile): Avatar | undefined {
  if (!value) return undefined;
  if (SINGLE_EMOJI.test(value)) return { kind: 'emoji', emoji: value };
  return { kind: 'image', absolutePath: join(dirname(source.absolutePath), value), path: value };
}
