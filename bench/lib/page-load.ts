import type { Browser } from 'playwright-core';
import { withSiteInChromium } from './site-in-chromium.ts';

/** How long a page takes to load on a phone, as issue 18 measures it. */
export interface PageLoad {
  page: string;
  /** From navigation start to the end of the load event, median of the loads. */
  loadMs: number;
  /** Elements in the document once loaded: what the browser lays out and styles. */
  elements: number;
}

/** A phone (390 × 844 CSS pixels, like an iPhone 12–15) whose CPU is four times slower than this machine's. */
export const PHONE_PROFILE = { width: 390, height: 844, deviceScaleFactor: 3, cpuSlowdown: 4 } as const;

/**
 * Loads each page (paths below `dist`) in headless Chromium with the phone profile, `repeat`
 * times, each in a fresh browser context (nothing cached), served from loopback so the network
 * adds nothing: what is left is parsing, styling, layout and scripts.
 */
export function loadTimes(dist: string, pages: readonly string[], { repeat = 3 } = {}): Promise<PageLoad[]> {
  return withSiteInChromium(dist, async (browser, url) => {
    const results: PageLoad[] = [];
    for (const page of pages) {
      const runs: Array<{ loadMs: number; elements: number }> = [];
      for (let round = 0; round < repeat; round++) runs.push(await loadOnce(browser, `${url}${page.replace(/index\.html$/, '')}`));
      runs.sort((a, b) => a.loadMs - b.loadMs);
      const median = runs[Math.floor((runs.length - 1) / 2)]!;
      results.push({ page, ...median });
    }
    return results;
  });
}

async function loadOnce(browser: Browser, url: string): Promise<{ loadMs: number; elements: number }> {
  const context = await browser.newContext({
    viewport: { width: PHONE_PROFILE.width, height: PHONE_PROFILE.height },
    deviceScaleFactor: PHONE_PROFILE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });
    await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
    return await tab.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { loadMs: navigation.loadEventEnd - navigation.startTime, elements: document.getElementsByTagName('*').length };
    });
  } finally {
    await context.close();
  }
}
