/**
 * Issue 6 (browser tests): a reader finds their way with links alone, from the home page of the
 * handbook served under /handbook/ to a journey, its persona, a channel, the insights, the
 * comparison with its future and its blueprint (docs/format.md#pages-and-files), and each page is
 * what it claims.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artefact } from './lib/artefacts.ts';
import { launchBrowser } from './lib/browser.ts';
import { sampleSite, type SampleSite } from './lib/sample-site.ts';
import { journeyExports, pageKinds, type PageKinds } from './lib/site-pages.ts';
import { serveStatic, type StaticSite } from './lib/static-server.ts';

describe('navigating the sample handbook from its home page', () => {
  let browser: Browser;
  let server: StaticSite;
  let site: SampleSite;
  let kinds: PageKinds;
  let page: Page;
  let journey: { slug: string; title: string; persona: { slug: string; name: string }; touchpoints: Array<{ title: string; channel: string }> };
  let future: { slug: string; title: string };

  beforeAll(async () => {
    site = await sampleSite();
    kinds = pageKinds(site.dist);
    const journeys = journeyExports(site.dist) as unknown as Array<typeof journey & { state: string; compares: string | null }>;
    journey = journeys.find((item) => kinds.journey === `journeys/${item.slug}/`)!;
    future = journeys.find((item) => item.state === 'future' && item.compares === journey.slug)!;
    server = await serveStatic(site.dist, site.base);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The link to `path` (below the base), the first one a reader can see. */
  const linkTo = (path: string): Locator => page.locator(`a[href="${site.base}${path}"]:visible`).first();

  /** Clicks like a reader and waits for the next page; it must load with 200 at the expected address. */
  async function follow(link: Locator, path: string, screenshot: string): Promise<void> {
    const [response] = await Promise.all([page.waitForResponse((item) => item.request().isNavigationRequest()), link.click()]);
    await page.waitForLoadState('load');
    expect(response.status(), `${response.url()}`).toBe(200);
    expect(new URL(page.url()).pathname).toBe(`${site.base}${path}`);
    await page.screenshot({ path: artefact(`navigation-${screenshot}.png`) });
  }

  const heading = async () => (await page.locator('main h1').first().innerText()).trim();

  it('starts at the home page under /handbook/', async () => {
    const response = await page.goto(server.url);
    expect(response?.status()).toBe(200);
    expect(await page.locator('main h1').count()).toBe(1);
  });

  it('goes from the home page to the journeys index and to a journey', async () => {
    await follow(linkTo(kinds.journeys), kinds.journeys, 'journeys');
    await follow(linkTo(kinds.journey), kinds.journey, 'journey');
    expect(await heading()).toBe(journey.title);
    expect(await page.locator('svg[data-chart="emotion"] [data-touchpoint]').count()).toBeGreaterThanOrEqual(journey.touchpoints.length);
  });

  it("goes from the journey to its persona's profile, which lists the journey", async () => {
    await follow(linkTo(kinds.persona), kinds.persona, 'persona');
    expect(await heading()).toBe(journey.persona.name);
    expect(await linkTo(kinds.journey).count()).toBe(1);
    await follow(linkTo(kinds.journey), kinds.journey, 'journey-again');
  });

  it('goes from a touchpoint of the journey to its channel, which lists that touchpoint', async () => {
    await follow(linkTo(kinds.channel), kinds.channel, 'channel');
    const first = journey.touchpoints.find((touchpoint) => kinds.channel === `channels/${encodeURIComponent(touchpoint.channel)}/`)!;
    await expect(page.locator('main').innerText()).resolves.toContain(first.title);
    await follow(linkTo(kinds.channels), kinds.channels, 'channels');
    expect(await linkTo(kinds.channel).count()).toBe(1);
  });

  it('goes from the sidebar to the insights', async () => {
    await follow(page.locator(`nav a[href="${site.base}${kinds.insights}"]`).first(), kinds.insights, 'insights');
    expect(await heading()).not.toBe('');
    // Insights link to the journeys where to act.
    expect(await page.locator(`main a[href^="${site.base}journeys/"]`).count()).toBeGreaterThan(0);
  });

  it('goes from the current journey to its comparison with the future one, which shows both', async () => {
    await page.goto(server.url + kinds.journey);
    await follow(linkTo(kinds.compare), kinds.compare, 'compare');
    const text = await page.locator('main').innerText();
    expect(text).toContain(journey.title);
    expect(text).toContain(future.title);
    expect(await page.locator('main svg[role="img"]').count()).toBeGreaterThan(0);
  });

  it('goes from the journey to its service blueprint', async () => {
    await page.goto(server.url + kinds.journey);
    await follow(linkTo(kinds.blueprint), kinds.blueprint, 'blueprint');
    const text = await page.locator('main').innerText();
    for (const touchpoint of journey.touchpoints) expect(text).toContain(touchpoint.title);
  });

  it('goes back home from the breadcrumbs', async () => {
    await follow(page.locator(`nav a[href="${site.base}"]`).first(), '', 'home');
  });
});
