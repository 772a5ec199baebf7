import { BUILT_IN_CHANNEL_IDS, channelsFileSchema, type ChannelsFile } from '../schema/channels.ts';
import type { Avatar, ValidJourneyData } from '../model/types.ts';
import type { PersonaData } from '../schema/persona.ts';
import type { ResearchData } from '../schema/research.ts';
import type { TrackData } from '../schema/track.ts';
import { stagesFileSchema, stageSchema, type Stage } from '../schema/stages.ts';
import { folderFileSchema, type FolderFile } from '../schema/folder.ts';
import type { ContentSources, FolderSource, SourceFile } from '../sources/content-files.ts';
import { keysAt } from './schema-keys.ts';
import { findDetailCycles, type DetailEdge } from './detail-cycles.ts';
import { isStale } from '../domain/staleness.ts';
import { visibleTo, type Audience } from '../schema/audience.ts';
import type { SiteSettings } from '../schema/settings.ts';
import { isJourneySubPage } from '../schema/reserved-names.ts';
import { parseSource, parseYamlFile } from './frontmatter.ts';
import { didYouMean, listForMessage } from './did-you-mean.ts';
import { analyseFile, type FileAnalysis } from './file-analysis.ts';
import { recorder, type Finding, type Place, type Recorder } from './findings.ts';
import { checkAvatar, resolveAvatar } from './avatar.ts';
import { handbookImage } from './handbook-file.ts';
import { fieldNameOf, fieldTextFindings, stringsIn } from './field-text.ts';
import { errorsIn, type Problem } from './problem.ts';

export interface ValidatedJourney {
  source: SourceFile;
  data: ValidJourneyData;
  body: string;
}

export interface ValidatedPersona {
  source: SourceFile;
  data: PersonaData;
  body: string;
  avatar?: Avatar;
}

export interface ValidatedResearch {
  source: SourceFile;
  data: ResearchData;
  body: string;
}

export interface ValidatedTrack {
  source: SourceFile;
  data: TrackData;
  body: string;
}

export interface ValidationResult {
  problems: Problem[];
  ok: boolean;
  personas: ValidatedPersona[];
  journeys: ValidatedJourney[];
  /** Research sources (v2), in file order. */
  research: ValidatedResearch[];
  tracks: ValidatedTrack[];
  /** The title of every research source by id, for the track steps that name one. */
  researchTitles: Map<string, string>;
  customChannels: ChannelsFile;
  /** content/stages.yaml in file order; undefined when there is none. */
  stages: Stage[] | undefined;
  /** The `_folder.yaml` labels that passed validation, by folder ("banca", "banca/empresas"). */
  folders: Map<string, FolderFile>;
}

export interface ValidationOptions {
  reviewIntervalMonths: number;
  today: Date;
  /**
   * Who the build is for. For `public`, a public file that depends on an internal one is an
   * error (docs/format.md#audiences); `internal` (the default) checks no audience rule.
   */
  audience?: Audience;
  /** The visibility of files that do not say (the `defaultVisibility` setting; `internal` when left out). */
  defaultVisibility?: Audience;
}

/** The validation options a handbook's settings ask for. */
export function validationOptionsFor(settings: Pick<SiteSettings, 'reviewIntervalMonths' | 'audience' | 'defaultVisibility'>, today: Date): ValidationOptions {
  return { reviewIntervalMonths: settings.reviewIntervalMonths, today, audience: settings.audience, defaultVisibility: settings.defaultVisibility };
}

/** The per-file part of validation: analyseFile, or the validation cache in front of it. */
export type AnalyseFile = (source: SourceFile) => FileAnalysis;

/**
 * Checks every rule of docs/format.md#validation and returns every problem at once, with
 * positions, together with the content that passed, ready for the handbook model.
 *
 * Each file is analysed on its own by `analyse` (see file-analysis.ts); this function answers
 * what only the whole handbook, the disk and today's date can: references between files,
 * duplicate slugs, channels.yaml, avatars and stale reviews.
 */
