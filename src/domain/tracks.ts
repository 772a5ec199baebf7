import type { TrackStepData } from '../schema/track.ts';
import type { Track, TrackStep, TrackTarget } from '../model/types.ts';

/**
 * A track step's target in the model, from a step that passed validation (exactly one of
 * `journey`, `persona`, `research` or `page`). `researchTitle` names a research source by its id.
 */
export function trackTarget(step: TrackStepData, researchTitle: (id: string) => string): TrackTarget {
  if (step.journey !== undefined) return { kind: 'journey', slug: step.journey };
  if (step.persona !== undefined) return { kind: 'persona', slug: step.persona };
  if (step.research !== undefined) return { kind: 'research', id: step.research, title: researchTitle(step.research) };
  if (step.page !== undefined) return { kind: 'page', page: step.page };
  throw new Error('a track step that passed validation names no journey, persona, research source or page');
}

/** A page a track may lead to, as a page names itself: a target without what the track shows of it. */
export type TrackPlace =
  | { kind: 'journey'; slug: string }
  | { kind: 'persona'; slug: string }
  | { kind: 'research'; id: string }
  | Extract<TrackTarget, { kind: 'page' }>;

/**
 * One name for a page across the handbook, whichever track names it: "journey:banca/alta-online",
 * "page:home". A page finds its place in every track by this key; a reader's progress is stored
 * by it too, so reordering a track's steps keeps what the reader has ticked off.
 */
export function stepKey(target: TrackPlace): string {
  switch (target.kind) {
    case 'journey':
    case 'persona':
      return `${target.kind}:${target.slug}`;
    case 'research':
      return `research:${target.id}`;
    case 'page':
      return `page:${target.page}`;
  }
}

/** Where a page stands in one track: "step 3 of 5", with the steps around it. */
export interface TrackPosition {
  track: Track;
  step: TrackStep;
  /** How many steps the track has. */
  count: number;
  previous: TrackStep | undefined;
  next: TrackStep | undefined;
}

/**
 * Every page's place in every track it belongs to, keyed by stepKey(), the tracks in the order
 * given. Validation makes a page at most one step of a track, so a page has one position per track.
 */
export function trackPositions(tracks: readonly Track[]): Map<string, TrackPosition[]> {
  const positions = new Map<string, TrackPosition[]>();
  for (const track of tracks) {
    track.steps.forEach((step, index) => {
      const position: TrackPosition = { track, step, count: track.steps.length, previous: track.steps[index - 1], next: track.steps[index + 1] };
      const list = positions.get(step.key);
      if (list) list.push(position);
      else positions.set(step.key, [position]);
    });
  }
  return positions;
}
