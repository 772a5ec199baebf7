/**
 * Issue 6 (accessibility): axe-core, inside Chromium, finds no WCAG 2.0/2.1/2.2 A or AA
 * violation on any kind of page of the sample handbook, in the light and in the dark theme.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe } from './lib/axe.ts';
import { launchBrowser } from './lib/browser.ts';
import { sampleSite } from './lib/sample-site.ts';
import { pageKinds, type PageKinds } from './lib/site-pages.ts';
import { serveStatic, type StaticSite } from './lib/static-server.ts';

const THEMES = ['light', 'dark'] as const;
const KINDS: Array<keyof PageKinds> = ['home', 'journeys', 'journey', 'blueprint', 'compare', 'personas', 'persona', 'channels', 'channel', 'insights', 'notFound'];

describe('accessibility of every kind of page (axe-core, WCAG 2.2 A/AA)', () => {
  let browser: Browser;
  let server: StaticSite;
  let kinds: PageKinds;

  beforeAll(async () => {
    const site = await sampleSite();
    kinds = pageKinds(site.dist);
    server = await serveStatic(site.dist, site.base);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    console.info(`axe: ${KINDS.length} kinds of page × ${THEMES.length} themes = ${KINDS.length * THEMES.length} runs`);
  });

  describe.each(THEMES)('in the %s theme', (theme) => {
    it.each(KINDS)('has no violation on the %s page', async (kind) => {
      const context = await browser.newContext({ colorScheme: theme, viewport: { width: 1280, height: 900 } });
      // The reader's stored choice, as the theme toggle leaves it: the page must honour it before painting.
      await context.addInitScript((stored) => localStorage.setItem('journeybook-theme', stored), theme);
      try {
        const page = await context.newPage();
        const response = await page.goto(server.url + kinds[kind], { waitUntil: 'load' });
        // A missing page would be answered by the 404 page, which must not pass for the real one.
        expect(response?.status(), kinds[kind]).toBe(kind === 'notFound' ? 404 : 200);
        await page.evaluate(() => document.fonts.ready);
        expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
        const outcome = await runAxe(page);
        expect(outcome.violations).toEqual([]);
        expect(outcome.passedRules).toBeGreaterThan(10);
      } finally {
        await context.close();
      }
    });
  });
});