export function validateContent(sources: ContentSources, options: ValidationOptions, analyse: AnalyseFile = analyseFile): ValidationResult {
  const problems: Problem[] = [];
  reportUnreadableFiles(problems, sources);
  const channels = readChannels(problems, sources.channels);
  const stages = readStages(problems, sources.stages);
  const folders = readFolders(problems, sources.folders ?? []);

  const personaSlugs = sources.personas.map((source) => source.slug);
  const journeySlugs = sources.journeys.map((source) => source.slug);
  reportDuplicateSlugs(problems, sources.personas);
  reportDuplicateSlugs(problems, sources.journeys);
  reportDuplicateSlugs(problems, sources.research);
  reportDuplicateSlugs(problems, sources.tracks);
  reportReservedJourneySlugs(problems, sources.journeys);
  const researchIds = sources.research.map((source) => source.slug);

  const personaAnalyses = sources.personas.map((source) => ({ source, analysis: ofCollection(analyse(source), 'personas') }));
  // Journey states are needed to check `compares`, including journeys with other problems.
  const journeyAnalyses = sources.journeys.map((source) => ({ source, analysis: ofCollection(analyse(source), 'journeys') }));
  const journeyIsCurrent = new Map(journeyAnalyses.map(({ source, analysis }) => [source.slug, analysis.current]));
  const researchAnalyses = sources.research.map((source) => ({ source, analysis: ofCollection(analyse(source), 'research') }));
  const trackAnalyses = sources.tracks.map((source) => ({ source, analysis: ofCollection(analyse(source), 'tracks') }));
  const audience = audienceRules(options, { persona: personaAnalyses, journey: journeyAnalyses, research: researchAnalyses, track: trackAnalyses });
  const context: HandbookContext = { ...channels, ...stages, root: sources.root, personaSlugs, journeySlugs, researchIds, journeyIsCurrent, audience, options };

  const personas: ValidatedPersona[] = [];
  for (const { source, analysis } of personaAnalyses) {
    const outcome = reportFindings(problems, source, analysis.findings, context);
    if (analysis.data && !outcome.avatarRejected) {
      personas.push({ source, data: analysis.data, body: bodyOf(source, analysis.bodyStart), avatar: resolveAvatar(analysis.data.avatar, source, sources.root) });
    }
  }

  const research: ValidatedResearch[] = [];
  for (const { source, analysis } of researchAnalyses) {
    const outcome = reportFindings(problems, source, analysis.findings, context);
    if (analysis.data && outcome.errors === 0) research.push({ source, data: analysis.data, body: bodyOf(source, analysis.bodyStart) });
  }

  const journeys: ValidatedJourney[] = [];
  // A persona named by any journey is in use, even when that journey has errors of its own.
  const usedPersonas = new Set<string>();
  // Likewise research cited by any journey; one whose frontmatter cannot be read might cite any.
  const citedResearch = new Set<string>();
  let everyCitationKnown = true;
  // A journey whose persona cannot be read may name any persona: then say nothing rather than guess.
  let everyProtagonistKnown = true;
  for (const { source, analysis } of journeyAnalyses) {
    if (analysis.protagonist !== undefined) usedPersonas.add(analysis.protagonist);
    else everyProtagonistKnown = false;
    if (analysis.citedResearch) for (const id of analysis.citedResearch) citedResearch.add(id);
    else everyCitationKnown = false;
    const outcome = reportFindings(problems, source, analysis.findings, context);
    if (analysis.data && outcome.errors === 0) journeys.push({ source, data: analysis.data, body: bodyOf(source, analysis.bodyStart) });
  }
  reportDetailCycles(problems, journeyAnalyses, new Set(journeySlugs));

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

  if (everyCitationKnown) {
    for (const { source } of researchAnalyses) {
      if (citedResearch.has(source.slug)) continue;
      problems.push({
        file: source.file,
        field: 'file',
        severity: 'warning',
        message: `no touchpoint cites this research yet: add "sources: [${source.slug}]" to the touchpoints it backs`,
      });
    }
  }

  const tracks: ValidatedTrack[] = [];
  for (const { source, analysis } of trackAnalyses) {
    const outcome = reportFindings(problems, source, analysis.findings, context);
    if (analysis.data && outcome.errors === 0) tracks.push({ source, data: analysis.data, body: bodyOf(source, analysis.bodyStart) });
  }

  return {
    problems,
    ok: errorsIn(problems).length === 0,
    personas,
    journeys,
    research,
    tracks,
    researchTitles: researchTitles(sources.research),
    customChannels: channels.customChannels,
    stages: stages.stages,
    folders,
  };
}

