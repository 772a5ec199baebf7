import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BUILT_IN_CHANNEL_IDS, channelsFileSchema, type ChannelsFile } from '../schema/channels.ts';
import { journeySchema, type JourneyData, type TouchpointData } from '../schema/journey.ts';
import { personaSchema, type PersonaData } from '../schema/persona.ts';
import type { ContentSources, SourceFile } from '../handbook/sources.ts';
import { isStale } from '../domain/staleness.ts';
import { parseSource, parseYamlFile, type ParsedSource } from './frontmatter.ts';
import { friendlyIssues } from './schema-issues.ts';
import { keysAt } from './schema-keys.ts';
import { didYouMean, listForMessage } from './did-you-mean.ts';
import { CALLOUT_TYPES, NARRATIVE_COMPONENTS, scanMdxBody, type ComponentUse } from './body-references.ts';
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
  if (sources.channels) {
    const parsed = parseYamlFile(sources.channels.text);
    const report = reporter(problems, sources.channels.file, parsed);
    if (parsed.syntaxError) report.syntax(parsed.syntaxError);
    else {
      const result = channelsFileSchema.safeParse(parsed.data, { reportInput: true });
      if (result.success) customChannels = result.data;
      else report.schemaIssues(result.error.issues, () => ['label', 'icon']);
    }
  }
  const channelIds = [...new Set([...BUILT_IN_CHANNEL_IDS, ...Object.keys(customChannels)])];
  const knownChannels = new Set(channelIds);

  const personaSlugs = sources.personas.map((source) => source.slug);
  const journeySlugs = sources.journeys.map((source) => source.slug);
  reportDuplicateSlugs(problems, sources.personas);
  reportDuplicateSlugs(problems, sources.journeys);

  const personas: ValidatedPersona[] = [];
  for (const source of sources.personas) {
    const parsed = parseSource(source.text);
    const report = reporter(problems, source.file, parsed);
    if (parsed.syntaxError) {
      report.syntax(parsed.syntaxError);
      continue;
    }
    const result = personaSchema.safeParse(parsed.data, { reportInput: true });
    if (!result.success) {
      report.schemaIssues(result.error.issues, (path) => keysAt(personaSchema, path));
      continue;
    }
    const data = result.data;
    data.channels?.forEach((channel, index) => {
      if (!knownChannels.has(channel)) {
        report.error(['channels', index], unknownChannelMessage(channel, channelIds));
      }
    });
    const avatar = resolveAvatar(data.avatar, source);
    if (data.avatar && !avatar) {
      report.error(['avatar'], `no image at "${data.avatar}" next to this file; give a path relative to the file (e.g. "./maria.jpg") or a single emoji`);
    }
    checkBody(report, source, parsed, { personaSlugs, touchpointIds: undefined });
    personas.push({ source, data, body: parsed.body, avatar });
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
  for (const { source, parsed } of parsedJourneys) {
    const report = reporter(problems, source.file, parsed);
    if (parsed.syntaxError) {
      report.syntax(parsed.syntaxError);
      continue;
    }
    const result = journeySchema.safeParse(parsed.data, { reportInput: true });
    if (!result.success) {
      report.schemaIssues(result.error.issues, (path) => keysAt(journeySchema, path));
      continue;
    }
    const data = withTouchpointIds(result.data);
    const errorsBefore = errorsIn(problems).length;
    checkJourneyReferences(report, source, data, { personaSlugs, journeySlugs, journeyStates, channelIds });
    checkBody(report, source, parsed, { personaSlugs, touchpointIds: new Set(data.touchpoints.map((t) => t.id)) });
    if (data.state === 'future' && !data.compares) {
      report.warning(['compares'], 'a future journey usually names the current journey it improves on: add "compares: <journey slug>"');
    }
    if (isStale(data.reviewed, options.reviewIntervalMonths, options.today)) {
      report.warning(['reviewed'], `last reviewed ${data.reviewed}, more than ${options.reviewIntervalMonths} months ago: review the journey and update the date`);
    }
    if (errorsIn(problems).length === errorsBefore) journeys.push({ source, data, body: parsed.body });
  }

  const usedPersonas = new Set(journeys.map((journey) => journey.data.persona));
  for (const persona of personas) {
    if (!usedPersonas.has(persona.source.slug)) {
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

function reporter(problems: Problem[], file: string, parsed: Pick<ParsedSource, 'positionOf'>) {
  const add = (severity: Problem['severity'], path: readonly PropertyKey[], field: string, message: string) =>
    problems.push({ file, field, message, severity, ...parsed.positionOf(path) });
  const fieldOf = (path: readonly PropertyKey[]) =>
    path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
  return {
    error: (path: readonly PropertyKey[], message: string) => add('error', path, fieldOf(path), message),
    warning: (path: readonly PropertyKey[], message: string) => add('warning', path, fieldOf(path), message),
    at: (field: string, line: number, column: number, message: string) =>
      problems.push({ file, field, message, severity: 'error', line, column }),
    syntax: (error: { message: string; line: number; column: number }) =>
      problems.push({ file, field: 'frontmatter', severity: 'error', ...error }),
    schemaIssues: (issues: Parameters<typeof friendlyIssues>[0], knownKeys: Parameters<typeof friendlyIssues>[1]) => {
      for (const issue of friendlyIssues(issues, knownKeys)) add('error', issue.path, issue.field, issue.message);
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

/** FORMAT.md §3: a touchpoint without an id is `t1`, `t2`, … by its position. */
function withTouchpointIds(data: JourneyData): ValidJourneyData {
  return { ...data, touchpoints: data.touchpoints.map((touchpoint, index) => ({ ...touchpoint, id: touchpoint.id ?? `t${index + 1}` })) };
}

function unknownChannelMessage(channel: string, channelIds: readonly string[]): string {
  return `unknown channel "${channel}"${didYouMean(channel, channelIds)} (channels: ${listForMessage(channelIds, 20)}; add new ones in content/channels.yaml)`;
}

interface JourneyContext {
  personaSlugs: readonly string[];
  journeySlugs: readonly string[];
  journeyStates: ReadonlyMap<string, unknown>;
  channelIds: readonly string[];
}

function checkJourneyReferences(report: Report, source: SourceFile, data: ValidJourneyData, context: JourneyContext) {
  if (!context.personaSlugs.includes(data.persona)) {
    report.error(
      ['persona'],
      `unknown persona "${data.persona}"${didYouMean(data.persona, context.personaSlugs)} (personas: ${listForMessage(context.personaSlugs)})`,
    );
  }
  if (data.compares !== undefined) {
    if (data.state !== 'future') {
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
    if (phaseIndex.has(phase.id)) report.error(['phases', index, 'id'], `duplicate phase id "${phase.id}": phase ids must be unique in the journey`);
    else phaseIndex.set(phase.id, index);
  });
  const phaseIds = [...phaseIndex.keys()];
  const knownChannels = new Set(context.channelIds);
  const touchpointIds = new Set<string>();
  let latestPhase = -1;
  let latestPhaseId = '';
  data.touchpoints.forEach((touchpoint, index) => {
    if (touchpointIds.has(touchpoint.id)) {
      report.error(['touchpoints', index, 'id'], `duplicate touchpoint id "${touchpoint.id}": give each touchpoint its own id`);
    }
    touchpointIds.add(touchpoint.id);
    const position = phaseIndex.get(touchpoint.phase);
    if (position === undefined) {
      report.error(['touchpoints', index, 'phase'], `unknown phase "${touchpoint.phase}"${didYouMean(touchpoint.phase, phaseIds)} (phases: ${listForMessage(phaseIds)})`);
    } else if (position < latestPhase) {
      report.error(
        ['touchpoints', index, 'phase'],
        `phase "${touchpoint.phase}" comes before "${latestPhaseId}", used by an earlier touchpoint: list touchpoints in the order of the phases`,
      );
    } else {
      latestPhase = position;
      latestPhaseId = touchpoint.phase;
    }
    if (!knownChannels.has(touchpoint.channel)) report.error(['touchpoints', index, 'channel'], unknownChannelMessage(touchpoint.channel, context.channelIds));
  });
}

interface BodyContext {
  personaSlugs: readonly string[];
  /** The journey's touchpoint ids; undefined for a persona's body, where `<Touchpoint>` has no journey. */
  touchpointIds: ReadonlySet<string> | undefined;
}

function checkBody(report: Report, source: SourceFile, parsed: ParsedSource, context: BodyContext) {
  if (source.format !== 'mdx') return;
  const scan = scanMdxBody(parsed.body, parsed.bodyLine);
  if (!scan.ok) {
    report.at('body', scan.line, scan.column, scan.message);
    return;
  }
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

function resolveAvatar(value: string | undefined, source: SourceFile): Avatar | undefined {
  if (!value) return undefined;
  if (SINGLE_EMOJI.test(value)) return { kind: 'emoji', emoji: value };
  const absolutePath = join(dirname(source.absolutePath), value);
  return existsSync(absolutePath) ? { kind: 'image', absolutePath, path: value } : undefined;
}
