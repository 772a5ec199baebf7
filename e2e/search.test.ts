/**
 * Issue 6 (browser tests), issue 3 (search) and issue 13 (readers first): typing in the search
 * box of any page finds the pages that hold the words, with or without their accents, through
 * Pagefind loaded on demand; the page that owns a text ranks first; every result says what kind
 * of page it is, all results can be shown, excerpts read as words, filters narrow the list, and
 * on a phone the results stay on the screen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefact } from './lib/artefacts.ts';
import { runAxe } from './lib/axe.ts';
import { launchBrowser } from './lib/browser.ts';
import { sampleSite, type SampleSite } from './lib/sample-site.ts';
import { rankCases, RANKING_CASES, TOP } from './lib/search-ranking.ts';
import { journeyExports, pageKinds, type PageKinds } from './lib/site-pages.ts';
import { serveStatic, type StaticSite } from './lib/static-server.ts';
import { REPO } from '../test/build/harness.ts';

interface Found {
  /** Result addresses, in the order shown. */
  urls: string[];
  /** The summary line ("12 resultados"). */
  summary: string;
}

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 812 };

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

  const results = (page: Page, query: string) => page.locator(`[data-search] .results[data-query="${query}"]:not([aria-busy])`);

  /** Types `query` into the search box of `page` like a reader and waits for its results. */
  async function type(page: Page, query: string): Promise<void> {
    const box = page.getByRole('searchbox');
    await box.click();
    await box.fill('');
    await box.pressSequentially(query, { delay: 20 });
    await results(page, query).waitFor({ state: 'visible' });
  }

  const read = async (page: Page, query: string): Promise<Found> => ({
    urls: await results(page, query)
      .locator('li a')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
    summary: (await results(page, query).locator('.summary').innerText()).trim(),
  });

  /** Opens `path`, searches for `query`, and reads the results shown. */
  async function search(query: string, path = '', screenshot?: string): Promise<Found> {
    const page = await browser.newPage({ viewport: DESKTOP });
    try {
      await page.goto(server.url + path);
      await type(page, query);
      if (screenshot) await page.screenshot({ path: artefact(`search-${screenshot}.png`) });
      return await read(page, query);
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

  it('finds a journey by its title and a persona by a name typed without accents', async () => {
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

  it(`ranks the page that owns a text in the first ${TOP}, for every query of the ranking table`, async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    try {
      await page.goto(server.url);
      const outcomes = await rankCases(page, site.base);
      const failed = outcomes.filter((outcome) => !outcome.passed).map((outcome) => `"${outcome.query}" → ${outcome.expected}, shown: ${outcome.top.join(', ')}`);
      console.info(`search ranking: ${outcomes.length - failed.length}/${outcomes.length} in the first ${TOP}, ${outcomes.filter((outcome) => outcome.top[0] === outcome.expected).length} first`);
      expect(RANKING_CASES.length).toBeGreaterThanOrEqual(20);
      expect(failed).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('does not find every page for a word the interface writes on every page (the emotion scale)', async () => {
    const scaleWord = await search('frustrada');
    const pages = readdirSync(site.dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('index.html') && !file.includes('blueprint')).length;
    expect(scaleWord.urls.length).toBeLessThan(pages / 3);
  });

  it('labels every result with its kind of page, shows all results on demand, and filters them by kind, persona and channel', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    try {
      await page.goto(server.url);
      await type(page, 'cita');
      const shown = results(page, 'cita');
      const total = Number((await shown.locator('.summary').innerText()).match(/\d+/)![0]);
      expect(total).toBeGreaterThan(8);
      expect(await shown.locator('li').count()).toBe(8);
      await page.screenshot({ path: artefact('search-results-desktop.png') });
      // Every result names its kind in the handbook's language.
      const kindsShown = await shown.locator('li .kind').allInnerTexts();
      expect(kindsShown).toHaveLength(8);
      expect(new Set(kindsShown)).toContain('Recorrido');

      // "Show more" until every result is listed; focus goes to the first new one.
      const more = shown.getByRole('button');
      while (await more.isVisible()) {
        const before = await shown.locator('li').count();
        await more.click();
        await expect.poll(() => shown.locator('li').count()).toBeGreaterThan(before);
      }
      expect(await shown.locator('li').count()).toBe(total);
      expect(await page.evaluate(() => document.activeElement?.closest('li') !== null)).toBe(true);

      // Filters: by kind, then by persona and channel, each leaving only matching pages.
      await shown.getByLabel('Tipo de página', { exact: true }).selectOption('Recorrido');
      await results(page, 'cita').locator('li').first().waitFor();
      await expect.poll(async () => new Set(await results(page, 'cita').locator('li .kind').allInnerTexts())).toEqual(new Set(['Recorrido']));
      const journeysOnly = await read(page, 'cita');
      const persona = page.locator('[data-search] .results').getByLabel('Persona', { exact: true });
      const personaOption = (await persona.locator('option').allInnerTexts())[1]!;
      await persona.selectOption({ label: personaOption });
      await expect.poll(async () => (await read(page, 'cita')).urls.length).toBeLessThan(journeysOnly.urls.length);
      const name = personaOption.replace(/ \(\d+\)$/, '');
      for (const url of (await read(page, 'cita')).urls) expect(pageText(url), url).toContain(name.toLowerCase());
      const channel = page.locator('[data-search] .results').getByLabel('Canal', { exact: true });
      const channelOption = (await channel.locator('option').allInnerTexts())[1]!;
      await channel.selectOption({ label: channelOption });
      const channelName = channelOption.replace(/ \(\d+\)$/, '');
      await expect.poll(async () => (await read(page, 'cita')).urls.length).toBe(Number(channelOption.match(/\((\d+)\)$/)![1]));
      for (const url of (await read(page, 'cita')).urls) expect(pageText(url), url).toContain(channelName.toLowerCase());
      // The open results, filters and all, pass the same accessibility rules as the pages.
      expect((await runAxe(page)).violations).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('labels a study and a reading track by their own kind, each found first by its title', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    try {
      await page.goto(server.url);
      for (const [query, path, kind] of [
        ['Observación en el mostrador', 'research/observacion-consultas-externas-2026/', 'Estudio'],
        ['Urgencias para personal nuevo', 'tracks/urgencias-personal-nuevo/', 'Itinerario'],
      ] as const) {
        await type(page, query);
        const first = results(page, query).locator('li').first();
        expect(new URL((await first.locator('a').getAttribute('href'))!, server.url).pathname, query).toBe(`${site.base}${path}`);
        expect(await first.locator('.kind').innerText()).toBe(kind);
      }
    } finally {
      await page.close();
    }
  });

  it('shows excerpts as words: nothing the pages keep apart is glued together in the index', async () => {
    const page = await browser.newPage({ viewport: DESKTOP });
    try {
      await page.goto(server.url);
      // Handed to the browser as text: a function would reach it with its import() rewritten by Vite.
      const contents: Array<{ url: string; content: string }> = await page.evaluate(`(async (url) => {
        const pagefind = await import(url);
        const list = await (await fetch(new URL('shards.json', new URL(url, location.href)))).json();
        for (const shard of list.shards) await pagefind.mergeIndex(new URL(shard.path, new URL(url, location.href)).pathname);
        const texts = [];
        for (const kind of Object.keys((await pagefind.filters()).kind)) {
          for (const result of (await pagefind.search(null, { filters: { kind } })).results) {
            const data = await result.data();
            texts.push({ url: data.url, content: data.content });
          }
        }
        return texts;
      })(${JSON.stringify(`${site.base}pagefind/pagefind.js`)})`);
      expect(contents.length).toBeGreaterThan(20);
      // A word where a lower-case letter, a closing bracket or a figure runs into a capital is two
      // texts glued ("FaseEmoción", "ProtagonistaMaría"), unless an author wrote it so ("WhatsApp").
      const written = contentText();
      const glued = contents.flatMap(({ url, content }) =>
        [...content.matchAll(/\S*(?:[\p{Ll}).:,\d][\p{Lu}¿¡(+−])\S*/gu)].map((match) => match[0]).filter((word) => !written.includes(word.replace(/[.,;:)]+$/, ''))).map((word) => `${url}: ${word}`),
      );
      expect(glued).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('keeps the results on a phone screen, every result whole', async () => {
    const page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true });
    try {
      await page.goto(server.url + kinds.journey);
      await type(page, 'tarjeta');
      const panel = results(page, 'tarjeta');
      const box = (await panel.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
      for (const item of await panel.locator('li').all()) {
        const itemBox = (await item.boundingBox())!;
        expect(itemBox.x).toBeGreaterThanOrEqual(0);
        expect(itemBox.x + itemBox.width).toBeLessThanOrEqual(PHONE.width);
      }
      await page.screenshot({ path: artefact('search-results-phone.png') });
    } finally {
      await page.close();
    }
  });
});

/** Everything the sample handbook's authors wrote, to tell their words from glued ones. */
function contentText(): string {
  const folder = join(REPO, 'content');
  return (readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => /\.(mdx?|ya?ml)$/.test(file))
    .map((file) => readFileSync(join(folder, file), 'utf8'))
    .join('\n');
}
