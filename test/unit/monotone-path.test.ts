import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monotonePath, type XY } from '../../src/chart/monotone-path.ts';

interface Segment {
  from: XY;
  control1: XY;
  control2: XY;
  to: XY;
}

/** Reads back the path's cubic segments ("M x,y C x1,y1 x2,y2 x,y …"). */
function segments(path: string): Segment[] {
  const numbers = (path.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const pairs: XY[] = [];
  for (let i = 0; i < numbers.length; i += 2) pairs.push({ x: numbers[i]!, y: numbers[i + 1]! });
  const out: Segment[] = [];
  for (let i = 1; i + 2 < pairs.length; i += 3) out.push({ from: pairs[i - 1]!, control1: pairs[i]!, control2: pairs[i + 1]!, to: pairs[i + 2]! });
  return out;
}

function cubicAt(segment: Segment, t: number): XY {
  const u = 1 - t;
  const at = (key: 'x' | 'y') => u * u * u * segment.from[key] + 3 * u * u * t * segment.control1[key] + 3 * u * t * t * segment.control2[key] + t * t * t * segment.to[key];
  return { x: at('x'), y: at('y') };
}

/** The path writes coordinates to two decimals. */
const ROUNDING = 0.011;

/** Points like a chart's: evenly or unevenly spaced left to right, at emotion heights or anywhere. */
const curves = fc
  .array(fc.record({ gap: fc.double({ min: 5, max: 200, noNaN: true }), y: fc.oneof(fc.integer({ min: -3, max: 3 }).map((emotion) => 130 - emotion * 34), fc.double({ min: 0, max: 260, noNaN: true })) }), { minLength: 2, maxLength: 30 })
  .map((drafts) => {
    let x = 40;
    return drafts.map(({ gap, y }) => ({ x: (x += gap), y }));
  });

describe('the monotone curve through the points', () => {
  it('never overshoots: between two points it stays within their heights', () => {
    fc.assert(
      fc.property(curves, (points) => {
        const parts = segments(monotonePath(points));
        expect(parts).toHaveLength(points.length - 1);
        parts.forEach((segment, index) => {
          const low = Math.min(points[index]!.y, points[index + 1]!.y) - ROUNDING;
          const high = Math.max(points[index]!.y, points[index + 1]!.y) + ROUNDING;
          for (let step = 0; step <= 50; step++) {
            const { y } = cubicAt(segment, step / 50);
            expect(y).toBeGreaterThanOrEqual(low);
            expect(y).toBeLessThanOrEqual(high);
          }
        });
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('goes forward only: x never turns back within a segment', () => {
    fc.assert(
      fc.property(curves, (points) => {
        for (const segment of segments(monotonePath(points))) {
          let previous = -Infinity;
          for (let step = 0; step <= 50; step++) {
            const { x } = cubicAt(segment, step / 50);
            expect(x).toBeGreaterThanOrEqual(previous - ROUNDING);
            previous = x;
          }
        }
      }),
      { numRuns: 200, seed: 12 },
    );
  });

  it('passes through every point, in order', () => {
    const points = [
      { x: 10, y: 100 },
      { x: 60, y: 30 },
      { x: 110, y: 30 },
      { x: 160, y: 200.456 },
    ];
    const parts = segments(monotonePath(points));
    expect(parts.map((segment) => segment.from)).toEqual(points.slice(0, -1).map(({ x, y }) => ({ x, y: Number(y.toFixed(2)) })));
    expect(parts.at(-1)!.to).toEqual({ x: 160, y: 200.46 });
  });

  it('stays flat between two points at the same height', () => {
    const [, flat] = segments(monotonePath([{ x: 0, y: 50 }, { x: 50, y: 80 }, { x: 100, y: 80 }, { x: 150, y: 10 }]));
    expect([flat!.control1.y, flat!.control2.y]).toEqual([80, 80]);
  });

  it('is a bare move for one point and empty for none', () => {
    expect(monotonePath([{ x: 12.345, y: 6 }])).toBe('M12.35,6');
    expect(monotonePath([])).toBe('');
  });
});
