import { buildAtlas, type Atlas } from '../domain/atlas.ts';
import { journeysNeedingAttention, type AttentionSignals } from '../domain/attention.ts';
import { summariseChannels, type ChannelSummary } from '../domain/channel-summary.ts';
import { compareJourneys, type JourneyComparison } from '../domain/compare.ts';
import { kpisMissingTarget, type MissedKpi } from '../domain/missed-kpis.ts';
import { openOpportunitiesByOwner, type OwnerOpportunities } from '../domain/opportunities.ts';
import { rankPains, type RankedPain } from '../domain/pain-ranking.ts';
import { staleJourneys, visionsWithoutBaseline } from '../domain/upkeep.ts';
import { overdueJourneys, reviewsByOwner, type OwnerReviews } from '../domain/review-schedule.ts';
import { evidenceCoverage } from '../domain/evidence.ts';
import { handbookChanges, type ChangeEntry } from '../domain/handbook-changes.ts';
import { RESEARCH_METHODS, type ResearchMethod } from '../schema/research.ts';
import { trackPositions, type TrackPosition } from '../domain/tracks.ts';
import { indexTags, type TagEntry } from '../domain/tag-index.ts';
import { stageOverview, type StageOverview } from '../domain/stage-overview.ts';
import { journeyFacets, type JourneyFacets } from '../domain/journey-facets.ts';
import type { Handbook, Journey, Research } from './build-model.ts';

/** Every cross-journey figure the views show, each computed at most once per handbook. */
export interface Aggregates {
  readonly atlas: Atlas;
  readonly attention: AttentionSignals[];
  readonly channels: ChannelSummary[];
  readonly channelById: Map<string, ChannelSummary>;
  readonly pains: RankedPain[];
  readonly opportunities: OwnerOpportunities[];
  readonly missedKpis: MissedKpi[];
  readonly stale: Journey[];
  readonly visionsWithoutBaseline: Journey[];
  /** Keyed by the future journey's slug: every future journey whose `compares` exists. */
  readonly comparisons: Map<string, JourneyComparison>;
  readonly touchpointCount: number;
  /** Keyed by a current journey's slug: the future journeys that `compare` with it, in handbook order. */
  readonly comparedBy: Map<string, Journey[]>;
  /** Keyed by a persona's slug: how many touchpoints their journeys have. */
  readonly personaTouchpointCount: Map<string, number>;
  /** Every journey by owner, for `/review/`: overdue first (src/domain/review-schedule.ts). */
  readonly reviews: OwnerReviews[];
  /** Journeys whose review is overdue, the longest overdue first. */
  readonly overdue: Journey[];
  /** Research sources by method, in the format's order of methods, each group newest first. */
  readonly researchByMethod: Array<{ method: ResearchMethod; sources: Research[] }>;
  /** Evidence across the handbook: touchpoints with a source, all touchpoints, and their share. */
  readonly evidence: { covered: number; total: number; coverage: number };
  /** What changed in the handbook, newest first, as far as this build shows it. */
  readonly changes: ChangeEntry[];
  /** (v2) Keyed by a page's step key (src/domain/tracks.ts): its place in every track that leads to it. */
  readonly trackPositions: Map<string, TrackPosition[]>;
  /** Every tag of journeys and touchpoints, by name. */
  readonly tags: TagEntry[];
  readonly tagBySlug: Map<string, TagEntry>;
  /** Every journey's phases under each stage; undefined without content/stages.yaml. */
  readonly stageOverview: StageOverview | undefined;
  /** The journeys index's filters and each journey's tokens. */
  readonly journeyFacets: JourneyFacets;
}

const cache = new WeakMap<Handbook, Aggregates>();

/**
 * The aggregates of a handbook. A build has one Handbook object (getHandbook()), so every
 * page that shows the atlas, the channel figures or the insights reads the same numbers,
 * computed on first use; the dev server's fresh Handbook per request gets fresh ones.
 */
