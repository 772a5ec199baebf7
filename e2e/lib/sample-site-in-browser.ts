import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { sampleSite, type SampleSite } from './sample-site.ts';
import { pageKinds, type PageKinds } from './site-pages.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

export interface SampleSiteInBrowser {
  site: SampleSite;
  server: StaticSite;
  browser: Browser;
  kinds: PageKinds;
}

/**
 * For a browser spec: the shared sample build served on loopback under its base path, and a
 * Chromium to visit it, set up before the spec's tests and closed after them. Read the
 * returned getter inside tests (it is filled in by the spec's beforeAll).
 */
export function useSampleSiteInBrowser(): () => SampleSiteInBrowser {
  let context: SampleSiteInBrowser | undefined;
  let server: StaticSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const site = await sampleSite();
    const kinds = pageKinds(site.dist);
    server = await serveStatic(site.dist, site.base);
    browser = await launchBrowser();
    context = { site, server, browser, kinds };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return () => {
    if (!context) throw new Error('the sample site is not ready: call useSampleSiteInBrowser() inside describe()');
    return context;
  };
}
