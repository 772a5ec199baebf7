import { z } from 'astro/zod';
import { visibilitySchema } from './audience.ts';
import { idSchema, textListSchema, textSchema } from './common.ts';

export const INFLUENCES = ['decision-maker', 'influencer', 'prescriber', 'user', 'other'] as const;

/** Someone around the persona who shapes the journey (docs/format.md#personas, `supporting`). */
export const supportingCharacterSchema = z.strictObject({
  /** Who they are ("Lucía, su hija"). */
  name: textSchema.describe('Who they are.'),
  /** Their relation to the persona ("Hija, 31 años"). */
  role: z.string().optional().describe('Their relation to the persona.'),
  /** How they weigh on the persona's decisions. */
  influence: z.enum(INFLUENCES).optional().describe('decision-maker, influencer, prescriber, user or other.'),
});

/** A persona file's frontmatter (docs/format.md#personas). */
export const personaSchema = z.strictObject({
  /** Display name ("María Gómez"). */
  name: textSchema.describe('Display name.'),
  /** One-line description ("Cliente particular, 58 años"). */
  role: z.string().optional().describe('One-line description.'),
  /** A picture path relative to this file, or a single emoji. */
  avatar: textSchema.optional().describe('An image path relative to the file, or a single emoji.'),
  /** What they would say, in their own words. */
  quote: z.string().optional().describe('What they would say, in their own words.'),
  /** Customer segment or archetype group. */
  segment: z.string().optional().describe('Customer segment or archetype group.'),
  /** What they want to achieve. */
  goals: textListSchema.optional().describe('What they want to achieve.'),
  /** What they need from the organisation. */
  needs: textListSchema.optional().describe('What they need from the organisation.'),
  /** What frustrates them today. */
  pains: textListSchema.optional().describe('What frustrates them today.'),
  /** What they expect to happen. */
  expectations: textListSchema.optional().describe('What they expect.'),
  /** Why they act. */
  motivations: textListSchema.optional().describe('Why they act.'),
  /** Channels they prefer (ids of built-in channels or of channels.yaml). */
  channels: z.array(idSchema).optional().describe('Ids of the channels they prefer.'),
  /** Supporting characters: family, colleagues, advisers. */
  supporting: z.array(supportingCharacterSchema).optional().describe('Supporting characters.'),
  /** Which audiences may see it: `internal` (default from settings) or `public`. */
  visibility: visibilitySchema,
});

export type PersonaData = z.output<typeof personaSchema>;
export type SupportingCharacter = z.output<typeof supportingCharacterSchema>;