/**
 * What a track step shows for a research source: its `title`, or its id while the file has none
 * to read. Research files are checked by their own rules; a track only needs to name them.
 */
function researchTitles(research: readonly SourceFile[]): Map<string, string> {
  return new Map(
    research.map((source) => {
      const title = (parseSource(source.text).data as { title?: unknown } | undefined)?.title;
      return [source.slug, typeof title === 'string' && title.trim() !== '' ? title.trim() : source.slug];
    }),
  );
}


/** An analysis of the wrong collection means the cache handed back another file's entry: never trust it. */
function ofCollection<C extends FileAnalysis['collection']>(analysis: FileAnalysis, collection: C): Extract<FileAnalysis, { collection: C }> {
  if (analysis.collection !== collection) throw new Error(`validation: expected a ${collection} analysis, got ${analysis.collection}`);
  return analysis as Extract<FileAnalysis, { collection: C }>;
}

/** The body of a file that passed validation, from where its analysis says it starts. */
function bodyOf(source: SourceFile, start: number | undefined): string {
  if (typeof start !== 'number' || start < 0 || start > source.text.length) {
    throw new Error(`validation: the analysis of ${source.file} does not say where its body starts`);
  }
  return source.text.slice(start);
}

interface Channels {
  customChannels: ChannelsFile;
  /** Built-in ids and those channels.yaml declares, for messages. */
  channelIds: readonly string[];
  /** Undefined when channels.yaml could not be read: channel references cannot be judged then. */
  knownChannels: ReadonlySet<string> | undefined;
}

/** channels.yaml first: every other file refers to its channels. */
function readChannels(problems: Problem[], channels: ContentSources['channels']): Channels {
  let customChannels: ChannelsFile = {};
  // The ids channels.yaml declares, even when one of its entries is wrong, so that its own error
  // is not echoed as "unknown channel" in every journey that uses one of them.
  let declaredChannels: string[] = [];
  // An unreadable channels.yaml declares nothing we can know: channel references go unchecked
  // until it is fixed, rather than all being reported as unknown.
  let channelsReadable = true;
  if (channels) {
    const parsed = parseYamlFile(channels.text);
    const record = recorder(parsed.positionOf, 'file');
    if (parsed.syntaxError) {
      record.syntax(parsed.syntaxError);
      channelsReadable = false;
    } else {
      for (const warning of parsed.yamlWarnings) record.warningAt(warning.path, warning, warning.message);
      reportFieldTexts(record, parsed.data);
      const result = channelsFileSchema.safeParse(parsed.data, { reportInput: true });
      if (result.success) customChannels = result.data;
      else record.schemaIssues(result.error.issues, () => ['label', 'icon']);
      if (isRecord(parsed.data)) declaredChannels = Object.keys(parsed.data);
    }
    reportFindings(problems, { file: channels.file, slug: '', absolutePath: '', collection: 'journeys' }, record.findings, undefined);
  }
  const channelIds = [...new Set([...BUILT_IN_CHANNEL_IDS, ...declaredChannels])];
  return { customChannels, channelIds, knownChannels: channelsReadable ? new Set(channelIds) : undefined };
}

