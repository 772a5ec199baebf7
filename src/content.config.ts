import { defineCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import config from 'virtual:journeybook/config';
import { slugFromPath, type CollectionName } from './sources/content-files.ts';
import { pageContext } from './site/page-context.ts';
import { loaderForAudience } from './integration/audience-loader.ts';
import { frontmatterJsonSchema, type FrontmatterKind } from './schema/json-schema.ts';
import { tolerantGlob } from './integration/tolerant-glob.ts';
import { narrativesOnly } from './integration/narrative-store.ts';

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

/**
 * The slugs the build's audience may see, or undefined for the internal handbook (everything).
 * A handbook with errors does not build: then nothing is loaded for a restricted audience (in
 * `npm run dev`, pageContext's model holds the files that can be shown, and only those load).
 */
function visibleSlugs(collection: CollectionName): ReadonlySet<string> | undefined {
  if (config.settings.audience === 'internal') return undefined;
  try {
    const { handbook } = pageContext();
    const slugs = {
      journeys: handbook.journeys.map((journey) => journey.slug),
      personas: handbook.personas.map((persona) => persona.slug),
      research: handbook.research.map((source) => source.id),
      tracks: handbook.tracks.map((track) => track.id),
    };
    return new Set(slugs[collection]);
  } catch {
    return new Set();
  }
}

function handbookFiles(collection: CollectionName) {
  const files = narrativesOnly(tolerantGlob({ pattern: ['**/*.{md,mdx}', '!**/_*'], base: `./content/${collection}`, generateId }));
  return loaderForAudience(optionalFolder(files, collection), () => visibleSlugs(collection));
}

/**
 * Research and tracks are optional folders. Astro's glob loader warns about a folder that does
 * not exist, which an author reads as something wrong with their handbook: an absent folder is
 * an empty collection, said nothing about.
 */
function optionalFolder(files: Loader, collection: CollectionName): Loader {
  return {
    name: files.name,
    load: async (context) => {
      if (existsSync(new URL(`content/${collection}/`, context.config.root))) return files.load(context);
      context.store.clear();
    },
  };
}

export const collections = {
  personas: defineCollection({
    loader: handbookFiles('personas'),
    schema: anyFrontmatterDescribedAs('persona'),
  }),
  journeys: defineCollection({
    loader: handbookFiles('journeys'),
    schema: anyFrontmatterDescribedAs('journey'),
  }),
  research: defineCollection({
    loader: handbookFiles('research'),
    schema: anyFrontmatterDescribedAs('research'),
  }),
  tracks: defineCollection({
    loader: handbookFiles('tracks'),
    schema: anyFrontmatterDescribedAs('track'),
  }),
};
