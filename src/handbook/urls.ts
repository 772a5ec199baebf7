/**
 * Every URL of the output contract (docs/format.md#pages-and-files), under the site's base path.
 * Pages and components build links only through here, so a handbook under `/handbook/` just works.
 */
export function siteUrls(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const at = (path: string) => `${root}${path.replace(/^\//, '')}`;
  const segment = (slug: string) => slug.split('/').map(encodeURIComponent).join('/');
  return {
    at,
    home: () => root,
    journeys: () => at('journeys/'),
    journey: (slug: string) => at(`journeys/${segment(slug)}/`),
    touchpoint: (slug: string, touchpointId: string) => at(`journeys/${segment(slug)}/#tp-${touchpointId}`),
    journeyJson: (slug: string) => at(`journeys/${segment(slug)}.json`),
    journeyMermaid: (slug: string) => at(`journeys/${segment(slug)}.mmd`),
    blueprint: (slug: string) => at(`journeys/${segment(slug)}/blueprint/`),
    compare: (futureSlug: string) => at(`compare/${segment(futureSlug)}/`),
    personas: () => at('personas/'),
    persona: (slug: string) => at(`personas/${segment(slug)}/`),
    channels: () => at('channels/'),
    channel: (id: string) => at(`channels/${encodeURIComponent(id)}/`),
    insights: () => at('insights/'),
    touchpointsCsv: () => at('touchpoints.csv'),
    shareImage: (kind: 'journeys' | 'personas' | 'home', slug?: string) =>
      kind === 'home' ? at('og/home.png') : at(`og/${kind}/${segment(slug ?? '')}.png`),
    pagefind: () => at('pagefind/'),
  };
}

export type SiteUrls = ReturnType<typeof siteUrls>;

/** An absolute URL for share tags, when the site URL is known. */
export function absoluteUrl(site: string | undefined, path: string): string {
  return site ? `${new URL(site).origin}${path}` : path;
}
