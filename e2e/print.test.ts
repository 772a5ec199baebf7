/**
 * Issue 6 (browser tests) and issue 3 (print stylesheet): a journey map printed for a workshop
 * keeps the map and drops the site's chrome; the print-media screenshot and an A3 landscape PDF
 * are left as artefacts for people to look at.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefact } from './lib/artefacts.ts';
import { runAxe } from './lib/axe.ts';
import { launchBrowser } from './lib/browser.ts';
import { sampleSite } from './lib/sample-site.ts';
import { pageKinds, type PageKinds } from './lib/site-pages.ts';
import { serveStatic, type StaticSite } from './lib/static-server.ts';

describe('a printed journey map', () => {
  let browser: Browser;
  let server: StaticSite;
  let kinds: PageKinds;
  let page: Page;

  beforeAll(async () => {
    const site = await sampleSite();
    kinds = pageKinds(site.dist);
    server = await serveStatic(site.dist, site.base);
    browser = await launchBrowser();
    // Roughly A3 landscape at 96 dpi, in the dark theme: paper is white whatever the screen was.
    const context = await browser.newContext({ viewport: { width: 1587, height: 1123 }, colorScheme: 'dark' });
    page = await context.newPage();
    await page.goto(server.url + kinds.journey, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await page.emulateMedia({ media: 'print' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('hides the header, sidebar and search, and prints on white', async () => {
    for (const selector of ['.site-header', '#sidebar', '[data-search]', '.skip-link']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(background);
    await page.screenshot({ path: artefact('print-journey-map.png'), fullPage: true });
  });

  it('prints every text readable on white, though the screen was in the dark theme', async () => {
    // axe measures contrast from the computed styles, which are the print styles now.
    const outcome = await runAxe(page, ['color-contrast']);
    expect(outcome.violations).toEqual([]);
    expect(outcome.passedRules).toBe(1);
  });

  it('prints the whole map: no lane or touchpoint cut off by a scrolling region', async () => {
    const map = await page.locator('.map-scroller').evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    expect(map.scroll).toBeLessThanOrEqual(map.client + 1);
    const columns = await page.locator('.journey-map .cell[data-touchpoint]').count();
    expect(columns).toBeGreaterThan(0);
    for (const cell of await page.locator('.journey-map .cell[data-touchpoint]').all()) expect(await cell.isVisible()).toBe(true);
  });

  it('keeps every lane name inside its column, on A3 and on A4 landscape (issue 13: PENSAMIENTOS, OPORTUNIDADES spilled)', async () => {
    const spilled = () =>
      page.locator('.journey-map .lane-head').evaluateAll((heads) =>
        heads.flatMap((head) => {
          const box = head.getBoundingClientRect();
          const range = document.createRange();
          const problems: string[] = [];
          for (const node of head.childNodes) {
            if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
            range.selectNodeContents(node);
            for (const line of range.getClientRects()) if (line.right > box.right + 0.5 || line.left < box.left - 0.5) problems.push(`${node.textContent!.trim()}: ${Math.round(line.right - box.right)} px past its column`);
          }
          return problems;
        }),
      );
    expect(await spilled()).toEqual([]);
    const size = page.viewportSize()!;
    try {
      // A4 landscape less the page margins, at 96 dpi.
      await page.setViewportSize({ width: 1032, height: 730 });
      expect(await spilled()).toEqual([]);
    } finally {
      await page.setViewportSize(size);
    }
  });

  it('renders to an A3 landscape PDF', async () => {
    const path = artefact('print-journey-map.pdf');
    await page.pdf({ path, format: 'A3', landscape: true, printBackground: true });
    const pdf = readFileSync(path, 'latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(0);
  });
});
