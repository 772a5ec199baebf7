/**
 * Issue 14: the journeys index filters in the reader's browser (docs/views.md#the-journeys-index).
 * Without JavaScript it is a plain list of every journey by folder; with it, filters by persona,
 * stage and tag (and channel, state, owner) show only the journeys that match, keep the choice in
 * the address, and say how many match. What should match is read from the journeys' own JSON.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tagSlug } from '../src/domain/tag-slug.ts';
import { artefact } from './lib/artefacts.ts';
import { useSampleSiteInBrowser } from './lib/sample-site-in-browser.ts';
import { journeyExports } from './lib/site-pages.ts';

interface JourneyJson {
  slug: string;
  persona: { slug: string };
  tags: string[];
  phases: Array<{ stage: string | null }>;
  touchpoints: Array<{ tags: string[] }>;
}

describe('the journeys index filter', () => {
  const sample = useSampleSiteInBrowser();
  const journeys = () => journeyExports(sample().site.dist) as unknown as JourneyJson[];
  const slugs = (match: (journey: JourneyJson) => boolean) => journeys().filter(match).map((journey) => journey.slug).sort();
  const tagsOf = (journey: JourneyJson) => new Set([...journey.tags, ...journey.touchpoints.flatMap((touchpoint) => touchpoint.tags)].map(tagSlug));

  /** The journeys a reader sees listed, sorted. */
  const visible = (page: Page) => page.locator('[data-journey]:visible').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.journey!).sort());
  const choose = async (page: Page, facet: string, value: string) => {
    await page.locator(`select[data-facet="${facet}"]`).selectOption(value);
  };

  it('filters by persona, stage and tag, together, keeping the choice in the address', async () => {
    const page = await sample().browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${sample().server.url}journeys/`);
      const all = slugs(() => true);
      expect(all.length).toBeGreaterThan(5);
      await expect.poll(() => page.locator('[data-journey-filter]').isVisible()).toBe(true);
      expect(await page.locator('[data-filter-status]').textContent()).toBe(`${all.length} de ${all.length} recorridos`);

      // A persona with journeys in both folders.
      await choose(page, 'persona', 'maria-gomez');
      const maria = slugs((journey) => journey.persona.slug === 'maria-gomez');
      expect(maria.length).toBeGreaterThan(1);
      expect(await visible(page)).toEqual(maria);
      expect(new URL(page.url()).search).toBe('?persona=maria-gomez');
      expect(await page.locator('[data-filter-status]').textContent()).toBe(`${maria.length} de ${all.length} recorridos`);

      // And a stage: a journey passes through it in at least one phase.
      await choose(page, 'persona', '');
      await choose(page, 'stage', 'necesidad');
      const necesidad = slugs((journey) => journey.phases.some((phase) => phase.stage === 'necesidad'));
      expect(necesidad.length).toBeLessThan(all.length);
      expect(await visible(page)).toEqual(necesidad);
      await choose(page, 'persona', 'antonio-herrera');
      expect(await visible(page)).toEqual(slugs((journey) => journey.persona.slug === 'antonio-herrera' && journey.phases.some((phase) => phase.stage === 'necesidad')));
      await page.screenshot({ path: artefact('journeys-filter-persona-stage.png'), fullPage: true });

      // A tag, whether the journey or one of its touchpoints carries it; other filters off.
      await page.locator('[data-filter-reset]').click();
      await expect.poll(() => visible(page)).toEqual(all);
      expect(new URL(page.url()).search).toBe('');
      await choose(page, 'tag', 'portal-del-paciente');
      const portal = slugs((journey) => tagsOf(journey).has('portal-del-paciente'));
      expect(portal.length).toBeGreaterThan(1);
      expect(await visible(page)).toEqual(portal);
      // A group with none of them disappears; the others count what they show.
      expect(await page.locator('[data-group="banca"]').isVisible()).toBe(false);
      expect(await page.locator('[data-group="salud"] [data-group-count]').textContent()).toMatch(new RegExp(`^${portal.length} de \\d+$`));

      // Nothing matches: the page says so.
      await choose(page, 'persona', 'lucia-martin');
      expect(await visible(page)).toEqual([]);
      expect(await page.locator('[data-filter-empty]').isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('arrives filtered from a link, and lists every journey by folder without JavaScript', async () => {
    const page = await sample().browser.newPage({ viewport: { width: 375, height: 812 } });
    const plain = await sample().browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${sample().server.url}journeys/?persona=antonio-herrera&tag=portal-del-paciente`);
      await expect.poll(() => visible(page)).toEqual(slugs((journey) => journey.persona.slug === 'antonio-herrera' && tagsOf(journey).has('portal-del-paciente')));
      expect(await page.locator('select[data-facet="tag"]').inputValue()).toBe('portal-del-paciente');
      await page.screenshot({ path: artefact('journeys-filter-phone.png'), fullPage: true });

      const noScript = await plain.newPage();
      await noScript.goto(`${sample().server.url}journeys/?persona=antonio-herrera`);
      expect(await noScript.locator('[data-journey-filter]').isVisible()).toBe(false);
      expect(await visible(noScript)).toEqual(slugs(() => true));
      expect(await noScript.locator('[data-group] h2').allTextContents()).toEqual([expect.stringContaining('Banca para particulares y autónomos'), expect.stringContaining('Salud pública')]);
    } finally {
      await page.close();
      await plain.close();
    }
  });
});
