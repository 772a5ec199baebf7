/**
 * `/journeys/<slug>.mmd`: the journey as a Mermaid `journey` diagram
 * (docs/format.md#mermaid-diagram), to paste into a README or a wiki. `npm run import -- mermaid`
 * reads the same text back.
 */
import type { APIRoute } from 'astro';
import { getHandbook } from '../../handbook/current.ts';
import { journeyExportKey } from '../../handbook/page-keys.ts';
import { writeMermaidJourney } from '../../export/mermaid-write.ts';

export function getStaticPaths() {
  const handbook = getHandbook();
  return handbook.journeys.map((journey) => ({ params: { slug: journey.slug }, cacheKey: journeyExportKey(handbook, journey) }));
}

export const GET: APIRoute = ({ params }) => {
  const handbook = getHandbook();
  const journey = handbook.journeyBySlug.get(params.slug!);
  if (!journey) return new Response('Not found\n', { status: 404 });
  const persona = handbook.personaBySlug.get(journey.personaSlug);
  return new Response(writeMermaidJourney(journey, persona?.name ?? journey.personaSlug), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
