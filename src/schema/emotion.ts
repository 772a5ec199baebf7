import { z } from 'astro/zod';

/** Words an author may write instead of a number, and the integer each one stands for. */
export const EMOTION_WORDS = { positive: 2, neutral: 0, negative: -2 } as const;
export type EmotionWord = keyof typeof EMOTION_WORDS;

export const EMOTION_MIN = -3;
export const EMOTION_MAX = 3;

/**
 * How a touchpoint feels, from −3 (very bad) to 3 (delightful); 0 is neutral.
 * Authors may write `positive`, `neutral` or `negative`; the schema turns them into 2, 0 and −2
 * so every later stage works with integers only.
 */
export const emotionSchema = z
  .union([
    z.int().min(EMOTION_MIN).max(EMOTION_MAX),
    z.enum(Object.keys(EMOTION_WORDS) as [EmotionWord, ...EmotionWord[]]),
  ])
  .transform((value) => (typeof value === 'number' ? value : EMOTION_WORDS[value]))
  .describe('How it feels: an integer from -3 to 3, or positive (2), neutral (0), negative (-2).');
