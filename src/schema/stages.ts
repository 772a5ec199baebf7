import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

/** One stage of the handbook's shared lifecycle (docs/format.md#stages-v2). */
export const stageSchema = z.strictObject({
  /** What phases name in `stage:`; unique in the file. */
  id: idSchema.describe('What phases name in `stage:`, [a-z0-9-]+; unique in the file.'),
  /** The name readers see ("Contratar"). */
  name: textSchema.describe('The name readers see.'),
  /** A sentence about the stage, shown on the stages page. */
  description: z.string().optional().describe('A sentence about the stage.'),
});

/** `content/stages.yaml`: the stages, in the order every cross-journey view lists them. */
export const stagesFileSchema = z
  .array(stageSchema)
  .min(1, 'list at least one stage, or remove the file')
  .describe('The stages every journey shares, in order: a list of { id, name, description? }.');

export type Stage = z.output<typeof stageSchema>;