/**
 * The texts of a YAML file of the handbook (channels, stages, folder labels) against
 * field-text.ts, as every frontmatter text is: they are shown on every page that lists them.
 */
function reportFieldTexts(record: Recorder, data: unknown) {
  for (const { path, value } of stringsIn(data)) {
    for (const finding of fieldTextFindings(value, fieldNameOf(path))) (finding.severity === 'error' ? record.error : record.warning)(path, finding.message);
  }
}

interface Stages {
  /** The stages, when content/stages.yaml exists and is valid. */
  stages: Stage[] | undefined;
  hasStagesFile: boolean;
  /** The ids stages.yaml declares, for messages. */
  stageIds: readonly string[];
  /** Undefined when there is no stages.yaml or it could not be read: stage references cannot be judged then. */
  knownStages: ReadonlySet<string> | undefined;
}

/**
 * content/stages.yaml: an ordered list of `{ id, name, description? }`. Its problems name its own
 * lines, with fields written `stages[2].name` (the file is the list of stages).
 */
function readStages(problems: Problem[], file: ContentSources['stages']): Stages {
  if (!file) return { stages: undefined, hasStagesFile: false, stageIds: [], knownStages: undefined };
  const parsed = parseYamlFile(file.text);
  const record = recorder(parsed.positionOf, 'file');
  let stages: Stage[] | undefined;
  let declared: string[] = [];
  let readable = true;
  if (parsed.syntaxError) {
    record.syntax(parsed.syntaxError);
    readable = false;
  } else if (!Array.isArray(parsed.data) || parsed.data.length === 0) {
    // An empty list gets the schema's own message; either way there is nothing to judge against.
    if (!Array.isArray(parsed.data)) record.error([], 'expected a list of stages, one "- id: …" item each, with its "name:"');
    else record.error([], 'list at least one stage, or remove the file');
    readable = false;
  } else {
    reportFieldTexts(record, parsed.data);
    const result = stagesFileSchema.safeParse(parsed.data, { reportInput: true });
    if (result.success) stages = result.data;
    else record.schemaIssues(result.error.issues, (path) => keysAt(stageSchema, path.slice(1)));
    // The ids of every usable entry, so one broken stage does not make the others "unknown" everywhere.
    const seen = new Set<string>();
    parsed.data.forEach((entry, index) => {
      const id = isRecord(entry) && typeof entry.id === 'string' ? entry.id.trim() : undefined;
      if (id === undefined) return;
      if (seen.has(id)) record.error([index, 'id'], `duplicate stage id "${id}": each stage needs its own id`);
      else seen.add(id);
    });
    declared = [...seen];
  }
  const own: Problem[] = [];
  reportFindings(own, { file: file.file, slug: '', absolutePath: '', collection: 'journeys' }, record.findings, undefined);
  problems.push(...own.map((problem) => (problem.field.startsWith('[') ? { ...problem, field: `stages${problem.field}` } : problem)));
  return { stages: errorsIn(own).length === 0 ? stages : undefined, hasStagesFile: true, stageIds: declared, knownStages: readable ? new Set(declared) : undefined };
}

/** Every `_folder.yaml`: `{ label, description?, order? }` for the group of journeys in its folder. */
function readFolders(problems: Problem[], files: readonly FolderSource[]): Map<string, FolderFile> {
  const folders = new Map<string, FolderFile>();
  for (const file of files) {
    const parsed = parseYamlFile(file.text);
    const record = recorder(parsed.positionOf, 'file');
    if (file.folder === '') {
      record.warning([], 'a folder label directly in content/journeys/ labels no group: move it into the sub-folder it names');
    } else if (parsed.syntaxError) {
      record.syntax(parsed.syntaxError);
    } else {
      reportFieldTexts(record, parsed.data);
      const result = folderFileSchema.safeParse(parsed.data, { reportInput: true });
      if (result.success) folders.set(file.folder, result.data);
      else record.schemaIssues(result.error.issues, () => Object.keys(folderFileSchema.shape));
    }
    reportFindings(problems, { file: file.file, slug: '', absolutePath: '', collection: 'journeys' }, record.findings, undefined);
  }
  return folders;
}

