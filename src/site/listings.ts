import { paginate, paginateGroups, type GroupedPage, type ListingPage } from '../domain/pagination.ts';
import type { ChannelTouchpoint } from '../domain/channel-summary.ts';
import type { TagEntry } from '../domain/tag-index.ts';
import type { OwnerReviews } from '../domain/review-schedule.ts';
import type { ChangeEntry } from '../domain/handbook-changes.ts';
import type { StageJourney, StageSummary } from '../domain/stage-overview.ts';
import type { RankedPain } from '../domain/pain-ranking.ts';
import type { OpenOpportunity, OwnerOpportunities } from '../domain/opportunities.ts';
import type { MissedKpi } from '../domain/missed-kpis.ts';
import type { InsightList } from './urls.ts';
import type { AtlasRow } from '../domain/atlas.ts';
import type { ResearchMethod } from '../schema/research.ts';
import type { Handbook, Journey, JourneyGroup, Persona, Phase, Research, Touchpoint } from '../model/types.ts';
import type { PageContext } from './page-context.ts';
import { journeyLineMeta } from './journey-line.ts';
import { aggregatesOf } from '../handbook/aggregates.ts';

/*
 * The long listings of the site, cut into static pages (docs/views.md#long-listings), each cut
 * once per handbook and shared by the routes that render its pages and the pages that link
 * into it. The budgets below are what one page holds: chosen so that a page stays well under
 * 100 KB of gzipped HTML and a few thousand elements, which a phone with a slow CPU lays out
 * in well under two seconds, however large the handbook.
 */

/** Rows (or items) per page, by listing. */
export const LISTING_BUDGET = {
  /** Touchpoint rows of a channel page (about 13 elements each). */
  channel: 100,
  /** A tag page's journeys and touchpoint rows together. */
  tag: 100,
  /** Journey rows of the review schedule, by owner. */
  review: 150,
  /** Lines of the changes page: a commit and each file it names, each change in a map. */
  changes: 200,
  /** Journey lines of the journeys index (about 6 elements each), by folder. */
  journeys: 200,
  /** Persona cards of the personas index (about 15 elements each, with a picture). */
  personas: 60,
  /** Study cards of the research index, by method. */
  research: 100,
  /** Journey rows of the stages' listing, a row weighing its phases in the stage. */
  stageJourneys: 120,
} as const;

/**
 * What the insights page shows of each of its lists (docs/views.md#where-to-act-insights); each
 * list longer than that has its pages under `/insights/<list>/`.
 */
export const INSIGHTS_SHOWN = {
  /** Pains in full (text, emotion, where); the next ones one line each, up to `pains`. */
  painsDetailed: 10,
  pains: 50,
  /** Opportunities under each owner. */
  opportunitiesPerOwner: 3,
  kpis: 20,
  stale: 20,
  visions: 20,
} as const;

/** Items per page of the insights lists. */
export const INSIGHTS_BUDGET = { pains: 100, opportunities: 60, kpis: 100, stale: 200, visions: 200 } as const;

/** Personas (columns) of the atlas on the home page; `/atlas/` has them all. */
export const HOME_ATLAS_PERSONAS = 8;
/** Personas (columns) per page of `/atlas/`. */
export const ATLAS_PERSONAS_PER_PAGE = 10;

/** How many journeys the stages page shows under each stage; `/stages/journeys/` has them all. */
export const STAGE_PREVIEW = 10;

const cache = new WeakMap<Handbook, Map<string, unknown>>();

function once<T>(handbook: Handbook, key: string, compute: () => T): T {
  let entries = cache.get(handbook);
  if (!entries) {
    entries = new Map();
    cache.set(handbook, entries);
  }
  if (!entries.has(key)) entries.set(key, compute());
  return entries.get(key) as T;
}

/** The pages of a channel's touchpoints (`/channels/<id>/`, `/channels/<id>/2/`, …). */
export function channelPages(handbook: Handbook, channelId: string): Array<ListingPage<ChannelTouchpoint>> {
  return once(handbook, `channel:${channelId}`, () => paginate(aggregatesOf(handbook).channelById.get(channelId)?.touchpoints ?? [], { budget: LISTING_BUDGET.channel }));
}

/** What a tag page lists: its journeys, then its touchpoints. */
export type TagItem = { kind: 'journey'; journey: Journey } | { kind: 'touchpoint'; journey: Journey; touchpoint: Touchpoint };

