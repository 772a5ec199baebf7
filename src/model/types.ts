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
import type { TrackPage } from '../schema/track.ts';

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
}

export interface Persona extends PersonaData {
  slug: string;
  file: string;
  group: string;
  avatarInfo: Avatar | undefined;
  /** The journeys this persona is the protagonist of, in handbook order. */
  journeys: Journey[];
}

/** What one step of a track sends the reader to. */
export type TrackTarget =
  | { kind: 'journey'; slug: string }
  | { kind: 'persona'; slug: string }
  /** `title` is the research file's, or its id when it has none. */
  | { kind: 'research'; id: string; title: string }
  | { kind: 'page'; page: TrackPage };

export interface TrackStep {
  /** 0-based position in the track. */
  index: number;
  target: TrackTarget;
  /** Names the target across the handbook ("journey:banca/alta-online"): see src/domain/tracks.ts. */
  key: string;
  /** Why to read it. */
  note: string | undefined;
}

/** (v2) A reading path for onboarding (docs/format.md#tracks-v2). */
export interface Track {
  /** The file's path below content/tracks/, without extension (the slug rule). */
  id: string;
  file: string;
  format: 'md' | 'mdx';
  title: string;
  description: string | undefined;
  audience: string | undefined;
  visibility: 'internal' | 'public' | undefined;
  steps: TrackStep[];
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
  /** (v2) Reading paths, sorted by title. */
  tracks: Track[];
  trackById: Map<string, Track>;
}