export function aggregatesOf(handbook: Handbook): Aggregates {
  let aggregates = cache.get(handbook);
  if (!aggregates) {
    aggregates = computeLazily(handbook);
    cache.set(handbook, aggregates);
  }
  return aggregates;
}

function computeLazily(handbook: Handbook): Aggregates {
  const { journeys, personas, settings } = handbook;
  const memo = new Map<string, unknown>();
  const once = <T>(key: string, compute: () => T): T => {
    if (!memo.has(key)) memo.set(key, compute());
    return memo.get(key) as T;
  };
  return {
    get atlas() {
      return once('atlas', () => buildAtlas(journeys, personas, handbook.stages));
    },
    get attention() {
      return once('attention', () => journeysNeedingAttention(journeys));
    },
    get channels() {
      return once('channels', () => summariseChannels(handbook));
    },
    get channelById() {
      return once('channelById', () => new Map(this.channels.map((summary) => [summary.channel.id, summary])));
    },
    get pains() {
      return once('pains', () => rankPains(journeys));
    },
    get opportunities() {
      return once('opportunities', () => openOpportunitiesByOwner(journeys, settings.locale));
    },
    get missedKpis() {
      return once('missedKpis', () => kpisMissingTarget(journeys));
    },
    get stale() {
      return once('stale', () => staleJourneys(journeys));
    },
    get visionsWithoutBaseline() {
      return once('visionsWithoutBaseline', () => visionsWithoutBaseline(journeys));
    },
    get comparisons() {
      return once('comparisons', () => {
        const comparisons = new Map<string, JourneyComparison>();
        for (const future of journeys) {
          const current = future.compares ? handbook.journeyBySlug.get(future.compares) : undefined;
          if (future.state === 'future' && current) comparisons.set(future.slug, compareJourneys(current, future, handbook.stages));
        }
        return comparisons;
      });
    },
    get touchpointCount() {
      return once('touchpointCount', () => journeys.reduce((sum, journey) => sum + journey.touchpoints.length, 0));
    },
    get comparedBy() {
      return once('comparedBy', () => {
        const comparedBy = new Map<string, Journey[]>();
        for (const journey of journeys) {
          if (journey.compares) comparedBy.set(journey.compares, [...(comparedBy.get(journey.compares) ?? []), journey]);
        }
        return comparedBy;
      });
    },
    get reviews() {
      return once('reviews', () => reviewsByOwner(journeys, settings.locale));
    },
    get overdue() {
      return once('overdue', () => overdueJourneys(journeys));
    },
    get researchByMethod() {
      return once('researchByMethod', () =>
        RESEARCH_METHODS.map((method) => ({ method, sources: handbook.research.filter((source) => source.method === method) })).filter((group) => group.sources.length > 0),
      );
    },
    get evidence() {
      return once('evidence', () => {
        const touchpoints = journeys.flatMap((journey) => journey.touchpoints);
        return { covered: touchpoints.filter((touchpoint) => (touchpoint.sources?.length ?? 0) > 0).length, total: touchpoints.length, coverage: evidenceCoverage(touchpoints) };
      });
    },
    get changes() {
      return once('changes', () => handbookChanges(handbook));
    },
    get trackPositions() {
      return once('trackPositions', () => trackPositions(handbook.tracks));
    },
    get tags() {
      return once('tags', () => indexTags(journeys, settings.locale));
    },
    get tagBySlug() {
      return once('tagBySlug', () => new Map(this.tags.map((tag) => [tag.slug, tag])));
    },
    get stageOverview() {
      return once('stageOverview', () => (handbook.stages ? stageOverview(journeys, handbook.stages) : undefined));
    },
    get journeyFacets() {
      return once('journeyFacets', () => journeyFacets(journeys, { personas, stages: handbook.stages, channels: handbook.channels, tags: this.tags, locale: settings.locale }));
    },
    get personaTouchpointCount() {
      return once('personaTouchpointCount', () => new Map(personas.map((persona) => [persona.slug, persona.journeys.reduce((sum, journey) => sum + journey.touchpoints.length, 0)])));
    },
  };
}
