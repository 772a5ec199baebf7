import { describe, expect, it } from 'vitest';
import { journeyStats, mean, round2, summarizeEmotions, type EmotionPoint } from '../../src/domain/emotion-stats.ts';

const points = (...emotions: number[]): EmotionPoint[] => emotions.map((emotion, index) => ({ id: `t${index + 1}`, emotion }));

describe('rounding to two decimals', () => {
  it.each([
    [2 / 3, 0.67],
    [-2 / 3, -0.67],
    [0.125, 0.13],
    [-0.125, -0.13],
    [41 / 40, 1.03], // 1.025: binary floating point would round it down
    [-41 / 40, -1.03],
    [201 / 200, 1.01], // 1.005
    [1.5, 1.5],
    [3, 3],
  ])('rounds %d half away from zero to %d', (value, expected) => {
    expect(round2(value)).toBe(expected);
  });

  it('never gives a negative zero', () => {
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(Object.is(round2(-0), 0)).toBe(true);
  });
});

describe('emotion summaries', () => {
  it('gives the mean to two decimals with the minimum and maximum', () => {
    expect(summarizeEmotions([1, -2, 2])).toEqual({ mean: 0.33, min: -2, max: 2 });
    expect(summarizeEmotions([-1, -2])).toEqual({ mean: -1.5, min: -2, max: -1 });
  });

  it('has no summary for a phase without touchpoints', () => {
    expect(summarizeEmotions([])).toBeUndefined();
  });

  it('takes the mean of nothing as zero', () => {
    expect(mean([])).toBe(0);
  });
});

describe('journey statistics', () => {
  it('gives the mean emotion to two decimals', () => {
    expect(journeyStats(points(1, 2, -2)).emotionMean).toBe(0.33);
    expect(journeyStats(points(-3, -2, -2)).emotionMean).toBe(-2.33);
  });

  it('names the lowest and the highest touchpoint', () => {
    const stats = journeyStats(points(0, 3, -3, 1));
    expect(stats.lowest).toBe('t3');
    expect(stats.highest).toBe('t2');
  });

  it('names the earliest touchpoint among equally low and equally high ones', () => {
    const stats = journeyStats(points(1, -2, 2, -2, 2, 1));
    expect(stats.lowest).toBe('t2');
    expect(stats.highest).toBe('t3');
  });

  it('names the first touchpoint for both ends when every emotion is the same', () => {
    const stats = journeyStats(points(0, 0, 0));
    expect([stats.lowest, stats.highest]).toEqual(['t1', 't1']);
  });

  it('lists moments of truth and of pain in journey order', () => {
    const stats = journeyStats([
      { id: 'llamada', emotion: -3, moment: 'pain' },
      { id: 'firma', emotion: 3, moment: 'truth' },
      { id: 'espera', emotion: -2, moment: 'pain' },
      { id: 'correo', emotion: 0 },
      { id: 'bienvenida', emotion: 2, moment: 'truth' },
    ]);
    expect(stats.momentsOfTruth).toEqual(['firma', 'bienvenida']);
    expect(stats.momentsOfPain).toEqual(['llamada', 'espera']);
  });

  it('gives empty moment lists when no touchpoint is marked', () => {
    const stats = journeyStats(points(1, 2));
    expect(stats.momentsOfTruth).toEqual([]);
    expect(stats.momentsOfPain).toEqual([]);
  });

  it('refuses a journey without touchpoints, which validation never lets through', () => {
    expect(() => journeyStats([])).toThrow(/at least one touchpoint/);
  });
});
