import type { PluralForms } from '../../i18n/message-format.ts';

/*
 * The search box's logic in the browser: loads Pagefind when someone first searches, merges the
 * handbook's index shards, and renders results a page of PAGE_SIZE at a time with their kind
 * and filters. Pages carry no search code until then (SearchBox.astro imports this lazily).
 */

/** Results shown at first, and added by each "show more". */
export const PAGE_SIZE = 8;

/** The filters offered, in order; each is a `data-pagefind-filter` name the pages carry. */
const FILTERS = ['kind', 'persona', 'channel'] as const;
type FilterName = (typeof FILTERS)[number];

interface ResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  filters: Partial<Record<string, string[]>>;
}
interface PagefindResult {
  data(): Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  /** Per filter, how many results each value would leave (given the other filters chosen). */
  filters: Partial<Record<string, Record<string, number>>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(query: string, options?: { filters?: Record<string, string> }, debounceMs?: number): Promise<PagefindSearch | null>;
  filters(): Promise<Partial<Record<string, Record<string, number>>>>;
  mergeIndex(url: string, options?: Record<string, unknown>): Promise<void>;
}
interface ShardList {
  weight: number;
  shards: Array<{ path: string; weight: number }>;
}

/** The interface strings the script needs, rendered into the page by SearchBox.astro. */
export interface SearchMessages {
  noResults: string;
  /** Every plural form of the result count: the count is known only here, in the browser. */
  results: PluralForms;
  /** The language's BCP 47 tag, for the plural form and the numbers. */
  intl: string;
  unavailable: string;
  showMore: string;
  shown: string;
  filtersLabel: string;
  filter: Record<FilterName, { label: string; any: string }>;
}

/**
 * The handbook is indexed in shards (src/integration/search-shards.ts): the primary index lists
 * the others in shards.json with the weight that puts every shard's scores on one scale.
 */
