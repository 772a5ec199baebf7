/**
 * Issue 12, finding 8: one author must not break pages everyone shares. Every text field holds
 * one unbroken word as long as validation lets that field be (3,000 characters where the limit
 * allows it), and each narrative a 3,000-character word; every page of the build must still fit
 * the window, on a desktop and on a phone: long words wrap (overflow-wrap: anywhere), nothing
 * pushes the page sideways.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../test/build/harness.ts';
import { check } from '../test/helpers/content-sources.ts';
import { handbookFiles, type HandbookSpec } from '../test/property/handbook-arbitrary.ts';
import { DEFAULT_LENGTH_LIMIT, LENGTH_LIMITS } from '../src/validate/field-text.ts';
import { launchBrowser } from './lib/browser.ts';
import { hostileHandbook } from './lib/hostile-handbook.ts';
import { htmlPages } from './lib/site-pages.ts';
import { serveStatic, type StaticSite } from './lib/static-server.ts';

const MARK = 'PALABRALARGA';
const LONGEST = 3_000;

/** The handbook of hostile-handbook.ts with each payload replaced by the longest word its field may hold. */
function longWordHandbook(): HandbookSpec {
  const spec = hostileHandbook([MARK]);
  const lengthen = (value: unknown, field: string): unknown => {
    if (typeof value === 'string') {
      if (!value.startsWith(MARK)) return value;
      const limit = (LENGTH_LIMITS[field] ?? DEFAULT_LENGTH_LIMIT).error;
      return 'W'.repeat(Math.min(LONGEST, limit - 20));
    }
    if (Array.isArray(value)) return value.map((item) => lengthen(item, field));
    if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, lengthen(item, key)]));
    return value;
  };
  const word = 'Q'.repeat(LONGEST);
  return {
    personas: spec.personas.map((persona) => ({ ...persona, data: lengthen(persona.data, '') as typeof persona.data, body: `\n${word}\n` })),
    journeys: spec.journeys.map((journey) => ({ ...journey, data: lengthen(journey.data, '') as typeof journey.data, body: `\n${word}\n\n<Callout type="note">${word}</Callout>\n` , format: 'mdx' })),
    channels: Object.fromEntries(Object.entries(spec.channels ?? {}).map(([id, channel]) => [id, lengthen(channel, '') as typeof channel])),
  };
}

describe('unbroken long words in every field', () => {
  const files = handbookFiles(longWordHandbook());
  let fixture: Fixture;
  let site: StaticSite;
  let browser: Browser;
  let build: { code: number; stderr: string };

  beforeAll(async () => {
    fixture = createFixture('long-words', { files, site: 'https://intranet.example' });
    build = await fixture.run('cli/build.ts');
    site = await serveStatic(fixture.dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    fixture?.remove();
  });

  it('pass validation (with warnings) and build', () => {
    expect(check(files).errors).toEqual([]);
    expect(build.code, build.stderr).toBe(0);
  });

  it.each([
    ['a desktop', 1280, 800],
    ['a phone', 375, 740],
  ])('leave every page as wide as the window on %s', async (_name, width, height) => {
    const page = await browser.newPage({ viewport: { width, height } });
    const tooWide: string[] = [];
    for (const built of htmlPages(fixture.dist)) {
      if (built.path.endsWith('/present/') || built.path.endsWith('/embed/')) continue;
      await page.goto(`${site.url}${built.path}`, { waitUntil: 'load' });
      const found = await page.evaluate(() => {
        const scrollWidth = document.documentElement.scrollWidth;
        if (scrollWidth <= window.innerWidth) return undefined;
        // Name the elements that stick out, outermost first, to say where the fix belongs.
        const sticking = Array.from(document.body.querySelectorAll('*')).filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1);
        return `${scrollWidth} px, from ${sticking.slice(0, 8).map((element) => `<${element.localName} class="${element.getAttribute('class') ?? ''}">`).join(' ')}`;
      });
      if (found) tooWide.push(`${built.path}: ${found}`);
    }
    await page.close();
    expect(tooWide).toEqual([]);
  });
});
