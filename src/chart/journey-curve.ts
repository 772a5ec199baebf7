import { DEFAULT_CURVE_OPTIONS, layoutCurve, phaseSlots, type CurveGeometry, type CurveOptions } from './emotion-curve.ts';

interface JourneyLike {
  phases: ReadonlyArray<{ id: string; name: string }>;
  touchpoints: ReadonlyArray<{ id: string; title: string; emotion: number; phaseIndex: number; moment?: 'truth' | 'pain' | undefined; feeling?: string | undefined }>;
}

/** Width of one touchpoint column in the map grid; the map lane's chart uses the same. */
export const MAP_SLOT_WIDTH = 168;

/** The chart drawn inside the map's emotion lane: one slot per map column, no side margins. */
export function laneCurve(journey: JourneyLike): CurveGeometry {
  const slots = phaseSlots(journey.phases.length, journey.touchpoints).reduce((sum, count) => sum + count, 0);
  return layoutCurve(journey.phases, journey.touchpoints, {
    ...DEFAULT_CURVE_OPTIONS,
    width: slots * MAP_SLOT_WIDTH,
    height: 200,
    margin: { top: 20, right: 0, bottom: 20, left: 0 },
  });
}

/** The standalone chart (`<EmotionChart />` in a narrative, persona pages). */
export function standaloneCurve(journey: JourneyLike, options: Partial<CurveOptions> = {}): CurveGeometry {
  return layoutCurve(journey.phases, journey.touchpoints, { ...DEFAULT_CURVE_OPTIONS, ...options });
}

/** A small chart for cards: no labels, thin margins. */
export function compactCurve(journey: JourneyLike): CurveGeometry {
  return layoutCurve(journey.phases, journey.touchpoints, {
    // About the width a card gives it, so text inside keeps its real size.
    width: 320,
    height: 120,
    margin: { top: 22, right: 4, bottom: 8, left: 4 },
    labelSize: 0,
    pointRadius: 4.5,
  });
}
