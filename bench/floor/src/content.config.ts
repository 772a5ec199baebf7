import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { fileURLToPath } from 'node:url';

/*
 * The same journey files Journeybook builds: the bench runner sets BENCH_CONTENT_DIR to the
 * generated handbook's content/ folder. No schema: the floor only renders the narratives.
 */
const content = process.env.BENCH_CONTENT_DIR ?? fileURLToPath(new URL('../../work/journeybook/content', import.meta.url));

export const collections = {
  journeys: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${content}/journeys` }),
  }),
};
