import { describe, expect, it } from 'vitest';
import { emotionSchema, EMOTION_WORDS } from '../../src/schema/emotion.ts';

describe('the emotion schema', () => {
  it.each([-3, -2, -1, 0, 1, 2, 3])('keeps the integer %i', (emotion) => {
    expect(emotionSchema.parse(emotion)).toBe(emotion);
  });

  it('maps positive to 2, neutral to 0 and negative to −2', () => {
    expect(EMOTION_WORDS).toEqual({ positive: 2, neutral: 0, negative: -2 });
    expect(['positive', 'neutral', 'negative'].map((word) => emotionSchema.parse(word))).toEqual([2, 0, -2]);
  });

  it.each([4, -4, 2.5, 'feliz', 'Positive', '2', null, true])('rejects %j', (emotion) => {
    expect(emotionSchema.safeParse(emotion).success).toBe(false);
  });
});
