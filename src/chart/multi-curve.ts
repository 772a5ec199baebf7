import { EMOTION_MAX, EMOTION_MIN } from '../schema/emotion.ts';
import { emotionY, fitText } from './emotion-curve.ts';
import type { Box } from './label-layout.ts';
import { estimateTextWidth } from './label-layout.ts';
import { monotonePath } from './monotone-path.ts';

/** One point of a series; `position` runs from 0 (left edge of the plot) to 1 (right edge). */
export interface SeriesPoint {
  id: string;
  title: string;
  emotion: number;
  position: number;
  /** A name for the point's column in the data table (its phase). */
  group?: string | undefined;
}

export interface SeriesInput {
  key: string;
  /** Full name, for the legend and the data table. */
  label: string;
  /** The direct label at the line's end (keep it short). */
  endLabel: string;
  points: SeriesPoint[];
}

/** A shaded column behind the lines (a phase), from `start` to `end` in 0…1. */
export interface BandInput {
  name: string;
  start: number;
  end: number;
}

export interface MultiCurveOptions {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Font size of the direct labels. */
  labelSize: number;
}

export interface PlottedSeriesPoint extends SeriesPoint {
  x: number;
  y: number;
}

export interface PlottedSeries extends SeriesInput {
  index: number;
  points: PlottedSeriesPoint[];
  path: string;
  /** Where the direct label goes: its marker glyph at x + 5, the text from x + 15, baseline y. */
  labelAt: { x: number; y: number; text: string };
}

export interface MultiCurveGeometry {
  width: number;
  height: number;
  plot: Box;
  ticks: Array<{ value: number; y: number }>;
  zeroY: number;
  /** `label` is the name as it fits above the band (shortened with "…", or "" when nothing fits). */
  bands: Array<{ name: string; label: string; x: number; width: number }>;
  series: PlottedSeries[];
}

/** The font size of band labels (.band-label in src/styles/chart.css). */
const BAND_LABEL_SIZE = 12;

export const DEFAULT_MULTI_CURVE_OPTIONS: MultiCurveOptions = {
  width: 960,
  height: 300,
  margin: { top: 32, right: 24, bottom: 24, left: 40 },
  labelSize: 13,
};

/**
 * Geometry of several emotion curves on one plot. The right margin grows to fit the longest
 * direct label (with its marker glyph); labels sit just right of the plot at the height of their line's last point,
 * pushed apart so they never overlap (and kept inside the chart).
 */
export function layoutMultiCurve(series: readonly SeriesInput[], bands: readonly BandInput[] = [], options: MultiCurveOptions = DEFAULT_MULTI_CURVE_OPTIONS): MultiCurveGeometry {
  const { width, height, margin, labelSize } = options;
  const labelWidth = Math.max(0, ...series.map((entry) => estimateTextWidth(entry.endLabel, labelSize)));
  // Room for the gap (12), the marker glyph before the text (15) and a little air (8).
  const right = Math.max(margin.right, labelWidth + 35);
  const plot: Box = { x: margin.left, y: margin.top, width: width - margin.left - right, height: height - margin.top - margin.bottom };
  const xAt = (position: number) => plot.x + Math.min(1, Math.max(0, position)) * plot.width;

  const plotted = series.map((entry, index): PlottedSeries => {
    const points = entry.points.map((point) => ({ ...point, x: xAt(point.position), y: emotionY(point.emotion, plot) }));
    const last = points[points.length - 1];
    return { ...entry, index, points, path: monotonePath(points), labelAt: { x: plot.x + plot.width + 12, y: (last?.y ?? plot.y) + labelSize * 0.35, text: entry.endLabel } };
  });
  spreadLabels(plotted.map((entry) => entry.labelAt), labelSize * 1.35, labelSize, height - 2);

  const ticks = [];
  for (let value = EMOTION_MIN; value <= EMOTION_MAX; value++) ticks.push({ value, y: emotionY(value, plot) });
  return {
    width,
    height,
    plot,
    ticks,
    zeroY: emotionY(0, plot),
    bands: bands.map((band) => {
      const bandWidth = xAt(band.end) - xAt(band.start);
      // The label starts 6 px into its band and must end before the next one's.
      return { name: band.name, label: fitText(band.name, bandWidth - 10, BAND_LABEL_SIZE), x: xAt(band.start), width: bandWidth };
    }),
    series: plotted,
  };
}

/**
 * Moves labels vertically (in place) so consecutive baselines are at least `gap` apart, staying
 * within [top, bottom]: sorted by y, pushed down past their predecessor, then pulled back up
 * from the bottom if the last one overflowed.
 */
export function spreadLabels(labels: Array<{ y: number }>, gap: number, top: number, bottom: number): void {
  const sorted = [...labels].sort((a, b) => a.y - b.y);
  for (let i = 0; i < sorted.length; i++) {
    const floor = i === 0 ? top : sorted[i - 1]!.y + gap;
    sorted[i]!.y = Math.max(sorted[i]!.y, floor);
  }
  for (let i = sorted.length - 1; i >= 0; i--) {
    const ceiling = i === sorted.length - 1 ? bottom : sorted[i + 1]!.y - gap;
    sorted[i]!.y = Math.min(sorted[i]!.y, ceiling);
  }
}

/**
 * Shortens a label to about `max` characters by cutting its middle at word boundaries
 * ("Abrir una cuenta… (visión 2027)"): the start says what it is and the end often tells
 * similar titles apart, which a cut at the end would lose.
 */
export function shortLabel(text: string, max = 30): string {
  if (text.length <= max) return text;
  const words = text.split(/\s+/);
  let head = '';
  let tail = '';
  let i = 0;
  let j = words.length - 1;
  // Take words from the start up to ~60 % of the room, then from the end with what is left.
  while (i <= j && (head ? `${head} ${words[i]}` : words[i]!).length <= max * 0.6) head = head ? `${head} ${words[i++]}` : words[i++]!;
  while (j >= i && (tail ? `${words[j]} ${tail}` : words[j]!).length + head.length + 1 <= max) tail = tail ? `${words[j--]} ${tail}` : words[j--]!;
  if (!head) return `${text.slice(0, max - 1)}…`;
  return `${head.replace(/[\s,.;:–-]+$/, '')}…${tail ? ` ${tail}` : ''}`;
}
