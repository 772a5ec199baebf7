import type { APIRoute } from 'astro';
import { pageContext } from '../../site/page-context.ts';
import { journeyExportKey } from '../../site/page-keys.ts';
import { journeyToJson } from '../../export/journey-json.ts';

export function getStaticPaths() {
  const handbook = pageContext().handbook;
  return handbook.journeys.map((journey) => ({ params: { slug: journey.slug }, cacheKey: journeyExportKey(handbook, journey) }));
}

export const GET: APIRoute = ({ params }) => {
  const handbook = pageContext().handbook;
  const journey = handbook.journeyBySlug.get(params.slug!)!;
  return new Response(`${JSON.stringify(journeyToJson(journey, handbook), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
