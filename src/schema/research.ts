import { z } from 'astro/zod';
import { isoDateSchema, textSchema } from './common.ts';

export const RESEARCH_METHODS = ['interview', 'survey', 'usability-test', 'analytics', 'support-tickets', 'observation', 'desk', 'other'] as const;
export type ResearchMethod = (typeof RESEARCH_METHODS)[number];

/**
 * A research source's frontmatter, `content/research/<id>.md` (docs/format.md#research-v2): the
 * study a touchpoint's `sources` cite. Its body holds the findings and verbatims.
 */
export const researchSchema = z.strictObject({
  /** "Entrevistas a autónomos, marzo 2026". */
  title: textSchema.describe("The study's name."),
  /** How it was gathered. */
  method: z.enum(RESEARCH_METHODS).describe('interview, survey, usability-test, analytics, support-tickets, observation, desk or other.'),
  /** When: the end of fieldwork, YYYY-MM-DD. */
  date: isoDateSchema.describe('End of fieldwork, YYYY-MM-DD.'),
  /** How many people took part (n). */
  participants: z.int().min(1).optional().describe('How many people took part (n), at least 1.'),
  /** Where the full report lives: shown as a link, never fetched. Only http(s), so no script can hide in it. */
  link: z
    .url({ protocol: /^https?$/, error: 'write the address of the report, starting with https:// or http://' })
    .optional()
    .describe('Address of the full report (http or https); shown, never fetched.'),
  /** Who ran it. */
  owner: z.string().optional().describe('Who ran it.'),
  /** Who may see it (docs/format.md#audiences-v2); undefined: the settings' default. */
  visibility: z.enum(['internal', 'public']).optional().describe('internal or public; default from the settings.'),
});

export type ResearchData = z.output<typeof researchSchema>;
