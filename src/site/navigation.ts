import type { Handbook, Journey } from '../model/types.ts';
import type { SiteUrls } from './urls.ts';
import { readableFolderName } from '../handbook/build-model.ts';

export type NavSection = 'home' | 'tracks' | 'journeys' | 'personas' | 'channels' | 'insights' | 'research' | 'review' | 'changes' | 'stages' | 'tags';

/** What the sidebar should expand for the page being shown. */
export type SidebarContext = { kind: 'journey'; slug: string } | { kind: 'persona'; slug: string } | undefined;

export interface NavLink {
  label: string;
  href: string;
  current: boolean;
  /** "future" journeys are marked in the list. */
  badge?: 'future' | undefined;
}

export interface NavGroup {
  /** The folder ("banca"), as anchors and keys name the group. */
  folder: string;
  /** What readers see: the folder's label (see JourneyGroup). */
  name: string;
  count: number;
  href: string;
  links: NavLink[];
  /** How many entries of the group are not listed (the group's index page lists them). */
  hidden: number;
}

/** At most this many entries are listed around the current page, whatever the handbook's size. */
export const SIDEBAR_WINDOW = 12;
/** At most this many journey groups are listed. */
export const SIDEBAR_GROUPS = 24;

/**
 * The items of `items` to show around the one at `currentIndex`: a window of at most `size`,
 * so a page's weight does not grow with the handbook (a 1,000-journey handbook lists 12, not 1,000).
 */
export function windowAround<T>(items: readonly T[], currentIndex: number, size = SIDEBAR_WINDOW): { shown: T[]; start: number } {
  if (items.length <= size) return { shown: [...items], start: 0 };
  const half = Math.floor(size / 2);
  const start = Math.max(0, Math.min(items.length - size, currentIndex - half));
  return { shown: items.slice(start, start + size), start };
}

/** The personas the sidebar lists: a window around the current persona, or the first ones. */
export function personaWindow(handbook: Handbook, context: SidebarContext): Handbook['personas'] {
  const current = context?.kind === 'persona' ? handbook.personas.findIndex((persona) => persona.slug === context.slug) : -1;
  return windowAround(handbook.personas, Math.max(0, current)).shown;
}

/**
 * Journey groups (sub-folders) with counts, named by their labels (`_folder.yaml`); the current
 * journey's group lists a window of its journeys. `href.group` receives the folder.
 */
export function journeyGroups(handbook: Handbook, context: SidebarContext, href: { journey(slug: string): string; group(name: string): string }, ungroupedName: string): NavGroup[] {
  const currentSlug = context?.kind === 'journey' ? context.slug : undefined;
  let currentGroup: string | undefined;
  const groups = new Map<string, Handbook['journeys']>();
  for (const journey of handbook.journeys) {
    const list = groups.get(journey.group) ?? [];
    list.push(journey);
    groups.set(journey.group, list);
    if (journey.slug === currentSlug) currentGroup = journey.group;
  }
  // The groups around the current one, so the page being read is always in its sidebar.
  const entries = [...groups.entries()];
  const currentGroupIndex = Math.max(0, entries.findIndex(([name]) => name === currentGroup));
  return windowAround(entries, currentGroupIndex, SIDEBAR_GROUPS).shown.map(([name, journeys]) => {
    const currentIndex = journeys.findIndex((journey) => journey.slug === currentSlug);
    const expanded = currentIndex !== -1 || groups.size === 1;
    const { shown } = expanded ? windowAround(journeys, Math.max(0, currentIndex)) : { shown: [] };
    return {
      folder: name,
      name: name === '' ? ungroupedName : (handbook.groupByFolder.get(name)?.label ?? groupLabel(name)),
      count: journeys.length,
      href: href.group(name),
      links: shown.map((journey) => ({
        label: journey.title,
        href: href.journey(journey.slug),
        current: journey.slug === currentSlug,
        badge: journey.state === 'future' ? 'future' : undefined,
      })),
      hidden: journeys.length - shown.length,
    };
  });
}

/**
 * How a journey group (its folder: "banca", "banca/empresas") is named when no `_folder.yaml`
 * labels it: "Banca", "Banca / Empresas" (see readableFolderName). Pages show the model's label
 * (`handbook.groupByFolder`), which falls back on the same rule, so that they all agree.
 */
export function groupLabel(group: string): string {
  return group
    .split('/')
    .map((folder) => readableFolderName(folder))
    .join(' / ');
}

/** Anchor id of a journey group on the journeys index. */
export function groupAnchor(name: string): string {
  return `group-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase() || 'general'}`;
}

/** One step of a page's breadcrumbs; the current page has no link. */
export interface Crumb {
  label: string;
  href?: string;
}

/**
 * The breadcrumbs of a journey's page, or of one of its sub-pages when `subPage` names it:
 * home, the journeys, the journey's folder (by its label), the journey.
 */
export function journeyBreadcrumbs(
  handbook: Handbook,
  journey: Journey,
  { urls, home, journeys }: { urls: SiteUrls; home: string; journeys: string },
  subPage?: string,
): Crumb[] {
  return [
    { label: home, href: urls.home() },
    { label: journeys, href: urls.journeys() },
    ...(journey.group ? [{ label: handbook.groupByFolder.get(journey.group)!.label, href: `${urls.journeys()}#${groupAnchor(journey.group)}` }] : []),
    subPage === undefined ? { label: journey.title } : { label: journey.title, href: urls.journey(journey.slug) },
    ...(subPage === undefined ? [] : [{ label: subPage }]),
  ];
}
