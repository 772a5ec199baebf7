import { DEFAULT_CURVE_OPTIONS, layoutCurve, phaseSlots, type CurveGeometry, type CurveOptions } from './emotion-curve.ts';

interface JourneyLike {
  phases: ReadonlyArray<{ id: string; name: string }>;
  touchpoints: ReadonlyArray<{ id: string; title: string; emotion: number; phaseIndex: number; moment?: 'truth' | 'pain' | undefined; feeling?: string | undefined }>;
}

/** Width of one touchpoint column in the map grid's detail view; the map lane's chart uses the same. */
export const MAP_SLOT_WIDTH = 168;

/**
 * Width of one column in the map's overview, where the columns share the page's width. The
 * lane's chart is drawn for this width and scaled to the columns' real width, so its text
 * keeps about its size on a laptop screen.
 */
export const OVERVIEW_SLOT_WIDTH = 76;

/**
 * The chart drawn inside the map's emotion lane: one slot per map column, no side margins, for
 * columns `slotWidth` wide. Its scale (−3…+3) is drawn beside it, in the lane's label.
 */
export function laneCurve(journey: JourneyLike, slotWidth = MAP_SLOT_WIDTH): CurveGeometry {
  const slots = phaseSlots(journey.phases.length, journey.touchpoints).reduce((sum, count) => sum + count, 0);
  const overview = slotWidth < MAP_SLOT_WIDTH;
  return layoutCurve(journey.phases, journey.touchpoints, {
    ...DEFAULT_CURVE_OPTIONS,
    width: slots * slotWidth,
    height: overview ? 150 : 200,
    margin: { top: 18, right: 0, bottom: 18, left: 0 },
    labelSize: overview ? 11 : DEFAULT_CURVE_OPTIONS.labelSize,
    pointRadius: overview ? 5 : DEFAULT_CURVE_OPTIONS.pointRadius,
  });
}

/**
 * A standalone chart drawn for a container about `width` pixels wide, so that shown at that
 * width its text is the size it was set at: labels at 13 px, like the page's small print.
 */
function sizedCurve(journey: JourneyLike, width: number, options: Partial<CurveOptions>): CurveGeometry {
  return layoutCurve(journey.phases, journey.touchpoints, { ...DEFAULT_CURVE_OPTIONS, width, labelSize: 13, ...options });
}

/**
 * The standalone chart (`<EmotionChart />` in a narrative) for the narrative's column beside the
 * table of contents on a laptop (about 560 px; at most 48rem less a card's padding, where it
 * grows by a third).
 */
export function standaloneCurve(journey: JourneyLike, options: Partial<CurveOptions> = {}): CurveGeometry {
  return sizedCurve(journey, 560, { height: 290, ...options });
}

/**
 * The standalone chart for a container about a laptop page wide (an embed's frame on an intranet
 * page): drawn at 960 px, where the narrative's 560 px drawing would come out with oversized text.
 */
export function wideCurve(journey: JourneyLike): CurveGeometry {
  return layoutCurve(journey.phases, journey.touchpoints, DEFAULT_CURVE_OPTIONS);
}

/** The same chart for a phone's width, shown instead of the wide one when its container is narrow. */
export function narrowCurve(journey: JourneyLike): CurveGeometry {
  return sizedCurve(journey, 340, { height: 260, margin: { top: 44, right: 8, bottom: 20, left: 28 }, pointRadius: 5 });
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
