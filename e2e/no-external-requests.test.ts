/**
 * docs/format.md#every-page and issue 3: a handbook on a locked-down intranet asks no other host
 * for anything. Checked twice: in the built files (every resource a page references is a file of
 * the site) and in Chromium (every request the pages actually make, while searching and printing
 * too, goes to the local server).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './lib/browser.ts';
import { cssReferences, readPageFacts, type PageFacts } from './lib/html-references.ts';
import { pageUrl, resolveReference, type SiteLayout } from './lib/resolve-reference.ts';
import { sampleSite, type SampleSite } from './lib/sample-site.ts';
import { filesUnder, htmlPages, type BuiltPage } from './lib/site-pages.ts';
import { serveStatic, type StaticSite } from './lib/static-server.ts';

describe('a built handbook on a network with no other host', () => {
  let browser: Browser;
  let site: SampleSite;
  let layout: SiteLayout;
  let pages: BuiltPage[];
  const facts = new Map<string, PageFacts>();

  beforeAll(async () => {
    site = await sampleSite();
    layout = { siteUrl: site.siteUrl, base: site.base, dist: site.dist };
    pages = htmlPages(site.dist);
    browser = await launchBrowser();
    const parser = await browser.newPage();
    for (const page of pages) facts.set(page.file, await readPageFacts(parser, readFileSync(join(site.dist, page.file), 'utf8')));
    await parser.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('references no script, style, font, image or frame on another host in any page or stylesheet', () => {
    const problems: string[] = [];
    let resources = 0;
    for (const page of pages) {
      for (const reference of facts.get(page.file)!.references.filter((item) => item.kind === 'resource')) {
        resources++;
        const resolved = resolveReference(layout, reference.value, pageUrl(layout, page.path));
        if (resolved.type === 'external' || resolved.type === 'other-scheme') problems.push(`${page.file}: ${reference.where} "${reference.value}"`);
      }
    }
    for (const file of filesUnder(site.dist).filter((name) => name.endsWith('.css'))) {
      for (const value of cssReferences(readFileSync(join(site.dist, file), 'utf8'))) {
        const resolved = resolveReference(layout, value, pageUrl(layout, file));
        if (resolved.type === 'external' || resolved.type === 'other-scheme') problems.push(`${file}: url() "${value}"`);
      }
    }
    expect(problems).toEqual([]);
    expect(resources).toBeGreaterThan(pages.length * 3);
  });

  it('still lets content link to other sites (only what a page loads must stay home)', () => {
    // Guards the rule above against a parser that would miss <a href> altogether.
    const links = [...facts.values()].flatMap((page) => page.references.filter((item) => item.kind === 'link'));
    expect(links.length).toBeGreaterThan(pages.length * 5);
  });

  it('gives every page an og:image with an absolute URL on https://intranet.example', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const images = facts.get(page.file)!.references.filter((item) => item.where === '<meta property="og:image">');
      if (images.length !== 1) problems.push(`${page.file}: ${images.length} og:image tags`);
      for (const image of images) {
        if (!image.value.startsWith(`${site.siteUrl}${site.base}og/`)) problems.push(`${page.file}: og:image "${image.value}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  describe('in Chromium', () => {
    let server: StaticSite;
    beforeAll(async () => {
      server = await serveStatic(site.dist, site.base);
    });
    afterAll(async () => {
      await server?.close();
    });

    it('requests nothing from another host on any page, while searching, switching theme and printing', async () => {
      const local = new URL(server.url).origin;
      const outside: string[] = [];
      const failed: string[] = [];
      let requests = 0;
      const context = await browser.newContext();
      // Every request passes through here, including fonts, module imports, Pagefind's index and wasm.
      await context.route('**/*', async (route) => {
        requests++;
        const url = route.request().url();
        if (url.startsWith(`${local}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
        outside.push(`${route.request().frame().url()} → ${url}`);
        return route.abort('blockedbyclient');
      });
      // A local file that is missing is a broken page, not a leak, but worth failing on too.
      context.on('response', (response) => {
        if (response.status() >= 400 && response.request().resourceType() !== 'document') failed.push(`${response.url()}: HTTP ${response.status()}`);
      });
      const page = await context.newPage();
      page.on('websocket', (socket) => outside.push(`websocket ${socket.url()}`));
      for (const built of pages) {
        await page.goto(server.url + built.path, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
      }
      // Search loads Pagefind, its index, its wasm and fragments; print media may load other fonts.
      await page.goto(server.url);
      await page.getByRole('searchbox').fill('cuenta');
      await page.locator('[data-search] .results a').first().waitFor();
      await page.locator('[data-theme-toggle]').click();
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => document.fonts.ready);
      await context.close();
      expect(outside).toEqual([]);
      expect(failed).toEqual([]);
      expect(requests).toBeGreaterThan(pages.length);
    });
  });
});
