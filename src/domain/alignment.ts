import type { Phase, Stage } from '../model/types.ts';
import { nameKey } from './name-key.ts';

/*
 * How phases of different journeys meet in the views across journeys (docs/views.md). Phase
 * names are free, so without stages two phases meet when their names share a nameKey(). With
 * content/stages.yaml, a phase that names a stage meets every other phase of that stage, whatever
 * either is called; a phase without one still meets by name.
 */

/** The key of a stage's row or band; a nameKey() never holds ":", so the two kinds cannot clash. */
export function stageKey(stageId: string): string {
  return `stage:${stageId}`;
}

/** The key under which a phase meets the phases of other journeys: its stage's, else its name's. */
export function alignmentKey(phase: Pick<Phase, 'name' | 'stage'>, stageById: ReadonlyMap<string, Stage>): string {
  return phase.stage !== undefined && stageById.has(phase.stage) ? stageKey(phase.stage) : nameKey(phase.name);
}

/**
 * The stage of each of a journey's touchpoints (its index in `stages`), in order, for drawing the
 * journey along the stage axis; undefined when it cannot be: a touchpoint's phase has no known
 * stage, or the journey goes back to an earlier stage (its line would run backwards).
 */
export function touchpointStages(
  journey: { phases: ReadonlyArray<{ stage?: string | undefined }>; touchpoints: ReadonlyArray<{ phaseIndex: number }> },
  stages: readonly Pick<Stage, 'id'>[],
): number[] | undefined {
  const position = new Map(stages.map((stage, index) => [stage.id, index]));
  const path: number[] = [];
  for (const touchpoint of journey.touchpoints) {
    const stage = journey.phases[touchpoint.phaseIndex]?.stage;
    const index = stage === undefined ? undefined : position.get(stage);
    if (index === undefined || index < (path.at(-1) ?? -1)) return undefined;
    path.push(index);
  }
  return path;
}
