import { BUILT_IN_CHANNEL_ICONS, DEFAULT_CHANNEL_SYMBOL, BUILT_IN_CHANNEL_IDS, type BuiltInChannelId, type ChannelInfo } from '../schema/channels.ts';
import type { SiteSettings } from '../schema/settings.ts';
import { journeyStats, summarizeEmotions } from '../domain/emotion-stats.ts';
import { evidenceCoverage } from '../domain/evidence.ts';
import { reviewSchedule } from '../domain/review-schedule.ts';
import { translator } from '../i18n/index.ts';
import { stepKey, trackTarget } from '../domain/tracks.ts';
import type { ValidatedTrack, ValidationResult } from '../validate/validate-content.ts';
import type { FolderFile } from '../schema/folder.ts';
import type {
  Citation,
  DetailParent,
  Handbook,
  HandbookHistory,
  Journey,
  JourneyGroup,
  Persona,
  Phase,
  Research,
  Touchpoint,
  Track,
  ValidJourneyData,
} from '../model/types.ts';

export type { Handbook, Journey, Persona, Phase, Research, Touchpoint, Track } from '../model/types.ts';

export function groupOf(slug: string): string {
  const cut = slug.lastIndexOf('/');
  return cut === -1 ? '' : slug.slice(0, cut);
}

/** Builds the handbook model from content that passed validation. */
export interface BuildOptions {
  today: Date;
  /** The history from git (src/handbook/history.ts); without it, the handbook has none. */
  history?: HandbookHistory;
}

/** The history of a handbook built outside git: empty, and saying so. */
export const NO_HISTORY: HandbookHistory = { status: 'no-repository', journeyRevisions: new Map(), changes: [], lastChanged: new Map() };

export function buildHandbook(validated: ValidationResult, settings: SiteSettings, { today, history = NO_HISTORY }: BuildOptions): Handbook {
  const { lastChanged } = history;
  const collator = new Intl.Collator(settings.locale);
  // `validated` is already cut to the build's audience (handbook/audience.ts): groups, folder
  // labels and sub-journey links are made from the journeys this audience sees, and nothing else.
  const unsorted = validated.journeys.map(({ source, data }) => toJourney(source.slug, source.file, source.format, data, settings, today, lastChanged.get(source.file)));
  const groups = journeyGroups(unsorted, validated.folders, settings);
  const journeys = groups.flatMap((group) => group.journeys);
  linkDetails(journeys);
  const personas = validated.personas
    .map(({ source, data, avatar }): Persona => ({
      ...data,
      slug: source.slug,
      file: source.file,
      group: groupOf(source.slug),
      avatarInfo: avatar,
      journeys: journeys.filter((journey) => journey.personaSlug === source.slug),
    }))
    .sort((a, b) => collator.compare(a.name, b.name) || collator.compare(a.slug, b.slug));
  const research = toResearch(validated, journeys, collator);
  const researchTitle = (id: string) => validated.researchTitles.get(id) ?? id;
  const tracks = validated.tracks
    .map((track) => toTrack(track, researchTitle))
    .sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.id, b.id));
  return {
    settings,
    journeys,
    personas,
    channels: resolveChannels(validated.customChannels, settings),
    journeyBySlug: new Map(journeys.map((journey) => [journey.slug, journey])),
    personaBySlug: new Map(personas.map((persona) => [persona.slug, persona])),
    stages: validated.stages,
    stageById: new Map((validated.stages ?? []).map((stage) => [stage.id, stage])),
    groups,
    groupByFolder: new Map(groups.map((group) => [group.folder, group])),
    research,
    researchById: new Map(research.map((source) => [source.id, source])),
    history,
    tracks,
    trackById: new Map(tracks.map((track) => [track.id, track])),
  };
}

/**
 * The journeys by folder, in the order docs/format.md#folder-labels-v2 gives: top-level journeys
 * first (they belong to the handbook as a whole), then folders by `order` (without one: after
 * those with one), then by label; inside a group, by title.
 */
function journeyGroups(journeys: readonly Journey[], folders: ReadonlyMap<string, FolderFile>, settings: SiteSettings): JourneyGroup[] {
  const collator = new Intl.Collator(settings.locale);
  const t = translator(settings.locale);
  const byFolder = new Map<string, Journey[]>();
  for (const journey of journeys) byFolder.set(journey.group, [...(byFolder.get(journey.group) ?? []), journey]);
  const labelOf = (folder: string): string => {
    if (folder === '') return t('journeys.ungrouped');
    const label = folders.get(folder)?.label;
    if (label !== undefined) return label;
    const cut = folder.lastIndexOf('/');
    const own = readableFolderName(folder.slice(cut + 1), settings.locale);
    // An unlabelled sub-folder reads as part of its parent: "Banca para particulares / Empresas".
    return cut === -1 ? own : `${labelOf(folder.slice(0, cut))} / ${own}`;
  };
  const groups = [...byFolder].map(([folder, members]): JourneyGroup => ({
    folder,
    label: labelOf(folder),
    description: folders.get(folder)?.description,
    order: folders.get(folder)?.order,
    journeys: members.sort((a, b) => collator.compare(a.title, b.title) || collator.compare(a.slug, b.slug)),
  }));
  const rank = (group: JourneyGroup) => (group.folder === '' ? -Infinity : (group.order ?? Infinity));
  const byRank = (a: JourneyGroup, b: JourneyGroup) => (rank(a) === rank(b) ? 0 : rank(a) < rank(b) ? -1 : 1);
  return groups.sort((a, b) => byRank(a, b) || collator.compare(a.label, b.label) || collator.compare(a.folder, b.folder));
}

