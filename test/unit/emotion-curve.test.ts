import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bandLabelBox,
  DEFAULT_CURVE_OPTIONS,
  emotionY,
  fitText,
  wrapText,
  layoutCurve,
  markerBox,
  phaseSlots,
  type CurvePhase,
  type CurveTouchpoint,
} from '../../src/chart/emotion-curve.ts';
import { estimateTextWidth, overlaps } from '../../src/chart/label-layout.ts';

const PHASES: CurvePhase[] = [
  { id: 'descubrir', name: 'Descubrir' },
  { id: 'comparar', name: 'Comparar' },
  { id: 'contratar', name: 'Contratar' },
  { id: 'usar', name: 'Usar' },
];

const TOUCHPOINTS: CurveTouchpoint[] = [
  { id: 'anuncio', title: 'Ve un anuncio', emotion: 1, phaseIndex: 0, feeling: 'curiosa' },
  { id: 'web', title: 'Lee la web', emotion: 2, phaseIndex: 0 },
  { id: 'formulario', title: 'Rellena el formulario', emotion: -2, phaseIndex: 2, feeling: 'harta', moment: 'pain' },
  { id: 'llamada', title: 'Llama', emotion: -3, phaseIndex: 2 },
  { id: 'firma', title: 'Firma', emotion: 3, phaseIndex: 2, moment: 'truth', feeling: 'aliviada' },
  { id: 'app', title: 'Usa la app', emotion: 0, phaseIndex: 3 },
];

describe('the emotion curve layout', () => {
  const geometry = layoutCurve(PHASES, TOUCHPOINTS);

  it('plots one point per touchpoint, in journey order', () => {
    expect(geometry.points.map((point) => point.id)).toEqual(TOUCHPOINTS.map((touchpoint) => touchpoint.id));
    expect(geometry.points.map((point) => point.emotion)).toEqual(TOUCHPOINTS.map((touchpoint) => touchpoint.emotion));
  });

  it('moves strictly left to right', () => {
    const xs = geometry.points.map((point) => point.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]!);
  });

  it('puts each point inside the band of its phase', () => {
    for (const point of geometry.points) {
      const band = geometry.bands[point.phaseIndex]!;
      expect(point.x).toBeGreaterThan(band.x);
      expect(point.x).toBeLessThan(band.x + band.width);
    }
  });

  it('gives an empty phase a band of its own, one slot wide', () => {
    const comparar = geometry.bands[1]!;
    expect(comparar.id).toBe('comparar');
    expect(comparar.slots).toBe(1);
    expect(comparar.width).toBeGreaterThan(0);
    expect(geometry.points.some((point) => point.x > comparar.x && point.x < comparar.x + comparar.width)).toBe(false);
  });

  it('sizes bands by their number of touchpoints and covers the plot without gaps', () => {
    expect(geometry.bands.map((band) => band.slots)).toEqual([2, 1, 3, 1]);
    expect(geometry.bands[0]!.x).toBe(geometry.plot.x);
    for (let i = 1; i < geometry.bands.length; i++) {
      expect(geometry.bands[i]!.x).toBeCloseTo(geometry.bands[i - 1]!.x + geometry.bands[i - 1]!.width, 9);
    }
    const last = geometry.bands.at(-1)!;
    expect(last.x + last.width).toBeCloseTo(geometry.plot.x + geometry.plot.width, 9);
  });

  it('draws a higher emotion higher up, and equal emotions at the same height', () => {
    const ys = [-3, -2, -1, 0, 1, 2, 3].map((emotion) => emotionY(emotion, geometry.plot));
    for (let i = 1; i < ys.length; i++) expect(ys[i]).toBeLessThan(ys[i - 1]!);
    for (const point of geometry.points) expect(point.y).toBe(emotionY(point.emotion, geometry.plot));
    expect(emotionY(3, geometry.plot)).toBe(geometry.plot.y);
    expect(emotionY(-3, geometry.plot)).toBe(geometry.plot.y + geometry.plot.height);
  });

  it('has a zero line halfway up the plot and a tick for every emotion from −3 to 3', () => {
    expect(geometry.zeroY).toBe(geometry.plot.y + geometry.plot.height / 2);
    expect(geometry.ticks.map((tick) => tick.value)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(geometry.ticks.find((tick) => tick.value === 0)!.y).toBe(geometry.zeroY);
  });

  it('draws the curve through every point', () => {
    for (const point of geometry.points) expect(geometry.path).toContain(`${Number(point.x.toFixed(2))},${Number(point.y.toFixed(2))}`);
    expect(geometry.path.startsWith('M')).toBe(true);
  });

  it('labels points with their feeling', () => {
    expect(geometry.labels.map((label) => [label.id, label.text])).toEqual([
      ['anuncio', 'curiosa'],
      ['formulario', 'harta'],
      ['firma', 'aliviada'],
    ]);
  });

  it('draws no labels when the label size is 0', () => {
    expect(layoutCurve(PHASES, TOUCHPOINTS, { ...DEFAULT_CURVE_OPTIONS, labelSize: 0 }).labels).toEqual([]);
  });

  it('keeps a label above a top-scoring point clear of the phase name over it', () => {
    const phases = [{ id: 'contratar', name: 'Contratar la cuenta' }];
    const touchpoints: CurveTouchpoint[] = [{ id: 'firma', title: 'Firma', emotion: 3, phaseIndex: 0, feeling: 'encantadísima' }];
    const curve = layoutCurve(phases, touchpoints, { ...DEFAULT_CURVE_OPTIONS, width: 300 });
    const name = bandLabelBox(curve.bands[0]!, curve.plot);
    expect(curve.labels).toHaveLength(1);
    expect(overlaps(curve.labels[0]!.box, name, 0)).toBe(false);
  });
});

