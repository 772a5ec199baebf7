import { layoutCurve, type CurveGeometry, type CurvePhase, type CurveTouchpoint } from './emotion-curve.ts';
import { monotonePath } from './monotone-path.ts';

/**
 * The emotion curve as a presentation builds it up, one phase per slide: the whole journey's
 * frame (every phase band, the same scale) with the touchpoints of the phases shown so far, and
 * the line through them only. Laid out once for the whole journey and cut here, so a point and
 * its feeling keep their place from one slide to the next and the curve grows without jumping.
 */
export function curveUpToPhase(whole: CurveGeometry, lastPhaseIndex: number): CurveGeometry {
  const points = whole.points.filter((point) => point.phaseIndex <= lastPhaseIndex);
  const shown = new Set(points.map((point) => point.id));
  return {
    ...whole,
    points,
    path: monotonePath(points),
    labels: whole.labels.filter((label) => shown.has(label.id)),
  };
}

/**
 * The curve of a presentation slide, laid out small so that, stretched across a projected
 * slide, its phase names, feelings and scale come out at a size the back of a room can read
 * (the SVG scales its text with it).
 */
export function slideCurve(journey: { phases: readonly CurvePhase[]; touchpoints: readonly CurveTouchpoint[] }): CurveGeometry {
  return layoutCurve(journey.phases, journey.touchpoints, {
    width: 720,
    height: 150,
    margin: { top: 26, right: 10, bottom: 20, left: 30 },
    labelSize: 12,
    pointRadius: 6,
  });
}
