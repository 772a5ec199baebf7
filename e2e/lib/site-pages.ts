/**
 * What a built handbook holds, read from dist/ itself: its HTML pages, and one page of each kind
 * of the output contract (docs/format.md#pages-and-files) for the checks that run per kind of page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export interface BuiltPage {
  /** Path of the file below dist/ ("journeys/x/index.html"). */
  file: string;
  /** Path of the page below the base, as a browser asks for it ("journeys/x/", "404.html"). */
  path: string;
}

/** Every HTML page of the build, except Pagefind's own files. */
export function htmlPages(dist: string): BuiltPage[] {
  return filesUnder(dist)
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .map((file) => ({ file, path: file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1') }));
}

/** Every file below `dir`, as forward-slash paths relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/'))
    .sort();
}

interface JourneyExport {
  slug: string;
  state: 'current' | 'future';
  compares: string | null;
  persona: { slug: string };
  touchpoints: Array<{ id: string; channel: string; sources: string[] }>;
}

/** The journeys of the build, from their JSON exports (the contract's own description of them). */
export function journeyExports(dist: string): JourneyExport[] {
  return filesUnder(join(dist, 'journeys'))
    // The journey JSON, not the oEmbed description beside it (`<slug>.oembed.json`).
    .filter((file) => file.endsWith('.json') && !file.endsWith('.oembed.json'))
    .map((file) => JSON.parse(readFileSync(join(dist, 'journeys', file), 'utf8')) as JourneyExport);
}

export interface PageKinds {
  home: string;
  journeys: string;
  journey: string;
  blueprint: string;
  compare: string;
  personas: string;
  persona: string;
  channels: string;
  channel: string;
  insights: string;
  /** v2 (issue 15): research, one research source, reviews, a journey's history, the handbook's changes. */
  research: string;
  researchSource: string;
  review: string;
  history: string;
  changes: string;
  tracks: string;
  track: string;
  present: string;
  embed: string;
  stages: string;
  tags: string;
  tag: string;
  notFound: string;
}

const segments = (slug: string) => slug.split('/').map(encodeURIComponent).join('/');

/** The ids of the tracks the build holds (the folders under tracks/ with a page). */
export function trackIds(dist: string): string[] {
  return filesUnder(join(dist, 'tracks'))
    .filter((file) => file.endsWith('/index.html'))
    .map((file) => file.slice(0, -'/index.html'.length));
}

/**
 * One page of every kind, chosen so they belong together: a future journey with the current one
 * it compares, that journey's persona and the channel of its first touchpoint, the presentation
 * and embed of that journey, and the first track.
 */
export function pageKinds(dist: string): PageKinds {
  const journeys = journeyExports(dist);
  const future = journeys.find((journey) => journey.state === 'future' && journey.compares);
  if (!future?.compares) throw new Error('the sample handbook needs a future journey that compares with a current one');
  const current = journeys.find((journey) => journey.slug === future.compares)!;
  return {
    home: '',
    journeys: 'journeys/',
    journey: `journeys/${segments(current.slug)}/`,
    blueprint: `journeys/${segments(current.slug)}/blueprint/`,
    compare: `compare/${segments(future.slug)}/`,
    personas: 'personas/',
    persona: `personas/${segments(current.persona.slug)}/`,
    channels: 'channels/',
    channel: `channels/${encodeURIComponent(current.touchpoints[0]!.channel)}/`,
    insights: 'insights/',
    research: 'research/',
    researchSource: `research/${segments(citedResearch(journeys))}/`,
    review: 'review/',
    history: `journeys/${segments(current.slug)}/history/`,
    changes: 'changes/',
    tracks: 'tracks/',
    track: `tracks/${segments(trackIds(dist)[0] ?? 'the-sample-handbook-needs-a-track')}/`,
    present: `journeys/${segments(current.slug)}/present/`,
    embed: `journeys/${segments(current.slug)}/embed/`,
    // The sample handbook has stages.yaml and tags (docs/format.md#stages-v2).
    stages: 'stages/',
    tags: 'tags/',
    tag: firstTagPage(dist),
    // Asked for through the server, as a reader who followed a dead link would see it.
    notFound: 'no-such-page/',
  };
}

/** A research source some touchpoint cites: the sample handbook must have one. */
function citedResearch(journeys: readonly JourneyExport[]): string {
  const id = journeys.flatMap((journey) => journey.touchpoints.flatMap((touchpoint) => touchpoint.sources))[0];
  if (!id) throw new Error('the sample handbook needs a touchpoint that cites research');
  return id;
}

/** The first tag page of the build, by address. */
function firstTagPage(dist: string): string {
  const tag = filesUnder(join(dist, 'tags')).find((file) => /^[^/]+\/index\.html$/.test(file));
  if (!tag) throw new Error('the sample handbook needs a tag');
  return `tags/${encodeURIComponent(tag.split('/')[0]!)}/`;
}

/** Fails unless `pages` holds a page of every kind, so a check over "every page" checked them all. */
export function expectEveryKindOfPage(dist: string, pages: readonly BuiltPage[]): void {
  const kinds = pageKinds(dist);
  const wanted = [...Object.entries(kinds).filter(([kind]) => kind !== 'notFound').map(([, path]) => path), '404.html'];
  const present = new Set(pages.map((page) => page.path));
  expect(wanted.filter((path) => !present.has(path)), 'kinds of page missing from the build').toEqual([]);
}