const journeys = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.array(fc.record({ emotion: fc.integer({ min: -3, max: 3 }), feeling: fc.option(fc.constantFrom('bien', 'aliviada', 'frustradísima', 'harta', 'ok'), { nil: undefined }), moment: fc.option(fc.constantFrom('truth' as const, 'pain' as const), { nil: undefined }), phaseStep: fc.integer({ min: 0, max: 1 }) }), { minLength: 1, maxLength: 24 }))
  .map(([phaseCount, drafts]) => {
    const phases = Array.from({ length: phaseCount }, (_, index) => ({ id: `p${index}`, name: `Fase número ${index + 1}` }));
    let phaseIndex = 0;
    const touchpoints: CurveTouchpoint[] = drafts.map((draft, index) => {
      phaseIndex = Math.min(phaseCount - 1, phaseIndex + draft.phaseStep);
      return { id: `t${index + 1}`, title: `Paso ${index + 1}`, emotion: draft.emotion, phaseIndex, feeling: draft.feeling, moment: draft.moment };
    });
    return { phases, touchpoints };
  });

describe('the emotion curve layout, for any journey', () => {
  it('never lets a feeling cover a marker (labelled or not) or a phase name', () => {
    fc.assert(
      fc.property(journeys, fc.constantFrom(320, 600, 960), ({ phases, touchpoints }, width) => {
        const curve = layoutCurve(phases, touchpoints, { ...DEFAULT_CURVE_OPTIONS, width });
        const names = curve.bands.filter((band) => band.label).map((band) => bandLabelBox(band, curve.plot));
        for (const label of curve.labels) {
          for (const point of curve.points) expect(overlaps(label.box, markerBox(point, DEFAULT_CURVE_OPTIONS.pointRadius), 0)).toBe(false);
          for (const name of names) expect(overlaps(label.box, name, 0)).toBe(false);
        }
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('keeps every point inside the band of its phase', () => {
    fc.assert(
      fc.property(journeys, ({ phases, touchpoints }) => {
        const curve = layoutCurve(phases, touchpoints);
        expect(curve.points).toHaveLength(touchpoints.length);
        expect(curve.bands).toHaveLength(phases.length);
        for (const point of curve.points) {
          const band = curve.bands[point.phaseIndex]!;
          expect(point.x > band.x && point.x < band.x + band.width).toBe(true);
        }
      }),
      { numRuns: 200, seed: 1 },
    );
  });
});

describe('phase slots', () => {
  it('gives each phase one slot per touchpoint and an empty phase one slot', () => {
    expect(phaseSlots(3, [{ phaseIndex: 0 }, { phaseIndex: 0 }, { phaseIndex: 2 }])).toEqual([2, 1, 1]);
  });
});

describe('fitting a phase name into its band', () => {
  it('keeps a name that fits', () => {
    expect(fitText('Usar', 200, 12)).toBe('Usar');
  });

  it('shortens a long name with an ellipsis that fits the width', () => {
    const fitted = fitText('Contratar la cuenta online', 80, 12);
    expect(fitted.endsWith('…')).toBe(true);
    expect(estimateTextWidth(fitted, 12)).toBeLessThanOrEqual(80);
  });

  it('drops a name when not even three letters would fit', () => {
    expect(fitText('Contratar', 10, 12)).toBe('');
  });
});

describe('breaking a phase name into lines above its band', () => {
  const words = (lines: string[]) => lines.join(' ').replace(/…$/, '').split(' ');

  it('breaks between words, each line within the width', () => {
    const lines = wrapText('Llegada y triaje', 70, 12, 2);
    expect(lines.length).toBe(2);
    for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(70);
    expect(lines.join(' ')).toBe('Llegada y triaje');
  });

  it('ends on a whole word and an ellipsis when the name needs more lines than it has', () => {
    const lines = wrapText('Recibir los resultados de unas pruebas', 80, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    // Every word shown is a whole word of the name: nothing cut mid-word.
    for (const word of words(lines)) expect('Recibir los resultados de unas pruebas'.split(' ')).toContain(word);
  });

  it('cuts inside a word only when that word alone is wider than a line', () => {
    expect(wrapText('Videoidentificación', 60, 12, 2)).toEqual([fitText('Videoidentificación', 60, 12)]);
  });

  it('gives each band its name in lines, whole words only, in the standalone chart', () => {
    const curve = layoutCurve(
      [{ id: 'a', name: 'Llegada y triaje' }, { id: 'b', name: 'Atención y pruebas' }, { id: 'c', name: 'Alta y vuelta a casa' }],
      [
        { id: 't1', title: 'Uno', emotion: 1, phaseIndex: 0 },
        { id: 't2', title: 'Dos', emotion: -1, phaseIndex: 1 },
        { id: 't3', title: 'Tres', emotion: 2, phaseIndex: 2 },
      ],
      { ...DEFAULT_CURVE_OPTIONS, width: 340 },
    );
    for (const band of curve.bands) {
      expect(band.labelLines.length).toBeGreaterThan(0);
      for (const word of words(band.labelLines)) expect(band.name.split(' ')).toContain(word);
      // The lines sit inside the chart, above the plot.
      expect(bandLabelBox(band, curve.plot).y).toBeGreaterThanOrEqual(0);
    }
  });
});
