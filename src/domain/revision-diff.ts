import type { MapChange, MapSnapshot } from '../model/types.ts';

export type { MapChange } from '../model/types.ts';
import { nameKey } from './name-key.ts';

type SnapshotTouchpoint = MapSnapshot['touchpoints'][number];

/**
 * What changed in a journey's map from one revision to the next (docs/format.md#history-and-changes-v2).
 * Touchpoints are the same step across revisions when they share a written id; else when their
 * titles match (ignoring case, accents and punctuation, as the compare page does); else, for two
 * touchpoints without a written id at the same default id (`t3`), when only the title changed.
 * Positional ids alone are not trusted because inserting a step renames all those after it.
 * Phases are the same when their ids are. A revision that could not be read says so; the one
 * after it is compared with the last readable one before, so nothing is reported twice.
 */
export function diffMaps(before: MapSnapshot | undefined, after: MapSnapshot): MapChange[] {
  if (after.unreadable !== undefined) return [{ kind: 'unreadable', reason: after.unreadable }];
  if (!before) return [{ kind: 'created', phases: after.phases.length, touchpoints: after.touchpoints.length }];
  const changes: MapChange[] = [];
  if (before.title && after.title && before.title !== after.title) changes.push({ kind: 'title-changed', from: before.title, to: after.title });

  const phaseName = (snapshot: MapSnapshot, id: string | undefined) => (id === undefined ? undefined : (snapshot.phases.find((phase) => phase.id === id)?.name ?? id));
  const phasesBefore = new Map(before.phases.map((phase) => [phase.id, phase]));
  const phasesAfter = new Map(after.phases.map((phase) => [phase.id, phase]));
  for (const phase of after.phases) {
    const old = phasesBefore.get(phase.id);
    if (!old) changes.push({ kind: 'phase-added', name: phase.name });
    else if (old.name !== phase.name) changes.push({ kind: 'phase-renamed', from: old.name, to: phase.name });
  }
  for (const phase of before.phases) if (!phasesAfter.has(phase.id)) changes.push({ kind: 'phase-removed', name: phase.name });

  const pairs = matchTouchpoints(before.touchpoints, after.touchpoints);
  const matchedBefore = new Set(pairs.map(([old]) => old));
  const matchedAfter = new Set(pairs.map(([, now]) => now));
  for (const touchpoint of before.touchpoints) {
    if (!matchedBefore.has(touchpoint)) changes.push({ kind: 'touchpoint-removed', title: touchpoint.title, phase: phaseName(before, touchpoint.phase) });
  }
  for (const touchpoint of after.touchpoints) {
    if (!matchedAfter.has(touchpoint)) changes.push({ kind: 'touchpoint-added', title: touchpoint.title, phase: phaseName(after, touchpoint.phase) });
  }
  // In the order of the newer map, so the list reads along the journey.
  const inOrder = [...pairs].sort((a, b) => after.touchpoints.indexOf(a[1]) - after.touchpoints.indexOf(b[1]));
  for (const [old, now] of inOrder) {
    if (old.title !== now.title) changes.push({ kind: 'touchpoint-retitled', from: old.title, to: now.title });
    if (old.phase !== now.phase) changes.push({ kind: 'touchpoint-moved', title: now.title, from: phaseName(before, old.phase), to: phaseName(after, now.phase) });
    if (old.emotion !== undefined && now.emotion !== undefined && old.emotion !== now.emotion) {
      changes.push({ kind: 'emotion-changed', title: now.title, from: old.emotion, to: now.emotion });
    }
  }
  return changes;
}

/** Pairs of the same step in two revisions, by written id, then title, then unchanged default id. */
function matchTouchpoints(before: readonly SnapshotTouchpoint[], after: readonly SnapshotTouchpoint[]): Array<[SnapshotTouchpoint, SnapshotTouchpoint]> {
  const pairs: Array<[SnapshotTouchpoint, SnapshotTouchpoint]> = [];
  const left = new Set(before);
  const right = new Set(after);
  const pair = (test: (old: SnapshotTouchpoint, now: SnapshotTouchpoint) => boolean) => {
    for (const now of [...right]) {
      const old = [...left].find((candidate) => test(candidate, now));
      if (!old) continue;
      pairs.push([old, now]);
      left.delete(old);
      right.delete(now);
    }
  };
  pair((old, now) => old.explicitId && now.explicitId && old.id === now.id);
  pair((old, now) => nameKey(old.title) === nameKey(now.title));
  pair((old, now) => !old.explicitId && !now.explicitId && old.id === now.id);
  return pairs;
}

/**
 * The map changes of each revision of one file, oldest first in, the same order out. An
 * unreadable revision is compared with nothing; the next readable one with the last readable.
 */
export function diffRevisions(snapshots: readonly MapSnapshot[]): MapChange[][] {
  let lastReadable: MapSnapshot | undefined;
  return snapshots.map((snapshot) => {
    const changes = diffMaps(lastReadable, snapshot);
    if (snapshot.unreadable === undefined) lastReadable = snapshot;
    return changes;
  });
}
