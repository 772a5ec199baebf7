/**
 * Names the output contract gives to the pages under every journey's address,
 * `/journeys/<slug>/<name>/`. A journey file with one of these names inside a folder that is
 * itself a journey would take that page's address, so validation refuses it; the routes under
 * `src/pages/journeys/[...slug]/` are exactly these (a unit test checks both ways).
 */
export const JOURNEY_SUB_PAGES = ['blueprint', 'history', 'present', 'embed'] as const;

export type JourneySubPage = (typeof JOURNEY_SUB_PAGES)[number];

export function isJourneySubPage(name: string): name is JourneySubPage {
  return (JOURNEY_SUB_PAGES as readonly string[]).includes(name);
}
