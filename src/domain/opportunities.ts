import type { Journey, Touchpoint } from '../model/types.ts';
import { painScore } from './pain-ranking.ts';

export interface OpenOpportunity {
  journey: Journey;
  touchpoint: Touchpoint;
  /** painScore() of its touchpoint: within an owner, the most painful come first. */
  score: number;
  /** Future journeys that `compare` this one: a plan may already address it. */
  visions: Journey[];
}

export interface OwnerOpportunities {
  /** Touchpoint owner, else the journey's owner; undefined when neither is given. */
  owner: string | undefined;
  items: OpenOpportunity[];
}

/**
 * Open opportunities: every `opportunity` written on a touchpoint of a current journey
 * (a future journey describes what the organisation looks like once it has acted). Grouped
 * by who would act (the touchpoint's owner, falling back to the journey's owner); groups in
 * alphabetical order of the site's language with "no owner" last; inside a group, higher
 * pain score first, then handbook order of the journey, then touchpoint position.
 */
export function openOpportunitiesByOwner(journeys: readonly Journey[], locale: string): OwnerOpportunities[] {
  const groups = new Map<string | undefined, Array<OpenOpportunity & { order: number }>>();
  journeys.forEach((journey, order) => {
    if (journey.state !== 'current') return;
    const visions = journeys.filter((other) => other.state === 'future' && other.compares === journey.slug);
    for (const touchpoint of journey.touchpoints) {
      if (!touchpoint.opportunity?.trim()) continue;
      const owner = touchpoint.owner?.trim() || journey.owner?.trim() || undefined;
      groups.set(owner, [...(groups.get(owner) ?? []), { journey, touchpoint, score: painScore(touchpoint), visions, order }]);
    }
  });
  const collator = new Intl.Collator(locale);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : collator.compare(a, b)))
    .map(([owner, items]) => ({
      owner,
      items: items
        .sort((a, b) => b.score - a.score || a.order - b.order || a.touchpoint.index - b.touchpoint.index)
        .map(({ order: _order, ...item }) => item),
    }));
}
