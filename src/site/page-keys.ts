import { createHash } from 'node:crypto';
import { journeyGroups, personaWindow, type SidebarContext } from './navigation.ts';
import type { Handbook, Journey, Persona, Track, TrackStep } from '../model/types.ts';
import type { ChangeEntry } from '../domain/handbook-changes.ts';
import { aggregatesOf } from '../handbook/aggregates.ts';
import { stepKey } from '../domain/tracks.ts';
import type { TagEntry } from '../domain/tag-index.ts';

/*
 * Astro's incremental builds copy a page from the previous build instead of rendering it again
 * when the page's code is unchanged (Astro hashes the module graph, which includes the site
 * settings and the i18n strings) and its `cacheKey` is unchanged. A narrative's MDX body is a
 * content entry Astro tracks itself. The key must therefore cover every piece of *content* a
 * page shows: the page's own journey or persona, the personas and channels it names, the stages
 * its phases line up by, the journeys it links to as details, and the neighbours its sidebar
 * and pager list (with the folder labels they are grouped under). Anything left out here would leave a stale page behind,
 * so the keys hash whole model objects rather than picking fields.
 */

/*
 * `astro dev` never reads a page's cacheKey: only `astro build` does, to copy unchanged pages.
 * The dev server lists a route's paths again after every save, and computing the keys of 1,000
 * journey pages took ~0.3 s of each save (docs/performance.md, "The author's loop"); so there the
 * key functions answer at once, with a key that is never compared.
 */
let keysWanted = true;
const NO_KEY = 'not computed in the dev server';

/** Called once by the dev server's page context (src/site/page-context.ts): from then on no key is computed. */
export function leavePageKeysOut(): void {
  keysWanted = false;
}

/** A stable digest of JSON-like data; Maps and Sets are hashed by their entries. */
export function digest(value: unknown): string {
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Map) return { map: [...item.entries()] };
    if (item instanceof Set) return { set: [...item] };
    return item;
  });
  return createHash('sha256').update(text ?? 'undefined').digest('base64url');
}

interface SharedDigests {
  personas: string;
  channels: string;
  /** stages.yaml: names shown on maps, alignments of compare pages and overlays. */
  stages: string;
  journeys: WeakMap<Journey, string>;
  /** Each journey's page key: its map, blueprint and history pages all start from it. */
  journeyPages: WeakMap<Journey, string>;
  /** Future journeys by the slug of the current journey they compare with. */
  comparedBy: Map<string, Journey[]>;
}

const shared = new WeakMap<Handbook, SharedDigests>();

/**
 * A persona without its journeys' data (which would drag every journey of the persona into every
 * key), naming them in slug order: renaming a journey reorders the list without changing it.
 */
function personaOnly(persona: Persona) {
  return { ...persona, journeys: persona.journeys.map((journey) => journey.slug).sort() };
}

function sharedDigests(handbook: Handbook): SharedDigests {
  let digests = shared.get(handbook);
  if (!digests) {
    digests = {
      personas: digest(handbook.personas.map(personaOnly)),
      channels: digest(handbook.channels),
      stages: digest(handbook.stages ?? null),
      journeys: new WeakMap(),
      journeyPages: new WeakMap(),
      comparedBy: aggregatesOf(handbook).comparedBy,
    };
    shared.set(handbook, digests);
  }
  return digests;
}

function journeyDigest(handbook: Handbook, journey: Journey): string {
  const { journeys } = sharedDigests(handbook);
  let value = journeys.get(journey);
  if (value === undefined) {
    value = digest(journey);
    journeys.set(journey, value);
  }
  return value;
}

const titleOf = (journey: Journey | undefined) => journey && { slug: journey.slug, title: journey.title, state: journey.state };

/**
 * What the sidebar lists around a page: its journey groups (with their labels), the window of
 * personas, and whether it links to tracks and to the stages and tags pages.
 */
function navigationDigest(handbook: Handbook, context: SidebarContext): string {
  const bySlug = { journey: (slug: string) => slug, group: (name: string) => name };
  const personas = personaWindow(handbook, context).map((persona) => [persona.slug, persona.name]);
  const sections = [handbook.tracks.length > 0, handbook.stages !== undefined, aggregatesOf(handbook).tags.length > 0];
  return digest([journeyGroups(handbook, context, bySlug, ''), personas, sections]);
}

/**
 * What a track shows of a step's page: the page it names, and that page's title and the facts
 * listed with it (a journey's summary and protagonist, a persona's role, a research title).
 */
