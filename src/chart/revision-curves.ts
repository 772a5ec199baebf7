import type { MapSnapshot } from '../model/types.ts';
import { layoutMultiCurve, DEFAULT_MULTI_CURVE_OPTIONS, type MultiCurveGeometry, type MultiCurveOptions, type SeriesInput } from './multi-curve.ts';
import { progress } from './overlay-curves.ts';

export interface RevisionSeries {
  /** The commit, unique per series. */
  key: string;
  /** Full name, for the legend and the data table ("10 de febrero de 2026 · Luis Gil"). */
  label: string;
  /** Short name at the line's end ("10 feb 2026"). */
  endLabel: string;
  snapshot: MapSnapshot;
}

/**
 * The history page's chart: one journey's curve in several revisions, each over progress
 * through the journey (first touchpoint at the left, last at the right), as the persona page
 * overlays journeys, so revisions with more or fewer steps still line up end to end. A step
 * whose emotion a revision does not say is left out of its line, not drawn at zero.
 */
export function revisionCurves(revisions: readonly RevisionSeries[], options: Partial<MultiCurveOptions> = {}): MultiCurveGeometry {
  const series: SeriesInput[] = revisions.map((revision) => {
    const { touchpoints, phases } = revision.snapshot;
    return {
      key: revision.key,
      label: revision.label,
      endLabel: revision.endLabel,
      points: touchpoints.flatMap((touchpoint, index) =>
        touchpoint.emotion === undefined
          ? []
          : [{ id: touchpoint.id, title: touchpoint.title, emotion: touchpoint.emotion, position: progress(index, touchpoints.length), group: phases.find((phase) => phase.id === touchpoint.phase)?.name }],
      ),
    };
  });
  return layoutMultiCurve(series, [], { ...DEFAULT_MULTI_CURVE_OPTIONS, ...options });
}
