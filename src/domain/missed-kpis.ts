import type { Journey } from '../model/types.ts';
import type { Kpi } from '../schema/kpi.ts';
import { missesTarget } from './kpi.ts';

export interface MissedKpi {
  journey: Journey;
  kpi: Kpi;
  level: 'journey' | 'phase' | 'touchpoint';
  /** The phase or touchpoint it is measured at. */
  of: string | undefined;
  /** For a touchpoint KPI, the touchpoint's id (to link to it). */
  touchpointId: string | undefined;
  /** How far off, relative to the target: |value − target| ÷ |target| (Infinity for a 0 target). */
  gap: number;
}

/**
 * KPIs of current journeys that miss their target, worst first: by relative gap, then
 * handbook order of the journey, then the order the journey lists them (journey, phases,
 * touchpoints). Future journeys' figures are projections, not measurements, and are left out.
 */
export function kpisMissingTarget(journeys: readonly Journey[]): MissedKpi[] {
  const missed: Array<MissedKpi & { order: number; position: number }> = [];
  journeys.forEach((journey, order) => {
    if (journey.state !== 'current') return;
    journey.allKpis.forEach(({ kpi, level, of }, position) => {
      if (!missesTarget(kpi)) return;
      const touchpointId = level === 'touchpoint' ? journey.touchpoints.find((tp) => tp.kpis?.includes(kpi))?.id : undefined;
      missed.push({ journey, kpi, level, of, touchpointId, gap: relativeGap(kpi), order, position });
    });
  });
  return missed
    .sort((a, b) => b.gap - a.gap || a.order - b.order || a.position - b.position)
    .map(({ order: _order, position: _position, ...item }) => item);
}

export function relativeGap(kpi: Kpi): number {
  if (kpi.target === undefined) return 0;
  const distance = Math.abs(kpi.value - kpi.target);
  return kpi.target === 0 ? (distance === 0 ? 0 : Number.POSITIVE_INFINITY) : distance / Math.abs(kpi.target);
}
