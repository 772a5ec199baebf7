/*
 * The shape of the handbook model: what validation hands to the model builder
 * (src/handbook/build-model.ts) and what every figure, export, share card and page reads.
 * Types only, so that the pure rooms below the model's builder (domain, chart, export) can
 * speak of journeys without importing the code that builds them.
 */
import type { ChannelInfo } from '../schema/channels.ts';
import type { JourneyData, PhaseData, TouchpointData } from '../schema/journey.ts';
import type { PersonaData } from '../schema/persona.ts';
import type { ResearchData } from '../schema/research.ts';
import type { SiteSettings } from '../schema/settings.ts';
import type { Kpi } from '../schema/kpi.ts';
import type { GitCommit, GitFileChange, HistoryStatus } from '../sources/git-history.ts';
import type { TrackPage } from '../schema/track.ts';
import type { Stage } from '../schema/stages.ts';

export type { GitCommit, HistoryStatus } from '../sources/git-history.ts';
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
  /** Share of touchpoints with at least one research source, 0…1, to two decimals (v2). */
  evidenceCoverage: number;
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
  /** Months between reviews: its `review_every`, or the site's interval (v2). */
  reviewIntervalMonths: number;
  /** When the next review is due (YYYY-MM-DD): `reviewed` plus the interval; undefined without `reviewed` (v2). */
  nextReview: string | undefined;
  /** Whether the review is overdue on the day of the build: `nextReview` has passed. */
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

/** A touchpoint that cites a research source, with its journey. */
export interface Citation {
  journey: Journey;
  touchpoint: Touchpoint;
}

/** A research source (v2): `content/research/<id>.md`, with the touchpoints that cite it. */
export interface Research extends ResearchData {
  /** Its slug: the file's path below content/research/, without the extension. */
  id: string;
  file: string;
  format: 'md' | 'mdx';
  /** Every touchpoint that cites it, in handbook order. */
  citations: Citation[];
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
  /** Research sources (v2), newest first, then by title. */
  research: Research[];
  researchById: Map<string, Research>;
  /** The handbook's history from git (v2): every page and feed of history reads it from here. */
  history: HandbookHistory;
  /** (v2) Reading paths, sorted by title. */
  tracks: Track[];
  trackById: Map<string, Track>;
}


/**
 * What can be read of a journey's map in one revision of its file (v2, history). Old revisions
 * may not validate any more (the format grew, or a mistake was committed), so each part is
 * read on its own and what cannot be read is left out rather than failing the build.
 */
export interface MapSnapshot {
  title: string | undefined;
  phases: Array<{ id: string; name: string }>;
  touchpoints: Array<{
    /** The written id, or `t<position>` (then `explicitId` is false). */
    id: string;
    explicitId: boolean;
    title: string;
    phase: string | undefined;
    /** −3…3; undefined when the revision's emotion cannot be read. */
    emotion: number | undefined;
  }>;
  /** The revision's `visibility`, when it had one (for the audience filter of deleted journeys). */
  visibility?: string;
  /** Why the map could not be read at all (invalid YAML, no frontmatter), when it could not. */
  unreadable?: string;
}

/** One thing a revision changed in a journey's map, as the history page and the feed tell it. */
export type MapChange =
  /** The first revision of the file. */
  | { kind: 'created'; phases: number; touchpoints: number }
  | { kind: 'title-changed'; from: string; to: string }
  | { kind: 'phase-added'; name: string }
  | { kind: 'phase-removed'; name: string }
  | { kind: 'phase-renamed'; from: string; to: string }
  | { kind: 'touchpoint-added'; title: string; phase: string | undefined }
  | { kind: 'touchpoint-removed'; title: string; phase: string | undefined }
  | { kind: 'touchpoint-moved'; title: string; from: string | undefined; to: string | undefined }
  | { kind: 'touchpoint-retitled'; from: string; to: string }
  /** `Llamada: −3 → −1`. */
  | { kind: 'emotion-changed'; title: string; from: number; to: number }
  /** The revision cannot be read as a map at all. */
  | { kind: 'unreadable'; reason: string };

/** One revision of a journey file: the commit, the file as it was, and what it changed in the map. */
export interface Revision {
  commit: GitCommit;
  status: Exclude<GitFileChange['status'], 'deleted'>;
  /** The file's path in this revision (it may have been renamed since). */
  path: string;
  /** For a rename: the path before it. */
  previousPath?: string;
  blob: string;
  snapshot: MapSnapshot;
  changes: MapChange[];
}

/** One file a commit changed, as the changes page and the feed tell it. */
export interface ChangedFile {
  status: GitFileChange['status'];
  path: string;
  previousPath?: string;
  /** The kind of content file, by its folder. */
  collection: 'journeys' | 'personas' | 'research' | 'other';
  /** The file's path today, when it still exists under that name or a later one. */
  currentPath?: string;
  /** For a journey: the map as this commit left it (for a deletion, as it was before). */
  snapshot?: MapSnapshot;
  /** For a journey: what this commit changed in its map. */
  changes?: MapChange[];
}

/** One commit that touched content/. */
export interface HandbookChange extends GitCommit {
  files: ChangedFile[];
}

/** The handbook's history from git (docs/format.md#history-and-changes-v2), read once per build. */
export interface HandbookHistory {
  status: HistoryStatus;
  /** Each journey file's revisions, newest first, keyed by the file's path today. */
  journeyRevisions: Map<string, Revision[]>;
  /** Every commit that touched content/, newest first. */
  changes: HandbookChange[];
  /** The day (YYYY-MM-DD) each file under content/ last changed, by its path today. */
  lastChanged: Map<string, string>;
  /** What reading it cost, for the build's log (not shown on any page). */
  cost?: { ms: number; commits: number; journeyRevisions: number; versionsReadFromGit: number; filesCompared: number };
}
