import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { slugFromPath } from './handbook/sources.ts';

/*
 * Astro's collections are used to render the MDX narratives. Their frontmatter is validated by
 * Journeybook's own validator (src/validate), which reports every problem with file, line and
 * field before anything renders; so the collection schema here accepts any frontmatter.
 */
const anyFrontmatter = z.record(z.string(), z.unknown());
const generateId = ({ entry }: { entry: string }) => slugFromPath(entry);

export const collections = {
  personas: defineCollection({
    loader: glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: './content/personas', generateId }),
    schema: anyFrontmatter,
  }),
  journeys: defineCollection({
    loader: glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: './content/journeys', generateId }),
    schema: anyFrontmatter,
  }),
};
