import { describe, expect, it } from 'vitest';
import { missesTarget } from '../../src/domain/kpi.ts';
import { kpiSchema, type Kpi } from '../../src/schema/kpi.ts';

const kpi = (fields: Partial<Kpi>): Kpi => kpiSchema.parse({ name: 'Indicador', value: 0, ...fields });

describe('a KPI against its target', () => {
  it('misses when higher is better and the value is below the target', () => {
    expect(missesTarget(kpi({ value: 62, target: 70 }))).toBe(true);
  });

  it('meets when higher is better and the value reaches or passes the target', () => {
    expect(missesTarget(kpi({ value: 70, target: 70 }))).toBe(false);
    expect(missesTarget(kpi({ value: 85, target: 70 }))).toBe(false);
  });

  it('misses when lower is better and the value is above the target', () => {
    expect(missesTarget(kpi({ value: 21, target: 15, better: 'lower' }))).toBe(true);
  });

  it('meets when lower is better and the value is at or under the target', () => {
    expect(missesTarget(kpi({ value: 15, target: 15, better: 'lower' }))).toBe(false);
    expect(missesTarget(kpi({ value: 9, target: 15, better: 'lower' }))).toBe(false);
  });

  it('never misses without a target', () => {
    expect(missesTarget(kpi({ value: -100 }))).toBe(false);
    expect(missesTarget(kpi({ value: 1e9, better: 'lower' }))).toBe(false);
  });

  it('treats "higher is better" as the default', () => {
    expect(kpi({}).better).toBe('higher');
    expect(missesTarget(kpi({ value: 1, target: 2 }))).toBe(true);
  });
});
