import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { slugFromPath } from './sources/content-files.ts';
import { frontmatterJsonSchema, type FrontmatterKind } from './schema/json-schema.ts';

/*
 * Astro's collections are used to render the MDX narratives. Their frontmatter is validated by
 * Journeybook's own validator (src/validate), which reports every problem with file, line and
 * field before anything renders; so the collection schema here accepts any frontmatter. It
 * carries the real format as JSON Schema metadata, which Astro's content Intellisense hands to
 * editors (docs/authoring.md, "Editor support").
 */
function anyFrontmatterDescribedAs(kind: FrontmatterKind) {
  const { $schema: _dialect, ...format } = frontmatterJsonSchema(kind);
  return z.record(z.string(), z.unknown()).meta(format);
}

const generateId = ({ entry }: { entry: string }) => slugFromPath(entry);

export const collections = {
  personas: defineCollection({
    loader: glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: './content/personas', generateId }),
    schema: anyFrontmatterDescribedAs('persona'),
  }),
  journeys: defineCollection({
    loader: glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: './content/journeys', generateId }),
    schema: anyFrontmatterDescribedAs('journey'),
  }),
  tracks: defineCollection({
    loader: glob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: './content/tracks', generateId }),
    schema: anyFrontmatterDescribedAs('track'),
  }),
};
