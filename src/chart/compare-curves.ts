import type { JourneyComparison, PhasePair } from '../domain/compare.ts';
import { layoutMultiCurve, DEFAULT_MULTI_CURVE_OPTIONS, type BandInput, type MultiCurveGeometry, type MultiCurveOptions, type SeriesInput } from './multi-curve.ts';

/**
 * The compare page's chart: today's and the vision's curves over the aligned rows of the
 * comparison (phases, or stages). Each row is a band as wide as the larger of its two touchpoint
 * counts (at least one); inside a band, each journey's touchpoints are spread evenly, so both
 * lines cross every row together even when one has more steps there.
 */
export function compareCurves(comparison: JourneyComparison, labels: { before: string; after: string }, options: Partial<MultiCurveOptions> = {}): MultiCurveGeometry {
  const touchpointsOf = (row: PhasePair, side: 'current' | 'future') =>
    (side === 'current' ? row.currentPhases : row.futurePhases).flatMap((phase) => phase.touchpoints.map((touchpoint) => ({ touchpoint, phase })));
  const slots = comparison.phases.map((row) => Math.max(1, touchpointsOf(row, 'current').length, touchpointsOf(row, 'future').length));
  const total = slots.reduce((sum, count) => sum + count, 0);
  const bands: BandInput[] = [];
  let cursor = 0;
  comparison.phases.forEach((row, index) => {
    const span = slots[index]! / total;
    bands.push({ name: row.stage?.name ?? (row.future ?? row.current)!.name, start: cursor, end: cursor + span });
    cursor += span;
  });
  const seriesFor = (side: 'current' | 'future', label: string, endLabel: string): SeriesInput => ({
    key: side,
    label,
    endLabel,
    points: comparison.phases.flatMap((row, index) => {
      const band = bands[index]!;
      const steps = touchpointsOf(row, side);
      return steps.map(({ touchpoint, phase }, position) => ({
        id: touchpoint.id,
        title: touchpoint.title,
        emotion: touchpoint.emotion,
        position: band.start + ((position + 0.5) / steps.length) * (band.end - band.start),
        group: phase.name,
      }));
    }),
  });
  return layoutMultiCurve(
    [seriesFor('current', comparison.current.title, labels.before), seriesFor('future', comparison.future.title, labels.after)],
    bands,
    { ...DEFAULT_MULTI_CURVE_OPTIONS, ...options },
  );
}
