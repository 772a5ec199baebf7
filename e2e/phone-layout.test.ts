/**
 * Issue 6 (browser tests): on a phone (390 px wide) no page scrolls sideways as a whole. The
 * journey map may be wider than the screen: it scrolls inside its own region.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefact } from './lib/artefacts.ts';
import { launchBrowser } from './lib/browser.ts';
import { sampleSite, type SampleSite } from './lib/sample-site.ts';
import { htmlPages, pageKinds, type PageKinds } from './lib/site-pages.ts';
import { serveStatic, type StaticSite } from './lib/static-server.ts';

const PHONE = { width: 390, height: 844 };

describe('at phone width', () => {
  let browser: Browser;
  let server: StaticSite;
  let site: SampleSite;
  let kinds: PageKinds;
  let page: Page;

  beforeAll(async () => {
    site = await sampleSite();
    kinds = pageKinds(site.dist);
    server = await serveStatic(site.dist, site.base);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Elements that stick out of the screen without a scrolling ancestor to hold them, for the message. */
  const overflow = (target: Page) =>
    target.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const scrollsInside = (element: Element) => {
        // A positioned element is clipped only by scrollers around its containing block.
        const position = getComputedStyle(element).position;
        const start = position === 'absolute' || position === 'fixed' ? (element as HTMLElement).offsetParent : element.parentElement;
        for (let node = start; node && node !== document.body; node = node.parentElement) {
          const style = getComputedStyle(node);
          if (/(auto|scroll|hidden|clip)/.test(style.overflowX)) return true;
        }
        return false;
      };
      const culprits = Array.from(document.body.querySelectorAll('*'))
        .filter((element) => element.getBoundingClientRect().right > width + 1 && !scrollsInside(element))
        .slice(0, 5)
        .map((element) => `<${element.localName} class="${element.getAttribute('class') ?? ''}"> right=${Math.round(element.getBoundingClientRect().right)}`);
      return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
    });

  it('never scrolls the page sideways, on any page of the handbook', async () => {
    const problems: string[] = [];
    for (const built of htmlPages(site.dist)) {
      await page.goto(server.url + built.path, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const measured = await overflow(page);
      if (measured.scrollWidth > measured.width) problems.push(`${built.path || 'home'}: ${measured.scrollWidth}px wide on a ${measured.width}px screen (${measured.culprits.join('; ')})`);
    }
    expect(problems).toEqual([]);
  });

  it('lets the journey map scroll inside its own region, reachable and labelled', async () => {
    await page.goto(server.url + kinds.journey, { waitUntil: 'load' });
    const scroller = page.locator('.map-scroller');
    const sizes = await scroller.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth, tabIndex: (element as HTMLElement).tabIndex }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(sizes.tabIndex).toBe(0);
    await scroller.evaluate((element) => element.scrollBy({ left: 400 }));
    expect(await scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
  });

  it('opens the navigation from the menu button', async () => {
    await page.goto(server.url + kinds.journey, { waitUntil: 'load' });
    const menu = page.locator('[data-menu-toggle]');
    const sidebar = page.locator('#sidebar');
    expect(await sidebar.isVisible()).toBe(false);
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await sidebar.isVisible()).toBe(true);
    await page.screenshot({ path: artefact('phone-menu-open.png') });
  });

  it('leaves screenshots of every kind of page', async () => {
    for (const [kind, path] of Object.entries(kinds)) {
      await page.goto(server.url + path, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: artefact(`phone-${kind}.png`), fullPage: true });
    }
    expect(Object.keys(kinds).length).toBeGreaterThan(10);
  });
});
