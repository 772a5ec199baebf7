/*
 * The shape of the handbook model: what validation hands to the model builder
 * (src/handbook/build-model.ts) and what every figure, export, share card and page reads.
 * Types only, so that the pure rooms below the model's builder (domain, chart, export) can
 * speak of journeys without importing the code that builds them.
 */
import type { ChannelInfo } from '../schema/channels.ts';
import type { JourneyData, PhaseData, TouchpointData } from '../schema/journey.ts';
import type { PersonaData } from '../schema/persona.ts';
import type { SiteSettings } from '../schema/settings.ts';
import type { Kpi } from '../schema/kpi.ts';
import type { Stage } from '../schema/stages.ts';

export type { Stage } from '../schema/stages.ts';

/** A touchpoint that passed validation: its `id` is filled in (`t1`, `t2`, … by default). */
export type ValidTouchpoint = TouchpointData & { id: string };
/** A journey's frontmatter that passed validation. */
export type ValidJourneyData = Omit<JourneyData, 'touchpoints'> & { touchpoints: ValidTouchpoint[] };

/** A persona's avatar once resolved: an emoji, or an image file inside the handbook. */
export type Avatar = { kind: 'emoji'; emoji: string } | { kind: 'image'; absolutePath: string; path: string };

export interface EmotionSummary {
  mean: number;
  min: number;
  max: number;
}

export interface JourneyStats {
  /** Mean emotion of all touchpoints, to two decimals. */
  emotionMean: number;
  /** The touchpoint that feels worst; the earliest among equals. */
  lowest: string;
  /** The touchpoint that feels best; the earliest among equals. */
  highest: string;
  momentsOfTruth: string[];
  momentsOfPain: string[];
}

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
  /** The touchpoints of other journeys whose `detail` is this journey: where it belongs, in handbook order. */
  partOf: DetailParent[];
}

/**
 * A touchpoint that names a journey as its `detail` (a sub-journey zooms into it), as the
 * detailed journey shows it: "part of <journeyTitle> › <touchpointTitle>". Plain data, so the
 * page keys that hash a journey cover its parents' titles.
 */
export interface DetailParent {
  journeySlug: string;
  journeyTitle: string;
  touchpointId: string;
  touchpointTitle: string;
}

/** The journeys of one folder below content/journeys/, as navigation and the journeys index show them. */
export interface JourneyGroup {
  /** The folder as slugs spell it ("banca", "banca/empresas"); "" for journeys at the top. */
  folder: string;
  /** What readers see: the `_folder.yaml` label, else the folder's name with a capital. */
  label: string;
  /** From `_folder.yaml`, when it has one. */
  description: string | undefined;
  order: number | undefined;
  /** In handbook order. */
  journeys: Journey[];
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
  /** Sorted by group (in the order of `groups`), then title. */
  journeys: Journey[];
  /** Sorted by name. */
  personas: Persona[];
  /** Built-in channels followed by channels.yaml's new ones, with labels for the site locale. */
  channels: Map<string, ChannelInfo>;
  journeyBySlug: Map<string, Journey>;
  personaBySlug: Map<string, Persona>;
  /** content/stages.yaml, in file order; undefined when the handbook has no stages file. */
  stages: Stage[] | undefined;
  stageById: Map<string, Stage>;
  /**
   * The journeys by folder: the top-level journeys first, then the folders by `order` (those
   * without one last), then by label.
   */
  groups: JourneyGroup[];
  groupByFolder: Map<string, JourneyGroup>;
}

