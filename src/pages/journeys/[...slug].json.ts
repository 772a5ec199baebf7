import type { APIRoute } from 'astro';
import { getHandbook } from '../../handbook/current.ts';
import { journeyToJson } from '../../export/journey-json.ts';

export function getStaticPaths() {
  return getHandbook().journeys.map((journey) => ({ params: { slug: journey.slug } }));
}

export const GET: APIRoute = ({ params }) => {
  const handbook = getHandbook();
  const journey = handbook.journeyBySlug.get(params.slug!)!;
  return new Response(`${JSON.stringify(journeyToJson(journey, handbook), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