/**
 * docs/format.md#touchpoints: a sub-journey zooms into a touchpoint, so following `detail` from
 * journey to journey must end somewhere. Each cycle is one error, on the first file in it (by
 * slug), naming every file and field around the loop.
 */
function reportDetailCycles(problems: Problem[], analyses: ReadonlyArray<{ source: SourceFile; analysis: FileAnalysis }>, slugs: ReadonlySet<string>) {
  const fileOf = new Map(analyses.map(({ source }) => [source.slug, source.file]));
  const edges: Array<DetailEdge & { line?: number | undefined; column?: number | undefined }> = [];
  for (const { source, analysis } of analyses) {
    for (const finding of analysis.findings) {
      if (finding.kind === 'detail-reference' && slugs.has(finding.detail) && finding.detail !== source.slug) {
        edges.push({ from: source.slug, to: finding.detail, field: finding.field, line: finding.line, column: finding.column });
      }
    }
  }
  for (const cycle of findDetailCycles(edges)) {
    const first = cycle[0]! as (typeof edges)[number];
    const loop = cycle.map((edge) => `${fileOf.get(edge.from)} (${edge.field})`).join(' → ');
    problems.push({
      file: fileOf.get(first.from)!,
      field: first.field,
      severity: 'error',
      message: `details form a cycle: ${loop} → ${fileOf.get(first.from)}; a sub-journey cannot lead back to a journey it details: remove one of these "detail" fields`,
      ...placeOf(first),
    });
  }
}

interface HandbookContext extends Channels, Stages {
  /** The project root: files that content points at must be inside its content/ or public/. */
  root: string;
  personaSlugs: readonly string[];
  journeySlugs: readonly string[];
  /** The ids of content/research/ (v2). */
  researchIds: readonly string[];
  /** By slug: whether the journey is a current one (the last file wins when two share a slug). */
  journeyIsCurrent: ReadonlyMap<string, boolean>;
  /** Undefined in an internal build, which checks no audience rule. */
  audience: AudienceRules | undefined;
  options: ValidationOptions;
}

/** What a public build needs to refuse a public file that leans on an internal one. */
interface AudienceRules {
  /** By kind of file: whether the file of this slug is public (undefined: no readable file of that slug), and its path. */
  isPublic: Record<AudienceKind, (slug: string) => boolean | undefined>;
  fileOf: Record<AudienceKind, (slug: string) => string>;
}

/** The kinds of file a public one may not lean on when they are internal. */
type AudienceTarget = 'persona' | 'journey' | 'research';
/** Every kind of file with a visibility. */
type AudienceKind = AudienceTarget | 'track';
type Analysed = ReadonlyArray<{ source: SourceFile; analysis: { data?: { visibility?: Audience | undefined } | undefined } }>;

function audienceRules(options: ValidationOptions, files: Record<AudienceKind, Analysed>): AudienceRules | undefined {
  if (options.audience !== 'public') return undefined;
  const fallback = options.defaultVisibility ?? 'internal';
  const isPublic = {} as AudienceRules['isPublic'];
  const fileOf = {} as AudienceRules['fileOf'];
  for (const kind of Object.keys(files) as AudienceKind[]) {
    const bySlug = new Map(files[kind].map(({ source, analysis }) => [source.slug, { file: source.file, public: analysis.data ? visibleTo('public', analysis.data.visibility, fallback) : undefined }]));
    isPublic[kind] = (slug) => bySlug.get(slug)?.public;
    fileOf[kind] = (slug) => bySlug.get(slug)?.file ?? slug;
  }
  return { isPublic, fileOf };
}

