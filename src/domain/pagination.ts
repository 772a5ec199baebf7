/*
 * Listing pages cut into numbered static pages (docs/views.md#long-listings): a list that grows
 * with the handbook (every journey, every touchpoint on a channel, the whole pain ranking) is
 * shown a page at a time, each page a real file linked to the next and the previous, so every
 * item stays reachable by links without JavaScript and no page grows without bound.
 *
 * Pages are filled up to a budget of weight: an item's weight is what it costs a reader's
 * browser (a commit naming fifty files weighs more than one naming one), one unit per item by
 * default. Every page holds at least one item, however heavy, so a page always moves the reader
 * on. The same list always gives the same pages.
 */

/** One page of a flat listing. Pages are numbered from 1. */
export interface ListingPage<T> {
  number: number;
  /** The index, in the whole list, of the page's first item. */
  start: number;
  items: T[];
}

export interface PageBudget<T> {
  /** What one page may hold, in units of weight (in items when `weight` is not given). */
  budget: number;
  /** What an item costs; at least 1 is counted for each. */
  weight?: ((item: T) => number) | undefined;
}

/** Cuts `items` into pages; an empty list is one empty page, so the listing's first page exists. */
export function paginate<T>(items: readonly T[], options: PageBudget<T>): ListingPage<T>[] {
  const pages: ListingPage<T>[] = [{ number: 1, start: 0, items: [] }];
  let used = 0;
  items.forEach((item, index) => {
    const cost = weightOf(item, options.weight);
    let page = pages.at(-1)!;
    if (page.items.length > 0 && used + cost > options.budget) {
      page = { number: page.number + 1, start: index, items: [] };
      pages.push(page);
      used = 0;
    }
    page.items.push(item);
    used += cost;
  });
  return pages;
}

/** A group of a grouped listing (a folder's journeys, an owner's opportunities, a stage's rows). */
export interface ListingGroup<G, T> {
  group: G;
  items: readonly T[];
}

/** What one page shows of one group. */
export interface GroupPart<G, T> {
  group: G;
  /** The group's position in the listing, from 0. */
  groupIndex: number;
  items: T[];
  /** The index, in the group, of the part's first item. */
  start: number;
  /** How many items the whole group has. */
  total: number;
  /** Earlier items of the group are on earlier pages ("continued"). */
  continued: boolean;
  /** Later items of the group are on later pages. */
  continues: boolean;
}

export interface GroupedPage<G, T> {
  number: number;
  /** How many items of the listing come before this page: its first item is number `start + 1`. */
  start: number;
  parts: Array<GroupPart<G, T>>;
}

/** How many items a page of a grouped listing shows, over all its groups. */
export function itemsOnPage<G, T>(page: GroupedPage<G, T>): number {
  return page.parts.reduce((sum, part) => sum + part.items.length, 0);
}

export interface GroupedPageBudget<T> extends PageBudget<T> {
  /** What a group's heading costs on each page it appears on (1 by default). */
  headingWeight?: number;
}

/**
 * Cuts a grouped listing into pages. A group may run over several pages; each page names the
 * groups it shows, so its headings can be repeated ("continued"). A heading is never left at
 * the foot of a page without an item under it, and an empty group still gets its heading (its
 * section says it is empty). An empty listing is one empty page.
 */
export function paginateGroups<G, T>(groups: ReadonlyArray<ListingGroup<G, T>>, options: GroupedPageBudget<T>): Array<GroupedPage<G, T>> {
  const heading = Math.max(0, options.headingWeight ?? 1);
  const pages: Array<GroupedPage<G, T>> = [{ number: 1, start: 0, parts: [] }];
  let used = 0;
  let placed = 0;
  const newPage = () => {
    pages.push({ number: pages.length + 1, start: placed, parts: [] });
    used = 0;
  };
  groups.forEach(({ group, items }, groupIndex) => {
    const total = items.length;
    let part: GroupPart<G, T> | undefined;
    const open = (start: number) => {
      part = { group, groupIndex, items: [], start, total, continued: start > 0, continues: false };
      pages.at(-1)!.parts.push(part);
      used += heading;
    };
    if (total === 0) {
      if (pages.at(-1)!.parts.length > 0 && used + heading > options.budget) newPage();
      open(0);
      return;
    }
    items.forEach((item, index) => {
      const cost = weightOf(item, options.weight);
      const page = pages.at(-1)!;
      const room = options.budget - used - (part ? 0 : heading);
      if (page.parts.length > 0 && cost > room) {
        if (part) part.continues = true;
        newPage();
        part = undefined;
      }
      if (!part) open(index);
      part!.items.push(item);
      used += cost;
      placed++;
    });
  });
  return pages;
}

/** The page each group starts on, by group index: where a table of contents links to. */
export function groupStartPages<G, T>(pages: ReadonlyArray<GroupedPage<G, T>>): number[] {
  const starts: number[] = [];
  for (const page of pages) {
    for (const part of page.parts) if (!part.continued) starts[part.groupIndex] = page.number;
  }
  return starts;
}

/**
 * The page numbers a pager links to: the first, the last, and those around the current one,
 * with `'gap'` where numbers are left out (1 … 4 5 [6] 7 8 … 20). A gap of one number is
 * written as that number, since "…" would hide no more than it.
 */
export function pagerWindow(current: number, count: number, around = 2): Array<number | 'gap'> {
  const shown = new Set<number>([1, count]);
  for (let page = current - around; page <= current + around; page++) if (page >= 1 && page <= count) shown.add(page);
  const sorted = [...shown].filter((page) => page >= 1).sort((a, b) => a - b);
  const entries: Array<number | 'gap'> = [];
  sorted.forEach((page, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && page - previous === 2) entries.push(previous + 1);
    else if (previous !== undefined && page - previous > 2) entries.push('gap');
    entries.push(page);
  });
  return entries;
}

function weightOf<T>(item: T, weight: ((item: T) => number) | undefined): number {
  return Math.max(1, weight ? weight(item) : 1);
}
