/**
 * Issue 6 (browser tests): on a phone (390 px wide) no page scrolls sideways as a whole.
 * Issue 13: the journey map reads phase by phase there, instead of scrolling sideways.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefact } from './lib/artefacts.ts';
import { launchBrowser } from './lib/browser.ts';
import { sampleSite, type SampleSite } from './lib/sample-site.ts';
import { htmlPages, journeyExports, pageKinds, type PageKinds } from './lib/site-pages.ts';
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

  it('reads the journey map phase by phase: every touchpoint in its phase, nothing scrolling sideways', async () => {
    await page.goto(server.url + kinds.journey, { waitUntil: 'load' });
    expect(await page.locator('.map-scroller').isVisible()).toBe(false);
    const phases = page.locator('.map-phone .phone-phase');
    const journey = journeyExports(site.dist).find((item) => kinds.journey === `journeys/${item.slug}/`)!;
    expect(await page.locator('.map-phone .phone-touchpoint').count()).toBe(journey.touchpoints.length);
    expect(await phases.count()).toBeGreaterThan(1);
    for (const item of await page.locator('.map-phone .phone-touchpoint, .map-phone .phone-chart').all()) {
      const box = (await item.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    // Each touchpoint links to its details further down the page.
    const first = page.locator('.map-phone .phone-touchpoint a').first();
    expect(await first.getAttribute('href')).toMatch(/^#tp-/);
    await page.locator('.map-phone').screenshot({ path: artefact('map-phone-390.png') });
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
