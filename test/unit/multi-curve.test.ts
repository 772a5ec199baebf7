import { describe, expect, it } from 'vitest';
import { layoutMultiCurve, shortLabel, spreadLabels } from '../../src/chart/multi-curve.ts';
import { overlayCurves, progress } from '../../src/chart/overlay-curves.ts';
import { compareCurves } from '../../src/chart/compare-curves.ts';
import { seriesStyle } from '../../src/chart/series-style.ts';
import { compareJourneys } from '../../src/domain/compare.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const options = { width: 500, height: 200, margin: { top: 20, right: 10, bottom: 20, left: 40 }, labelSize: 10 };

describe('multi-series emotion charts', () => {
  it('puts positions 0…1 across the plot and emotions −3…3 up its height', () => {
    const geometry = layoutMultiCurve(
      [{ key: 'a', label: 'A', endLabel: 'A', points: [{ id: 'x', title: 'x', emotion: 3, position: 0 }, { id: 'y', title: 'y', emotion: -3, position: 1 }] }],
      [{ name: 'Fase', start: 0, end: 0.5 }],
      options,
    );
    // The label "A" is narrow, so the right margin is 35 + its width; plot = 500 − 40 − that.
    const { plot } = geometry;
    expect(plot.x).toBe(40);
    expect(geometry.series[0]!.points.map((point) => [point.x, point.y])).toEqual([
      [40, 20],
      [40 + plot.width, 180],
    ]);
    expect(geometry.bands[0]).toEqual({ name: 'Fase', label: 'Fase', x: 40, width: plot.width / 2 });
    expect(geometry.series[0]!.labelAt.x).toBe(40 + plot.width + 12);
  });

  it('keeps direct labels apart and inside the chart', () => {
    const labels = [{ y: 50 }, { y: 52 }, { y: 51 }, { y: 199 }];
    spreadLabels(labels, 10, 5, 195);
    const ys = labels.map((label) => label.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(10);
    expect(Math.max(...ys)).toBeLessThanOrEqual(195);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(5);
  });

  it('shortens long labels in the middle, keeping the end that tells similar titles apart', () => {
    expect(shortLabel('Corto')).toBe('Corto');
    expect(shortLabel('Abrir una cuenta online (visión 2027)', 30)).toBe('Abrir una cuenta… (visión 2027)');
    expect(shortLabel('Recibir los resultados de unas pruebas', 30)).toBe('Recibir los… de unas pruebas');
    expect(shortLabel('Supercalifragilisticoespialidoso', 10)).toBe('Supercali…');
  });

  it('gives the first series distinct dashes, markers and colours', () => {
    const styles = Array.from({ length: 5 }, (_, index) => seriesStyle(index));
    expect(new Set(styles.map((style) => style.dash)).size).toBe(5);
    expect(new Set(styles.map((style) => style.marker)).size).toBe(5);
    expect(new Set(styles.map((style) => style.colour)).size).toBe(5);
    const pairs = Array.from({ length: 25 }, (_, index) => seriesStyle(index)).map((style) => `${style.dash}/${style.marker}`);
    expect(new Set(pairs).size).toBe(25);
  });
});

describe('persona overlay', () => {
  it('spreads each journey from start (0) to end (1) of the axis', () => {
    expect([progress(0, 5), progress(2, 5), progress(4, 5), progress(0, 1)]).toEqual([0, 0.5, 1, 0.5]);
    const geometry = overlayCurves(
      [
        { slug: 'a', title: 'A', phases: [{ name: 'F' }], touchpoints: [0, 1, 2].map((i) => ({ id: `t${i}`, title: `${i}`, emotion: i - 1, phaseIndex: 0 })) },
        { slug: 'b', title: 'B', phases: [{ name: 'F' }], touchpoints: [0, 1].map((i) => ({ id: `t${i}`, title: `${i}`, emotion: 0, phaseIndex: 0 })) },
      ],
      options,
    );
    expect(geometry.series.map((series) => series.points.map((point) => point.position))).toEqual([
      [0, 0.5, 1],
      [0, 1],
    ]);
    expect(geometry.series[0]!.points[0]!.group).toBe('F');
  });
});

describe('persona overlay by stage', () => {
  const stages = [
    { id: 'pedir', name: 'Pedir' },
    { id: 'esperar', name: 'Esperar' },
    { id: 'usar', name: 'Usar' },
  ];
  const journey = (slug: string, phaseStages: Array<string | undefined>, touchpointPhases: number[]) => ({
    slug,
    title: slug,
    phases: phaseStages.map((stage, index) => ({ name: `F${index}`, stage })),
    touchpoints: touchpointPhases.map((phaseIndex, index) => ({ id: `t${index}`, title: `${index}`, emotion: 0, phaseIndex })),
  });
  const close = (values: number[]) => values.map((value) => Number(value.toFixed(4)));

  it('gives each stage the journeys reach a band as wide as the most touchpoints one journey has there, and lines them up inside it', () => {
    // a: Pedir ×1, Esperar ×2; b: Pedir ×1, Usar ×1 → Pedir 1 slot, Esperar 2, Usar 1: 4 slots.
    const geometry = overlayCurves([journey('a', ['pedir', 'esperar'], [0, 1, 1]), journey('b', ['pedir', 'usar'], [0, 1])], options, stages);
    expect(geometry.bands.map((band) => band.name)).toEqual(['Pedir', 'Esperar', 'Usar']);
    expect(geometry.series.map((series) => close(series.points.map((point) => point.position)))).toEqual([
      [0.125, 0.375, 0.625],
      [0.125, 0.875],
    ]);
  });

  it('falls back to progress when a phase with touchpoints has no stage, or a journey goes back to an earlier stage', () => {
    const unstaged = overlayCurves([journey('a', ['pedir', undefined], [0, 1]), journey('b', ['pedir'], [0])], options, stages);
    expect(unstaged.bands).toEqual([]);
    const backwards = overlayCurves([journey('a', ['usar', 'pedir'], [0, 1]), journey('b', ['pedir'], [0])], options, stages);
    expect(backwards.bands).toEqual([]);
    expect(close(backwards.series[0]!.points.map((point) => point.position))).toEqual([0, 1]);
  });

  it('shortens a band label that would run into the next band', () => {
    const geometry = layoutMultiCurve([], [{ name: 'Recibir el servicio prometido', start: 0, end: 0.1 }, { name: 'Usar', start: 0.1, end: 1 }], options);
    expect(geometry.bands[0]!.label).toMatch(/…$/);
    expect(geometry.bands[0]!.label.length).toBeLessThan('Recibir el servicio prometido'.length);
    expect(geometry.bands[1]!.label).toBe('Usar');
  });
});

describe('compare chart', () => {
  it('gives each aligned phase a band as wide as its larger side and spreads each side inside it', () => {
    const handbook = handbookOf({
      personas: { ana: { name: 'Ana' } },
      journeys: {
        hoy: { title: 'Hoy', persona: 'ana', phases: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], touchpoints: [tp('a', '1', 0), tp('b', '2', -1), tp('b', '3', -2), tp('b', '4', -3)] },
        luego: { title: 'Luego', persona: 'ana', state: 'future', compares: 'hoy', phases: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }], touchpoints: [tp('a', '1', 1), tp('a', '5', 2), tp('b', '2', 1)] },
      },
    });
    const comparison = compareJourneys(handbook.journeyBySlug.get('hoy')!, handbook.journeyBySlug.get('luego')!);
    const geometry = compareCurves(comparison, { before: 'Hoy', after: 'Luego' }, options);
    // Phase A: max(1, 2) = 2 slots; B: max(3, 1) = 3 slots; 5 in all.
    expect(geometry.bands.map((band) => band.name)).toEqual(['A', 'B']);
    const [before, after] = geometry.series;
    const close = (values: number[]) => values.map((value) => Number(value.toFixed(4)));
    // Today: A's one point mid-band (0.2); B's three at 0.4 + (0.5, 1.5, 2.5) × 0.6 / 3.
    expect(close(before!.points.map((point) => point.position))).toEqual([0.2, 0.5, 0.7, 0.9]);
    // Vision: A's two at 0.1 and 0.3; B's one mid-band at 0.7.
    expect(close(after!.points.map((point) => point.position))).toEqual([0.1, 0.3, 0.7]);
    expect([before!.endLabel, after!.endLabel]).toEqual(['Hoy', 'Luego']);
  });
});
