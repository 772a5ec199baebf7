/**
 * Issue 3 (intranet hosting): the sample handbook built with `BASE_PATH=/handbook/
 * SITE_URL=https://intranet.example` keeps every link, anchor and asset under /handbook/, and
 * every one of them resolves to something that exists in dist/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './lib/browser.ts';
import { cssReferences, readPageFacts, type PageFacts } from './lib/html-references.ts';
import { pageUrl, resolveReference, type SiteLayout } from './lib/resolve-reference.ts';
import { sampleSite } from './lib/sample-site.ts';
import { expectEveryKindOfPage, filesUnder, htmlPages, type BuiltPage } from './lib/site-pages.ts';

describe('the sample handbook under /handbook/ on https://intranet.example', () => {
  let browser: Browser;
  let layout: SiteLayout;
  const pages: Array<BuiltPage & { facts: PageFacts }> = [];
  const idsByFile = new Map<string, Set<string>>();

  beforeAll(async () => {
    const site = await sampleSite();
    layout = { siteUrl: site.siteUrl, base: site.base, dist: site.dist };
    browser = await launchBrowser();
    const parser = await browser.newPage();
    for (const page of htmlPages(site.dist)) {
      const facts = await readPageFacts(parser, readFileSync(join(site.dist, page.file), 'utf8'));
      pages.push({ ...page, facts });
      idsByFile.set(page.file, new Set(facts.ids));
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has every kind of page of the output contract to check', () => {
    expectEveryKindOfPage(layout.dist, pages);
  });

  it('resolves every link and #anchor between pages to a page and an id that exist', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const page of pages) {
      for (const reference of page.facts.references.filter((item) => item.kind === 'link')) {
        const resolved = resolveReference(layout, reference.value, pageUrl(layout, page.path));
        if (resolved.type === 'external' || resolved.type === 'other-scheme') continue;
        checked++;
        if (resolved.type === 'broken') problems.push(`${page.file}: ${reference.where} "${reference.value}" ${resolved.reason}`);
        else if (resolved.type === 'internal' && resolved.fragment !== undefined) {
          const ids = idsByFile.get(resolved.file);
          if (resolved.fragment === '') problems.push(`${page.file}: ${reference.where} "${reference.value}" leads nowhere (empty #)`);
          else if (!ids) problems.push(`${page.file}: ${reference.where} "${reference.value}" has an anchor into ${resolved.file}, which is not a page`);
          else if (!ids.has(resolved.fragment)) problems.push(`${page.file}: ${reference.where} "${reference.value}": ${resolved.file} has no id="${resolved.fragment}"`);
        }
      }
    }
    expect([...new Set(problems)]).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 5);
  });

  it('loads every stylesheet, script, icon, image, font and CSS url() from a file under /handbook/', () => {
    const problems: string[] = [];
    const stylesheets = new Set<string>();
    for (const page of pages) {
      for (const reference of page.facts.references.filter((item) => item.kind === 'resource')) {
        const resolved = resolveReference(layout, reference.value, pageUrl(layout, page.path));
        if (resolved.type === 'internal' && resolved.file.endsWith('.css')) stylesheets.add(resolved.file);
        if (resolved.type === 'broken') problems.push(`${page.file}: ${reference.where} "${reference.value}" ${resolved.reason}`);
        else if (resolved.type !== 'internal' && resolved.type !== 'inline') problems.push(`${page.file}: ${reference.where} "${reference.value}" is not a file of this site`);
      }
    }
    expect(stylesheets.size).toBeGreaterThan(0);
    for (const file of stylesheets) {
      const from = pageUrl(layout, file);
      for (const value of cssReferences(readFileSync(join(layout.dist, file), 'utf8'))) {
        const resolved = resolveReference(layout, value, from);
        if (resolved.type === 'broken') problems.push(`${file}: url() "${value}" ${resolved.reason}`);
        else if (resolved.type !== 'internal' && resolved.type !== 'inline') problems.push(`${file}: url() "${value}" is not a file of this site`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('keeps every stylesheet in dist/ free of references outside /handbook/', () => {
    // Stylesheets no page links to yet (e.g. print-only) must obey the base path too.
    const problems: string[] = [];
    for (const file of filesUnder(layout.dist).filter((name) => name.endsWith('.css') && !name.startsWith('pagefind/'))) {
      for (const value of cssReferences(readFileSync(join(layout.dist, file), 'utf8'))) {
        const resolved = resolveReference(layout, value, pageUrl(layout, file));
        if (resolved.type !== 'internal' && resolved.type !== 'inline') problems.push(`${file}: url() "${value}"`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('gives share tags and canonical links absolute addresses on https://intranet.example/handbook/ that exist', () => {
    const problems: string[] = [];
    const expectedPrefix = `${layout.siteUrl}${layout.base}`;
    for (const page of pages) {
      const share = page.facts.references.filter((item) => item.kind === 'share');
      if (!share.some((item) => item.where.includes('og:image'))) problems.push(`${page.file}: no og:image`);
      for (const reference of share) {
        if (!reference.value.startsWith(expectedPrefix)) {
          problems.push(`${page.file}: ${reference.where} "${reference.value}" is not an absolute URL under ${expectedPrefix}`);
          continue;
        }
        const resolved = resolveReference(layout, reference.value, pageUrl(layout, page.path));
        if (resolved.type === 'broken') problems.push(`${page.file}: ${reference.where} "${reference.value}" ${resolved.reason}`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });
});
