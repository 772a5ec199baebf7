import type { APIRoute } from 'astro';
import { pageContext } from '../site/page-context.ts';
import { journeysIndexPages, journeysData } from '../site/listings.ts';
import { digest } from '../site/page-keys.ts';

/*
 * `/journeys.json`: every journey as the journeys index's filter reads it, fetched by the
 * reader's browser only when they filter an index of several pages (docs/views.md#long-listings).
 * Written as a dynamic route so that it has a cache key: the digest of its own text.
 */
export function getStaticPaths() {
  const context = pageContext();
  if (journeysIndexPages(context.handbook).length < 2) return [];
  const text = `${JSON.stringify(journeysData(context))}\n`;
  return [{ params: { data: 'journeys' }, props: { text }, cacheKey: digest(text) }];
}

export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
