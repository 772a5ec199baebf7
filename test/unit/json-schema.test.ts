import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { journeyFileText } from '../../src/authoring/journey-file.ts';
import { newJourneyDraft } from '../../src/authoring/new-journey.ts';
import { personaFileText } from '../../src/authoring/persona-file.ts';
import { frontmatterJsonSchema, jsonSchemaFiles, type FrontmatterKind } from '../../src/schema/json-schema.ts';
import { parseSource } from '../../src/validate/frontmatter.ts';

const SCHEMAS = join(import.meta.dirname, '..', '..', 'schemas');
const FIXTURE = join(import.meta.dirname, '..', 'cli', 'fixtures', 'handbook');

describe('JSON Schemas of the frontmatter', () => {
  it.each(jsonSchemaFiles())('schemas/$file is up to date with src/schema (run `npm run schema` after changing a schema)', ({ file, text }) => {
    expect(readFileSync(join(SCHEMAS, file), 'utf8')).toBe(text);
  });

  it('describes what authors write: emotion words and numbers, required fields, no unknown fields', () => {
    const journey = frontmatterJsonSchema('journey') as {
      required: string[];
      additionalProperties: boolean;
      properties: { touchpoints: { items: { required: string[]; properties: { emotion: { anyOf: Array<Record<string, unknown>> } } } } };
    };
    expect(journey.required).toEqual(['title', 'persona', 'phases', 'touchpoints']);
    expect(journey.additionalProperties).toBe(false);
    const touchpoint = journey.properties.touchpoints.items;
    expect(touchpoint.required).toEqual(['phase', 'title', 'channel', 'emotion']);
    expect(touchpoint.properties.emotion.anyOf).toEqual([
      { type: 'integer', minimum: -3, maximum: 3 },
      { type: 'string', enum: ['positive', 'neutral', 'negative'] },
    ]);
  });

  it('offers the built-in channels for completion without rejecting channels.yaml ones', () => {
    const journey = frontmatterJsonSchema('journey') as { properties: { touchpoints: { items: { properties: { channel: Record<string, unknown> } } } } };
    const channel = journey.properties.touchpoints.items.properties.channel;
    expect(channel.examples).toContain('in-person');
    expect(channel.enum).toBeUndefined();
    expect(channel.pattern).toBe('^[a-z0-9-]+$');
  });

  it('is draft-07, the version YAML language servers read, with field descriptions for hover text', () => {
    const persona = frontmatterJsonSchema('persona') as { $schema: string; properties: { name: { description: string } } };
    expect(persona.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(persona.properties.name.description).toBe('Display name.');
  });
});

describe('JSON Schemas against real files', () => {
  const ajv = new Ajv({ allErrors: true, strict: true, validateFormats: false });
  const validate = (kind: FrontmatterKind, data: unknown) => {
    const check = ajv.compile(frontmatterJsonSchema(kind));
    return check(data) ? [] : (check.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };
  const frontmatterOf = (path: string) => parseSource(readFileSync(join(FIXTURE, path), 'utf8')).data;

  it('accept the persona and journey that pass npm run check', () => {
    expect(validate('persona', frontmatterOf('content/personas/ana-perez.mdx'))).toEqual([]);
    expect(validate('journey', frontmatterOf('content/journeys/pedir-cita.mdx'))).toEqual([]);
  });

  it('accept the files npm run new writes, comments and all', () => {
    const draft = newJourneyDraft({ title: 'Alta', persona: 'ana-perez', phaseNames: [], lang: 'es' });
    expect(validate('journey', parseSource(journeyFileText(draft, { lang: 'es', today: '2026-03-01' })).data)).toEqual([]);
    expect(validate('persona', parseSource(personaFileText({ name: 'Ana', supporting: [{ name: 'Luis' }] }, { lang: 'es' })).data)).toEqual([]);
  });

  it('accept emotion words and a channels.yaml', () => {
    const journey = frontmatterOf('content/journeys/pedir-cita.mdx') as { touchpoints: Array<{ emotion: unknown }> };
    journey.touchpoints[0]!.emotion = 'negative';
    expect(validate('journey', journey)).toEqual([]);
    expect(validate('channels', { cajero: { label: 'Cajero automático', icon: '🏧' }, store: { label: 'Oficina' } })).toEqual([]);
  });

  it('reject an unknown field, an emotion out of range and a missing title', () => {
    const journey = frontmatterOf('content/journeys/pedir-cita.mdx') as Record<string, unknown> & { touchpoints: Array<Record<string, unknown>> };
    delete journey.title;
    journey.touchpoints[0]!.emotion = 5;
    journey.touchpoints[1]!.feelin = 'bien';
    expect(validate('journey', journey)).toEqual(
      expect.arrayContaining([
        " must have required property 'title'",
        '/touchpoints/0/emotion must be <= 3',
        '/touchpoints/1 must NOT have additional properties',
      ]),
    );
    expect(validate('channels', { 'Mal Id': { label: 'x' } })).not.toEqual([]);
  });

  it('accept a stages.yaml and a folder label with accents, and reject an empty list of stages, a badly written id and an unknown field', () => {
    expect(validate('stages', [{ id: 'descubrir', name: 'Descubrir', description: 'Busca opciones.' }, { id: 'contratar', name: 'Contratar' }])).toEqual([]);
    expect(validate('folder', { label: 'Banca para autónomos', description: 'Del alta a la primera factura.', order: 2 })).toEqual([]);
    expect(validate('stages', [])).not.toEqual([]);
    expect(validate('stages', [{ id: 'Descubrir', name: 'Descubrir' }])).toEqual(['/0/id must match pattern "^[a-z0-9-]+$"']);
    expect(validate('folder', { label: 'Salud', orden: 1 })).toEqual([' must NOT have additional properties']);
  });

  it('accept stage, detail and tags where the format allows them', () => {
    const journey = frontmatterOf('content/journeys/pedir-cita.mdx') as { phases: Array<Record<string, unknown>>; touchpoints: Array<Record<string, unknown>> };
    journey.phases[0]!.stage = 'descubrir';
    journey.touchpoints[0]!.detail = 'salud/triaje';
    journey.touchpoints[0]!.tags = ['Autónomos'];
    expect(validate('journey', journey)).toEqual([]);
  });
});
