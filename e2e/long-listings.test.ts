/**
 * Issue 18: pages that list everything are cut into static pages (docs/views.md#long-listings).
 * On a handbook large enough that every long listing has several pages, a reader without
 * JavaScript reaches every item by following the pages' links (which the head announces with
 * rel=prev/next), a keyboard user moves from page to page, the insights page's ranking is the
 * start of the whole ranking, and the journeys index filters every journey, not just its page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { isPainPoint } from '../src/domain/pain-ranking.ts';
import { artefact } from './lib/artefacts.ts';
import { useLargeSiteInBrowser } from './lib/large-site.ts';
import { journeyExports } from './lib/site-pages.ts';

interface JourneyJson {
  slug: string;
  state: 'current' | 'future';
  persona: { slug: string };
  touchpoints: Array<{ id: string; channel: string; pain: string | null; moment: string | null }>;
}

describe('long listings, a page at a time', () => {
  const large = useLargeSiteInBrowser();
  const journeys = () => journeyExports(large().site.dist) as unknown as JourneyJson[];
  const url = (path: string) => `${large().server.url}${path}`;

  /**
   * Follows a listing from its first page by its "next" links, checking on each page that the
   * head's rel=prev/next match the pager's links; returns what `collect` read on every page.
   */
  async function followPages(context: BrowserContext, first: string, collect: (page: Page) => Promise<string[]>) {
    const page = await context.newPage();
    const items: string[] = [];
    const visited: string[] = [];
    let next: string | null = url(first);
    try {
      while (next) {
        const response = await page.goto(next);
        expect(response?.status(), next).toBe(200);
        const here = page.url();
        expect(visited, `${here} is reached twice`).not.toContain(here);
        if (visited.length > 0) expect(await page.locator('head link[rel="prev"]').getAttribute('href')).toBe(new URL(visited.at(-1)!).pathname);
        else expect(await page.locator('head link[rel="prev"]').count()).toBe(0);
        visited.push(here);
        items.push(...(await collect(page)));
        // Read at once, not waited for: the last page has no "next", and a locator would wait 30 s for one.
        const [headNext, pagerNext] = await page.evaluate(() => [
          document.querySelector('head link[rel="next"]')?.getAttribute('href') ?? null,
          document.querySelector('nav.listing-pager a[rel="next"]')?.getAttribute('href') ?? null,
        ]);
        expect(pagerNext, `the pager of ${here} and its head agree on the next page`).toBe(headNext);
        next = headNext ? new URL(headNext, here).href : null;
      }
    } finally {
      await page.close();
    }
    return { items, pages: visited.length };
  }

  const attributes = (selector: string, name: string) => (page: Page) => page.locator(`main ${selector}`).evaluateAll((nodes, attribute) => nodes.map((node) => node.getAttribute(attribute)!), name);

  it('reaches every journey, every touchpoint of a channel and the whole review schedule by links alone, without JavaScript', async () => {
    const plain = await large().browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    try {
      const all = journeys();
      const index = await followPages(plain, 'journeys/', attributes('[data-journey]', 'data-journey'));
      expect(index.pages).toBeGreaterThan(1);
      expect(index.items.sort()).toEqual(all.map((journey) => journey.slug).sort());

      // The busiest channel: every touchpoint on it, each once.
      const byChannel = new Map<string, string[]>();
      for (const journey of all) for (const touchpoint of journey.touchpoints) byChannel.set(touchpoint.channel, [...(byChannel.get(touchpoint.channel) ?? []), `${journey.slug}#${touchpoint.id}`]);
      const [channel, touchpoints] = [...byChannel].sort((a, b) => b[1].length - a[1].length)[0]!;
      const listed = await followPages(plain, `channels/${channel}/`, attributes('tr[data-touchpoint]', 'data-touchpoint'));
      expect(listed.pages).toBeGreaterThan(1);
      expect(listed.items.sort()).toEqual(touchpoints.sort());

      const review = await followPages(plain, 'review/', attributes('tr[data-journey]', 'data-journey'));
      expect(review.pages).toBeGreaterThan(1);
      expect(review.items.sort()).toEqual(all.map((journey) => journey.slug).sort());

      // Without JavaScript the filter stays hidden: the links are the way through.
      const page = await plain.newPage();
      await page.goto(url('journeys/'));
      expect(await page.locator('[data-journey-filter]').isVisible()).toBe(false);
      await page.screenshot({ path: artefact('long-listings-journeys-no-js.png'), fullPage: false });
    } finally {
      await plain.close();
    }
  });

  it('keeps the whole pain ranking, in order, starting with what the insights page shows', async () => {
    const context = await large().browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const expected = journeys()
        .filter((journey) => journey.state === 'current')
        .flatMap((journey) => journey.touchpoints.filter((touchpoint) => isPainPoint({ pain: touchpoint.pain ?? undefined, moment: (touchpoint.moment ?? undefined) as 'pain' | undefined })).map((touchpoint) => `${journey.slug}#${touchpoint.id}`));
      const ranking = await followPages(context, 'insights/pains/', async (page) =>
        page.locator('main [data-pain]').evaluateAll((nodes) => nodes.map((node) => `${node.getAttribute('data-pain')}@${node.getAttribute('data-score')}`)),
      );
      expect(ranking.pages).toBeGreaterThan(1);
      const pains = ranking.items.map((item) => item.split('@')[0]!);
      const scores = ranking.items.map((item) => Number(item.split('@')[1]));
      expect([...pains].sort()).toEqual(expected.sort());
      expect(scores).toEqual([...scores].sort((a, b) => b - a));

      const insights = await context.newPage();
      await insights.goto(url('insights/'));
      const shown = await insights.locator('main [data-pain]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-pain')!));
      expect(shown.length).toBe(50);
      expect(shown).toEqual(pains.slice(0, 50));
      await insights.locator(`main a[href="${large().site.base}insights/pains/"]`).click();
      expect(new URL(insights.url()).pathname).toBe(`${large().site.base}insights/pains/`);
    } finally {
      await context.close();
    }
  });

  it('moves from page to page with the keyboard, the current page marked for screen readers', async () => {
    const page = await large().browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(url('insights/pains/'));
      const pager = page.locator('nav.listing-pager');
      expect(await pager.getAttribute('aria-label')).toMatch(/^Páginas de /);
      expect(await pager.locator('[aria-current="page"]').textContent()).toMatch(/^\s*Página\s+1\s*$/);
      // From the last line of the list, Tab walks into the pager and on to "Siguiente".
      await page.locator('main [data-pain] a').last().focus();
      let onNext = false;
      for (let presses = 0; presses < 30 && !onNext; presses++) {
        await page.keyboard.press('Tab');
        onNext = await page.evaluate(() => document.activeElement?.getAttribute('rel') === 'next' && document.activeElement.closest('nav.listing-pager') !== null);
      }
      expect(onNext).toBe(true);
      expect(await page.evaluate(() => document.activeElement!.matches(':focus-visible'))).toBe(true);
      await page.screenshot({ path: artefact('long-listings-pager-focus-phone.png') });
      await Promise.all([page.waitForURL(/\/insights\/pains\/2\/$/), page.keyboard.press('Enter')]);
      expect(await page.locator('nav.listing-pager [aria-current="page"]').textContent()).toMatch(/^\s*Página\s+2\s*$/);
      expect(await page.title()).toMatch(/página 2 de \d+/);
      // Back with Shift+Tab from the first page link is as reachable: "Anterior" leads to page 1.
      await Promise.all([page.waitForURL(/\/insights\/pains\/$/), page.locator('nav.listing-pager a[rel="prev"]').press('Enter')]);
    } finally {
      await page.close();
    }
  });

  it('filters every journey of a paged index, listing the matches a few hundred at a time', async () => {
    const page = await large().browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const all = journeys();
      await page.goto(url('journeys/'));
      await expect.poll(() => page.locator('[data-journey-filter]').isVisible()).toBe(true);
      const results = () => page.locator('[data-filter-results] [data-journey]').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.journey!));

      // A persona's journeys are spread over the index's pages; the filter finds them all.
      const persona = all.at(-1)!.persona.slug;
      await page.locator('select[data-facet="persona"]').selectOption(persona);
      const theirs = all.filter((journey) => journey.persona.slug === persona).map((journey) => journey.slug).sort();
      await expect.poll(async () => (await results()).sort()).toEqual(theirs);
      expect(await page.locator('[data-static-list]').first().isVisible()).toBe(false);
      expect(await page.locator('[data-filter-status]').textContent()).toBe(`${theirs.length} de ${all.length} recorridos`);
      expect([...new URL(page.url()).searchParams]).toEqual([['persona', persona]]);

      // More matches than are listed at once: the rest come with "Mostrar más", from the keyboard too.
      await page.locator('select[data-facet="persona"]').selectOption('');
      await page.locator('select[data-facet="state"]').selectOption('current');
      const current = all.filter((journey) => journey.state === 'current');
      expect(current.length).toBeGreaterThan(200);
      await expect.poll(async () => (await results()).length).toBe(200);
      const more = page.locator('[data-filter-results] button.show-more');
      expect(await more.textContent()).toBe(`Mostrar más (se ven 200 de ${current.length})`);
      await page.screenshot({ path: artefact('long-listings-filter-desktop.png') });
      await more.press('Enter');
      await expect.poll(async () => (await results()).sort()).toEqual(current.map((journey) => journey.slug).sort());
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.closest('[data-journey]')?.getAttribute('data-journey'))).toBe((await results())[200]);
      expect(await more.count()).toBe(0);

      // No filter: the page's own list and pager are back.
      await page.locator('[data-filter-reset]').click();
      await expect.poll(() => page.locator('[data-static-list]').first().isVisible()).toBe(true);
      expect(await page.locator('[data-filter-results]').isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });

  it('shows a listing’s later page on a phone and a desktop', async () => {
    for (const [name, viewport] of [
      ['phone', { width: 390, height: 844 }],
      ['desktop', { width: 1280, height: 900 }],
    ] as const) {
      const page = await large().browser.newPage({ viewport });
      try {
        await page.goto(url('journeys/_2/'));
        expect(await page.locator('h1').textContent()).toBe('Recorridos');
        await page.screenshot({ path: artefact(`long-listings-journeys-page-2-${name}.png`), fullPage: true });
        // Nothing runs off the side of a phone's screen but the tables' own scrolling regions.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      } finally {
        await page.close();
      }
    }
  });
});
