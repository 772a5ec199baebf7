/**
 * Issue 6 (accessibility): axe-core, inside Chromium, finds no WCAG 2.0/2.1/2.2 A or AA
 * violation on any kind of page of the sample handbook, in the light and in the dark theme.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runAxe } from './lib/axe.ts';
import { useSampleSiteInBrowser } from './lib/sample-site-in-browser.ts';
import type { PageKinds } from './lib/site-pages.ts';

const THEMES = ['light', 'dark'] as const;
const KINDS: Array<keyof PageKinds> = [
  'home',
  'journeys',
  'journey',
  'blueprint',
  'compare',
  'personas',
  'persona',
  'channels',
  'channel',
  'insights',
  'research',
  'researchSource',
  'review',
  'history',
  'changes',
  'tracks',
  'track',
  'present',
  'embed',
  'stages',
  'tags',
  'tag',
  'notFound',
];

describe('accessibility of every kind of page (axe-core, WCAG 2.2 A/AA)', () => {
  const sample = useSampleSiteInBrowser();
  afterAll(() => {
    console.info(`axe: ${KINDS.length} kinds of page × ${THEMES.length} themes = ${KINDS.length * THEMES.length} runs`);
  });

  describe.each(THEMES)('in the %s theme', (theme) => {
    it.each(KINDS)('has no violation on the %s page', async (kind) => {
      const context = await sample().browser.newContext({ colorScheme: theme, viewport: { width: 1280, height: 900 } });
      // The reader's stored choice, as the theme toggle leaves it: the page must honour it before painting.
      await context.addInitScript((stored) => localStorage.setItem('journeybook-theme', stored), theme);
      try {
        const page = await context.newPage();
        const response = await page.goto(sample().server.url + sample().kinds[kind], { waitUntil: 'load' });
        // A missing page would be answered by the 404 page, which must not pass for the real one.
        expect(response?.status(), sample().kinds[kind]).toBe(kind === 'notFound' ? 404 : 200);
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