/** The pages of a tag (`/tags/<slug>/`, `/tags/<slug>/2/`, …): its journeys first, then its touchpoints. */
export function tagPages(handbook: Handbook, tag: TagEntry): Array<GroupedPage<'journeys' | 'touchpoints', TagItem>> {
  return once(handbook, `tag:${tag.slug}`, () =>
    paginateGroups(
      [
        { group: 'journeys' as const, items: tag.journeys.map((journey): TagItem => ({ kind: 'journey', journey })) },
        { group: 'touchpoints' as const, items: tag.touchpoints.map((entry): TagItem => ({ kind: 'touchpoint', ...entry })) },
      ].filter((group) => group.items.length > 0),
      { budget: LISTING_BUDGET.tag },
    ),
  );
}

/** The pages of the review schedule (`/review/`, `/review/2/`, …), owner by owner. */
export function reviewPages(handbook: Handbook): Array<GroupedPage<OwnerReviews, Journey>> {
  return once(handbook, 'review', () => paginateGroups(aggregatesOf(handbook).reviews.map((group) => ({ group, items: group.journeys })), { budget: LISTING_BUDGET.review }));
}

/** Where an owner's list starts on the review schedule: `#owner-<n>`, n counting owners from 1. */
export const ownerAnchor = (groupIndex: number) => `owner-${groupIndex + 1}`;

/**
 * The pages of `/changes/` (`/changes/2/`, …), newest first. A commit weighs a line, and each
 * file it names a line more with a line for each change in its map: a commit of fifty journeys
 * fills a page on its own, fifty small commits share one.
 */
export function changesPages(handbook: Handbook): Array<ListingPage<ChangeEntry>> {
  return once(handbook, 'changes', () =>
    paginate(aggregatesOf(handbook).changes, {
      budget: LISTING_BUDGET.changes,
      weight: (entry) => 1 + entry.files.reduce((sum, item) => sum + 1 + (item.file.changes?.length ?? 0), 0),
    }),
  );
}

/** A group of the stages' listing: a stage with its figures, or (undefined) the phases without one. */
export type StageGroup = StageSummary | undefined;
export type StageRow = StageJourney | { journey: Journey; phases: Phase[] };

/**
 * The pages of `/stages/journeys/` (`/stages/journeys/2/`, …): every journey's phases, stage by
 * stage, then the phases that name no stage. Stages no journey reaches are left out: the stages
 * page says so under each.
 */
export function stageJourneyPages(handbook: Handbook): Array<GroupedPage<StageGroup, StageRow>> {
  return once(handbook, 'stageJourneys', () => {
    const overview = aggregatesOf(handbook).stageOverview;
    if (!overview) return paginateGroups<StageGroup, StageRow>([], { budget: LISTING_BUDGET.stageJourneys });
    const groups: Array<{ group: StageGroup; items: readonly StageRow[] }> = overview.stages.filter((summary) => summary.journeys.length > 0).map((summary) => ({ group: summary, items: summary.journeys }));
    if (overview.unstaged.length > 0) groups.push({ group: undefined, items: overview.unstaged });
    return paginateGroups(groups, { budget: LISTING_BUDGET.stageJourneys, weight: (row) => row.phases.length });
  });
}

/** Where a stage's journeys (or the phases without a stage) start on `/stages/journeys/`: the anchor of that section. */
export const stageJourneysAnchor = (stageId: string | undefined) => (stageId === undefined ? 'unstaged-journeys' : `stage-${stageId}-journeys`);

/** The whole ranking of pains, a page at a time (`/insights/pains/`, `/insights/pains/2/`, …). */
export function painPages(handbook: Handbook): Array<ListingPage<RankedPain>> {
  return once(handbook, 'insights:pains', () => paginate(aggregatesOf(handbook).pains, { budget: INSIGHTS_BUDGET.pains }));
}

/** Every open opportunity by owner, a page at a time (`/insights/opportunities/`, …). */
export function opportunityPages(handbook: Handbook): Array<GroupedPage<OwnerOpportunities, OpenOpportunity>> {
  return once(handbook, 'insights:opportunities', () =>
    paginateGroups(
      aggregatesOf(handbook).opportunities.map((group) => ({ group, items: group.items })),
      { budget: INSIGHTS_BUDGET.opportunities },
    ),
  );
}

/** Where an owner's opportunities start on `/insights/opportunities/`: `#opportunities-<n>`, n counting owners from 1. */
export const opportunityOwnerAnchor = (groupIndex: number) => `opportunities-${groupIndex + 1}`;

export function missedKpiPages(handbook: Handbook): Array<ListingPage<MissedKpi>> {
  return once(handbook, 'insights:kpis', () => paginate(aggregatesOf(handbook).missedKpis, { budget: INSIGHTS_BUDGET.kpis }));
}

export function stalePages(handbook: Handbook): Array<ListingPage<Journey>> {
  return once(handbook, 'insights:stale', () => paginate(aggregatesOf(handbook).stale, { budget: INSIGHTS_BUDGET.stale }));
}

