import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a browser downloads to show one page, before images and fonts. */
export interface PageWeight {
  page: string;
  htmlGzip: number;
  cssGzip: number;
  cssFiles: number;
  /** JavaScript besides search: inline scripts, scripts and their static imports, not /pagefind/. */
  jsGzip: number;
  jsRaw: number;
  jsFiles: number;
  inlineScripts: number;
}

const gzipSize = (text: string | Buffer) => gzipSync(text).length;

/**
 * Weighs `page` (a path below `dist`, e.g. `journeys/x/index.html`): the HTML, the stylesheets
 * it links, and the JavaScript it runs except the Pagefind library, all gzipped as a server
 * would send them. `base` is the site's base path, to map URLs back to files.
 */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  const pageUrl = new URL(`${base}${page.replace(/index\.html$/, '')}`, 'http://site.invalid');
  const fileOf = (href: string): string | undefined => {
    const url = new URL(href, pageUrl);
    if (url.origin !== pageUrl.origin || !url.pathname.startsWith(base)) return undefined;
    const path = join(dist, decodeURIComponent(url.pathname.slice(base.length)));
    return existsSync(path) && statSync(path).isFile() ? path : undefined;
  };

  const tags = (name: string) => [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map((match) => attributes(match[1] ?? ''));
  const stylesheets = unique(
    tags('link')
      .filter((attrs) => /(^|\s)stylesheet(\s|$)/i.test(attrs.rel ?? '') && attrs.href)
      .map((attrs) => fileOf(attrs.href!))
      .filter((path): path is string => path !== undefined),
  );

  const isSearch = (src: string) => /\/pagefind\//.test(src);
  const scriptSources = [
    ...tags('script').map((attrs) => attrs.src),
    ...tags('link').filter((attrs) => /modulepreload/i.test(attrs.rel ?? '')).map((attrs) => attrs.href),
  ].filter((src): src is string => src !== undefined && !isSearch(src));
  const jsFiles = new Set<string>();
  const queue = scriptSources.map(fileOf).filter((path): path is string => path !== undefined);
  // Follow static imports between chunks: they load with the page.
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (jsFiles.has(file)) continue;
    jsFiles.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      const specifier = match[1]!;
      if (isSearch(specifier)) continue;
      const target = new URL(specifier, new URL(`file://${file}`));
      if (existsSync(target.pathname)) queue.push(target.pathname);
    }
  }
  const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((match) => {
      const attrs = attributes(match[1] ?? '');
      return !attrs.src && !/json/i.test(attrs.type ?? '') && (match[2] ?? '').trim().length > 0;
    })
    .map((match) => match[2]!);

  const externalJs = [...jsFiles].map((file) => readFileSync(file));
  return {
    page,
    htmlGzip: gzipSize(html),
    cssGzip: stylesheets.reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0),
    cssFiles: stylesheets.length,
    jsGzip: [...externalJs, ...inline].reduce((sum, code) => sum + gzipSize(code), 0),
    jsRaw: [...externalJs, ...inline].reduce((sum, code) => sum + Buffer.byteLength(code), 0),
    jsFiles: jsFiles.size,
    inlineScripts: inline.length,
  };
}

/** The page whose HTML size is the median among `pages`: a typical page, not the smallest or largest. */
export function typicalPage(dist: string, pages: readonly string[]): string | undefined {
  const sized = pages.filter((page) => existsSync(join(dist, page))).map((page) => ({ page, size: statSync(join(dist, page)).size }));
  sized.sort((a, b) => a.size - b.size || a.page.localeCompare(b.page));
  return sized[Math.floor(sized.length / 2)]?.page;
}

function attributes(text: string): Record<string, string | undefined> {
  const found: Record<string, string | undefined> = {};
  for (const match of text.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    found[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return found;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
