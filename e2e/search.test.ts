/**
 * Issue 6 (browser tests) and issue 3 (search): typing in the search box of any page finds the
 * pages that hold the words, with or without their accents, through Pagefind loaded on demand.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefact } from './lib/artefacts.ts';
import { launchBrowser } from './lib/browser.ts';
import { sampleSite, type SampleSite } from './lib/sample-site.ts';
import { journeyExports, pageKinds, type PageKinds } from './lib/site-pages.ts';
import { serveStatic, type StaticSite } from './lib/static-server.ts';

interface Found {
  /** Result addresses, in the order shown. */
  urls: string[];
  /** The summary line ("12 resultados"). */
  summary: string;
}

describe('the search box', () => {
  let browser: Browser;
  let server: StaticSite;
  let site: SampleSite;
  let kinds: PageKinds;

  beforeAll(async () => {
    site = await sampleSite();
    kinds = pageKinds(site.dist);
    server = await serveStatic(site.dist, site.base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens `path`, types `query` into the search box like a reader, and reads the results shown. */
  async function search(query: string, path = '', screenshot?: string): Promise<Found> {
    const page: Page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(server.url + path);
      const box = page.getByRole('searchbox');
      await box.click();
      await box.pressSequentially(query, { delay: 20 });
      const results = page.locator('[data-search] .results');
      await results.locator('.summary').waitFor({ state: 'visible' });
      const read = async (): Promise<Found> => ({
        urls: await results.locator('li a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
        summary: (await results.locator('.summary').innerText()).trim(),
      });
      // The search is debounced while typing: read once what is shown has stopped changing.
      let shown = await read();
      for (let attempt = 0; attempt < 20; attempt++) {
        await page.waitForTimeout(500);
        const again = await read();
        if (JSON.stringify(again) === JSON.stringify(shown)) break;
        shown = again;
      }
      if (screenshot) await page.screenshot({ path: artefact(`search-${screenshot}.png`) });
      return shown;
    } finally {
      await page.close();
    }
  }

  const pageText = (pathname: string): string => {
    const below = decodeURIComponent(pathname.slice(site.base.length));
    const file = below === '' || below.endsWith('/') ? `${below}index.html` : below;
    return readFileSync(join(site.dist, file), 'utf8').toLowerCase();
  };

  it('finds the same pages for "atención" and "atencion", and every one of them says "atención"', async () => {
    const accented = await search('atención', '', 'accented');
    const plain = await search('atencion', kinds.journey, 'plain');
    expect(accented.urls.length).toBeGreaterThan(0);
    expect(plain).toEqual(accented);
    for (const url of accented.urls) expect(pageText(url), url).toContain('atención');
  });

  it("finds a journey by its title and a persona by a name typed without accents", async () => {
    const journeys = journeyExports(site.dist) as unknown as Array<{ slug: string; title: string; persona: { slug: string; name: string } }>;
    const journey = journeys.find((item) => kinds.journey === `journeys/${item.slug}/`)!;
    const byTitle = await search(journey.title);
    expect(byTitle.urls).toContain(`${site.base}${kinds.journey}`);
    const plainName = journey.persona.name.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
    const byName = await search(plainName, kinds.persona, 'persona');
    expect(byName.urls).toContain(`${site.base}${kinds.persona}`);
  });

  it('says so when nothing matches', async () => {
    const nothing = await search('zzqxwv');
    expect(nothing.urls).toEqual([]);
    expect(nothing.summary).toContain('zzqxwv');
  });
});
