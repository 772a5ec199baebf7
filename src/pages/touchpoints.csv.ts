import type { APIRoute } from 'astro';
import { pageContext } from '../site/page-context.ts';
import { absoluteUrl } from '../site/urls.ts';
import { touchpointsCsv } from '../export/touchpoints-csv.ts';

/** `/touchpoints.csv`: every touchpoint of every journey (see src/export/touchpoints-csv.ts). */
export const GET: APIRoute = () => {
  const handbook = pageContext().handbook;
  const { urls } = pageContext();
  const text = touchpointsCsv(handbook, {
    touchpointUrl: (slug, id) => absoluteUrl(handbook.settings.site, urls.touchpoint(slug, id)),
  });
  return new Response(text, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
