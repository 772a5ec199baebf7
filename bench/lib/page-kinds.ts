import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The heaviest HTML page of each kind of the output contract (docs/format.md#pages-and-files),
 * for issue 18's target: every page ≤ 100 KB gzipped however large the handbook. A page's kind
 * is read from its address; a listing's later pages (`/channels/web/2/`) count as its kind.
 */
export interface HeaviestPage {
  kind: string;
  /** Path below dist/ ("channels/web/index.html"). */
  page: string;
  /** How many pages of this kind the build has. */
  pages: number;
  htmlRaw: number;
  htmlGzip: number;
}

/** What a built page is, from its path below dist/ (forward slashes, not encoded). */
export function pageKindOf(file: string): string {
  if (file === 'index.html') return 'home';
  if (file === '404.html') return 'not found';
  const parts = file.split('/').slice(0, -1);
  const [section, ...rest] = parts;
  // A listing's later pages: `review/2/`, or `journeys/_2/` under a namespace of slugs.
  const isListingPage = (segments: string[]) => segments.length === 0 || (segments.length === 1 && /^_?\d+$/.test(segments[0]!));
  switch (section) {
    case 'journeys': {
      if (isListingPage(rest)) return 'journeys index';
      const last = rest.at(-1)!;
      return rest.length > 1 && ['blueprint', 'history', 'present', 'embed'].includes(last) ? `journey ${last}` : 'journey';
    }
    case 'personas':
      return isListingPage(rest) ? 'personas index' : 'persona';
    case 'channels':
      return rest.length === 0 ? 'channels index' : 'channel';
    case 'tags':
      return rest.length === 0 ? 'tags index' : 'tag';
    case 'research':
      return rest.length === 0 ? 'research index' : 'research source';
    case 'tracks':
      return rest.length === 0 ? 'tracks index' : 'track';
    case 'insights':
      return rest.length === 0 ? 'insights' : `insights: ${rest[0]}`;
    case 'stages':
      return rest[0] === 'journeys' ? 'stages: journeys' : 'stages';
    case 'review':
    case 'changes':
    case 'compare':
      return section;
    default:
      return section ?? 'other';
  }
}

/**
 * Weighs every HTML page of `dist` by kind and returns the heaviest of each kind, gzipped as a
 * server sends it, heaviest kind first. Only the largest few pages of each kind by raw size are
 * gzipped, so a site of 50,000 pages is weighed in seconds.
 */
export function heaviestPages(dist: string, { candidates = 3 } = {}): HeaviestPage[] {
  const byKind = new Map<string, { pages: number; largest: Array<{ page: string; size: number }> }>();
  for (const page of htmlFiles(dist)) {
    const kind = pageKindOf(page);
    const size = statSync(join(dist, page)).size;
    const entry = byKind.get(kind) ?? { pages: 0, largest: [] };
    entry.pages++;
    entry.largest.push({ page, size });
    entry.largest.sort((a, b) => b.size - a.size);
    entry.largest.length = Math.min(entry.largest.length, candidates);
    byKind.set(kind, entry);
  }
  const result: HeaviestPage[] = [];
  for (const [kind, { pages, largest }] of byKind) {
    const weighed = largest.map(({ page, size }) => ({ page, htmlRaw: size, htmlGzip: gzipSync(readFileSync(join(dist, page))).length }));
    weighed.sort((a, b) => b.htmlGzip - a.htmlGzip);
    result.push({ kind, pages, ...weighed[0]! });
  }
  return result.sort((a, b) => b.htmlGzip - a.htmlGzip || a.kind.localeCompare(b.kind));
}

function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1).split('\\').join('/'))
    .filter((page) => !page.startsWith('pagefind/') && !page.startsWith('_astro/'));
}
