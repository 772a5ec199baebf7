import type { Journey, Phase, Stage } from '../model/types.ts';
import { mean, round2 } from './emotion-stats.ts';
import { painScore } from './pain-ranking.ts';

/** One journey's phases in one stage. */
export interface StageJourney {
  journey: Journey;
  phases: Phase[];
  /** Mean emotion of its touchpoints there, two decimals; undefined without touchpoints. */
  mean: number | undefined;
  touchpointCount: number;
}

/** A stage across the handbook (the /stages/ page and the insights page). */
export interface StageSummary {
  stage: Stage;
  /** Every journey, current and future, with a phase in the stage, in handbook order. */
  journeys: StageJourney[];
  /** Over the current journeys only (visions are not what customers live): pooled mean emotion, two decimals. */
  mean: number | undefined;
  touchpointCount: number;
  /** Sum of painScore() (importance × negative emotion) of the current touchpoints in the stage. */
  painTotal: number;
  momentsOfPain: number;
}

export interface StageOverview {
  stages: StageSummary[];
  /** Journeys with phases that name no stage, with those phases, in handbook order. */
  unstaged: Array<{ journey: Journey; phases: Phase[] }>;
}

/** Every journey's phases under each stage, in the stages' file order, with the figures of each stage. */
export function stageOverview(journeys: readonly Journey[], stages: readonly Stage[]): StageOverview {
  const known = new Set(stages.map((stage) => stage.id));
  const summaries = stages.map((stage): StageSummary => {
    const entries: StageJourney[] = [];
    for (const journey of journeys) {
      const phases = journey.phases.filter((phase) => phase.stage === stage.id);
      if (phases.length === 0) continue;
      const emotions = phases.flatMap((phase) => phase.touchpoints.map((touchpoint) => touchpoint.emotion));
      entries.push({ journey, phases, mean: emotions.length > 0 ? round2(mean(emotions)) : undefined, touchpointCount: emotions.length });
    }
    const current = entries
      .filter((entry) => entry.journey.state === 'current')
      .flatMap((entry) => entry.phases.flatMap((phase) => phase.touchpoints));
    return {
      stage,
      journeys: entries,
      mean: current.length > 0 ? round2(mean(current.map((touchpoint) => touchpoint.emotion))) : undefined,
      touchpointCount: current.length,
      painTotal: current.reduce((sum, touchpoint) => sum + painScore(touchpoint), 0),
      momentsOfPain: current.filter((touchpoint) => touchpoint.moment === 'pain').length,
    };
  });
  const unstaged = journeys
    .map((journey) => ({ journey, phases: journey.phases.filter((phase) => phase.stage === undefined || !known.has(phase.stage)) }))
    .filter((entry) => entry.phases.length > 0);
  return { stages: summaries, unstaged };
}
