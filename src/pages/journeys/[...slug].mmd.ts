/**
 * `/journeys/<slug>.mmd`: the journey as a Mermaid `journey` diagram
 * (docs/format.md#mermaid-diagram), to paste into a README or a wiki. `npm run import -- mermaid`
 * reads the same text back.
 */
import type { APIRoute } from 'astro';
import { pageContext } from '../../site/page-context.ts';
import { journeyExportKey } from '../../site/page-keys.ts';
import { writeMermaidJourney } from '../../export/mermaid-write.ts';

export function getStaticPaths() {
  const handbook = pageContext().handbook;
  return handbook.journeys.map((journey) => ({ params: { slug: journey.slug }, cacheKey: journeyExportKey(handbook, journey) }));
}

export const GET: APIRoute = ({ params }) => {
  const handbook = pageContext().handbook;
  const journey = handbook.journeyBySlug.get(params.slug!);
  if (!journey) return new Response('Not found\n', { status: 404 });
  const persona = handbook.personaBySlug.get(journey.personaSlug);
  return new Response(writeMermaidJourney(journey, persona?.name ?? journey.personaSlug), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
