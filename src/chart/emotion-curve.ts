import { EMOTION_MAX, EMOTION_MIN } from '../schema/emotion.ts';
import { estimateTextWidth, placeLabels, type Box, type PlacedLabel } from './label-layout.ts';
import { monotonePath } from './monotone-path.ts';

export interface CurvePhase {
  id: string;
  name: string;
}

export interface CurveTouchpoint {
  id: string;
  title: string;
  emotion: number;
  phaseIndex: number;
  moment?: 'truth' | 'pain' | undefined;
  feeling?: string | undefined;
}

export interface CurveOptions {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Font size of the feeling labels; 0 draws none. */
  labelSize: number;
  pointRadius: number;
}

export interface PhaseBand {
  id: string;
  name: string;
  x: number;
  width: number;
  /** How many touchpoint slots the phase spans (at least one, so an empty phase still shows). */
  slots: number;
  /** The name as it fits above the band: shortened with "…", or empty when nothing fits. */
  label: string;
  /** The same, broken into lines between words (at most BAND_LABEL_LINES), first line on top. */
  labelLines: string[];
}

/** Size of the phase names drawn above the bands. */
export const BAND_LABEL_SIZE = 12;
/** Where a phase name is drawn: this far right of the band's start, with its last baseline this far above the plot. */
export const BAND_LABEL_INSET = 6;
export const BAND_LABEL_RISE = 10;
/** A phase name takes at most this many lines above its band, this far apart. */
export const BAND_LABEL_LINES = 2;
export const BAND_LABEL_LINE_HEIGHT = BAND_LABEL_SIZE * 1.2;
/** A moment's marker (diamond or triangle) reaches this many point radii from its centre. */
export const MOMENT_MARKER_SCALE = 1.45;
/** Half the width of the outline drawn around each marker. */
const MARKER_OUTLINE = 1;

/** The box a touchpoint's marker covers, as MomentMarker.astro draws it. */
export function markerBox(point: { x: number; y: number; moment?: 'truth' | 'pain' | undefined }, pointRadius: number): Box {
  const reach = pointRadius * (point.moment ? MOMENT_MARKER_SCALE : 1) + MARKER_OUTLINE;
  return { x: point.x - reach, y: point.y - reach, width: reach * 2, height: reach * 2 };
}

/** The box a phase name drawn above its band covers, all its lines. */
export function bandLabelBox(band: Pick<PhaseBand, 'x' | 'labelLines'>, plot: Box): Box {
  const lines = Math.max(1, band.labelLines.length);
  return {
    x: band.x + BAND_LABEL_INSET,
    y: plot.y - BAND_LABEL_RISE - BAND_LABEL_SIZE - (lines - 1) * BAND_LABEL_LINE_HEIGHT,
    width: Math.max(0, ...band.labelLines.map((line) => estimateTextWidth(line, BAND_LABEL_SIZE))),
    height: BAND_LABEL_SIZE * 1.2 + (lines - 1) * BAND_LABEL_LINE_HEIGHT,
  };
}

/** The baseline of each line of a phase name: the last one BAND_LABEL_RISE above the plot. */
export function bandLabelBaselines(band: Pick<PhaseBand, 'labelLines'>, plot: Box): number[] {
  const count = band.labelLines.length;
  return band.labelLines.map((_, index) => plot.y - BAND_LABEL_RISE - (count - 1 - index) * BAND_LABEL_LINE_HEIGHT);
}

/**
 * Breaks `text` into at most `maxLines` lines of `width` at `fontSize`, between words. Words
 * that do not all fit end the last line with "…" after a whole word; a single word longer than
 * a line is the only thing ever cut inside a word. [] when not even "X…" fits.
 */
export function wrapText(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const fits = (line: string) => estimateTextWidth(line, fontSize) <= width;
  const lines: string[] = [];
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    const last = lines.length === maxLines - 1;
    let line = words[index]!;
    if (!fits(line)) {
      // A word longer than the line: cut it, the only cut inside a word.
      const cut = fitText(line, width, fontSize);
      if (cut) lines.push(cut);
      return lines;
    }
    index++;
    while (index < words.length && fits(`${line} ${words[index]}`)) line = `${line} ${words[index++]}`;
    if (last && index < words.length) {
      // Words left over: end on a whole word and "…", dropping words until it fits.
      const kept = line.split(' ');
      while (kept.length > 0 && !fits(`${kept.join(' ')}…`)) kept.pop();
      line = kept.length > 0 ? `${kept.join(' ')}…` : fitText(line, width, fontSize);
      if (line) lines.push(line);
      return lines;
    }
    lines.push(line);
  }
  return lines;
}

