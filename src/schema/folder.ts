import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** `content/journeys/<folder>/_folder.yaml`: how a folder's group of journeys is shown (docs/format.md#folder-labels-v2). */
export const folderFileSchema = z
  .strictObject({
    /** What navigation, breadcrumbs and the journeys index show instead of the folder name. */
    label: textSchema.describe('What navigation, breadcrumbs and the journeys index show instead of the folder name.'),
    /** A sentence about the group, shown on the journeys index. */
    description: z.string().optional().describe('A sentence about the group.'),
    /** Groups are sorted by `order` (lowest first), then by label. */
    order: z.number().optional().describe('Groups are sorted by order (lowest first), then by label.'),
  })
  .describe('A label for the folder of journeys this file is in.');

export type FolderFile = z.output<typeof folderFileSchema>;