function stepContent(handbook: Handbook, step: TrackStep | undefined) {
  if (!step) return undefined;
  const { target } = step;
  if (target.kind === 'journey') {
    const journey = handbook.journeyBySlug.get(target.slug);
    return [step.key, journey?.title, journey?.summary, journey && handbook.personaBySlug.get(journey.personaSlug)?.name];
  }
  if (target.kind === 'persona') {
    const persona = handbook.personaBySlug.get(target.slug);
    return [step.key, persona?.name, persona?.role];
  }
  return [step.key, target];
}

/** The track bars a page shows (src/components/tracks/TrackBar.astro): its place in every track that leads to it. */
function trackBarsDigest(handbook: Handbook, stepKey: string): string {
  const positions = aggregatesOf(handbook).trackPositions.get(stepKey) ?? [];
  return digest(
    positions.map((position) => [position.track.id, position.track.title, position.step, position.count, stepContent(handbook, position.previous), stepContent(handbook, position.next)]),
  );
}

/**
 * The research a journey page names: whether the handbook has any (the evidence marks appear
 * with the first study) and the title of each study its touchpoints cite.
 */
function researchShown(handbook: Handbook, journey: Journey) {
  const cited = [...new Set(journey.touchpoints.flatMap((touchpoint) => touchpoint.sources ?? []))].sort();
  return { any: handbook.research.length > 0, cited: cited.map((id) => [id, handbook.researchById.get(id)?.title]) };
}

/** The journeys a journey's touchpoints detail, as its map names them (sub-journey links). */
function detailTitles(handbook: Handbook, journey: Journey) {
  return journey.touchpoints.map((touchpoint) => titleOf(touchpoint.detail === undefined ? undefined : handbook.journeyBySlug.get(touchpoint.detail)));
}

/** The key of a journey's data exports (`.json`, `.mmd`): the journey, personas and channels. */
export function journeyExportKey(handbook: Handbook, journey: Journey): string {
  if (!keysWanted) return NO_KEY;
  const { personas, channels, stages } = sharedDigests(handbook);
  return digest([journeyDigest(handbook, journey), personas, channels, stages]);
}

/**
 * The key of a journey's map and its blueprint: the journey with its personas, channels, stages
 * and cited research, the futures that compare with it and the journey it compares with, the
 * journeys its touchpoints detail (their titles are linked), the previous and next journeys of
 * the pager, and the sidebar around it. (The journeys it is part of are in the journey itself,
 * `partOf`.)
 */
export function journeyPageKey(handbook: Handbook, journey: Journey): string {
  if (!keysWanted) return NO_KEY;
  const { comparedBy, journeyPages } = sharedDigests(handbook);
  const known = journeyPages.get(journey);
  if (known) return known;
  const position = handbook.journeys.indexOf(journey);
  const key = digest([
    journeyExportKey(handbook, journey),
    researchShown(handbook, journey),
    (comparedBy.get(journey.slug) ?? []).map(titleOf),
    titleOf(journey.compares ? handbook.journeyBySlug.get(journey.compares) : undefined),
    detailTitles(handbook, journey),
    titleOf(handbook.journeys[position - 1]),
    titleOf(handbook.journeys[position + 1]),
    navigationDigest(handbook, { kind: 'journey', slug: journey.slug }),
    trackBarsDigest(handbook, stepKey({ kind: 'journey', slug: journey.slug })),
  ]);
  journeyPages.set(journey, key);
  return key;
}

/**
 * The key of a journey's history page: its map page's key (the current curve, the sidebar)
 * with the history's status and the file's revisions (commit, path and blob of each), so a
 * new commit or a fetched history renders it again and nothing else does.
 */
export function journeyHistoryKey(handbook: Handbook, journey: Journey): string {
  if (!keysWanted) return NO_KEY;
  const revisions = handbook.history.journeyRevisions.get(journey.file) ?? [];
  return digest([
    journeyPageKey(handbook, journey),
    handbook.history.status,
    revisions.map((revision) => [revision.commit.hash, revision.commit.date, revision.commit.author, revision.commit.subject, revision.path, revision.blob]),
  ]);
}

/**
 * The key of a journey shown without the site around it — its presentation and its embed — and
 * of its oEmbed description: the journey with its personas, channels and stages, and the titles
 * of the journeys its touchpoints detail (the embed's map links them); no sidebar, pager or track.
 */
export function journeyStandaloneKey(handbook: Handbook, journey: Journey): string {
  if (!keysWanted) return NO_KEY;
  return digest(['standalone', journeyExportKey(handbook, journey), detailTitles(handbook, journey)]);
}

