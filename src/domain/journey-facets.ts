import type { ChannelInfo } from '../schema/channels.ts';
import type { Journey, Persona, Stage } from '../model/types.ts';
import { tagSlug } from './tag-slug.ts';
import { tagSlugsOf, type TagEntry } from './tag-index.ts';

/*
 * The journeys index filters (docs/views.md#the-journeys-index) run in the reader's browser over
 * a few short tokens per journey, so the page stays light at thousands of journeys: each journey
 * carries one attribute such as `p3 s0 s2 c1 c4 x0 o2 t7` (persona 3, stages 0 and 2, …), and each
 * option of a filter knows its token. What the options mean (names, labels) is written once, in
 * the filter's <select>, never per journey.
 */

export const FACET_NAMES = ['persona', 'stage', 'channel', 'state', 'owner', 'tag'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

/** The one-letter prefix of a facet's tokens. */
const PREFIX: Record<FacetName, string> = { persona: 'p', stage: 's', channel: 'c', state: 'x', owner: 'o', tag: 't' };

export interface FacetOption {
  /** What the address says (`?persona=maria-gomez`): a slug or id, readable and stable. */
  value: string;
  /** What the reader sees; for `state`, the state itself (the page translates it). */
  label: string;
  /** What journeys carry for this option: facet prefix + option index. */
  token: string;
  /** How many journeys have it. */
  count: number;
}

export interface Facet {
  name: FacetName;
  options: FacetOption[];
}

export interface JourneyFacets {
  /** Only facets with at least one option, in FACET_NAMES order. */
  facets: Facet[];
  /** The tokens of each journey, by slug, space-separated. */
  tokens: Map<string, string>;
}

interface FacetSources {
  personas: readonly Persona[];
  /** content/stages.yaml, when there is one. */
  stages: readonly Stage[] | undefined;
  channels: ReadonlyMap<string, ChannelInfo>;
  /** The handbook's tags (indexTags), in the order the filter lists them. */
  tags: readonly TagEntry[];
  locale: string;
}

/** The filters of the journeys index and every journey's tokens. */
export function journeyFacets(journeys: readonly Journey[], sources: FacetSources): JourneyFacets {
  const collator = new Intl.Collator(sources.locale);
  // What each journey has, per facet, as option values.
  const values = (journey: Journey): Record<FacetName, string[]> => ({
    persona: [journey.personaSlug],
    stage: [...new Set(journey.phases.flatMap((phase) => (phase.stage === undefined ? [] : [phase.stage])))],
    channel: [...new Set(journey.touchpoints.map((touchpoint) => touchpoint.channel))],
    state: [journey.state],
    owner: journey.owner?.trim() ? [tagSlug(journey.owner)] : [],
    tag: tagSlugsOf(journey),
  });
  const perJourney = journeys.map((journey) => ({ journey, values: values(journey) }));
  const counts = new Map<string, number>();
  for (const { values: has } of perJourney) {
    for (const name of FACET_NAMES) for (const value of has[name]) counts.set(`${name}\0${value}`, (counts.get(`${name}\0${value}`) ?? 0) + 1);
  }
  const inUse = (name: FacetName, value: string) => counts.has(`${name}\0${value}`);

  // Owners are free text: spellings that share a slug are one owner, shown as first written.
  const owners = new Map<string, string>();
  for (const journey of journeys) if (journey.owner?.trim() && !owners.has(tagSlug(journey.owner))) owners.set(tagSlug(journey.owner), journey.owner.trim());

  const candidates: Record<FacetName, Array<{ value: string; label: string }>> = {
    persona: sources.personas.map((persona) => ({ value: persona.slug, label: persona.name })),
    stage: (sources.stages ?? []).map((stage) => ({ value: stage.id, label: stage.name })),
    channel: [...sources.channels.values()].map((channel) => ({ value: channel.id, label: channel.label })),
    state: [{ value: 'current', label: 'current' }, { value: 'future', label: 'future' }],
    owner: [...owners].map(([value, label]) => ({ value, label })).sort((a, b) => collator.compare(a.label, b.label)),
    tag: sources.tags.map((tag) => ({ value: tag.slug, label: tag.name })),
  };
  const facets: Facet[] = [];
  const tokenOf = new Map<string, string>();
  for (const name of FACET_NAMES) {
    const options = candidates[name]
      .filter((option) => inUse(name, option.value))
      .map((option, index): FacetOption => ({ ...option, token: `${PREFIX[name]}${index}`, count: counts.get(`${name}\0${option.value}`)! }));
    for (const option of options) tokenOf.set(`${name}\0${option.value}`, option.token);
    if (options.length > 0) facets.push({ name, options });
  }
  // Within a facet, tokens are in option order: the attributes of thousands of journeys then
  // repeat the same runs ("s0 s1 s2"), which gzip shrinks by about a tenth.
  const optionIndex = (token: string) => Number(token.slice(1));
  const tokens = new Map(
    perJourney.map(({ journey, values: has }) => [
      journey.slug,
      FACET_NAMES.flatMap((name) =>
        has[name].flatMap((value) => tokenOf.get(`${name}\0${value}`) ?? []).sort((a, b) => optionIndex(a) - optionIndex(b)),
      ).join(' '),
    ]),
  );
  return { facets, tokens };
}
