import { z } from 'astro/zod';
import { visibilitySchema } from './audience.ts';
import { idSchema, isoDateSchema, textListSchema, textSchema } from './common.ts';
import { emotionSchema } from './emotion.ts';
import { kpiSchema } from './kpi.ts';
import { durationSchema } from './duration.ts';

export const JOURNEY_STATES = ['current', 'future'] as const;
export const MOMENTS = ['truth', 'pain'] as const;

/** One column of the map: a stage of the timeline (docs/format.md#phases). */
export const phaseSchema = z.strictObject({
  /** Unique in the journey; touchpoints name it in `phase`. */
  id: idSchema.describe('Unique in the journey, [a-z0-9-]+.'),
  /** Column heading ("Descubrir"). */
  name: textSchema.describe('Column heading.'),
  /** What the persona wants in this phase. */
  goal: z.string().optional().describe('What the persona wants in this phase.'),
  /** Free text: "2 días", "una tarde". */
  duration: z.string().optional().describe('How long it lasts, free text.'),
  /** Indicators measured for the phase. */
  kpis: z.array(kpiSchema).optional().describe('Indicators measured for the phase.'),
  /** The handbook-wide stage it belongs to: an id from content/stages.yaml. */
  stage: idSchema.optional().describe('A stage id from content/stages.yaml.'),
});

/** One thing that happens to the persona (docs/format.md#touchpoints). */
export const touchpointSchema = z.strictObject({
  /** Unique in the journey; defaults to t1, t2, … by position. */
  id: idSchema.optional().describe('Unique in the journey; default t1, t2, … by position.'),
  /** The id of the phase it belongs to. */
  phase: idSchema.describe("One of the journey's phase ids."),
  /** What the persona does or experiences ("Llama al centro de atención"). */
  title: textSchema.describe('What the persona does or experiences.'),
  /** Where it happens: a built-in channel id or one from channels.yaml. */
  channel: idSchema.describe('A built-in channel id or one from channels.yaml.'),
  /** How it feels, −3…3 or positive/neutral/negative. */
  emotion: emotionSchema,
  /** One word shown on the chart ("aliviada"). */
  feeling: z.string().optional().describe('One word shown on the chart.'),
  /** What they think, in their words. */
  thought: z.string().optional().describe('What they think, in their words.'),
  /** What goes wrong. */
  pain: z.string().optional().describe('What goes wrong.'),
  /** What we could do about it. */
  opportunity: z.string().optional().describe('What we could do about it.'),
  /** A moment of truth (lasting positive impression) or a moment of pain. */
  moment: z.enum(MOMENTS).optional().describe('truth or pain.'),
  /** How much it matters to the persona, 1…5. */
  importance: z.int().min(1).max(5).default(3).describe('How much it matters, 1 to 5 (default 3).'),
  /** Department responsible (front stage). */
  owner: z.string().optional().describe('Department responsible (front stage).'),
  /** What the persona sees or receives. */
  evidence: textListSchema.optional().describe('What the persona sees or receives.'),
  /** What the organisation does behind the line of visibility. */
  backstage: textListSchema.optional().describe('What the organisation does behind the line of visibility.'),
  /** Systems, suppliers and processes that support it. */
  support: textListSchema.optional().describe('Systems, suppliers and processes that support it.'),
  /** Indicators measured at this touchpoint. */
  kpis: z.array(kpiSchema).optional().describe('Indicators measured at this touchpoint.'),
  /** The research behind it: ids of files in content/research/ (docs/format.md#research-v2). */
  sources: z.array(textSchema).optional().describe('Ids of the research in content/research/ that backs it.'),
  /** A verbatim from research, shown in quotation marks. */
  quote: textSchema.optional().describe('A verbatim from research, shown in quotation marks.'),
  /** The slug of a journey that zooms into this touchpoint (a sub-journey). */
  detail: textSchema.optional().describe('The slug of a journey that zooms into this touchpoint.'),
  /** Free labels; each tag has a page. */
  tags: textListSchema.optional().describe('Free labels; each tag has a page.'),
});

/** A journey file's frontmatter (docs/format.md#journeys). */
export const journeySchema = z.strictObject({
  /** "Abrir una cuenta online". */
  title: textSchema.describe('The journey title.'),
  /** Slug of the protagonist persona. */
  persona: textSchema.describe('Slug of the protagonist persona.'),
  /** One or two sentences for cards, meta description and share image. */
  summary: z.string().optional().describe('One or two sentences for cards and share images.'),
  /** The situation and expectation the persona starts with. */
  scenario: z.string().optional().describe('The situation and expectation the persona starts with.'),
  /** A map of today (`current`) or a vision (`future`). */
  state: z.enum(JOURNEY_STATES).default('current').describe('current (default) or future.'),
  /** On a future journey: the slug of the current journey it improves on. */
  compares: textSchema.optional().describe('On a future journey: the current journey it improves on.'),
  /** Team accountable for the journey. */
  owner: z.string().optional().describe('Team accountable for the journey.'),
  /** Date of the last review, YYYY-MM-DD. */
  reviewed: isoDateSchema.optional().describe('Date of the last review, YYYY-MM-DD.'),
  /** How often it must be reviewed: "6 months", "1 year", "3 meses", "1 año"; default the site's interval. */
  review_every: durationSchema.optional().describe('How often it must be reviewed: "6 months", "1 year" (also "6 meses", "1 año"); default the site\'s interval.'),
  /** Free labels, searchable; each tag has a page. */
  tags: textListSchema.optional().describe('Free labels, searchable; each tag has a page.'),
  /** Which audiences may see it: `internal` (default from settings) or `public`. */
  visibility: visibilitySchema,
  /** Journey-level indicators. */
  kpis: z.array(kpiSchema).optional().describe('Journey-level indicators.'),
  /** The timeline, in order. */
  phases: z.array(phaseSchema).min(1, 'list at least one phase').describe('The timeline, in order.'),
  /** What happens, in time order. */
  touchpoints: z.array(touchpointSchema).min(1, 'list at least one touchpoint').describe('What happens, in time order.'),
});

export type JourneyData = z.output<typeof journeySchema>;
export type PhaseData = z.output<typeof phaseSchema>;
export type TouchpointData = z.output<typeof touchpointSchema>;
