/**
 * `npm run schema`: writes the JSON Schemas of the frontmatter (schemas/journey.schema.json,
 * persona.schema.json, research.schema.json, track.schema.json) and of the handbook's YAML files
 * (channels.schema.json, stages.schema.json, folder.schema.json) from the Zod schemas in
 * src/schema. Run it after changing a schema; a unit test fails while the committed files are
 * out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaFiles } from '../src/schema/json-schema.ts';

const dir = join(import.meta.dirname, '..', 'schemas');
mkdirSync(dir, { recursive: true });
for (const { file, text } of jsonSchemaFiles()) {
  writeFileSync(join(dir, file), text);
  console.log(`wrote schemas/${file}`);
}
