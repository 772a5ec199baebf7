/*
 * How much each part of a page counts in the search index (Pagefind reads these attributes when
 * it indexes the built pages). A text belongs to one page — a touchpoint to its journey, a name
 * to its persona, a channel's name to the channel's page — and is repeated on many others: the
 * channel pages list the touchpoints, the insights rank the pains, the home page shows journey
 * cards. The owner must rank first, so what a page repeats weighs little and the words the
 * interface writes on every page (emotion scale words, column headings of hidden data tables)
 * are not indexed at all.
 */

/*
 * Values, written as attributes (`data-pagefind-weight={REPEATED_WEIGHT}`), never objects to
 * spread: Astro adds its style scope to a spread object in place, so a shared one would collect
 * a class per page rendered.
 */

/** On an element whose text repeats what another page owns: it still finds the page, far below the owner. */
export const REPEATED_WEIGHT = '0.1';

/** On a page's own title: above its headings (h2 weighs 6, h1 7 by default). */
export const OWN_TITLE_WEIGHT = '10';

/*
 * Words the interface writes (scale words, data tables that repeat the page's own cards for
 * screen readers) carry a plain `data-pagefind-ignore`: searching "frustrada" must not match
 * every page.
 */

/**
 * The kinds of page a search result can be, shown on each result and offered as a filter. The
 * filter's value is the kind's name in the handbook's language (what the reader picks), so the
 * catalogue key of each kind is `searchKind.<kind>`.
 */
export const PAGE_KINDS = ['journey', 'persona', 'channel', 'comparison', 'research', 'track', 'tag', 'overview'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];
