import { layoutMultiCurve, shortLabel, DEFAULT_MULTI_CURVE_OPTIONS, type MultiCurveGeometry, type MultiCurveOptions, type SeriesInput } from './multi-curve.ts';

interface JourneyLike {
  slug: string;
  title: string;
  phases: ReadonlyArray<{ name: string }>;
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

/** The persona page's chart: each of the persona's journeys as one line over progress. */
export function overlayCurves(journeys: readonly JourneyLike[], options: Partial<MultiCurveOptions> = {}): MultiCurveGeometry {
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
