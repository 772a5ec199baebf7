import { isJourneySubPage, type JourneySubPage } from '../schema/reserved-names.ts';
import { tagSlug } from '../domain/tag-slug.ts';

/*
 * The output contract's URL scheme (docs/format.md#pages-and-files), in one place: pages and components
 * build links through siteUrls(), the share images and the dev server name their files through
 * routes, and the search index reads pages back through pageOfPath(). Nothing else spells a path.
 */

/** Each segment of a path percent-encoded for a link; the slashes of nested slugs stay separators. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export type ShareImageKind = 'journeys' | 'personas' | 'home';

/** The full lists behind the insights page's sections (docs/views.md#long-listings). */
export const INSIGHT_LISTS = ['pains', 'opportunities', 'kpis', 'stale', 'visions'] as const;
export type InsightList = (typeof INSIGHT_LISTS)[number];

/**
 * Page `page` of a listing whose first page is `first`: later pages add their number
 * (`channels/web/` → `channels/web/2/`). Only where no content address can take that place.
 */
const numbered = (first: string, page: number) => (page <= 1 ? first : `${first}${page}/`);

/**
 * Later pages of the journeys, personas and research indexes. Under `journeys/` every other
 * name may be a journey's slug, but no slug has a segment starting with "_" (such files and
 * folders are never read, docs/format.md#handbook-layout), so `journeys/_2/` can never be a
 * journey's address (nor `personas/_2/` a persona's, `research/_2/` a study's).
 */
const underscored = (first: string, page: number) => (page <= 1 ? first : `${first}_${page}/`);

/** Where each output lives in `dist/`: paths relative to the site's base, no leading slash, not encoded. */
export const routes = {
  home: () => '',
  journeys: () => 'journeys/',
  /** Page `page` of the journeys index (docs/views.md#long-listings); page 1 is `journeys/`. */
  journeysPage: (page: number) => underscored('journeys/', page),
  /** Every journey as the journeys index's filter reads it, fetched only when a reader filters. */
  journeysData: () => 'journeys.json',
  journey: (slug: string) => `journeys/${slug}/`,
  journeySubPage: (slug: string, page: JourneySubPage) => `journeys/${slug}/${page}/`,
  journeyJson: (slug: string) => `journeys/${slug}.json`,
  journeyMermaid: (slug: string) => `journeys/${slug}.mmd`,
  /** (v2) The journey's embed described for oEmbed consumers (docs/format.md#pages-and-files). */
  journeyOembed: (slug: string) => `journeys/${slug}.oembed.json`,
  compare: (futureSlug: string) => `compare/${futureSlug}/`,
  /** The atlas of every persona, a few a page, when the home page shows only some (docs/views.md#long-listings). */
  atlas: (page: number) => numbered('atlas/', page),
  personas: () => 'personas/',
  personasPage: (page: number) => underscored('personas/', page),
  persona: (slug: string) => `personas/${slug}/`,
  channels: () => 'channels/',
  channel: (id: string) => `channels/${id}/`,
  channelPage: (id: string, page: number) => numbered(`channels/${id}/`, page),
  insights: () => 'insights/',
  /** The whole of one insights section, a page at a time: `insights/pains/`, `insights/pains/2/`. */
  insightList: (list: InsightList, page: number) => numbered(`insights/${list}/`, page),
  tracks: () => 'tracks/',
  track: (id: string) => `tracks/${id}/`,
  stages: () => 'stages/',
  /** Every journey's phases stage by stage, a page at a time (the stages page shows the first of each). */
  stageJourneys: (page: number) => numbered('stages/journeys/', page),
  tags: () => 'tags/',
  /** A tag's page, by its slug (tagSlug). */
  tag: (slug: string) => `tags/${slug}/`,
  tagPage: (slug: string, page: number) => numbered(`tags/${slug}/`, page),
  touchpointsCsv: () => 'touchpoints.csv',
  research: () => 'research/',
  researchPage: (page: number) => underscored('research/', page),
  researchSource: (id: string) => `research/${id}/`,
  review: () => 'review/',
  reviewPage: (page: number) => numbered('review/', page),
  changes: () => 'changes/',
  changesPage: (page: number) => numbered('changes/', page),
  changesFeed: () => 'changes.xml',
  /** The folder of share images; a card's file is shareImage(). */
  shareImages: () => 'og/',
  shareImage: (kind: ShareImageKind, slug?: string) => (kind === 'home' ? 'og/home.png' : `og/${kind}/${slug ?? ''}.png`),
  /** A persona's picture, copied from beside the persona file: `avatars/<slug-with-dashes><ext>`. */
  avatar: (personaSlug: string, imagePath: string) => `avatars/${avatarFileName(personaSlug, imagePath)}`,
  pagefind: () => 'pagefind/',
  /** A Twemoji picture the pages draw instead of an emoji character: `emoji/<code points>.svg`. */
  emoji: (file: string) => `emoji/${file}`,
};

