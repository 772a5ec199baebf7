import { describe, expect, it } from 'vitest';
import { laneCurve, MAP_SLOT_WIDTH, narrowCurve, OVERVIEW_SLOT_WIDTH, standaloneCurve } from '../../src/chart/journey-curve.ts';

const JOURNEY = {
  phases: [
    { id: 'llegada', name: 'Llegada y triaje' },
    { id: 'espera', name: 'Espera' },
    { id: 'alta', name: 'Alta y vuelta a casa' },
  ],
  touchpoints: [
    { id: 'admision', title: 'Se registra', emotion: -1, phaseIndex: 0, feeling: 'agobiado' },
    { id: 'triaje', title: 'Triaje', emotion: 2, phaseIndex: 0, feeling: 'atendido', moment: 'truth' as const },
    { id: 'sala', title: 'Espera', emotion: -3, phaseIndex: 1, feeling: 'desesperado', moment: 'pain' as const },
    { id: 'informe', title: 'Alta', emotion: 1, phaseIndex: 2, feeling: 'cansado' },
  ],
};

describe('the charts of a journey page', () => {
  it('draws the map lane for each view\'s column width, a point at the middle of each column', () => {
    for (const slot of [MAP_SLOT_WIDTH, OVERVIEW_SLOT_WIDTH]) {
      const lane = laneCurve(JOURNEY, slot);
      expect(lane.width).toBe(4 * slot);
      expect(lane.points.map((point) => point.x)).toEqual([0.5, 1.5, 2.5, 3.5].map((column) => column * slot));
    }
  });

  it('gives the lane the whole −3…+3 scale, its ticks from the top of the plot to the bottom', () => {
    const lane = laneCurve(JOURNEY, OVERVIEW_SLOT_WIDTH);
    expect(lane.ticks.map((tick) => tick.value)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(lane.ticks.at(-1)!.y).toBe(lane.plot.y);
    expect(lane.ticks[0]!.y).toBe(lane.plot.y + lane.plot.height);
  });

  it('draws the narrative chart at about the width it is shown at, so its labels keep 13 px', () => {
    // Shown in the narrative column beside the contents on a laptop (≈ 560 px), or on a phone (≈ 340 px).
    const wide = standaloneCurve(JOURNEY);
    const narrow = narrowCurve(JOURNEY);
    const shownAt = (drawnWidth: number, containerWidth: number) => (13 * containerWidth) / drawnWidth;
    expect(shownAt(wide.width, 560)).toBeGreaterThanOrEqual(13);
    expect(shownAt(narrow.width, 340)).toBeGreaterThanOrEqual(13);
    // Never blown up past a third larger in the widest column (48rem less padding).
    expect(shownAt(wide.width, 736)).toBeLessThanOrEqual(13 * 1.34);
    expect(narrow.labels.length).toBeGreaterThan(0);
  });
});
