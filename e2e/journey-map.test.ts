/**
 * Issue 13 (the map at a glance): at 1280 px the journey map's overview shows every touchpoint
 * without scrolling, its emotion lane carries a −3…+3 scale, the detail view scrolls with the
 * lane names in view, lanes no touchpoint fills are left out, and the reader's choice of view
 * is kept. Phones: phone-layout.test.ts. Print: print.test.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefact } from './lib/artefacts.ts';
import { launchBrowser } from './lib/browser.ts';
import { sampleSite, type SampleSite } from './lib/sample-site.ts';
import { journeyExports } from './lib/site-pages.ts';
import { serveStatic, type StaticSite } from './lib/static-server.ts';

const LAPTOP = { width: 1280, height: 900 };

type ExportedJourney = { slug: string; touchpoints: Array<{ id: string }> };

describe('the journey map on a laptop screen', () => {
  let browser: Browser;
  let server: StaticSite;
  let site: SampleSite;
  let page: Page;
  /** The sample journey with the most touchpoints: the widest map. */
  let widest: ExportedJourney;

  beforeAll(async () => {
    site = await sampleSite();
    server = await serveStatic(site.dist, site.base);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: LAPTOP });
    const journeys = journeyExports(site.dist) as unknown as ExportedJourney[];
    widest = journeys.reduce((best, journey) => (journey.touchpoints.length > best.touchpoints.length ? journey : best));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = async (slug: string) => {
    await page.goto(`${server.url}journeys/${slug}/`, { waitUntil: 'load' });
    await page.locator('[data-map-views]').waitFor();
  };

  /** Touchpoint cells wholly inside the map's visible region. */
  const touchpointsInView = () =>
    page.locator('.map-scroller').evaluate((scroller) => {
      const region = scroller.getBoundingClientRect();
      const cells = [...scroller.querySelectorAll('.journey-map .cell[data-touchpoint]')];
      return {
        total: cells.length,
        inView: cells.filter((cell) => {
          const box = cell.getBoundingClientRect();
          return box.left >= region.left - 1 && box.right <= region.right + 1;
        }).length,
      };
    });

  it('shows every touchpoint of the widest sample journey in the overview, without scrolling sideways', async () => {
    await open(widest.slug);
    expect(await page.locator('.journey-map').getAttribute('data-view')).toBe('overview');
    const seen = await touchpointsInView();
    expect(seen.total).toBe(widest.touchpoints.length);
    expect(seen.inView).toBe(seen.total);
    const scroller = await page.locator('.map-scroller').evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    expect(scroller.scroll).toBeLessThanOrEqual(scroller.client + 1);
    // Each point of the emotion curve sits over its touchpoint's column.
    const misplaced = await page.evaluate(() => {
      const map = document.querySelector('.journey-map')!;
      const chart = map.querySelector('.lane-chart.for-overview svg')!;
      return [...chart.querySelectorAll<SVGGElement>('[data-touchpoint]')]
        .map((point) => {
          const cell = map.querySelector(`.touchpoint[data-touchpoint="${point.dataset.touchpoint}"]`)!.getBoundingClientRect();
          const mark = point.getBoundingClientRect();
          const centre = mark.left + mark.width / 2;
          return centre > cell.left && centre < cell.right ? undefined : point.dataset.touchpoint;
        })
        .filter(Boolean);
    });
    expect(misplaced).toEqual([]);
    await page.locator('[data-map]').screenshot({ path: artefact('map-overview-1280.png') });
  });

  it('labels the emotion lane with its scale from +3 to −3, top to bottom', async () => {
    await open(widest.slug);
    const ticks = await page.locator('.emotion-head .scale.for-overview .scale-tick').evaluateAll((spans) =>
      spans.map((span) => ({ text: span.textContent!.trim(), y: span.getBoundingClientRect().top })).sort((a, b) => a.y - b.y).map((tick) => tick.text),
    );
    expect(ticks).toEqual(['+3', '+2', '+1', '0', '−1', '−2', '−3']);
  });

  it('gives each touchpoint its room in the detail view, scrolling with the lane names in view, and remembers the choice', async () => {
    await open(widest.slug);
    await page.getByRole('button', { name: 'Detalle' }).click();
    expect(await page.getByRole('button', { name: 'Detalle' }).getAttribute('aria-pressed')).toBe('true');
    const seen = await touchpointsInView();
    expect(seen.inView).toBeLessThan(seen.total);
    const scroller = page.locator('.map-scroller');
    await scroller.evaluate((element) => element.scrollBy({ left: 600 }));
    const heads = await page.locator('.lane-head').evaluateAll((cells) => {
      const region = document.querySelector('.map-scroller')!.getBoundingClientRect();
      return cells.map((cell) => Math.round(cell.getBoundingClientRect().left - region.left));
    });
    expect(heads.length).toBeGreaterThan(3);
    for (const left of heads) expect(Math.abs(left)).toBeLessThanOrEqual(1);
    await page.screenshot({ path: artefact('map-detail-scrolled-1280.png') });
    await page.reload();
    await page.locator('[data-map-views]').waitFor();
    expect(await page.locator('.journey-map').getAttribute('data-view')).toBe('detail');
    await page.getByRole('button', { name: 'Vista de conjunto' }).click();
  });

  it('shows, on every sample map, exactly the lanes its touchpoints fill (empty ones: test/unit/map-lanes.test.ts)', async () => {
    const names: Record<string, string> = { thought: 'pensamientos', pain: 'dolores', opportunity: 'oportunidades', owner: 'responsables', backstage: 'trastienda' };
    for (const journey of journeyExports(site.dist) as unknown as Array<{ slug: string; touchpoints: Array<Record<string, unknown>> }>) {
      await open(journey.slug);
      const shown = (await page.locator('.journey-map .lane-head').allInnerTexts()).map((name) => name.trim().toLowerCase());
      const filled = Object.keys(names).filter((field) => journey.touchpoints.some((touchpoint) => (Array.isArray(touchpoint[field]) ? (touchpoint[field] as unknown[]).length > 0 : Boolean(touchpoint[field]))));
      expect(shown.filter((name) => Object.values(names).includes(name)), journey.slug).toEqual(filled.map((field) => names[field]));
    }
  });
});
