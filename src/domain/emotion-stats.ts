import type { EmotionSummary, JourneyStats } from '../model/types.ts';

/** Minimal shape the statistics need, so they work on any touchpoint-like object. */
export interface EmotionPoint {
  id: string;
  emotion: number;
  moment?: 'truth' | 'pain' | undefined;
}

/**
 * Rounds half away from zero to two decimals, as people do by hand (−0.125 → −0.13, 1.025 → 1.03).
 * Scaling through the decimal text ("1.025e2") rather than multiplying by 100 avoids binary
 * error: 1.025 × 100 is 102.49999999999999 in floating point, which would round down.
 */
export function round2(value: number): number {
  const text = String(Math.abs(value));
  // Very small or large numbers print in exponent form already; they are far from a tie anyway.
  const scaled = text.includes('e') ? Math.abs(value) * 100 : Number(`${text}e2`);
  const rounded = (Math.sign(value) * Math.round(scaled)) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Mean (two decimals), minimum and maximum of a set of emotions; undefined for none. */
export function summarizeEmotions(emotions: readonly number[]): EmotionSummary | undefined {
  if (emotions.length === 0) return undefined;
  return { mean: round2(mean(emotions)), min: Math.min(...emotions), max: Math.max(...emotions) };
}

/** `stats` of docs/format.md#journey-json: needs at least one touchpoint (the schema guarantees it). */
export function journeyStats(points: readonly EmotionPoint[]): Omit<JourneyStats, 'evidenceCoverage'> {
  if (points.length === 0) throw new Error('journeyStats needs at least one touchpoint');
  let lowest = points[0]!;
  let highest = points[0]!;
  for (const point of points) {
    // Strict comparisons keep the earliest touchpoint among equal emotions.
    if (point.emotion < lowest.emotion) lowest = point;
    if (point.emotion > highest.emotion) highest = point;
  }
  return {
    emotionMean: round2(mean(points.map((point) => point.emotion))),
    lowest: lowest.id,
    highest: highest.id,
    momentsOfTruth: points.filter((point) => point.moment === 'truth').map((point) => point.id),
    momentsOfPain: points.filter((point) => point.moment === 'pain').map((point) => point.id),
  };
}