/** Shortens `text` with an ellipsis so it fits `width` at `fontSize`; "" when not even "X…" fits. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (estimateTextWidth(text, fontSize) <= width) return text;
  const characters = [...text];
  for (let length = characters.length - 1; length >= 1; length--) {
    const candidate = `${characters.slice(0, length).join('').trimEnd()}…`;
    if (estimateTextWidth(candidate, fontSize) <= width) return length >= 3 ? candidate : '';
  }
  return '';
}

export interface PlottedPoint extends CurveTouchpoint {
  x: number;
  y: number;
}

export interface CurveGeometry {
  width: number;
  height: number;
  plot: Box;
  bands: PhaseBand[];
  ticks: Array<{ value: number; y: number }>;
  zeroY: number;
  points: PlottedPoint[];
  path: string;
  labels: PlacedLabel[];
  /** Radius of a plain point; moment markers are MOMENT_MARKER_SCALE times larger. */
  pointRadius: number;
}

export const DEFAULT_CURVE_OPTIONS: CurveOptions = {
  width: 960,
  height: 276,
  // Room above the plot for a phase name on two lines.
  margin: { top: 44, right: 16, bottom: 28, left: 40 },
  labelSize: 12,
  pointRadius: 6,
};

/** Maps an emotion (−3…3) to a y coordinate inside the plot, positive up. */
export function emotionY(emotion: number, plot: Box): number {
  const ratio = (EMOTION_MAX - emotion) / (EMOTION_MAX - EMOTION_MIN);
  return plot.y + ratio * plot.height;
}

/**
 * How many slots each phase takes: one per touchpoint, and one for an empty phase. The map grid
 * uses the same numbers as column widths, so the curve lines up with the columns above it.
 */
export function phaseSlots(phaseCount: number, touchpoints: readonly Pick<CurveTouchpoint, 'phaseIndex'>[]): number[] {
  const slots = Array.from({ length: phaseCount }, () => 0);
  for (const touchpoint of touchpoints) slots[touchpoint.phaseIndex] = (slots[touchpoint.phaseIndex] ?? 0) + 1;
  return slots.map((count) => Math.max(1, count));
}

/** The geometry of one journey's emotion curve: pure numbers, drawn by EmotionChart.astro. */
export function layoutCurve(phases: readonly CurvePhase[], touchpoints: readonly CurveTouchpoint[], options: CurveOptions = DEFAULT_CURVE_OPTIONS): CurveGeometry {
  const { width, height, margin } = options;
  const plot: Box = { x: margin.left, y: margin.top, width: width - margin.left - margin.right, height: height - margin.top - margin.bottom };
  const slots = phaseSlots(phases.length, touchpoints);
  const totalSlots = slots.reduce((sum, count) => sum + count, 0);
  const slotWidth = plot.width / Math.max(1, totalSlots);

  const bands: PhaseBand[] = [];
  let cursor = plot.x;
  phases.forEach((phase, index) => {
    const span = slots[index]! * slotWidth;
    const labelLines = wrapText(phase.name, span - 2 * BAND_LABEL_INSET, BAND_LABEL_SIZE, BAND_LABEL_LINES);
    bands.push({ id: phase.id, name: phase.name, x: cursor, width: span, slots: slots[index]!, label: labelLines.join(' '), labelLines });
    cursor += span;
  });

  const usedInPhase = new Map<number, number>();
  const points: PlottedPoint[] = touchpoints.map((touchpoint) => {
    const band = bands[touchpoint.phaseIndex]!;
    const position = usedInPhase.get(touchpoint.phaseIndex) ?? 0;
    usedInPhase.set(touchpoint.phaseIndex, position + 1);
    return { ...touchpoint, x: band.x + (position + 0.5) * slotWidth, y: emotionY(touchpoint.emotion, plot) };
  });

  const labels =
    options.labelSize > 0
      ? placeLabels(
          points
            .filter((point) => point.feeling)
            .map((point) => ({ id: point.id, text: point.feeling!, anchorX: point.x, anchorY: point.y, prefer: point.emotion >= 0 ? 'above' : 'below' })),
          { x: 0, y: 0, width, height },
          {
            fontSize: options.labelSize,
            pointRadius: options.pointRadius,
            // Every point, labelled or not, at the size its marker is drawn, and the phase names.
            obstacles: [...points.map((point) => markerBox(point, options.pointRadius)), ...bands.filter((band) => band.label).map((band) => bandLabelBox(band, plot))],
          },
        )
      : [];

  const ticks = [];
  for (let value = EMOTION_MIN; value <= EMOTION_MAX; value++) ticks.push({ value, y: emotionY(value, plot) });
  return { width, height, plot, bands, ticks, zeroY: emotionY(0, plot), points, path: monotonePath(points), labels, pointRadius: options.pointRadius };
}
