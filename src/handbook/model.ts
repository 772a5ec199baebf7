import { BUILT_IN_CHANNEL_ICONS, BUILT_IN_CHANNEL_IDS, type BuiltInChannelId, type ChannelInfo } from '../schema/channels.ts';
import type { PhaseData } from '../schema/journey.ts';
import type { PersonaData } from '../schema/persona.ts';
import type { SiteSettings } from '../schema/settings.ts';
import type { Kpi } from '../schema/kpi.ts';
import { journeyStats, summarizeEmotions, type EmotionSummary, type JourneyStats } from '../domain/emotion-stats.ts';
import { isStale } from '../domain/staleness.ts';
import { translator } from '../i18n/index.ts';
import type { Problem } from '../validate/problem.ts';
import type { Avatar, ValidationResult, ValidTouchpoint, ValidJourneyData } from '../validate/validate-content.ts';

export interface Touchpoint extends ValidTouchpoint {
  /** 0-based position in the journey. */
  index: number;
  /** 0-based position of its phase. */
  phaseIndex: number;
  importance: number;
}

export interface Phase extends PhaseData {
  index: number;
  touchpoints: Touchpoint[];
  /** Undefined for a phase with no touchpoints. */
  emotion: EmotionSummary | undefined;
}

export interface Journey extends Omit<ValidJourneyData, 'phases' | 'touchpoints' | 'persona'> {
  slug: string;
  file: string;
  format: 'md' | 'mdx';
  /** The sub-folder the file lives in ("banca" for "banca/alta-online"), "" at the top. */
  group: string;
  personaSlug: string;
  phases: Phase[];
  touchpoints: Touchpoint[];
  stats: JourneyStats;
  stale: boolean;
  /** When the file last changed according to git (YYYY-MM-DD), when known. */
  lastChanged: string | undefined;
  /** Every KPI of the journey, its phases and touchpoints, for the KPI section and insights. */
  allKpis: Array<{ kpi: Kpi; level: 'journey' | 'phase' | 'touchpoint'; of?: string }>;
}

export interface Persona extends PersonaData {
  slug: string;
  file: string;
  group: string;
  avatarInfo: Avatar | undefined;
  /** The journeys this persona is the protagonist of, in handbook order. */
  journeys: Journey[];
}

/** Everything a page, export or share card needs, built once per build. */
export interface Handbook {
  settings: SiteSettings;
  /** Sorted by group, then title. */
  journeys: Journey[];
  /** Sorted by name. */
  personas: Persona[];
  /** Built-in channels followed by channels.yaml's new ones, with labels for the site locale. */
  channels: Map<string, ChannelInfo>;
  journeyBySlug: Map<string, Journey>;
  personaBySlug: Map<string, Persona>;
  /** Non-fatal problems (stale reviews, unused personas, …). */
  warnings: Problem[];
}

export function groupOf(slug: string): string {
  const cut = slug.lastIndexOf('/');
  return cut === -1 ? '' : slug.slice(0, cut);
}

/** Builds the handbook model from content that passed validation. */
export interface BuildOptions {
  today: Date;
  /** Last-change dates by file path relative to the project root (see git-dates.ts). */
  lastChanged?: ReadonlyMap<string, string>;
}

export function buildHandbook(validated: ValidationResult, settings: SiteSettings, { today, lastChanged }: BuildOptions): Handbook {
  const collator = new Intl.Collator(settings.locale);
  const journeys = validated.journeys
    .map(({ source, data }) => toJourney(source.slug, source.file, source.format, data, settings, today, lastChanged?.get(source.file)))
    .sort((a, b) => collator.compare(a.group, b.group) || collator.compare(a.title, b.title) || collator.compare(a.slug, b.slug));
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
    warnings: validated.problems.filter((problem) => problem.severity === 'warning'),
  };
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
