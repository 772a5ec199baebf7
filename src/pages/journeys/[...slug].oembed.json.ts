import type { APIRoute } from 'astro';
import { oembedJson } from '../../export/oembed.ts';
import { pageContext } from '../../site/page-context.ts';
import { journeyStandaloneKey } from '../../site/page-keys.ts';
import { absoluteUrl } from '../../site/urls.ts';

/*
 * `/journeys/<slug>.oembed.json` (docs/format.md#pages-and-files): the journey's embed for tools
 * that unfurl addresses with oEmbed. oEmbed consumers resolve no relative address, so without a
 * site URL (`site` in astro.config.mjs, or SITE_URL) there is nothing correct to publish: no
 * file is written and journey pages announce none (docs/deployment.md#embedding-journeys).
 */
export function getStaticPaths() {
  const { handbook, settings } = pageContext();
  if (!settings.site) return [];
  return handbook.journeys.map((journey) => ({ params: { slug: journey.slug }, cacheKey: journeyStandaloneKey(handbook, journey) }));
}

export const GET: APIRoute = ({ params }) => {
  const { handbook, settings, t, urls } = pageContext();
  const journey = handbook.journeyBySlug.get(params.slug!)!;
  const absolute = (path: string) => absoluteUrl(settings.site, path);
  const body = oembedJson({
    title: journey.title,
    embedUrl: absolute(urls.embed(journey.slug)),
    frameTitle: t('embed.frameTitle', { title: journey.title }),
    providerName: settings.title,
    providerUrl: absolute(urls.home()),
    authorName: journey.owner,
    thumbnailUrl: absolute(urls.shareImage('journeys', journey.slug)),
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
