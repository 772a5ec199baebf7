import type { Kpi } from '../schema/kpi.ts';

/** A KPI misses its target when its value is on the wrong side of it; no target, no miss. */
export function missesTarget(kpi: Kpi): boolean {
  if (kpi.target === undefined) return false;
  return kpi.better === 'lower' ? kpi.value > kpi.target : kpi.value < kpi.target;
}
