import { createHash } from 'node:crypto';
import { journeyGroups, personaWindow, type SidebarContext } from './navigation.ts';
import type { Handbook, Journey, Persona } from '../model/types.ts';
import { aggregatesOf } from '../handbook/aggregates.ts';
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
 * personas, and whether the stages and tags pages exist.
 */
function navigationDigest(handbook: Handbook, context: SidebarContext): string {
  const bySlug = { journey: (slug: string) => slug, group: (name: string) => name };
  const personas = personaWindow(handbook, context).map((persona) => [persona.slug, persona.name]);
  const sections = [handbook.stages !== undefined, aggregatesOf(handbook).tags.length > 0];
  return digest([journeyGroups(handbook, context, bySlug, ''), personas, sections]);
}

/** The key of a journey's data exports (`.json`, `.mmd`): the journey, personas and channels. */
export function journeyExportKey(handbook: Handbook, journey: Journey): string {
  const { personas, channels, stages } = sharedDigests(handbook);
  return digest([journeyDigest(handbook, journey), personas, channels, stages]);
}

/**
 * The key of a journey's map and its blueprint: the journey with its personas, channels and
 * stages, the futures that compare with it and the journey it compares with, the journeys its
 * touchpoints detail (their titles are linked), the previous and next journeys of the pager, and
 * the sidebar around it. (The journeys it is part of are in the journey itself, `partOf`.)
 */
export function journeyPageKey(handbook: Handbook, journey: Journey): string {
  const { comparedBy } = sharedDigests(handbook);
  const position = handbook.journeys.indexOf(journey);
  return digest([
    journeyExportKey(handbook, journey),
    (comparedBy.get(journey.slug) ?? []).map(titleOf),
    titleOf(journey.compares ? handbook.journeyBySlug.get(journey.compares) : undefined),
    journey.touchpoints.map((touchpoint) => titleOf(touchpoint.detail === undefined ? undefined : handbook.journeyBySlug.get(touchpoint.detail))),
    titleOf(handbook.journeys[position - 1]),
    titleOf(handbook.journeys[position + 1]),
    navigationDigest(handbook, { kind: 'journey', slug: journey.slug }),
  ]);
}

/** The key of a compare page: both journeys, and the sidebar around the future one. */
export function comparePageKey(handbook: Handbook, current: Journey, future: Journey): string {
  return digest([
    journeyExportKey(handbook, current),
    journeyExportKey(handbook, future),
    navigationDigest(handbook, { kind: 'journey', slug: future.slug }),
  ]);
}

/** The key of a persona page: the persona, the journeys it lists with their curves, and the sidebar. */
export function personaPageKey(handbook: Handbook, persona: Persona): string {
  const { personas, channels, stages } = sharedDigests(handbook);
  return digest([
    personas,
    channels,
    stages,
    persona.slug,
    persona.journeys.map((journey) => journeyDigest(handbook, journey)),
    navigationDigest(handbook, { kind: 'persona', slug: persona.slug }),
  ]);
}

/**
 * The key of a tag's page: every journey it lists (title, persona, state, and its touchpoints'
 * titles, emotions and channels: the whole journey, as elsewhere), the personas and channels it
 * names, and the sidebar.
 */
export function tagPageKey(handbook: Handbook, tag: TagEntry): string {
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