export function visionPages(handbook: Handbook): Array<ListingPage<Journey>> {
  return once(handbook, 'insights:visions', () => paginate(aggregatesOf(handbook).visionsWithoutBaseline, { budget: INSIGHTS_BUDGET.visions }));
}

/**
 * Whether an insights list has pages of its own: only when the insights page cannot show all of
 * it (for opportunities, when an owner has more than the page shows of each).
 */
export function hasInsightPages(handbook: Handbook, list: InsightList): boolean {
  const aggregates = aggregatesOf(handbook);
  switch (list) {
    case 'pains':
      return aggregates.pains.length > INSIGHTS_SHOWN.pains;
    case 'opportunities':
      return aggregates.opportunities.some((group) => group.items.length > INSIGHTS_SHOWN.opportunitiesPerOwner);
    case 'kpis':
      return aggregates.missedKpis.length > INSIGHTS_SHOWN.kpis;
    case 'stale':
      return aggregates.stale.length > INSIGHTS_SHOWN.stale;
    case 'visions':
      return aggregates.visionsWithoutBaseline.length > INSIGHTS_SHOWN.visions;
  }
}

/** How many items an insights list has in all. */
export function insightListTotal(handbook: Handbook, list: InsightList): number {
  const aggregates = aggregatesOf(handbook);
  switch (list) {
    case 'pains':
      return aggregates.pains.length;
    case 'opportunities':
      return aggregates.opportunities.reduce((sum, group) => sum + group.items.length, 0);
    case 'kpis':
      return aggregates.missedKpis.length;
    case 'stale':
      return aggregates.stale.length;
    case 'visions':
      return aggregates.visionsWithoutBaseline.length;
  }
}

/** The pages of the journeys index (`/journeys/`, `/journeys/_2/`, …), folder by folder. */
export function journeysIndexPages(handbook: Handbook): Array<GroupedPage<JourneyGroup, Journey>> {
  return once(handbook, 'journeys', () => paginateGroups(handbook.groups.map((group) => ({ group, items: group.journeys })), { budget: LISTING_BUDGET.journeys }));
}

/** A journey of `journeys.json`: slug, title, group (index in `groups`), its line's text, flags (1 future, 2 stale), filter tokens. */
export type JourneyDataRow = [slug: string, title: string, group: number, meta: string, flags: number, tokens: string];

/**
 * What the journeys index's filter needs to list any journey when the index has several pages:
 * the groups' labels and, per journey, what its line shows and its filter tokens
 * (src/domain/journey-facets.ts). Rows, not objects, so 10,000 journeys stay a small download.
 */
export function journeysData(context: Pick<PageContext, 'handbook' | 't' | 'number'>): { groups: Array<{ folder: string; label: string }>; journeys: JourneyDataRow[] } {
  const { handbook } = context;
  const { tokens } = aggregatesOf(handbook).journeyFacets;
  const groupIndex = new Map(handbook.groups.map((group, index) => [group.folder, index]));
  return {
    groups: handbook.groups.map((group) => ({ folder: group.folder, label: group.label })),
    journeys: handbook.journeys.map((journey): JourneyDataRow => [
      journey.slug,
      journey.title,
      groupIndex.get(journey.group) ?? 0,
      journeyLineMeta(journey, context),
      (journey.state === 'future' ? 1 : 0) + (journey.stale ? 2 : 0),
      tokens.get(journey.slug) ?? '',
    ]),
  };
}

/** The pages of the full atlas (`/atlas/`, `/atlas/2/`, …), a few personas each; none when the home page shows every persona. */
export function atlasPages(handbook: Handbook): Array<ListingPage<AtlasRow>> {
  return once(handbook, 'atlas', () => {
    const { rows } = aggregatesOf(handbook).atlas;
    return rows.length > HOME_ATLAS_PERSONAS ? paginate(rows, { budget: ATLAS_PERSONAS_PER_PAGE }) : [];
  });
}

/** The pages of the personas index (`/personas/`, `/personas/_2/`, …). */
export function personasPages(handbook: Handbook): Array<ListingPage<Persona>> {
  return once(handbook, 'personas', () => paginate(handbook.personas, { budget: LISTING_BUDGET.personas }));
}

/** The pages of the research index (`/research/`, `/research/_2/`, …), method by method. */
export function researchPages(handbook: Handbook): Array<GroupedPage<ResearchMethod, Research>> {
  return once(handbook, 'research', () =>
    paginateGroups(
      aggregatesOf(handbook).researchByMethod.map((group) => ({ group: group.method, items: group.sources })),
      { budget: LISTING_BUDGET.research },
    ),
  );
}
