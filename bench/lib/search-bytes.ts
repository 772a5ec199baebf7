import { withSiteInChromium } from './site-in-chromium.ts';

/**
 * What a reader's search downloads (issue 18: "the search still answers a query downloading
 * ≤ 300 KB"). Queries the generator's handbooks always hold: a rare word, a tag, and phrases
 * with words as common as "una", "con" and "el", whose index chunks are the largest.
 */
export const SEARCH_QUERIES = ['factura', 'urgente', 'abrir una cuenta', 'cita con el especialista'] as const;

export const SEARCH_TARGET_BYTES = 300 * 1024;

/** One query, typed into the search box of a fresh page: the files and bytes fetched from /pagefind/. */
export interface SearchDownload {
  query: string;
  files: number;
  bytes: number;
}

/** Of the responses a page received, the files of the search index and its code (wasm and worker included) and their bytes. */
export function pagefindDownload(query: string, responses: ReadonlyArray<{ url: string; bytes: number }>): SearchDownload {
  const search = responses.filter((response) => new URL(response.url).pathname.includes('/pagefind/'));
  return { query, files: search.length, bytes: search.reduce((sum, response) => sum + response.bytes, 0) };
}

/**
 * Opens the home page of the site in `dist` in Chromium, once per query in a fresh context
 * (nothing cached), types the query as a reader does and waits for its results; counts every
 * byte fetched under /pagefind/ from the first keystroke to the results, the search's code included.
 */
export function searchDownloads(dist: string, queries: readonly string[] = SEARCH_QUERIES): Promise<SearchDownload[]> {
  return withSiteInChromium(dist, async (browser, url) => {
    const downloads: SearchDownload[] = [];
    for (const query of queries) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.goto(url, { waitUntil: 'networkidle' });
        const responses: Array<Promise<{ url: string; bytes: number }>> = [];
        page.on('response', (response) => responses.push(response.body().then((body) => ({ url: response.url(), bytes: body.length }), () => ({ url: response.url(), bytes: 0 }))));
        const box = page.getByRole('searchbox');
        await box.click();
        await box.pressSequentially(query, { delay: 20 });
        await page.locator(`[data-search] .results[data-query="${query}"]:not([aria-busy])`).waitFor({ state: 'visible', timeout: 120_000 });
        await page.waitForLoadState('networkidle');
        downloads.push(pagefindDownload(query, await Promise.all(responses)));
      } finally {
        await context.close();
      }
    }
    return downloads;
  });
}
