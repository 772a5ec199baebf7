import { z } from 'astro/zod';

/** A key performance indicator at journey, phase or touchpoint level (docs/format.md#kpis). */
export const kpiSchema = z.strictObject({
  /** What is measured ("Tasa de abandono"). */
  name: z.string().trim().min(1).describe('What is measured.'),
  /** The measured value. */
  value: z.number().describe('The measured value.'),
  /** Unit shown after the value ("%", "min", "€"). */
  unit: z.string().optional().describe('Unit shown after the value, e.g. "%".'),
  /** The value the organisation aims for; a value on the wrong side of it is flagged. */
  target: z.number().optional().describe('The value aimed for; missing it flags the KPI.'),
  /** Whether a higher or a lower value is better. */
  better: z.enum(['higher', 'lower']).default('higher').describe('higher (default) or lower is better.'),
});

export type Kpi = z.output<typeof kpiSchema>;
