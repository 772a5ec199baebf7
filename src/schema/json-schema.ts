/**
 * JSON Schemas for the frontmatter of personas and journeys and for channels.yaml, stages.yaml and
 * the `_folder.yaml` folder labels, generated from
 * the Zod schemas (the single source of truth) with `z.toJSONSchema`. Editors with the YAML
 * language server use them for completion, hover text and validation (docs/authoring.md, "Editor
 * support"); `npm run schema` writes them to schemas/.
 *
 * They describe what an author writes (Zod's input side: `emotion: negative`, defaults optional).
 * They cannot know the handbook's own personas, phases or channels.yaml, so those cross-references
 * are left to `npm run check`; built-in channels are offered as examples for completion.
 */
import { z } from 'astro/zod';
import { BUILT_IN_CHANNEL_IDS, channelsFileSchema } from './channels.ts';
import { journeySchema, touchpointSchema } from './journey.ts';
import { personaSchema } from './persona.ts';
import { researchSchema } from './research.ts';
import { trackSchema } from './track.ts';
import { stagesFileSchema } from './stages.ts';
import { folderFileSchema } from './folder.ts';

export type FrontmatterKind = 'journey' | 'persona' | 'research' | 'track' | 'channels' | 'stages' | 'folder';

type JsonSchema = Record<string, unknown>;

const SOURCES = {
  journey: { schema: journeySchema, title: 'Journeybook journey', description: 'The frontmatter of a journey file, content/journeys/<slug>.mdx (docs/format.md#journeys).' },
  persona: { schema: personaSchema, title: 'Journeybook persona', description: 'The frontmatter of a persona file, content/personas/<slug>.mdx (docs/format.md#personas).' },
  research: { schema: researchSchema, title: 'Journeybook research source', description: 'The frontmatter of a research file, content/research/<id>.md (docs/format.md#research-v2).' },
  track: { schema: trackSchema, title: 'Journeybook track', description: 'The frontmatter of a track file, content/tracks/<id>.md: a reading path for onboarding (docs/format.md#tracks-v2).' },
  channels: { schema: channelsFileSchema, title: 'Journeybook channels', description: 'content/channels.yaml: extra channels, or new labels and icons for built-in ones (docs/format.md#channels).' },
  stages: { schema: stagesFileSchema, title: 'Journeybook stages', description: 'content/stages.yaml: the stages every journey shares, in order (docs/format.md#stages-v2).' },
  folder: { schema: folderFileSchema, title: 'Journeybook folder label', description: 'content/journeys/<folder>/_folder.yaml: the label of a folder of journeys (docs/format.md#folder-labels-v2).' },
} as const;

/** The JSON Schema (draft-07, the version every YAML language server reads) for one kind of file. */
export function frontmatterJsonSchema(kind: FrontmatterKind): JsonSchema {
  const source = SOURCES[kind];
  const generated = z.toJSONSchema(source.schema, {
    target: 'draft-7',
    // What authors write, before defaults and the emotion words are turned into numbers.
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === touchpointSchema.shape.channel) jsonSchema.examples = [...BUILT_IN_CHANNEL_IDS];
      if (zodSchema === personaSchema.shape.channels) (jsonSchema.items as JsonSchema).examples = [...BUILT_IN_CHANNEL_IDS];
      if (jsonSchema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') jsonSchema.format = 'date';
    },
  }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return { $schema, title: source.title, description: source.description, ...rest };
}

/** The file each schema is written to under schemas/, and the text written there. */
export function jsonSchemaFiles(): Array<{ file: string; text: string }> {
  return (Object.keys(SOURCES) as FrontmatterKind[]).map((kind) => ({
    file: `${kind}.schema.json`,
    text: `${JSON.stringify(frontmatterJsonSchema(kind), null, 2)}\n`,
  }));
}
