import { z } from 'astro/zod';

/**
 * Who may see a journey, persona, research source or track (docs/format.md#audiences). An
 * `internal` build holds everything; a `public` build only what is marked `public`.
 */
export const AUDIENCES = ['internal', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** A file's `visibility`: left out, it takes the handbook's `defaultVisibility` setting. */
export const visibilitySchema = z.enum(AUDIENCES).optional().describe('internal or public; left out, the site default (internal).');

/** Whether an item of this visibility (undefined: the default) belongs in a build for `audience`. */
export function visibleTo(audience: Audience, visibility: Audience | undefined, defaultVisibility: Audience): boolean {
  return audience === 'internal' || (visibility ?? defaultVisibility) === 'public';
}