/** The key of a track's page: the track, what it shows of every step's page, and the sidebar. */
export function trackPageKey(handbook: Handbook, track: Track): string {
  if (!keysWanted) return NO_KEY;
  return digest([track, track.steps.map((step) => stepContent(handbook, step)), navigationDigest(handbook, undefined)]);
}

/**
 * The key of a page of `/changes/` (the first, or `/changes/2/` and on): the history's status,
 * the commits it lists with every file it names (what it is today, what changed in its map), how
 * many there are in all, which page it is of how many, and the sidebar.
 */
export function changesPageKey(handbook: Handbook, shown: readonly ChangeEntry[], total: number, page = { number: 1, count: 1 }): string {
  if (!keysWanted) return NO_KEY;
  return digest([handbook.history.status, total, page.number, page.count, shown.map(changeEntryShown), navigationDigest(handbook, undefined)]);
}

/**
 * The key of `/changes.xml`: the commits it lists with every file it names. An empty feed is
 * dated by the build, so it is rendered again each day.
 */
export function changesFeedKey(handbook: Handbook, shown: readonly ChangeEntry[], buildDay: string): string {
  if (!keysWanted) return NO_KEY;
  return digest(['feed', handbook.history.status, shown.map(changeEntryShown), shown.length === 0 ? buildDay : undefined]);
}

/** What the changes page and the feed show of one commit: the commit and each file it names. */
function changeEntryShown(entry: ChangeEntry) {
  return [
    entry.commit,
    entry.files.map(({ file, name, journey, persona, research }) => [file.path, file.status, file.previousPath, file.collection, file.changes, name, journey?.slug, persona?.slug, research?.id]),
  ];
}

/** The key of a compare page: both journeys, and the sidebar around the future one. */
export function comparePageKey(handbook: Handbook, current: Journey, future: Journey): string {
  if (!keysWanted) return NO_KEY;
  return digest([
    journeyExportKey(handbook, current),
    journeyExportKey(handbook, future),
    navigationDigest(handbook, { kind: 'journey', slug: future.slug }),
  ]);
}

/** The key of a persona page: the persona, the journeys it lists with their curves, and the sidebar. */
export function personaPageKey(handbook: Handbook, persona: Persona): string {
  if (!keysWanted) return NO_KEY;
  const { personas, channels, stages } = sharedDigests(handbook);
  return digest([
    personas,
    channels,
    stages,
    persona.slug,
    persona.journeys.map((journey) => journeyDigest(handbook, journey)),
    navigationDigest(handbook, { kind: 'persona', slug: persona.slug }),
    trackBarsDigest(handbook, stepKey({ kind: 'persona', slug: persona.slug })),
  ]);
}

/**
 * The key of a tag's page: every journey it lists (title, persona, state, and its touchpoints'
 * titles, emotions and channels: the whole journey, as elsewhere), the personas and channels it
 * names, and the sidebar.
 */
export function tagPageKey(handbook: Handbook, tag: TagEntry): string {
  if (!keysWanted) return NO_KEY;
  const { personas, channels } = sharedDigests(handbook);
  const journeys = [...new Set([...tag.journeys, ...tag.touchpoints.map((entry) => entry.journey)])];
  return digest([
    tag.slug,
    tag.name,
    tag.journeys.map((journey) => journey.slug),
    tag.touchpoints.map((entry) => [entry.journey.slug, entry.touchpoint.id]),
    journeys.map((journey) => journeyDigest(handbook, journey)),
    personas,
    channels,
    navigationDigest(handbook, undefined),
  ]);
}

/**
 * The key of a page of a long listing (docs/views.md#long-listings) other than the pages keyed
 * above: which listing and page it is, how many pages there are, what it shows beyond journeys
 * (`shown`: the items' ids, totals, any title or figure it prints), every journey its items come
 * from (whole, as elsewhere: a row shows a touchpoint's title, emotion, moment, phase), the
 * personas, channels and stages it may name, and the sidebar.
 */
export function listingPageKey(handbook: Handbook, listing: string, page: { number: number; count: number }, shown: unknown, journeys: Iterable<Journey>): string {
  if (!keysWanted) return NO_KEY;
  const { personas, channels, stages } = sharedDigests(handbook);
  const distinct = [...new Set(journeys)];
  return digest([
    'listing',
    listing,
    page.number,
    page.count,
    shown,
    distinct.map((journey) => journeyDigest(handbook, journey)),
    personas,
    channels,
    stages,
    navigationDigest(handbook, undefined),
  ]);
}
