/**
 * Everything a built page points at, read with Chromium's own HTML parser (DOMParser), which
 * parses SVG, <template> and raw-text elements exactly as a reader's browser would.
 */
import type { Page } from 'playwright-core';

export type ReferenceKind =
  /** Somewhere a reader goes: <a href>, <area href>, SVG <a href>. */
  | 'link'
  /** Something the page loads: stylesheets, icons, scripts, images, fonts, frames, CSS url(). */
  | 'resource'
  /** Addresses for other sites and crawlers: canonical, og:url, og:image, twitter:image. */
  | 'share';

export interface Reference {
  kind: ReferenceKind;
  /** As written in the page. */
  value: string;
  /** Where it was found, for messages: `<img src>`, `<style> url()`, `<meta property="og:image">`. */
  where: string;
}

export interface PageFacts {
  references: Reference[];
  /** Every id in the document (including inside SVG), for anchors. */
  ids: string[];
  title: string;
  description: string | null;
}

/**
 * Runs in the browser: parses `html` (not the live page, so no script has run) and lists its
 * references and ids. Kept free of closures over Node code: Playwright sends its source text.
 */
function readPage(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const references: Array<{ kind: string; value: string; where: string }> = [];
  const add = (kind: string, value: string | null, where: string) => {
    if (value !== null) references.push({ kind, value: value.trim(), where });
  };
  const cssUrls = (css: string, where: string) => {
    for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)) add('resource', match[2] ?? '', `${where} url()`);
    for (const match of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) add('resource', match[2] ?? '', `${where} @import`);
  };
  const XLINK = 'http://www.w3.org/1999/xlink';
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    const tag = element.localName;
    const href = element.getAttribute('href') ?? element.getAttributeNS(XLINK, 'href');
    if (href !== null) {
      if (tag === 'a' || tag === 'area') add('link', href, `<${tag} href>`);
      else if (tag === 'link') {
        const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
        add(rel.includes('canonical') || rel.includes('alternate') ? 'share' : 'resource', href, `<link rel="${rel.join(' ')}" href>`);
      } else if (tag !== 'base') add('resource', href, `<${tag} href>`);
    }
    for (const attribute of ['src', 'poster', 'data-pagefind']) add('resource', element.getAttribute(attribute), `<${tag} ${attribute}>`);
    if (tag === 'object') add('resource', element.getAttribute('data'), '<object data>');
    for (const attribute of ['srcset', 'imagesrcset']) {
      const set = element.getAttribute(attribute);
      if (set) for (const candidate of set.split(',')) add('resource', candidate.trim().split(/\s+/)[0] ?? '', `<${tag} ${attribute}>`);
    }
    const style = element.getAttribute('style');
    if (style) cssUrls(style, `<${tag} style>`);
    if (tag === 'style') cssUrls(element.textContent ?? '', '<style>');
    if (tag === 'meta') {
      const name = element.getAttribute('property') ?? element.getAttribute('name') ?? '';
      if (['og:image', 'og:url', 'twitter:image', 'og:image:url', 'og:image:secure_url'].includes(name)) {
        add('share', element.getAttribute('content'), `<meta ${element.hasAttribute('property') ? 'property' : 'name'}="${name}">`);
      }
    }
  }
  // Modules imported by inline scripts load like any script.
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    for (const match of (script.textContent ?? '').matchAll(/(?:\bimport\s*\(?|\bfrom)\s*(['"`])([^'"`]+)\1/g)) {
      add('resource', match[2] ?? '', '<script> import');
    }
  }
  return {
    references,
    ids: Array.from(doc.querySelectorAll('[id]')).map((element) => element.id),
    title: doc.title,
    description: doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? null,
  };
}

/** Parses one page's HTML in Chromium (any page of a launched browser will do; it is not navigated). */
export async function readPageFacts(page: Page, html: string): Promise<PageFacts> {
  return (await page.evaluate(readPage, html)) as PageFacts;
}

/** `url(...)` and `@import` targets of a stylesheet. */
export function cssReferences(css: string): string[] {
  const found: string[] = [];
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)) found.push((match[2] ?? '').trim());
  for (const match of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) found.push(match[2] ?? '');
  return found;
}
