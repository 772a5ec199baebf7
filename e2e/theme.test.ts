/**
 * Issue 6 (browser tests) and issue 3 (theme): the light/dark toggle is remembered across reloads
 * and pages (localStorage "journeybook-theme", data-theme on <html>), applied before the first
 * paint, and a reader who never chose follows their system's preference.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { artefact } from './lib/artefacts.ts';
import { useSampleSiteInBrowser } from './lib/sample-site-in-browser.ts';

describe('the theme toggle', () => {
  const sample = useSampleSiteInBrowser();

  /** The theme as the page has it when its HTML is parsed, before stylesheets and scripts at the end run. */
  async function themeOnArrival(page: Page, path: string): Promise<{ attribute: string | null; background: string }> {
    await page.goto(sample().server.url + path, { waitUntil: 'domcontentloaded' });
    return page.evaluate(() => {
      // The page's colour is the body's, or the root's when the body is transparent.
      const painted = [document.body, document.documentElement].map((element) => getComputedStyle(element).backgroundColor);
      return { attribute: document.documentElement.getAttribute('data-theme'), background: painted.find((colour) => colour !== 'rgba(0, 0, 0, 0)') ?? 'none' };
    });
  }

  async function withContext(colorScheme: 'light' | 'dark', run: (context: BrowserContext, page: Page) => Promise<void>) {
    const context = await sample().browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
    try {
      await run(context, await context.newPage());
    } finally {
      await context.close();
    }
  }

  it('switches to dark, and the choice survives a reload and a visit to another page', async () => {
    await withContext('light', async (_context, page) => {
      const light = await themeOnArrival(page, '');
      expect(light.attribute).toBe('light');
      const toggle = page.locator('[data-theme-toggle]');
      await toggle.click();
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      expect(await page.evaluate(() => localStorage.getItem('journeybook-theme'))).toBe('dark');

      const reloaded = await themeOnArrival(page, '');
      expect(reloaded.attribute).toBe('dark');
      expect(light.background).not.toBe('none');
      expect(reloaded.background).not.toBe(light.background);
      const elsewhere = await themeOnArrival(page, sample().kinds.journey);
      expect(elsewhere.attribute).toBe('dark');
      await page.waitForLoadState('load');
      expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
      await page.screenshot({ path: artefact('theme-dark-journey.png') });

      await page.locator('[data-theme-toggle]').click();
      expect((await themeOnArrival(page, sample().kinds.journey)).attribute).toBe('light');
      expect(await page.evaluate(() => localStorage.getItem('journeybook-theme'))).toBe('light');
    });
  });

  it("follows the system's dark preference until the reader chooses, then keeps the choice", async () => {
    await withContext('dark', async (_context, page) => {
      expect((await themeOnArrival(page, sample().kinds.persona)).attribute).toBe('dark');
      await page.waitForLoadState('load');
      await page.locator('[data-theme-toggle]').click();
      expect((await themeOnArrival(page, sample().kinds.persona)).attribute).toBe('light');
    });
  });
});
