import type { Stage } from '../model/types.ts';
import { touchpointStages } from '../domain/alignment.ts';
import { layoutMultiCurve, shortLabel, DEFAULT_MULTI_CURVE_OPTIONS, type BandInput, type MultiCurveGeometry, type MultiCurveOptions, type SeriesInput } from './multi-curve.ts';

interface JourneyLike {
  slug: string;
  title: string;
  phases: ReadonlyArray<{ name: string; stage?: string | undefined }>;
  touchpoints: ReadonlyArray<{ id: string; title: string; emotion: number; phaseIndex: number }>;
}

/**
 * Where a touchpoint falls along its journey, 0…1: the first at 0, the last at 1, evenly in
 * between (index ÷ (count − 1)); a lone touchpoint sits in the middle. Journeys of different
 * lengths and phases thus share one axis, "progress through the journey".
 */
export function progress(index: number, count: number): number {
  return count <= 1 ? 0.5 : index / (count - 1);
}

/**
 * The persona page's chart: each of the persona's journeys as one line. With `stages`, when
 * every journey can be drawn along them (src/domain/alignment.ts, touchpointStages), the axis is
 * the stages the journeys reach, in order, each a band as wide as the most touchpoints one
 * journey has in it (at least one), and each journey's touchpoints are spread evenly inside the
 * band of their stage: the lines cross each stage together. Otherwise the axis is progress.
 */
export function overlayCurves(journeys: readonly JourneyLike[], options: Partial<MultiCurveOptions> = {}, stages: readonly Stage[] = []): MultiCurveGeometry {
  const byStage = stages.length > 0 ? journeys.map((journey) => touchpointStages(journey, stages)) : [];
  if (byStage.length > 0 && byStage.every((path) => path !== undefined)) return stageCurves(journeys, byStage as number[][], stages, options);
  const series: SeriesInput[] = journeys.map((journey) => ({
    key: journey.slug,
    label: journey.title,
    endLabel: shortLabel(journey.title),
    points: journey.touchpoints.map((touchpoint, index) => ({
      id: touchpoint.id,
      title: touchpoint.title,
      emotion: touchpoint.emotion,
      position: progress(index, journey.touchpoints.length),
      group: journey.phases[touchpoint.phaseIndex]?.name,
    })),
  }));
  return layoutMultiCurve(series, [], { ...DEFAULT_MULTI_CURVE_OPTIONS, ...options });
}

function stageCurves(journeys: readonly JourneyLike[], paths: readonly number[][], stages: readonly Stage[], options: Partial<MultiCurveOptions>): MultiCurveGeometry {
  const slots = new Map<number, number>();
  for (const path of paths) {
    const counts = new Map<number, number>();
    for (const stage of path) counts.set(stage, (counts.get(stage) ?? 0) + 1);
    for (const [stage, count] of counts) slots.set(stage, Math.max(slots.get(stage) ?? 1, count));
  }
  const used = [...slots.keys()].sort((a, b) => a - b);
  const total = used.reduce((sum, stage) => sum + slots.get(stage)!, 0);
  const bandOf = new Map<number, BandInput>();
  let cursor = 0;
  for (const stage of used) {
    const span = slots.get(stage)! / total;
    bandOf.set(stage, { name: stages[stage]!.name, start: cursor, end: cursor + span });
    cursor += span;
  }
  const series: SeriesInput[] = journeys.map((journey, index) => {
    const path = paths[index]!;
    return {
      key: journey.slug,
      label: journey.title,
      endLabel: shortLabel(journey.title),
      points: journey.touchpoints.map((touchpoint, position) => {
        const band = bandOf.get(path[position]!)!;
        const inBand = path.filter((stage) => stage === path[position]).length;
        const rank = path.slice(0, position).filter((stage) => stage === path[position]).length;
        return {
          id: touchpoint.id,
          title: touchpoint.title,
          emotion: touchpoint.emotion,
          position: band.start + ((rank + 0.5) / inBand) * (band.end - band.start),
          group: journey.phases[touchpoint.phaseIndex]?.name,
        };
      }),
    };
  });
  return layoutMultiCurve(series, used.map((stage) => bandOf.get(stage)!), { ...DEFAULT_MULTI_CURVE_OPTIONS, ...options });
}