async function loadPagefind(url: string): Promise<Pagefind> {
  const base = new URL(url, location.href);
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  const response = await fetch(new URL('shards.json', base));
  const list = response.ok ? ((await response.json()) as ShardList) : { weight: 1, shards: [] };
  await pagefind.options({ indexWeight: list.weight });
  for (const shard of list.shards) await pagefind.mergeIndex(new URL(shard.path, base).pathname, { indexWeight: shard.weight });
  return pagefind;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

/** Wires the search box `box` (the `[data-search]` element). */
export function startSearch(box: HTMLElement): void {
  const input = box.querySelector<HTMLInputElement>('input[type="search"]');
  const output = box.querySelector<HTMLElement>('.results');
  if (!input || !output) return;
  const messages = JSON.parse(box.dataset.messages ?? '{}') as SearchMessages;
  const numbers = new Intl.NumberFormat(messages.intl);
  const plurals = new Intl.PluralRules(messages.intl);
  const resultCount = (count: number) => fill(messages.results[plurals.select(count)] ?? messages.results.other, { count: numbers.format(count) });
  let pagefind: Promise<Pagefind> | undefined;
  const load = () => (pagefind ??= loadPagefind(box.dataset.pagefind!));
  const chosen: Partial<Record<FilterName, string>> = {};
  /** Every value of each filter in the whole handbook, for the menus. */
  let allValues: Partial<Record<string, Record<string, number>>> | undefined;
  /** Counts each search bumps, so a slow older search never overwrites a newer one. */
  let generation = 0;

  const filterBar = element('div', 'filters');
  filterBar.setAttribute('role', 'group');
  filterBar.setAttribute('aria-label', messages.filtersLabel);
  const selects = new Map<FilterName, HTMLSelectElement>();
  for (const name of FILTERS) {
    // A label beside its menu, not around it: around it, the menu's chosen value would join its name.
    const field = element('div', 'filter');
    const label = element('label', 'filter-name', messages.filter[name].label);
    const select = element('select');
    select.id = `search-filter-${name}`;
    label.htmlFor = select.id;
    select.dataset.filter = name;
    select.addEventListener('change', () => {
      if (select.value) chosen[name] = select.value;
      else delete chosen[name];
      void run();
    });
    field.append(label, select);
    filterBar.append(field);
    selects.set(name, select);
  }
  const summary = element('p', 'summary');
  summary.setAttribute('role', 'status');
  const list = element('ol');
  const more = element('button', 'show-more');
  more.type = 'button';

  /** Fills each filter menu: every value in the handbook, with how many of these results have it. */
  const updateFilters = (counts: PagefindSearch['filters']) => {
    for (const [name, select] of selects) {
      const values = Object.keys(allValues?.[name] ?? {}).sort((a, b) => a.localeCompare(b));
      const current = chosen[name] ?? '';
      const options = [new Option(messages.filter[name].any, '')];
      for (const value of values) {
        const count = counts[name]?.[value] ?? 0;
        if (count === 0 && value !== current) continue;
        options.push(new Option(`${value} (${numbers.format(count)})`, value));
      }
      select.replaceChildren(...options);
      select.value = current;
      // A filter with one value or none narrows nothing: out of the way, unless it is in use.
      select.parentElement!.hidden = options.length <= 2 && !current;
    }
  };

  const renderItem = (result: ResultData): HTMLLIElement => {
    const item = element('li');
    const heading = element('p', 'result-title');
    const kind = result.filters.kind?.[0];
    if (kind) heading.append(element('span', 'kind', kind), ' ');
    const link = element('a', undefined, result.meta.title ?? result.url);
    link.href = result.url;
    heading.append(link);
    const persona = result.filters.persona;
    if (persona && persona.length === 1 && persona[0] !== result.meta.title) heading.append(' ', element('span', 'context', persona[0]));
    const excerpt = element('p', 'excerpt');
    // Pagefind's excerpt is escaped text with <mark> around the matches.
    excerpt.innerHTML = result.excerpt;
    item.append(heading, excerpt);
    return item;
  };

  async function run(): Promise<void> {
    const query = input!.value.trim();
    const mine = ++generation;
    if (!query) {
      output!.hidden = true;
      output!.replaceChildren();
      delete output!.dataset.query;
      return;
    }
    output!.setAttribute('aria-busy', 'true');
    let search: PagefindSearch | null;
    try {
      const found = await load();
      allValues ??= await found.filters();
      search = await found.debouncedSearch(query, { filters: { ...chosen } });
    } catch {
      output!.hidden = false;
      output!.textContent = messages.unavailable;
      output!.removeAttribute('aria-busy');
      return;
    }
    // A newer search has started (debounced ones return null): let it render.
    if (!search || mine !== generation) return;
    const results = search.results;
    let shown = 0;
    list.replaceChildren();
    const showNext = async (focusFirst: boolean) => {
      const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
      if (mine !== generation) return;
      const items = next.map(renderItem);
      list.append(...items);
      shown += next.length;
      more.hidden = shown >= results.length;
      more.textContent = `${messages.showMore} (${fill(messages.shown, { shown: numbers.format(shown), count: numbers.format(results.length) })})`;
      if (focusFirst) items[0]?.querySelector('a')?.focus();
    };
    more.onclick = () => void showNext(true);
    await showNext(false);
    if (mine !== generation) return;
    updateFilters(search.filters);
    summary.textContent = results.length === 0 ? fill(messages.noResults, { query }) : resultCount(results.length);
    output!.replaceChildren(summary, filterBar, list, more);
    output!.hidden = false;
    output!.dataset.query = query;
    output!.removeAttribute('aria-busy');
  }

  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  input.addEventListener('input', () => void run());
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !output.hidden) {
      output.hidden = true;
      if (box.contains(document.activeElement)) input.focus();
    }
    if (event.key === '/' && !(document.activeElement instanceof HTMLInputElement || document.activeElement instanceof HTMLSelectElement)) {
      event.preventDefault();
      input.focus();
    }
  });
  // A click elsewhere puts the results away; focusing the box again brings them back.
  document.addEventListener('pointerdown', (event) => {
    if (!box.contains(event.target as Node)) output.hidden = true;
  });
  input.addEventListener('focus', () => {
    if (output.childElementCount > 0 && input.value.trim()) output.hidden = false;
  });
}
