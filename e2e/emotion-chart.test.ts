/**
 * Issue 6 (accessibility) and docs/format.md#the-emotion-chart: the chart can be understood without
 * colour and without sight. Its accessible name says what it shows, its data table holds the
 * same figures, emotion is told by height and moments by the shape of their marker.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './lib/browser.ts';
import { sampleSite } from './lib/sample-site.ts';
import { htmlPages, journeyExports, pageKinds } from './lib/site-pages.ts';
import { serveStatic, type StaticSite } from './lib/static-server.ts';
import { translator } from '../src/i18n/index.ts';

type Journey = Omit<ReturnType<typeof journeyExports>[number], 'touchpoints'> & {
  title: string;
  touchpoints: Array<{ id: string; title: string; emotion: number; moment: 'truth' | 'pain' | null }>;
};

/** The name in Playwright's snapshot line `- img "<name>"` (YAML-quoted as a whole when the name holds ": "). */
function accessibleName(snapshot: string): string {
  const line = snapshot.trim().split('\n')[0] ?? '';
  const unquoted = line.startsWith("- '") ? `- ${line.slice(3, -1).replace(/''/g, "'")}` : line;
  return (/^- img "(.*)"$/.exec(unquoted)?.[1] ?? '').replace(/\\"/g, '"');
}

describe('the emotion chart of a journey', () => {
  let browser: Browser;
  let server: StaticSite;
  let page: Page;
  let journey: Journey;
  let t: ReturnType<typeof translator>;
  let paths: string[];

  beforeAll(async () => {
    const site = await sampleSite();
    const kinds = pageKinds(site.dist);
    paths = htmlPages(site.dist).map((built) => built.path);
    // The journey of the kinds (the one a future journey compares with) has moments of both kinds.
    journey = journeyExports(site.dist).find((item) => kinds.journey === `journeys/${item.slug}/`) as unknown as Journey;
    server = await serveStatic(site.dist, site.base);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url + kinds.journey);
    t = translator((await page.locator('html').getAttribute('lang')) === 'en' ? 'en' : 'es');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is an image whose accessible name gives the journey and its figures', async () => {
    // The charts shown at this width (a chart may come in a wide and a narrow drawing, one hidden).
    const charts = page.locator('svg[data-chart="emotion"]:visible');
    expect(await charts.count()).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      expect(await chart.getAttribute('role')).toBe('img');
      // Playwright's snapshot of the accessibility tree: `- img "<accessible name>"`.
      const snapshot = await chart.ariaSnapshot();
      const name = accessibleName(snapshot);
      expect(name).toContain(journey.title);
      expect(name).toContain(String(journey.touchpoints.length));
      // The tree shows the chart as one image: its marks and labels are not read one by one.
      expect(snapshot.trim().split('\n')).toHaveLength(1);
    }
  });

  it('comes with a data table, reachable by screen readers, holding every touchpoint in order with its emotion', async () => {
    const table = page.locator('figure:has(svg[data-chart="emotion"]) table').first();
    const caption = (await table.locator('caption').textContent())?.trim() ?? '';
    expect(caption).not.toBe('');
    // getByRole only finds what the accessibility tree exposes: a table hidden from it would not count.
    await expect(page.getByRole('table', { name: caption }).first().count()).resolves.toBe(1);
    const headers = await table.locator('thead th').allTextContents();
    const emotionColumn = headers.map((text) => text.trim()).indexOf(t('touchpoint.emotion'));
    expect(emotionColumn, headers.join(' | ')).toBeGreaterThanOrEqual(0);
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ title: tr.querySelector('th')?.textContent?.trim() ?? '', cells: Array.from(tr.children, (cell) => cell.textContent?.trim() ?? '') })),
    );
    expect(rows.map((row) => row.title)).toEqual(journey.touchpoints.map((touchpoint) => touchpoint.title));
    rows.forEach((row, index) => {
      const touchpoint = journey.touchpoints[index]!;
      // The emotion is written as a signed number ("+2", "−3"), whatever the locale's minus sign.
      const written = /^([+\-−]?\d+)/.exec(row.cells[emotionColumn] ?? '')?.[1];
      expect(Number(written?.replace('−', '-')), `${touchpoint.id}: ${row.cells.join(' | ')}`).toBe(touchpoint.emotion);
    });
  });

  it('plots one point per touchpoint, in order, higher for a better emotion', async () => {
    const chart = page.locator('svg[data-chart="emotion"]').first();
    const points = await chart.locator('[data-touchpoint]').evaluateAll((nodes) =>
      nodes.map((node) => {
        const box = node.getBoundingClientRect();
        return { id: node.getAttribute('data-touchpoint'), emotion: Number(node.getAttribute('data-emotion')), y: box.top + box.height / 2, x: box.left + box.width / 2 };
      }),
    );
    expect(points.map((point) => point.id)).toEqual(journey.touchpoints.map((touchpoint) => touchpoint.id));
    expect(points.map((point) => point.emotion)).toEqual(journey.touchpoints.map((touchpoint) => touchpoint.emotion));
    for (const a of points) {
      for (const b of points) {
        if (a.emotion > b.emotion) expect(a.y, `${a.id} (${a.emotion}) above ${b.id} (${b.emotion})`).toBeLessThan(b.y);
      }
    }
    const xs = points.map((point) => point.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('tells moments of truth, moments of pain and other touchpoints apart by the shape of their marker', async () => {
    const chart = page.locator('svg[data-chart="emotion"]').first();
    const shapes = await chart.locator('[data-touchpoint]').evaluateAll((nodes) =>
      nodes.map((node) => {
        const marker = node.querySelector('circle, path, rect, polygon, ellipse');
        if (!marker) return 'none';
        if (marker.localName !== 'path') return marker.localName;
        // A path's shape: its number of corners, which colour cannot change.
        return `path with ${(marker.getAttribute('d') ?? '').match(/[MLHV]/gi)?.length ?? 0} corners`;
      }),
    );
    const byMoment = new Map<string, Set<string>>();
    journey.touchpoints.forEach((touchpoint, index) => {
      const moment = touchpoint.moment ?? 'none';
      byMoment.set(moment, (byMoment.get(moment) ?? new Set()).add(shapes[index]!));
    });
    expect([...byMoment.keys()].sort()).toEqual(['none', 'pain', 'truth']);
    for (const [moment, set] of byMoment) expect([...set], `every ${moment} marker has one shape`).toHaveLength(1);
    const distinct = new Set([...byMoment.values()].map((set) => [...set][0]));
    expect(distinct.size).toBe(3);
  });

  it('is, on every page of the handbook (cards, overlays, comparisons too), one image named with its figures', async () => {
    const problems: string[] = [];
    let charts = 0;
    const pagesWithCharts = new Set<string>();
    const other = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      for (const path of paths) {
        await other.goto(server.url + path);
        // A presentation shows one slide at a time: show them all, as it does without JavaScript, so every slide's chart is checked.
        await other.evaluate(() => document.querySelectorAll<HTMLElement>('[data-slide][hidden]').forEach((slide) => (slide.hidden = false)));
        for (const chart of await other.locator('svg[data-chart]:visible').all()) {
          charts++;
          pagesWithCharts.add(path);
          const where = `${path || 'home'} ${(await chart.getAttribute('aria-labelledby')) ?? '(unnamed svg)'}`;
          if ((await chart.getAttribute('role')) !== 'img') problems.push(`${where}: role is not img`);
          const snapshot = await chart.ariaSnapshot();
          const name = accessibleName(snapshot);
          // A name with figures in it: how many touchpoints, or how many curves it compares.
          if (!/\d/.test(name)) problems.push(`${where}: accessible name without figures: "${name}"`);
          if (snapshot.trim().split('\n').length !== 1) problems.push(`${where}: its parts are exposed one by one`);
          const focusable = await chart.locator('a, [tabindex]').count();
          if (focusable > 0) problems.push(`${where}: ${focusable} focusable elements inside the image`);
        }
      }
    } finally {
      await other.close();
    }
    expect(problems).toEqual([]);
    // The check looked at real charts: every journey page has its map's curve at least.
    const journeyPages = paths.filter((path) => /^journeys\/.+\/$/.test(path) && !/\/(blueprint)\/$/.test(path));
    expect(journeyPages.length).toBeGreaterThan(3);
    expect(journeyPages.filter((path) => !pagesWithCharts.has(path))).toEqual([]);
    expect(charts).toBeGreaterThan(journeyPages.length);
  });

  it('puts its figures on paper when printed: its own table, or for the map the touchpoint details', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const figures = await page.locator('figure:has(svg[data-chart="emotion"])').evaluateAll((nodes) =>
        nodes.map((figure) => {
          const table = figure.querySelector('table');
          const shown = table !== null && getComputedStyle(table).display !== 'none' && table.getBoundingClientRect().width > 100;
          return { shown, rows: table?.querySelectorAll('tbody tr').length ?? 0 };
        }),
      );
      for (const figure of figures) if (figure.shown) expect(figure.rows).toBe(journey.touchpoints.length);
      if (figures.some((figure) => !figure.shown)) {
        // A chart printed without its table relies on each touchpoint's details, with its emotion.
        for (const touchpoint of journey.touchpoints) {
          const badge = page.locator(`#tp-${touchpoint.id} .emotion`);
          expect(await badge.isVisible(), touchpoint.id).toBe(true);
          expect(Number((await badge.innerText()).trim().split(/\s/)[0]!.replace('−', '-'))).toBe(touchpoint.emotion);
        }
      }
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
