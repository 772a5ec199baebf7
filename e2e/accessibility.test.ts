/**
 * Issue 6 (accessibility): axe-core, inside Chromium, finds no WCAG 2.0/2.1/2.2 A or AA
 * violation on any kind of page of the sample handbook, in the light and in the dark theme;
 * issue 18: nor on the pages of long listings, in a handbook large enough to have them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { runAxe } from './lib/axe.ts';
import { useLargeSiteInBrowser } from './lib/large-site.ts';
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

/** Opens `url` in the theme, checks it answered `status`, and returns what axe found. */
async function axeOn(browser: Browser, url: string, theme: (typeof THEMES)[number], status = 200) {
  const context = await browser.newContext({ colorScheme: theme, viewport: { width: 1280, height: 900 } });
  // The reader's stored choice, as the theme toggle leaves it: the page must honour it before painting.
  await context.addInitScript((stored) => localStorage.setItem('journeybook-theme', stored), theme);
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'load' });
    // A missing page would be answered by the 404 page, which must not pass for the real one.
    expect(response?.status(), url).toBe(status);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.locator('html').getAttribute('data-theme')).toBe(theme);
    return await runAxe(page);
  } finally {
    await context.close();
  }
}

describe('accessibility of every kind of page (axe-core, WCAG 2.2 A/AA)', () => {
  const sample = useSampleSiteInBrowser();
  afterAll(() => {
    console.info(`axe: ${KINDS.length} kinds of page × ${THEMES.length} themes = ${KINDS.length * THEMES.length} runs`);
  });

  describe.each(THEMES)('in the %s theme', (theme) => {
    it.each(KINDS)('has no violation on the %s page', async (kind) => {
      const outcome = await axeOn(sample().browser, sample().server.url + sample().kinds[kind], theme, kind === 'notFound' ? 404 : 200);
      expect(outcome.violations).toEqual([]);
      expect(outcome.passedRules).toBeGreaterThan(10);
    });
  });
});

describe('accessibility of the pages of long listings (axe-core, WCAG 2.2 A/AA)', () => {
  const large = useLargeSiteInBrowser();
  /** The second page of a listing under `folder` (a channel's, a tag's): the first that has one. */
  const secondPageUnder = (folder: string) => {
    const root = join(large().site.dist, folder);
    const id = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
      .find((name) => existsSync(join(root, name, '2', 'index.html')));
    if (!id) throw new Error(`the large handbook needs a listing with a second page under ${folder}/`);
    return `${folder}/${id}/2/`;
  };
  const PAGES: Array<[string, () => string]> = [
    ['the home page with a short atlas', () => ''],
    ['the journeys index of several pages, with its folders', () => 'journeys/'],
    ['a later page of the journeys index', () => 'journeys/_2/'],
    ['a later page of a channel', () => secondPageUnder('channels')],
    ['a later page of a tag', () => secondPageUnder('tags')],
    ['a later page of the review schedule', () => 'review/2/'],
    ['the stages page with the first journeys of each stage', () => 'stages/'],
    ['the journeys of every stage', () => 'stages/journeys/2/'],
    ['the whole pain ranking', () => 'insights/pains/2/'],
    ['every opportunity by owner', () => 'insights/opportunities/'],
    ['every KPI below target', () => 'insights/kpis/'],
    ['the full atlas', () => 'atlas/2/'],
  ];

  // Every page in the light theme; in the dark one, the pages whose parts the sample handbook
  // has none of (the pager, the later pages' headings, the ranked and grouped lists), as the
  // rest is the sample's components, checked above in both themes.
  const DARK = new Set(['a later page of the journeys index', 'the whole pain ranking', 'the full atlas', 'a later page of the review schedule']);
  const runs = THEMES.flatMap((theme) => PAGES.filter(([name]) => theme === 'light' || DARK.has(name)).map(([name, path]) => [theme, name, path] as const));

  it.each(runs)('has no violation in the %s theme on %s', async (theme, _name, path) => {
    const outcome = await axeOn(large().browser, large().server.url + path(), theme);
    expect(outcome.violations).toEqual([]);
    expect(outcome.passedRules).toBeGreaterThan(10);
  });
  it('checks in the dark theme pages that exist', () => {
    expect(PAGES.filter(([name]) => DARK.has(name))).toHaveLength(DARK.size);
  });
});
