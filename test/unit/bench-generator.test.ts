import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BENCH_TODAY, generateHandbook, wordCount, writeHandbook, type GeneratedHandbook } from '../../bench/generate.ts';
import { readContentSources } from '../../src/sources/content-files.ts';
import { validateContent, type ValidationResult } from '../../src/validate/validate-content.ts';
import { errorsIn, formatProblem } from '../../src/validate/problem.ts';
import { journeySchema, phaseSchema, touchpointSchema } from '../../src/schema/journey.ts';
import { personaSchema, supportingCharacterSchema } from '../../src/schema/persona.ts';
import { kpiSchema } from '../../src/schema/kpi.ts';
import { NARRATIVE_COMPONENTS } from '../../src/validate/body-references.ts';

type Data = Record<string, unknown>;

/** The frontmatter of every generated file of a collection, as plain data. */
function frontmatters(handbook: GeneratedHandbook, collection: 'journeys' | 'personas'): Data[] {
  return [...handbook.files]
    .filter(([path]) => path.startsWith(`content/${collection}/`) && /\.mdx?$/.test(path))
    .map(([, text]) => parse(text.split('\n---\n')[0]!.replace(/^---\n/, '')) as Data);
}

function keysOf(items: readonly Data[]): Set<string> {
  return new Set(items.flatMap((item) => Object.keys(item)));
}

describe('the benchmark handbook generator', () => {
  const handbook = generateHandbook({ journeys: 30, seed: 11 });
  let root: string;
  let validation: ValidationResult;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'journeybook-bench-'));
    writeHandbook(root, handbook);
    validation = validateContent(readContentSources(root), { reviewIntervalMonths: 6, today: new Date(`${BENCH_TODAY}T00:00:00Z`) });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('writes a handbook the project validator accepts without errors', () => {
    expect(errorsIn(validation.problems).map(formatProblem)).toEqual([]);
    expect(validation.journeys).toHaveLength(30);
    expect(validation.personas).toHaveLength(3);
  });

  it('warns only about stale reviews, as a real handbook would', () => {
    const fields = new Set(validation.problems.map((problem) => problem.field));
    expect([...fields]).toEqual(['reviewed']);
  });

  it('uses every field of a journey, phase, touchpoint and KPI', () => {
    const journeys = frontmatters(handbook, 'journeys');
    const phases = journeys.flatMap((journey) => journey.phases as Data[]);
    const touchpoints = journeys.flatMap((journey) => journey.touchpoints as Data[]);
    const kpis = [...journeys, ...phases, ...touchpoints].flatMap((item) => (item.kpis as Data[] | undefined) ?? []);
    expect(keysOf(journeys)).toEqual(new Set(Object.keys(journeySchema.shape)));
    expect(keysOf(phases)).toEqual(new Set(Object.keys(phaseSchema.shape)));
    expect(keysOf(touchpoints)).toEqual(new Set(Object.keys(touchpointSchema.shape)));
    expect(keysOf(kpis)).toEqual(new Set(Object.keys(kpiSchema.shape)));
  });

  it('uses every field of a persona and a supporting character', () => {
    const personas = frontmatters(handbook, 'personas');
    expect(keysOf(personas)).toEqual(new Set(Object.keys(personaSchema.shape)));
    expect(keysOf(personas.flatMap((persona) => persona.supporting as Data[]))).toEqual(new Set(Object.keys(supportingCharacterSchema.shape)));
  });

  it('gives each journey five phases and ten touchpoints, with emotions written both as numbers and words', () => {
    const journeys = frontmatters(handbook, 'journeys');
    for (const journey of journeys) {
      expect(journey.phases).toHaveLength(5);
      expect(journey.touchpoints).toHaveLength(10);
    }
    const emotions = journeys.flatMap((journey) => (journey.touchpoints as Data[]).map((touchpoint) => typeof touchpoint.emotion));
    expect(new Set(emotions)).toEqual(new Set(['number', 'string']));
  });

  it('writes about a thousand words of narrative per journey using every narrative component', () => {
    const bodies = [...handbook.files].filter(([path]) => path.startsWith('content/journeys/') && /\.mdx?$/.test(path)).map(([, text]) => text.split('\n---\n').slice(1).join('\n---\n'));
    for (const body of bodies) {
      expect(wordCount(body)).toBeGreaterThanOrEqual(1000);
      expect(wordCount(body)).toBeLessThan(1100);
      for (const component of NARRATIVE_COMPONENTS) expect(body).toContain(`<${component}`);
    }
  });

  it('spreads journeys and personas over sub-folders, adds channels.yaml and image avatars', () => {
    const groups = new Set(validation.journeys.map((journey) => journey.source.slug.split('/').slice(0, -1).join('/')));
    expect(groups).toEqual(new Set(['', 'banca', 'salud', 'seguros', 'energia/hogar']));
    expect(validation.personas.some((persona) => persona.source.slug.includes('/'))).toBe(true);
    expect(new Set(validation.personas.map((persona) => persona.source.format))).toEqual(new Set(['md', 'mdx']));
    expect(validation.personas.map((persona) => persona.avatar?.kind)).toEqual(expect.arrayContaining(['emoji', 'image']));
    expect(Object.keys(validation.customChannels)).toEqual(expect.arrayContaining(['store', 'cajero']));
    expect(validation.journeys.some((journey) => journey.data.state === 'future' && journey.data.compares)).toBe(true);
  });

  it('adds a stages.yaml every phase names, folder labels, touchpoint tags and sub-journeys', () => {
    expect(validation.stages?.map((stage) => stage.id)).toEqual(['descubrir', 'solicitar', 'esperar', 'recibir', 'seguir']);
    expect(validation.journeys.every((journey) => journey.data.phases.every((phase) => phase.stage !== undefined))).toBe(true);
    expect(validation.folders.get('energia/hogar')?.label).toBe('Energía en el hogar');
    const touchpoints = validation.journeys.flatMap((journey) => journey.data.touchpoints);
    expect(touchpoints.filter((touchpoint) => touchpoint.tags).length).toBeGreaterThan(touchpoints.length / 4);
    expect(touchpoints.filter((touchpoint) => touchpoint.detail)).toHaveLength(1);
  });

  it('generates the same files from the same seed and different ones from another seed', () => {
    const again = generateHandbook({ journeys: 30, seed: 11 });
    expect([...again.files]).toEqual([...handbook.files]);
    const other = generateHandbook({ journeys: 30, seed: 12 });
    expect([...other.files]).not.toEqual([...handbook.files]);
  });

  it('keeps one persona for every ten journeys', () => {
    expect(generateHandbook({ journeys: 200 }).personaSlugs).toHaveLength(20);
    expect(generateHandbook({ journeys: 4 }).personaSlugs).toHaveLength(1);
  });
});