/**
 * In a public build: what is wrong when the public file `source` refers to `target`, which is
 * internal (undefined when it is public, unknown, or `source` itself is internal).
 */
function internalTarget(
  rules: AudienceRules | undefined,
  source: Pick<SourceFile, 'slug' | 'collection'>,
  target: { kind: AudienceTarget; slug: string },
): string | undefined {
  if (!rules) return undefined;
  const what: AudienceKind = source.collection === 'personas' ? 'persona' : source.collection === 'research' ? 'research' : source.collection === 'tracks' ? 'track' : 'journey';
  if (!rules.isPublic[what](source.slug)) return undefined;
  if (rules.isPublic[target.kind](target.slug) !== false) return undefined;
  const file = rules.fileOf[target.kind](target.slug);
  return `this public ${what} refers to the internal ${target.kind} "${target.slug}" (${file}), which a public build leaves out: mark ${file} \`visibility: public\`, or this file internal`;
}

interface FileOutcome {
  /** How many errors the file has. */
  errors: number;
  /** Whether the persona's avatar was refused (the persona is then left out of the handbook). */
  avatarRejected: boolean;
}

/**
 * Turns one file's findings into problems, in the order they were found, answering each question
 * with `context`. A field that already has an error gets no second one: a value the schema
 * rejected is not judged again as a reference. Files without questions (channels.yaml) need no
 * context.
 */
function reportFindings(
  problems: Problem[],
  source: Pick<SourceFile, 'file' | 'slug' | 'absolutePath' | 'collection'>,
  findings: readonly Finding[],
  context: HandbookContext | undefined,
): FileOutcome {
  const file = source.file;
  const fieldsWithErrors = new Set<string>();
  const outcome: FileOutcome = { errors: 0, avatarRejected: false };
  const push = (problem: Problem) => {
    problems.push(problem);
    if (problem.severity === 'error') outcome.errors++;
  };
  // As the recorder's `error` and `warning` do for problems found in the file itself.
  const report = (severity: Problem['severity'], field: string, message: string, place: Place) => {
    if (severity === 'error') {
      if (fieldsWithErrors.has(field)) return;
      fieldsWithErrors.add(field);
    }
    push({ file, field, message, severity, ...placeOf(place) });
  };
  for (const finding of findings) {
    if (finding.kind === 'problem') {
      if (finding.oncePerField) {
        if (fieldsWithErrors.has(finding.problem.field)) continue;
        fieldsWithErrors.add(finding.problem.field);
      }
      push({ file, ...finding.problem });
      continue;
    }
    if (!context) throw new Error(`validation: ${file} asks a question without a handbook to answer it`);
    const answer = answerQuestion(finding, source, context);
    if (finding.kind === 'avatar' && answer) outcome.avatarRejected = true;
    if (!answer) continue;
    if (finding.kind === 'persona-in-body') push({ file, field: 'body <Persona>', message: answer, severity: 'error', line: finding.line, column: finding.column });
    else if (finding.kind === 'narrative-image') push({ file, field: 'body', message: answer, severity: 'error', line: finding.line, column: finding.column });
    else report(WARNING_QUESTIONS.has(finding.kind) ? 'warning' : 'error', fieldOfQuestion(finding), answer, finding);
  }
  return outcome;
}

/** Only the place of a finding, so no other key of it reaches the problem. */
function placeOf(place: Place): Place {
  return place.line === undefined ? {} : { line: place.line, column: place.column };
}

type Question = Exclude<Finding, { kind: 'problem' }>;

/** Questions whose "no" is a warning: worth a look, never a reason not to build. */
const WARNING_QUESTIONS: ReadonlySet<Question['kind']> = new Set(['review-date', 'phase-without-stage']);