/**
 * A folder's name as readers see it when no `_folder.yaml` labels it: a folder name has no spaces
 * or capitals of its own, so dashes become spaces and it starts with a capital
 * ("atencion-primaria" → "Atencion primaria").
 */
export function readableFolderName(name: string, locale?: string): string {
  const words = name.replace(/-+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase(locale) + words.slice(1);
}

/**
 * Fills every journey's `partOf`: the touchpoints of other journeys that name it as their
 * `detail`. A `detail` naming a journey outside the model is dropped: validation refuses a public
 * journey detailed by an internal one, and should one slip through, no page, link or export may
 * name a journey this audience does not see.
 */
function linkDetails(journeys: readonly Journey[]): void {
  const bySlug = new Map(journeys.map((journey) => [journey.slug, journey]));
  for (const journey of journeys) {
    for (const touchpoint of journey.touchpoints) {
      if (touchpoint.detail === undefined) continue;
      const detailed = bySlug.get(touchpoint.detail);
      if (!detailed) {
        delete touchpoint.detail;
        continue;
      }
      const parent: DetailParent = { journeySlug: journey.slug, journeyTitle: journey.title, touchpointId: touchpoint.id, touchpointTitle: touchpoint.title };
      detailed.partOf.push(parent);
    }
  }
}

function toTrack({ source, data }: ValidatedTrack, researchTitle: (id: string) => string): Track {
  return {
    id: source.slug,
    file: source.file,
    format: source.format,
    title: data.title,
    description: data.description,
    audience: data.audience,
    visibility: data.visibility,
    steps: data.steps.map((step, index) => {
      const target = trackTarget(step, researchTitle);
      return { index, target, key: stepKey(target), note: step.note };
    }),
  };
}

/** Research sources, newest first, each with the touchpoints that cite it in handbook order. */
function toResearch(validated: ValidationResult, journeys: readonly Journey[], collator: Intl.Collator): Research[] {
  const citations = new Map<string, Citation[]>();
  for (const journey of journeys) {
    for (const touchpoint of journey.touchpoints) {
      for (const id of new Set(touchpoint.sources ?? [])) citations.set(id, [...(citations.get(id) ?? []), { journey, touchpoint }]);
    }
  }
  return validated.research
    .map(({ source, data }): Research => ({ ...data, id: source.slug, file: source.file, format: source.format, citations: citations.get(source.slug) ?? [] }))
    .sort((a, b) => b.date.localeCompare(a.date) || collator.compare(a.title, b.title) || collator.compare(a.id, b.id));
}

function toJourney(
  slug: string,
  file: string,
  format: 'md' | 'mdx',
  data: ValidJourneyData,
  settings: SiteSettings,
  today: Date,
  lastChanged: string | undefined,
): Journey {
  const phaseIndex = new Map(data.phases.map((phase, index) => [phase.id, index]));
  const touchpoints: Touchpoint[] = data.touchpoints.map((touchpoint, index) => ({
    ...touchpoint,
    index,
    phaseIndex: phaseIndex.get(touchpoint.phase) ?? 0,
  }));
  const phases: Phase[] = data.phases.map((phase, index) => {
    const own = touchpoints.filter((touchpoint) => touchpoint.phaseIndex === index);
    return { ...phase, index, touchpoints: own, emotion: summarizeEmotions(own.map((touchpoint) => touchpoint.emotion)) };
  });
  const { persona, phases: _phases, touchpoints: _touchpoints, ...rest } = data;
  const schedule = reviewSchedule(data, settings.reviewIntervalMonths, today);
  return {
    ...rest,
    slug,
    file,
    format,
    group: groupOf(slug),
    personaSlug: persona,
    phases,
    touchpoints,
    stats: { ...journeyStats(touchpoints), evidenceCoverage: evidenceCoverage(touchpoints) },
    reviewIntervalMonths: schedule.intervalMonths,
    nextReview: schedule.nextReview,
    stale: schedule.overdue,
    lastChanged,
    partOf: [],
    allKpis: [
      ...(data.kpis ?? []).map((kpi) => ({ kpi, level: 'journey' as const })),
      ...phases.flatMap((phase) => (phase.kpis ?? []).map((kpi) => ({ kpi, level: 'phase' as const, of: phase.name }))),
      ...touchpoints.flatMap((touchpoint) => (touchpoint.kpis ?? []).map((kpi) => ({ kpi, level: 'touchpoint' as const, of: touchpoint.title }))),
    ],
  };
}

function resolveChannels(custom: ValidationResult['customChannels'], settings: SiteSettings): Map<string, ChannelInfo> {
  const t = translator(settings.locale);
  const channels = new Map<string, ChannelInfo>();
  for (const id of BUILT_IN_CHANNEL_IDS) {
    const override = custom[id];
    channels.set(id, {
      id,
      label: override?.label ?? t(`channel.${id}` as `channel.${BuiltInChannelId}`),
      icon: override?.icon,
      symbol: BUILT_IN_CHANNEL_ICONS[id],
      builtIn: true,
    });
  }
  for (const [id, entry] of Object.entries(custom)) {
    if (!channels.has(id)) channels.set(id, { id, label: entry.label, icon: entry.icon, symbol: DEFAULT_CHANNEL_SYMBOL, builtIn: false });
  }
  return channels;
}
