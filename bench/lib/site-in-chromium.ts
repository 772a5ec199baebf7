import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../e2e/lib/browser.ts';
import { serveStatic } from '../../e2e/lib/static-server.ts';

/**
 * Serves the built site in `dist` from loopback, starts headless Chromium, runs `use` with both
 * and closes them again, however `use` ended. `url` is the site's root, ending in "/".
 */
export async function withSiteInChromium<T>(dist: string, use: (browser: Browser, url: string) => Promise<T>): Promise<T> {
  const site = await serveStatic(dist, '/');
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser();
    return await use(browser, site.url);
  } finally {
    await browser?.close();
    await site.close();
  }
}