function fieldOfQuestion(question: Exclude<Question, { kind: 'persona-in-body' | 'narrative-image' }>): string {
  switch (question.kind) {
    case 'persona-reference':
      return 'persona';
    case 'compared-journey':
      return 'compares';
    case 'channel-reference':
    case 'research-reference':
    case 'stage-reference':
    case 'phase-without-stage':
    case 'detail-reference':
      return question.field;
    case 'avatar':
      return 'avatar';
    case 'review-date':
      return 'reviewed';
    case 'track-step':
      return question.field;
    default:
      throw new Error(`validation: unknown finding ${JSON.stringify((question as { kind?: unknown }).kind)}`);
  }
}

/** What is wrong, as the author reads it, or undefined when the answer is "all is well". */
function answerQuestion(question: Question, source: Pick<SourceFile, 'slug' | 'absolutePath' | 'collection'>, context: HandbookContext): string | undefined {
  switch (question.kind) {
    case 'persona-reference':
    case 'persona-in-body': {
      const slug = question.kind === 'persona-reference' ? question.persona : question.slug;
      if (context.personaSlugs.includes(slug)) return internalTarget(context.audience, source, { kind: 'persona', slug });
      return `unknown persona "${slug}"${didYouMean(slug, context.personaSlugs)} (personas: ${listForMessage(context.personaSlugs)})`;
    }
    case 'compared-journey': {
      const current = context.journeyIsCurrent.get(question.compares);
      if (current === undefined) {
        const others = context.journeySlugs.filter((slug) => slug !== source.slug);
        return `unknown journey "${question.compares}"${didYouMean(question.compares, others)} (journeys: ${listForMessage(others)})`;
      }
      if (current) return internalTarget(context.audience, source, { kind: 'journey', slug: question.compares });
      return `"${question.compares}" is not a current journey: a future journey compares with a map of today`;
    }
    case 'channel-reference':
      if (!context.knownChannels || context.knownChannels.has(question.channel)) return undefined;
      return `unknown channel "${question.channel}"${didYouMean(question.channel, context.channelIds)} (channels: ${listForMessage(context.channelIds, 20)}; add new ones in content/channels.yaml)`;
    case 'stage-reference':
      if (!context.hasStagesFile) return `unknown stage "${question.stage}": the handbook has no content/stages.yaml; create it to list the stages phases may name`;
      if (!context.knownStages || context.knownStages.has(question.stage)) return undefined;
      return `unknown stage "${question.stage}"${didYouMean(question.stage, context.stageIds)} (stages: ${listForMessage(context.stageIds, 20)})`;
    case 'phase-without-stage':
      if (!context.knownStages || context.stageIds.length === 0) return undefined;
      return `phase "${question.phase}" has no stage: add "stage: <id>" so cross-journey views can line it up (stages: ${listForMessage(context.stageIds, 20)})`;
    case 'detail-reference': {
      // A public map that zooms into an internal one would link to a page a public build leaves out.
      if (context.journeySlugs.includes(question.detail)) return internalTarget(context.audience, source, { kind: 'journey', slug: question.detail });
      const others = context.journeySlugs.filter((slug) => slug !== source.slug);
      return `unknown journey "${question.detail}"${didYouMean(question.detail, others)} (journeys: ${listForMessage(others)})`;
    }
    case 'research-reference': {
      if (context.researchIds.includes(question.id)) return internalTarget(context.audience, source, { kind: 'research', slug: question.id });
      const known = context.researchIds.length > 0 ? `research: ${listForMessage(context.researchIds)}` : 'content/research/ has no files yet';
      return `unknown research "${question.id}"${didYouMean(question.id, context.researchIds)} (${known})`;
    }
    case 'avatar':
      return checkAvatar(question.value, source, context.root);
    case 'narrative-image': {
      const image = handbookImage(context.root, source.absolutePath, question.src);
      return image.ok ? undefined : `image: ${image.message}`;
    }
    case 'review-date': {
      const { today } = context.options;
      const intervalMonths = question.intervalMonths ?? context.options.reviewIntervalMonths;
      if (!isStale(question.reviewed, intervalMonths, today)) return undefined;
      const interval = `more than ${intervalMonths} months ago${question.intervalMonths === undefined ? '' : ' (its review_every)'}`;
      return `last reviewed ${question.reviewed}, ${interval}: review the journey and update the date`;
    }
    case 'track-step':
      return unknownTrackStep(question, source, context);
    default:
      // Only a damaged cache entry gets here; validateContentCached then validates afresh.
      throw new Error(`validation: unknown finding ${JSON.stringify((question as { kind?: unknown }).kind)}`);
  }
}

