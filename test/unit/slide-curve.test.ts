import { describe, expect, it } from 'vitest';
import { curveUpToPhase, slideCurve } from '../../src/chart/slide-curve.ts';

const journey = {
  phases: [
    { id: 'descubrir', name: 'Descubrir' },
    { id: 'solicitar', name: 'Solicitar' },
    { id: 'vacia', name: 'Sin puntos' },
    { id: 'usar', name: 'Usar' },
  ],
  touchpoints: [
    { id: 'a', title: 'A', emotion: 1, phaseIndex: 0, feeling: 'curiosa' },
    { id: 'b', title: 'B', emotion: -2, phaseIndex: 1, feeling: 'agobiada', moment: 'pain' as const },
    { id: 'c', title: 'C', emotion: -1, phaseIndex: 1 },
    { id: 'd', title: 'D', emotion: 2, phaseIndex: 3, feeling: 'aliviada' },
  ],
};

describe('the curve of a presentation, built up phase by phase', () => {
  const whole = slideCurve(journey);

  it('shows on each slide the touchpoints of the phases so far, and only them', () => {
    expect(curveUpToPhase(whole, 0).points.map((point) => point.id)).toEqual(['a']);
    expect(curveUpToPhase(whole, 1).points.map((point) => point.id)).toEqual(['a', 'b', 'c']);
    expect(curveUpToPhase(whole, 2).points.map((point) => point.id)).toEqual(['a', 'b', 'c']);
    expect(curveUpToPhase(whole, 3).points.map((point) => point.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps every phase band and the scale on every slide, so the frame does not move', () => {
    for (const index of [0, 1, 3]) {
      const slide = curveUpToPhase(whole, index);
      expect(slide.bands).toEqual(whole.bands);
      expect(slide.ticks).toEqual(whole.ticks);
      expect([slide.width, slide.height]).toEqual([whole.width, whole.height]);
    }
  });

  it('keeps each point and its feeling where the whole journey puts them, so nothing jumps between slides', () => {
    const second = curveUpToPhase(whole, 1);
    expect(second.points).toEqual(whole.points.slice(0, 3));
    expect(second.labels.map((label) => label.id)).toEqual(['a', 'b']);
    expect(second.labels).toEqual(whole.labels.filter((label) => label.id !== 'd'));
  });

  it('draws the line through the touchpoints shown so far, ending at the last of them', () => {
    const at = (point: { x: number; y: number }) => `${Number(point.x.toFixed(2))},${Number(point.y.toFixed(2))}`;
    expect(curveUpToPhase(whole, 0).path).toBe(`M${at(whole.points[0]!)}`);
    const second = curveUpToPhase(whole, 1).path;
    expect(second.startsWith(`M${at(whole.points[0]!)}`)).toBe(true);
    expect(second.endsWith(at(whole.points[2]!))).toBe(true);
    expect(second).not.toContain(at(whole.points[3]!));
    expect(curveUpToPhase(whole, 3).path).toBe(whole.path);
  });
});
