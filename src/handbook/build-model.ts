import { BUILT_IN_CHANNEL_ICONS, BUILT_IN_CHANNEL_IDS, type BuiltInChannelId, type ChannelInfo } from '../schema/channels.ts';
import type { SiteSettings } from '../schema/settings.ts';
import { journeyStats, summarizeEmotions } from '../domain/emotion-stats.ts';
import { isStale } from '../domain/staleness.ts';
import { translator } from '../i18n/index.ts';
import type { ValidationResult } from '../validate/validate-content.ts';
import type { FolderFile } from '../schema/folder.ts';
import type { DetailParent, Handbook, Journey, JourneyGroup, Persona, Phase, Touchpoint, ValidJourneyData } from '../model/types.ts';

export type { Handbook, Journey, Persona, Phase, Touchpoint } from '../model/types.ts';

export function groupOf(slug: string): string {
  const cut = slug.lastIndexOf('/');
  return cut === -1 ? '' : slug.slice(0, cut);
}

/** Builds the handbook model from content that passed validation. */
export interface BuildOptions {
  today: Date;
  /** Last-change dates by file path relative to the project root (see src/sources/git-dates.ts). */
  lastChanged?: ReadonlyMap<string, string>;
}

export function buildHandbook(validated: ValidationResult, settings: SiteSettings, { today, lastChanged }: BuildOptions): Handbook {
  const collator = new Intl.Collator(settings.locale);
  const unsorted = validated.journeys.map(({ source, data }) => toJourney(source.slug, source.file, source.format, data, settings, today, lastChanged?.get(source.file)));
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
    const name = folder.slice(cut + 1);
    const own = `${name.charAt(0).toLocaleUpperCase(settings.locale)}${name.slice(1)}`;
    // An unlabelled sub-folder reads as part of its parent: "Banca para particulares / empresas".
    return cut === -1 ? own : `${labelOf(folder.slice(0, cut))} / ${name}`;
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

/** Fills every journey's `partOf`: the touchpoints of other journeys that name it as their `detail`. */
function linkDetails(journeys: readonly Journey[]): void {
  const bySlug = new Map(journeys.map((journey) => [journey.slug, journey]));
  for (const journey of journeys) {
    for (const touchpoint of journey.touchpoints) {
      const detailed = touchpoint.detail === undefined ? undefined : bySlug.get(touchpoint.detail);
      const parent: DetailParent = { journeySlug: journey.slug, journeyTitle: journey.title, touchpointId: touchpoint.id, touchpointTitle: touchpoint.title };
      detailed?.partOf.push(parent);
    }
  }
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
  return {
    ...rest,
    slug,
    file,
    format,
    group: groupOf(slug),
    personaSlug: persona,
    phases,
    touchpoints,
    stats: journeyStats(touchpoints),
    stale: isStale(data.reviewed, settings.reviewIntervalMonths, today),
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
      icon: override?.icon ?? BUILT_IN_CHANNEL_ICONS[id],
      builtIn: true,
    });
  }
  for (const [id, entry] of Object.entries(custom)) {
    if (!channels.has(id)) channels.set(id, { id, label: entry.label, icon: entry.icon ?? '•', builtIn: false });
  }
  return channels;
}
