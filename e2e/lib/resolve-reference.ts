/**
 * Where a reference in a built page leads, the way the deployed site would resolve it: a page
 * at `<site><base><path>` on the intranet host, files served from dist/ under the base path.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteLayout {
  /** The deployed site URL ("https://intranet.example"). */
  siteUrl: string;
  /** The base path ("/handbook/"). */
  base: string;
  dist: string;
}

export type Resolution =
  /** Another host: fine for a link in content, never for something the page loads. */
  | { type: 'external'; url: URL }
  /** mailto:, tel: and the like: nothing to resolve. */
  | { type: 'other-scheme'; url: URL }
  /** Inline data (data: URIs). */
  | { type: 'inline' }
  /** A file of dist/ (`file`, relative to dist/), and the fragment it names, if any. */
  | { type: 'internal'; file: string; fragment: string | undefined }
  | { type: 'broken'; reason: string };

/** The absolute URL of a page, given its path below the base ("journeys/x/"). */
export function pageUrl(layout: SiteLayout, path: string): URL {
  return new URL(`${layout.base}${path}`, layout.siteUrl);
}

export function resolveReference(layout: SiteLayout, value: string, from: URL): Resolution {
  if (value === '') return { type: 'broken', reason: 'is empty' };
  let url: URL;
  try {
    url = new URL(value, from);
  } catch {
    return { type: 'broken', reason: 'is not a valid URL' };
  }
  if (url.protocol === 'data:') return { type: 'inline' };
  if (url.protocol === 'javascript:') return { type: 'broken', reason: 'is a javascript: URL' };
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { type: 'other-scheme', url };
  if (url.origin !== new URL(layout.siteUrl).origin) return { type: 'external', url };
  if (!url.pathname.startsWith(layout.base)) return { type: 'broken', reason: `leads outside ${layout.base} (to ${url.pathname})` };
  let below: string;
  try {
    below = decodeURIComponent(url.pathname.slice(layout.base.length));
  } catch {
    return { type: 'broken', reason: 'has a malformed %-escape' };
  }
  const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : value.endsWith('#') ? '' : undefined;
  if (below === '' || below.endsWith('/')) {
    const file = `${below}index.html`;
    return existsSync(join(layout.dist, file)) ? { type: 'internal', file, fragment } : { type: 'broken', reason: `has no page (no ${file} in dist/)` };
  }
  const path = join(layout.dist, below);
  if (!existsSync(path)) return { type: 'broken', reason: `has no file (no ${below} in dist/)` };
  if (statSync(path).isDirectory()) {
    // A web server would answer with a redirect to the slash form, or a listing: write the slash.
    return { type: 'broken', reason: 'names a folder without its trailing slash' };
  }
  return { type: 'internal', file: below, fragment };
}
