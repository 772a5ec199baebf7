import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** The site pages a track step may send a reader to (docs/format.md#tracks-v2). */
export const TRACK_PAGES = ['home', 'insights', 'channels', 'personas', 'journeys'] as const;
export type TrackPage = (typeof TRACK_PAGES)[number];

/** The fields of a step that name what to read; a step names exactly one of them. */
export const TRACK_STEP_KINDS = ['journey', 'persona', 'research', 'page'] as const;
export type TrackStepKind = (typeof TRACK_STEP_KINDS)[number];

/**
 * One step of a track. A flat object rather than a union of four, so an author's misspelt key
 * gets a "did you mean" and editors complete every key; the refinement keeps it to one target.
 */
export const trackStepSchema = z
  .strictObject({
    /** Slug of a journey to read. */
    journey: textSchema.optional().describe('Slug of a journey to read.'),
    /** Slug of a persona to meet. */
    persona: textSchema.optional().describe('Slug of a persona to meet.'),
    /** Id of a research source (content/research/<id>.md). */
    research: textSchema.optional().describe('Id of a research source, content/research/<id>.md.'),
    /** A page of the site: home, insights, channels, personas or journeys. */
    page: z.enum(TRACK_PAGES).optional().describe('home, insights, channels, personas or journeys.'),
    /** Why to read it, in a sentence: shown with the step. */
    note: textSchema.optional().describe('Why to read it, in a sentence.'),
  })
  .superRefine((step, context) => {
    const named = TRACK_STEP_KINDS.filter((kind) => step[kind] !== undefined);
    if (named.length === 1) return;
    context.addIssue({
      code: 'custom',
      // No `input`: the message says everything, a "got a group of fields" would add nothing.
      input: undefined,
      message:
        named.length === 0
          ? 'name what to read: journey, persona, research or page (for example "journey: banca/alta-online")'
          : `a step names one thing to read, not ${named.map((kind) => `"${kind}"`).join(' and ')}: make each its own step`,
    });
  }, { when: (payload) => payload.issues.length === 0 });

/** A track file's frontmatter: a reading path for onboarding (docs/format.md#tracks-v2). */
export const trackSchema = z.strictObject({
  /** "Primera semana en oficinas". */
  title: textSchema.describe("The track's name."),
  /** What it is for, in a sentence. */
  description: z.string().optional().describe('What it is for, in a sentence.'),
  /** Who it is for, in words: "Nuevo personal de oficinas". */
  audience: z.string().optional().describe('Who it is for, in words.'),
  /** Which audiences may see it (docs/format.md#audiences-v2); the settings' default when absent. */
  visibility: z.enum(['internal', 'public']).optional().describe('internal or public; default from the settings.'),
  /** What to read, in order. */
  steps: z.array(trackStepSchema).min(1, 'list at least one step').describe('What to read, in order.'),
});

export type TrackData = z.output<typeof trackSchema>;
export type TrackStepData = z.output<typeof trackStepSchema>;
