import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, overlaps, placeLabels, type Box, type LabelRequest } from '../../src/chart/label-layout.ts';

const BOUNDS: Box = { x: 0, y: 0, width: 960, height: 260 };
const OPTIONS = { fontSize: 12, pointRadius: 6 };

const pointBox = (request: LabelRequest, radius = OPTIONS.pointRadius): Box => ({
  x: request.anchorX - radius,
  y: request.anchorY - radius,
  width: radius * 2,
  height: radius * 2,
});

/** Overlap without the placement's safety gap: boxes that only touch do not count. */
const intersects = (a: Box, b: Box) => overlaps(a, b, 0);

const word = fc.constantFrom('aliviada', 'tranquila', 'frustrada', 'perdida', 'ilusionada', 'confusa', 'segura', 'harta', 'satisfecha', 'nerviosa', 'ok', 'muy muy enfadada');

/** Dense sets: up to 40 labels on a 960×260 chart, anchors anywhere inside the plot. */
const requests = fc
  .array(
    fc.record({
      text: word,
      anchorX: fc.double({ min: 10, max: 950, noNaN: true }),
      anchorY: fc.double({ min: 20, max: 240, noNaN: true }),
      prefer: fc.constantFrom('above' as const, 'below' as const),
    }),
    { minLength: 1, maxLength: 40 },
  )
  .map((list) => list.map((request, index) => ({ ...request, id: `t${index + 1}` })));

describe('label placement', () => {
  it('never lets two placed labels overlap, however dense the points', () => {
    fc.assert(
      fc.property(requests, (list) => {
        const placed = placeLabels(list, BOUNDS, OPTIONS);
        for (let i = 0; i < placed.length; i++) {
          for (let j = i + 1; j < placed.length; j++) expect(intersects(placed[i]!.box, placed[j]!.box)).toBe(false);
        }
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });

  it('never covers a point, its own or another label\'s', () => {
    fc.assert(
      fc.property(requests, (list) => {
        const placed = placeLabels(list, BOUNDS, OPTIONS);
        for (const label of placed) {
          for (const request of list) expect(intersects(label.box, pointBox(request))).toBe(false);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('keeps every label inside the chart, each at most once, with its own text', () => {
    fc.assert(
      fc.property(requests, (list) => {
        const placed = placeLabels(list, BOUNDS, OPTIONS);
        expect(new Set(placed.map((label) => label.id)).size).toBe(placed.length);
        for (const label of placed) {
          expect(label.box.x).toBeGreaterThanOrEqual(BOUNDS.x);
          expect(label.box.x + label.box.width).toBeLessThanOrEqual(BOUNDS.x + BOUNDS.width + 1e-9);
          expect(label.box.y).toBeGreaterThanOrEqual(BOUNDS.y);
          expect(label.box.y + label.box.height).toBeLessThanOrEqual(BOUNDS.y + BOUNDS.height);
          expect(label.text).toBe(list.find((request) => request.id === label.id)!.text);
        }
      }),
      { numRuns: 200, seed: 99 },
    );
  });

  it('keeps clear of the extra obstacles it is given', () => {
    fc.assert(
      fc.property(
        requests,
        fc.array(fc.record({ x: fc.integer({ min: 0, max: 900 }), y: fc.integer({ min: 0, max: 240 }), width: fc.integer({ min: 4, max: 60 }), height: fc.integer({ min: 4, max: 20 }) }), { maxLength: 15 }),
        (list, obstacles) => {
          const placed = placeLabels(list, BOUNDS, { ...OPTIONS, obstacles });
          for (const label of placed) for (const obstacle of obstacles) expect(intersects(label.box, obstacle)).toBe(false);
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });

  it('puts a good moment\'s label above its point and a bad moment\'s below when there is room', () => {
    const [above, below] = placeLabels(
      [
        { id: 'a', text: 'aliviada', anchorX: 200, anchorY: 100, prefer: 'above' },
        { id: 'b', text: 'frustrada', anchorX: 600, anchorY: 100, prefer: 'below' },
      ],
      BOUNDS,
      OPTIONS,
    );
    expect(above!.box.y + above!.box.height).toBeLessThanOrEqual(100 - OPTIONS.pointRadius);
    expect(below!.box.y).toBeGreaterThanOrEqual(100 + OPTIONS.pointRadius);
  });

  it('moves a label to the other side when its preferred side is taken', () => {
    const placed = placeLabels(
      [
        { id: 'a', text: 'aliviada', anchorX: 300, anchorY: 120, prefer: 'above' },
        { id: 'b', text: 'tranquila', anchorX: 305, anchorY: 121, prefer: 'above' },
      ],
      BOUNDS,
      OPTIONS,
    );
    expect(placed).toHaveLength(2);
    expect(placed[1]!.y).not.toBe(placed[0]!.y);
  });

  it('leaves a label out rather than overlap when there is no room for it', () => {
    const crowd = Array.from({ length: 30 }, (_, index): LabelRequest => ({ id: `t${index}`, text: 'satisfecha', anchorX: 100, anchorY: 100, prefer: 'above' }));
    const placed = placeLabels(crowd, BOUNDS, OPTIONS);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(crowd.length);
  });

  it('slides a label at the chart\'s edge inwards instead of cutting it', () => {
    const [label] = placeLabels([{ id: 'a', text: 'ilusionada', anchorX: 2, anchorY: 100, prefer: 'above' }], BOUNDS, OPTIONS);
    expect(label!.box.x).toBe(0);
  });

  it('leaves out a label wider than the whole chart', () => {
    const narrow: Box = { x: 0, y: 0, width: 40, height: 200 };
    expect(placeLabels([{ id: 'a', text: 'extraordinariamente', anchorX: 20, anchorY: 100, prefer: 'above' }], narrow, OPTIONS)).toEqual([]);
  });

  it('estimates wide letters wider than narrow ones', () => {
    expect(estimateTextWidth('mmmm', 12)).toBeGreaterThan(estimateTextWidth('iiii', 12));
    expect(estimateTextWidth('', 12)).toBe(0);
  });
});
