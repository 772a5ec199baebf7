/**
 * Issue 6 (valid output): every built page of the sample handbook passes html-validate's
 * recommended rules (exceptions in lib/html-validator.ts and docs/quality.md), and every page
 * has a title and a meta description of its own. Links and anchors: links.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './lib/browser.ts';
import { readPageFacts, type PageFacts } from './lib/html-references.ts';
import { validateHtml } from './lib/html-validator.ts';
import { sampleSite } from './lib/sample-site.ts';
import { largeSite } from './lib/large-site.ts';
import { expectEveryKindOfPage, htmlPages, type BuiltPage } from './lib/site-pages.ts';

describe('every page of the built sample handbook', () => {
  let browser: Browser;
  let dist: string;
  const pages: Array<BuiltPage & { html: string; facts: PageFacts }> = [];

  beforeAll(async () => {
    const site = await sampleSite();
    dist = site.dist;
    browser = await launchBrowser();
    const parser = await browser.newPage();
    for (const page of htmlPages(site.dist)) {
      const html = readFileSync(join(site.dist, page.file), 'utf8');
      pages.push({ ...page, html, facts: await readPageFacts(parser, html) });
    }
  });
  afterAll(async () => {
    await browser?.close();
    console.info(`html-validate: ${pages.length} pages of the sample handbook checked`);
  });

  it('passes html-validate with the recommended rules', async () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const problem of await validateHtml(page.html, page.file)) {
        problems.push(`${page.file}:${problem.line}:${problem.column}: ${problem.rule}: ${problem.message} (${problem.selector ?? 'document'})`);
      }
    }
    expect(problems).toEqual([]);
    expectEveryKindOfPage(dist, pages);
  });

  it('has a title and a meta description', () => {
    const missing = pages
      .filter((page) => !page.facts.title.trim() || !page.facts.description?.trim())
      .map((page) => `${page.file}: title "${page.facts.title}", description ${JSON.stringify(page.facts.description)}`);
    expect(missing).toEqual([]);
  });

  it('has a title no other page has', () => {
    expect(duplicates(pages.map((page) => [page.file, page.facts.title]))).toEqual([]);
  });

  it('has a meta description no other page has', () => {
    expect(duplicates(pages.map((page) => [page.file, page.facts.description ?? '']))).toEqual([]);
  });

  it('needs no emoji font: avatars, channel and interface icons are pictures, each emoji one published with the site', () => {
    // Issue 13: a machine without a colour-emoji font shows empty boxes for emoji characters.
    const pictographs = /\p{Extended_Pictographic}/u;
    const problems: string[] = [];
    let emojiPictures = 0;
    for (const page of pages) {
      const text = page.html.replace(/<(script|style|title)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');
      const found = [...new Set([...text].filter((char) => pictographs.test(char) && char.codePointAt(0)! > 0xff))];
      if (found.length > 0) problems.push(`${page.file}: ${found.join(' ')} written as text`);
      for (const tag of page.html.match(/<img\b[^>]*\bclass="[^"]*\bemoji\b[^>]*>/g) ?? []) {
        emojiPictures++;
        const src = /\bsrc="([^"]+)"/.exec(tag)?.[1] ?? '';
        const file = join(dist, decodeURIComponent(src.replace(/^\/handbook\//, '')));
        if (!existsSync(file)) problems.push(`${page.file}: ${src} is not in the site`);
      }
    }
    expect(problems).toEqual([]);
    expect(emojiPictures).toBeGreaterThan(0);
  });
});

describe('the pages of long listings (issue 18), in a handbook large enough to have them', () => {
  let browser: Browser;
  const pages: Array<BuiltPage & { html: string; facts: PageFacts }> = [];

  beforeAll(async () => {
    const site = await largeSite();
    browser = await launchBrowser();
    const parser = await browser.newPage();
    // Every page of every listing: those numbered (`…/2/`, `journeys/_2/`) and their first pages.
    const listing = /^(journeys\/|personas\/|research\/|review\/|changes\/|atlas\/|stages\/journeys\/|insights\/[a-z]+\/|channels\/[^/]+\/|tags\/[^/]+\/)(_?\d+\/)?index\.html$/;
    for (const page of htmlPages(site.dist).filter((page) => listing.test(page.file))) {
      const html = readFileSync(join(site.dist, page.file), 'utf8');
      pages.push({ ...page, html, facts: await readPageFacts(parser, html) });
    }
  }, 1_500_000);
  afterAll(async () => {
    await browser?.close();
    console.info(`html-validate: ${pages.length} pages of long listings checked`);
  });

  it('pass html-validate, each with a title and a meta description no other page has', async () => {
    expect(pages.filter((page) => /\/_?\d+\/index\.html$/.test(page.file)).length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const page of pages) {
      for (const problem of await validateHtml(page.html, page.file)) {
        problems.push(`${page.file}:${problem.line}:${problem.column}: ${problem.rule}: ${problem.message} (${problem.selector ?? 'document'})`);
      }
    }
    expect(problems).toEqual([]);
    expect(duplicates(pages.map((page) => [page.file, page.facts.title]))).toEqual([]);
    expect(duplicates(pages.map((page) => [page.file, page.facts.description ?? '']))).toEqual([]);
  });
});

/** "a.html, b.html share …" for every value held by more than one page. */
function duplicates(entries: Array<[file: string, value: string]>): string[] {
  const byValue = new Map<string, string[]>();
  for (const [file, value] of entries) byValue.set(value, [...(byValue.get(value) ?? []), file]);
  return [...byValue].filter(([, files]) => files.length > 1).map(([value, files]) => `${files.join(', ')} share "${value}"`);
}