/**
 * The file name of a persona's published avatar: flat, so nested persona slugs cannot collide.
 * An SVG is published as a PNG (src/pages/avatars/[file].ts): an SVG document opened on the
 * handbook's own origin could run script, a PNG cannot.
 */
export function avatarFileName(personaSlug: string, imagePath: string): string {
  const extension = (/\.[^./]+$/.exec(imagePath)?.[0] ?? '').toLowerCase();
  return `${personaSlug.replace(/\//g, '--')}${extension === '.svg' ? '.png' : extension}`;
}

/** Every URL of the output contract under the site's base path, so a handbook under `/handbook/` just works. */
export function siteUrls(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${root}${path.replace(/^\//, '')}`;
  const link = (route: string) => at(encodePath(route));
  return {
    at,
    home: () => root,
    journeys: () => link(routes.journeys()),
    journeysPage: (page: number) => link(routes.journeysPage(page)),
    journeysData: () => link(routes.journeysData()),
    journey: (slug: string) => link(routes.journey(slug)),
    touchpoint: (slug: string, touchpointId: string) => `${link(routes.journey(slug))}#tp-${touchpointId}`,
    journeyJson: (slug: string) => link(routes.journeyJson(slug)),
    journeyMermaid: (slug: string) => link(routes.journeyMermaid(slug)),
    blueprint: (slug: string) => link(routes.journeySubPage(slug, 'blueprint')),
    history: (slug: string) => link(routes.journeySubPage(slug, 'history')),
    research: () => link(routes.research()),
    researchPage: (page: number) => link(routes.researchPage(page)),
    researchSource: (id: string) => link(routes.researchSource(id)),
    review: () => link(routes.review()),
    reviewPage: (page: number) => link(routes.reviewPage(page)),
    changes: () => link(routes.changes()),
    changesPage: (page: number) => link(routes.changesPage(page)),
    changesFeed: () => link(routes.changesFeed()),
    present: (slug: string) => link(routes.journeySubPage(slug, 'present')),
    embed: (slug: string) => link(routes.journeySubPage(slug, 'embed')),
    journeyOembed: (slug: string) => link(routes.journeyOembed(slug)),
    compare: (futureSlug: string) => link(routes.compare(futureSlug)),
    atlas: (page = 1) => link(routes.atlas(page)),
    personas: () => link(routes.personas()),
    personasPage: (page: number) => link(routes.personasPage(page)),
    persona: (slug: string) => link(routes.persona(slug)),
    channels: () => link(routes.channels()),
    channel: (id: string) => link(routes.channel(id)),
    channelPage: (id: string, page: number) => link(routes.channelPage(id, page)),
    insights: () => link(routes.insights()),
    insightList: (list: InsightList, page = 1) => link(routes.insightList(list, page)),
    tracks: () => link(routes.tracks()),
    track: (id: string) => link(routes.track(id)),
    /**
     * A step's page as reached from a track: `?track=<id>` tells the page which of its tracks'
     * bars to show (docs/views.md#tracks). A query, not a different address, so the page is the
     * same cached file for every reader.
     */
    inTrack: (href: string, trackId: string) => `${href}?track=${encodeURIComponent(trackId)}`,
    stages: () => link(routes.stages()),
    /** A stage's section on the stages page. */
    stage: (stageId: string) => `${link(routes.stages())}#stage-${stageId}`,
    stageJourneys: (page: number) => link(routes.stageJourneys(page)),
    tags: () => link(routes.tags()),
    /** A tag's page, from the tag as written or its slug: both give the same address. */
    tag: (tag: string) => link(routes.tag(tagSlug(tag))),
    tagPage: (tag: string, page: number) => link(routes.tagPage(tagSlug(tag), page)),
    /** The journeys index with its filters set (`?persona=…&tag=…`), for links that start a search. */
    journeysFiltered: (filters: Record<string, string>) => `${link(routes.journeys())}?${new URLSearchParams(filters).toString()}`,
    touchpointsCsv: () => link(routes.touchpointsCsv()),
    shareImage: (kind: ShareImageKind, slug?: string) => link(routes.shareImage(kind, slug)),
    avatar: (personaSlug: string, imagePath: string) => link(routes.avatar(personaSlug, imagePath)),
    pagefind: () => link(routes.pagefind()),
    emoji: (file: string) => link(routes.emoji(file)),
  };
}

export type SiteUrls = ReturnType<typeof siteUrls>;

/** What a built HTML file (its path in `dist/`, forward slashes, not percent-encoded) shows. */
export type PageOfPath =
  | { kind: 'journey'; slug: string; subPage: JourneySubPage | undefined }
  | { kind: 'persona'; slug: string }
  | { kind: 'other' };

/**
 * Reads a built page's path back into what it shows. A journey's sub-pages end in a reserved name
 * (validation keeps journey slugs from ending in one where that would be ambiguous).
 */
export function pageOfPath(htmlPath: string): PageOfPath {
  const parts = htmlPath.split('/');
  if (parts.at(-1) !== 'index.html' || parts.length < 3) return { kind: 'other' };
  const inner = parts.slice(1, -1);
  // The journeys index's later pages (`journeys/_2/`): no slug has a segment starting with "_".
  if (inner.some((segment) => segment.startsWith('_'))) return { kind: 'other' };
  if (parts[0] === 'personas') return { kind: 'persona', slug: inner.join('/') };
  if (parts[0] !== 'journeys') return { kind: 'other' };
  const last = inner.at(-1)!;
  if (inner.length > 1 && isJourneySubPage(last)) return { kind: 'journey', slug: inner.slice(0, -1).join('/'), subPage: last };
  return { kind: 'journey', slug: inner.join('/'), subPage: undefined };
}

/** An absolute URL for share tags, when the site URL is known. */
export function absoluteUrl(site: string | undefined, path: string): string {
  return site ? `${new URL(site).origin}${path}` : path;
}

/** The content file whose pages a route (a path below the base, not encoded) shows. */
export type ContentOfRoute = { collection: 'journeys' | 'personas' | 'research' | 'tracks'; slug: string };

/**
 * The content file behind a route: a journey's pages (sub-pages included), data files, oEmbed
 * description, comparison and share image; a persona's page and share image; a research
 * source's page; a track's page. Used by the dev server to show a broken file's errors on its
 * own pages; undefined for routes that show many files or none.
 */
export function contentOfRoute(route: string): ContentOfRoute | undefined {
  const path = route.replace(/^\/+/, '');
  const image = /^og\/(journeys|personas)\/(.+)\.png$/.exec(path);
  if (image) return { collection: image[1] as 'journeys' | 'personas', slug: image[2]! };
  const data = /^journeys\/(.+?)\.(oembed\.json|json|mmd)$/.exec(path);
  if (data) return { collection: 'journeys', slug: data[1]! };
  if (/\.[^/]*$/.test(path)) return undefined;
  const folder = path.replace(/\/?(index\.html)?$/, '');
  const compare = /^compare\/(.+)$/.exec(folder);
  if (compare) return { collection: 'journeys', slug: compare[1]! };
  const single = /^(research|tracks)\/(.+)$/.exec(folder);
  if (single) return { collection: single[1] as 'research' | 'tracks', slug: single[2]! };
  const page = pageOfPath(`${folder}/index.html`);
  return page.kind === 'other' ? undefined : { collection: page.kind === 'journey' ? 'journeys' : 'personas', slug: page.slug };
}