/**
 * Files the reader refused (links out of content/) and files that are not UTF-8: the build
 * would publish the first and fail on the second with a bundler error instead of a place.
 */
function reportUnreadableFiles(problems: Problem[], sources: ContentSources) {
  for (const refused of sources.refused ?? []) problems.push({ file: refused.file, field: 'file', severity: 'error', message: refused.message });
  const yamlFiles = [...(sources.channels ? [sources.channels] : []), ...(sources.stages ? [sources.stages] : []), ...(sources.folders ?? [])];
  for (const source of [...sources.personas, ...sources.journeys, ...yamlFiles]) {
    if (!source.encodingError) continue;
    problems.push({
      file: source.file,
      field: 'file',
      severity: 'error',
      message: 'is not UTF-8 text from here on (perhaps Latin-1 or Windows-1252): save the file as UTF-8',
      ...source.encodingError,
    });
  }
}

/**
 * Undefined when the journey, persona or research source a track step names exists (and, in a
 * public build, is public when the track is).
 */
function unknownTrackStep(question: Extract<Question, { kind: 'track-step' }>, source: Pick<SourceFile, 'slug' | 'collection'>, context: HandbookContext): string | undefined {
  const { target, ref } = question;
  const known = target === 'journey' ? context.journeySlugs : target === 'persona' ? context.personaSlugs : context.researchIds;
  if (known.includes(ref)) return internalTarget(context.audience, source, { kind: target, slug: ref });
  if (target === 'research') {
    const where = `content/research/${ref}.md`;
    return known.length === 0
      ? `unknown research source "${ref}": the handbook has none yet (add ${where})`
      : `unknown research source "${ref}"${didYouMean(ref, known)} (research: ${listForMessage(known)})`;
  }
  return `unknown ${target} "${ref}"${didYouMean(ref, known)} (${target}s: ${listForMessage(known)})`;
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
 * `/journeys/<slug>/blueprint/` (and every other name of JOURNEY_SUB_PAGES) is a page of every
 * journey, so a journey file of that name inside a folder that is also a journey would take its
 * parent's page; so would a journey named like another's oEmbed file.
 */
function reportReservedJourneySlugs(problems: Problem[], sources: readonly SourceFile[]) {
  const slugs = new Set(sources.map((source) => source.slug));
  for (const source of sources) {
    // `/journeys/<slug>.oembed.json` is the oEmbed file of journey <slug>, and the JSON of a journey "<slug>.oembed".
    const oembedOf = source.slug.endsWith(OEMBED_SUFFIX) ? source.slug.slice(0, -OEMBED_SUFFIX.length) : undefined;
    if (oembedOf && slugs.has(oembedOf)) {
      problems.push({
        file: source.file,
        field: 'file',
        severity: 'error',
        message: `"${source.slug}" would publish its data at the address of the oEmbed file of journey "${oembedOf}": rename this file`,
      });
    }
    const cut = source.slug.lastIndexOf('/');
    const name = source.slug.slice(cut + 1);
    if (cut !== -1 && isJourneySubPage(name) && slugs.has(source.slug.slice(0, cut))) {
      problems.push({
        file: source.file,
        field: 'file',
        severity: 'error',
        message: `"${source.slug}" is the address of the ${name} page of journey "${source.slug.slice(0, cut)}": rename this file`,
      });
    }
  }
}

const OEMBED_SUFFIX = '.oembed';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

