/**
 * How the lines of a multi-series chart are told apart: by dash pattern, marker shape and a
 * direct label first, colour last. Colours come from Okabe & Ito's colour-blind-safe set,
 * darkened or lightened where needed so each keeps a 3:1 contrast against both the light
 * (#ffffff) and the dark (#1c1f23) surfaces (WCAG 1.4.11).
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'ring';

export interface SeriesStyle {
  colour: string;
  /** SVG stroke-dasharray; '' for a solid line. */
  dash: string;
  marker: MarkerShape;
  /** Hollow markers are outlined in the series colour. */
  hollow: boolean;
}

export const SERIES_COLOURS = ['#0072b2', '#d55e00', '#008a5e', '#b55a9c', '#7a7f87'] as const;
const DASHES = ['', '9 5', '2 5', '12 4 2 4', '5 3'] as const;
const MARKERS: readonly MarkerShape[] = ['circle', 'square', 'triangle', 'diamond', 'ring'];

/**
 * The style of the n-th series. The first five differ in all three ways; after that the marker
 * shifts by one every round, so the first 25 series are each a distinct (dash, marker) pair.
 */
export function seriesStyle(index: number): SeriesStyle {
  const round = Math.floor(index / DASHES.length);
  const marker = MARKERS[(index + round) % MARKERS.length]!;
  return { colour: SERIES_COLOURS[index % SERIES_COLOURS.length]!, dash: DASHES[index % DASHES.length]!, marker, hollow: marker === 'ring' };
}

/** The compare chart's two lines: today muted and dashed with rings, the vision solid with squares. */
export const BEFORE_STYLE: SeriesStyle = { colour: '#7a7f87', dash: '7 5', marker: 'ring', hollow: true };
export const AFTER_STYLE: SeriesStyle = { colour: '#0072b2', dash: '', marker: 'square', hollow: false };

/** An SVG path for a marker of `size` (its half-width) centred on 0,0. */
export function markerPath(shape: MarkerShape, size: number): string {
  const s = size;
  switch (shape) {
    case 'square':
      return `M${-s * 0.85},${-s * 0.85}H${s * 0.85}V${s * 0.85}H${-s * 0.85}Z`;
    case 'triangle':
      return `M0,${-s * 1.15}L${s * 1.1},${s * 0.8}H${-s * 1.1}Z`;
    case 'diamond':
      return `M0,${-s * 1.25}L${s * 1.05},0L0,${s * 1.25}L${-s * 1.05},0Z`;
    case 'circle':
    case 'ring':
      return `M${-s},0A${s},${s} 0 1 0 ${s},0A${s},${s} 0 1 0 ${-s},0Z`;
  }
}
