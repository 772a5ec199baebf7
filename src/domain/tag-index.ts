import type { Journey, Touchpoint } from '../model/types.ts';
import { tagSlug } from './tag-slug.ts';

/** One tag of the handbook (`/tags/<slug>/`): every journey and touchpoint that carries it. */
export interface TagEntry {
  slug: string;
  /** The spelling most uses have (the first seen among equals), shown as the tag's name. */
  name: string;
  /** Journeys with the tag in their own `tags`, in handbook order. */
  journeys: Journey[];
  /** Touchpoints with the tag in their `tags`, in handbook order, then position. */
  touchpoints: Array<{ journey: Journey; touchpoint: Touchpoint }>;
}

/**
 * Every tag of the journeys and touchpoints, current and future, sorted by name in the
 * handbook's language. Spellings that share a slug (tagSlug: "Autónomos", "autonomos") are one
 * tag; an item that lists both counts once.
 */
export function indexTags(journeys: readonly Journey[], locale: string): TagEntry[] {
  const entries = new Map<string, TagEntry & { spellings: Map<string, number> }>();
  const entryFor = (tag: string) => {
    const slug = tagSlug(tag);
    let entry = entries.get(slug);
    if (!entry) {
      entry = { slug, name: tag, journeys: [], touchpoints: [], spellings: new Map() };
      entries.set(slug, entry);
    }
    entry.spellings.set(tag, (entry.spellings.get(tag) ?? 0) + 1);
    return entry;
  };
  for (const journey of journeys) {
    for (const entry of new Set((journey.tags ?? []).map(entryFor))) entry.journeys.push(journey);
    for (const touchpoint of journey.touchpoints) {
      for (const entry of new Set((touchpoint.tags ?? []).map(entryFor))) entry.touchpoints.push({ journey, touchpoint });
    }
  }
  const collator = new Intl.Collator(locale);
  return [...entries.values()]
    .map(({ spellings, ...entry }) => ({ ...entry, name: mostUsed(spellings) }))
    .sort((a, b) => collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** The slugs of every tag a journey carries, its own and its touchpoints', without repeats. */
export function tagSlugsOf(journey: Pick<Journey, 'tags' | 'touchpoints'>): string[] {
  return [...new Set([...(journey.tags ?? []), ...journey.touchpoints.flatMap((touchpoint) => touchpoint.tags ?? [])].map(tagSlug))];
}

function mostUsed(spellings: ReadonlyMap<string, number>): string {
  let best = '';
  let count = 0;
  // Map iteration follows insertion order, so ">" keeps the first seen among equals.
  for (const [spelling, uses] of spellings) {
    if (uses > count) {
      best = spelling;
      count = uses;
    }
  }
  return best;
}
