import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContentSources, type ContentSources, type SourceFile } from '../../src/sources/content-files.ts';
import { analyseFile } from '../../src/validate/file-analysis.ts';
import { validateContent, type ValidationOptions, type ValidationResult } from '../../src/validate/validate-content.ts';
import { openValidationCache, validateContentCached, validationCachePath } from '../../src/validate/validation-cache.ts';
import { moduleGraph, validatorVersion } from '../../src/validate/validator-version.ts';
import { REPO } from '../build/harness.ts';
import { contentSources, lines } from '../helpers/content-sources.ts';

const OPTIONS: ValidationOptions = { reviewIntervalMonths: 6, today: new Date('2026-11-25T00:00:00Z') };

let cacheDir: string;
beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'journeybook-validation-cache-'));
});
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

/** An analyse function that records which files it was asked to parse. */
function countingAnalyse() {
  const analysed: string[] = [];
  return {
    analysed,
    analyse: (source: SourceFile) => {
      analysed.push(source.file);
      return analyseFile(source);
    },
  };
}

/** Validates through the cache and says how many files came from it. */
function validateThroughCache(sources: ContentSources, options = OPTIONS) {
  const cache = openValidationCache({ cacheDir });
  if (!cache) throw new Error('the validator version should be known when running from source');
  const result = validateContent(sources, options, cache.analyse);
  cache.save();
  return { result, stats: { ...cache.stats } };
}

/** Same problems (in order, key order included, as `check --format json` prints them) and same content. */
function expectSameResult(actual: ValidationResult, expected: ValidationResult) {
  expect(JSON.stringify(actual.problems)).toBe(JSON.stringify(expected.problems));
  expect(actual).toStrictEqual(expected);
}

const fileCount = (sources: ContentSources) => sources.personas.length + sources.journeys.length + sources.research.length + sources.tracks.length;

const FIXTURES = join(REPO, 'test', 'build', 'fixtures');
// error-settings breaks astro.config.mjs, not the content.
const BROKEN_HANDBOOKS = readdirSync(FIXTURES).filter((name) => name.startsWith('error-') && name !== 'error-settings');

const ANA = lines('---', 'name: Ana Fernández', '---', '', 'Ana compara opciones.');
const journey = (persona: string, extra: string[] = [], body = '') =>
  lines('---', 'title: Abrir una cuenta', `persona: ${persona}`, ...extra, 'phases:', '  - { id: pedir, name: Pedir }', 'touchpoints:', '  - { phase: pedir, title: Pide, channel: web, emotion: 1 }', '---', body);

describe('a result read from the cache', () => {
  it('is the fresh result for the sample handbook', () => {
    const sources = readContentSources(REPO);
    const fresh = validateContent(sources, OPTIONS);
    expect(validateThroughCache(sources).stats).toEqual({ hits: 0, misses: fileCount(sources) });
    const warm = validateThroughCache(sources);
    expect(warm.stats).toEqual({ hits: fileCount(sources), misses: 0 });
    expectSameResult(warm.result, fresh);
  });

  it.each(BROKEN_HANDBOOKS)('is the fresh result for the broken handbook %s', (name) => {
    const sources = readContentSources(join(FIXTURES, name));
    const fresh = validateContent(sources, OPTIONS);
    expect(fresh.problems.length).toBeGreaterThan(0);
    validateThroughCache(sources);
    const warm = validateThroughCache(sources);
    expect(warm.stats.misses).toBe(0);
    expectSameResult(warm.result, fresh);
  });

  it('keeps dates, default ids, several problems of one file and unsafe narratives as they were', () => {
    const sources = contentSources({
      'content/personas/ana.mdx': ANA,
      'content/journeys/alta.mdx': journey('ana', ['reviewed: 2024-01-31', 'state: future']),
      'content/journeys/baja.mdx': journey('anna', ['compares: alta', 'tags: [1, ""]'], '<Persona slug="bea" />\n<script>x</script>\n{1 + 1}\n'),
      'content/journeys/roto.md': lines('---', 'title: "sin cerrar', '---'),
    });
    const fresh = validateContent(sources, OPTIONS);
    expect(fresh.problems.map((problem) => problem.field)).toEqual(
      // roto.md's unclosed quote is reported on the field it is in: title.
      expect.arrayContaining(['persona', 'compares', 'tags[0]', 'body <Persona>', 'body', 'reviewed', 'title']),
    );
    validateThroughCache(sources);
    expectSameResult(validateThroughCache(sources).result, fresh);
  });
});

describe('which files are parsed again', () => {
  it('parses only the file whose text changed', () => {
    const files = {
      'content/personas/ana.mdx': ANA,
      'content/journeys/alta.mdx': journey('ana'),
      'content/journeys/baja.mdx': journey('ana'),
    };
    const cold = countingAnalyse();
    validateContentCached(contentSources(files), OPTIONS, { cacheDir, analyse: cold.analyse });
    expect(cold.analysed.sort()).toEqual(['content/journeys/alta.mdx', 'content/journeys/baja.mdx', 'content/personas/ana.mdx']);

    const unchanged = countingAnalyse();
    validateContentCached(contentSources(files), OPTIONS, { cacheDir, analyse: unchanged.analyse });
    expect(unchanged.analysed).toEqual([]);

    const changed = { ...files, 'content/journeys/baja.mdx': journey('anna') };
    const oneChange = countingAnalyse();
    const result = validateContentCached(contentSources(changed), OPTIONS, { cacheDir, analyse: oneChange.analyse });
    expect(oneChange.analysed).toEqual(['content/journeys/baja.mdx']);
    expectSameResult(result, validateContent(contentSources(changed), OPTIONS));
  });

  it('parses a file again when its slug or its format changes, even with the same text', () => {
    const files = { 'content/personas/ana.mdx': ANA, 'content/journeys/alta.mdx': journey('ana') };
    validateContentCached(contentSources(files), OPTIONS, { cacheDir });
    const moved = countingAnalyse();
    const renamed = { 'content/personas/ana.mdx': ANA, 'content/journeys/banca/alta.mdx': journey('ana') };
    validateContentCached(contentSources(renamed), OPTIONS, { cacheDir, analyse: moved.analyse });
    expect(moved.analysed).toEqual(['content/journeys/banca/alta.mdx']);
    // A .md narrative is not MDX: the same text is scanned differently.
    const markdown = countingAnalyse();
    const asMarkdown = { 'content/personas/ana.mdx': ANA, 'content/journeys/banca/alta.md': journey('ana') };
    validateContentCached(contentSources(asMarkdown), OPTIONS, { cacheDir, analyse: markdown.analyse });
    expect(markdown.analysed).toEqual(['content/journeys/banca/alta.md']);
  });

  it('answers the cross-file questions again for files read from the cache', () => {
    const files = { 'content/personas/ana.mdx': ANA, 'content/journeys/alta.mdx': journey('ana', ['reviewed: 2026-10-01']) };
    validateContentCached(contentSources(files), OPTIONS, { cacheDir });

    // A later day: the review has gone stale although no file changed.
    const later = countingAnalyse();
    const stale = validateContentCached(contentSources(files), { ...OPTIONS, today: new Date('2027-06-01T00:00:00Z') }, { cacheDir, analyse: later.analyse });
    expect(later.analysed).toEqual([]);
    expect(stale.problems.map((problem) => problem.field)).toEqual(['reviewed']);

    // The persona goes: the unchanged journey, read from the cache, now names an unknown persona.
    const withoutAna = { 'content/personas/bea.mdx': lines('---', 'name: Bea', '---'), 'content/journeys/alta.mdx': files['content/journeys/alta.mdx'] };
    const spy = countingAnalyse();
    const result = validateContentCached(contentSources(withoutAna), OPTIONS, { cacheDir, analyse: spy.analyse });
    expect(spy.analysed).toEqual(['content/personas/bea.mdx']);
    expect(result.problems.map((problem) => `${problem.field}: ${problem.message}`)).toContain('persona: unknown persona "ana" (personas: bea)');
  });

  it('parses everything again when the validator changes', () => {
    const sources = contentSources({ 'content/personas/ana.mdx': ANA, 'content/journeys/alta.mdx': journey('ana') });
    validateContentCached(sources, OPTIONS, { cacheDir, validator: 'one' });
    const spy = countingAnalyse();
    validateContentCached(sources, OPTIONS, { cacheDir, validator: 'two', analyse: spy.analyse });
    expect(spy.analysed).toHaveLength(2);
  });

  it('derives the validator version from the validator code', () => {
    expect(validatorVersion()).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('a damaged cache', () => {
  const files = { 'content/personas/ana.mdx': ANA, 'content/journeys/alta.mdx': journey('anna') };

  it('is ignored when it is not JSON, and replaced', () => {
    const path = validationCachePath(cacheDir);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, '{"format":1,"validator":"');
    const spy = countingAnalyse();
    const result = validateContentCached(contentSources(files), OPTIONS, { cacheDir, analyse: spy.analyse });
    expect(spy.analysed).toHaveLength(2);
    expectSameResult(result, validateContent(contentSources(files), OPTIONS));
    expect(() => JSON.parse(readFileSync(path, 'utf8'))).not.toThrow();
    expect(validateThroughCache(contentSources(files)).stats.misses).toBe(0);
  });

  it('is ignored when an entry does not make sense, and replaced', () => {
    validateContentCached(contentSources(files), OPTIONS, { cacheDir });
    const path = validationCachePath(cacheDir);
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, { analysis: { findings: unknown[] } }> };
    for (const entry of Object.values(stored.entries)) entry.analysis.findings = [{ kind: 'no-such-finding' }];
    writeFileSync(path, JSON.stringify(stored));

    const result = validateContentCached(contentSources(files), OPTIONS, { cacheDir });
    expectSameResult(result, validateContent(contentSources(files), OPTIONS));
    expect(validateThroughCache(contentSources(files)).result.problems).toEqual(result.problems);
  });

  it('counts an entry whose analysis has the wrong shape as a miss, even when its digest was made to match', () => {
    validateContentCached(contentSources(files), OPTIONS, { cacheDir });
    const path = validationCachePath(cacheDir);
    type Entry = { digest: string; analysis: { collection: string; data?: { phases?: unknown } } };
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, Entry> };
    const [key, entry] = Object.entries(stored.entries).find(([, candidate]) => candidate.analysis.collection === 'journeys')!;
    entry.analysis.data!.phases = 'not a list';
    writeFileSync(path, JSON.stringify(stored));
    expect(validateThroughCache(contentSources(files)).stats).toEqual({ hits: 1, misses: 1 });

    // A digest recomputed for the wrong shape: the shape check still refuses it.
    validateContentCached(contentSources(files), OPTIONS, { cacheDir, startEmpty: true });
    const again = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, Entry> };
    again.entries[key]!.analysis.data!.phases = 'not a list';
    again.entries[key]!.digest = createHash('sha256').update(`${key}\0`).update(JSON.stringify(again.entries[key]!.analysis)).digest('base64url');
    writeFileSync(path, JSON.stringify(again));
    expect(validateThroughCache(contentSources(files)).stats).toEqual({ hits: 1, misses: 1 });
  });

  it('counts an entry changed in any way as a miss (its digest no longer matches)', () => {
    validateContentCached(contentSources(files), OPTIONS, { cacheDir });
    const path = validationCachePath(cacheDir);
    type Entry = { digest: string; analysis: { collection: string; data?: { name?: string } } };
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, Entry> };
    const persona = Object.values(stored.entries).find((entry) => entry.analysis.collection === 'personas')!;
    persona.analysis.data!.name = 'Someone else';
    writeFileSync(path, JSON.stringify(stored));
    const { result, stats } = validateThroughCache(contentSources(files));
    expect(stats).toEqual({ hits: 1, misses: 1 });
    expectSameResult(result, validateContent(contentSources(files), OPTIONS));
  });

  it('never fails validation when it can be neither read nor written', () => {
    // A folder where the cache file should be: reading and the final rename both fail.
    mkdirSync(validationCachePath(cacheDir), { recursive: true });
    const result = validateContentCached(contentSources(files), OPTIONS, { cacheDir });
    expectSameResult(result, validateContent(contentSources(files), OPTIONS));
    expect(readdirSync(join(validationCachePath(cacheDir), '..'))).toEqual(['files.json']);
  });
});

describe('the progress it tells', () => {
  const files = { 'content/personas/ana.mdx': ANA, 'content/journeys/alta.mdx': journey('ana'), 'content/journeys/baja.mdx': journey('ana') };
  /** What a listener hears: "files N" once validation starts, then "cache" or "parsed" for each file. */
  function listen() {
    const heard: string[] = [];
    return { heard, progress: { files: (total: number) => heard.push(`files ${total}`), validated: (fromCache: boolean) => heard.push(fromCache ? 'cache' : 'parsed') } };
  }

  it('says how many files there are, then each one as it is parsed or taken from the cache', () => {
    const cold = listen();
    validateContentCached(contentSources(files), OPTIONS, { cacheDir, progress: cold.progress });
    expect(cold.heard).toEqual(['files 3', 'parsed', 'parsed', 'parsed']);
    const oneChange = listen();
    validateContentCached(contentSources({ ...files, 'content/journeys/baja.mdx': journey('anna') }), OPTIONS, { cacheDir, progress: oneChange.progress });
    expect(oneChange.heard.sort()).toEqual(['cache', 'cache', 'files 3', 'parsed']);
  });

  it('starts over, from the number of files, when a damaged entry makes validation start again', () => {
    validateContentCached(contentSources(files), OPTIONS, { cacheDir });
    const path = validationCachePath(cacheDir);
    // Findings nobody wrote, under digests made to match: only using them shows the entries are damaged.
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { entries: Record<string, { digest: string; analysis: { findings: unknown[] } }> };
    for (const [key, entry] of Object.entries(stored.entries)) {
      entry.analysis.findings = [{ kind: 'no-such-finding' }];
      entry.digest = createHash('sha256').update(`${key}\0`).update(JSON.stringify(entry.analysis)).digest('base64url');
    }
    writeFileSync(path, JSON.stringify(stored));
    const listener = listen();
    validateContentCached(contentSources(files), OPTIONS, { cacheDir, progress: listener.progress });
    const lastStart = listener.heard.lastIndexOf('files 3');
    expect(lastStart).toBeGreaterThan(0);
    expect(listener.heard.slice(lastStart)).toEqual(['files 3', 'parsed', 'parsed', 'parsed']);
  });
});

describe('the validator version', () => {
  it('covers every module the per-file analysis reaches, in whatever room it lives', () => {
    const here = fileURLToPath(new URL('../../src/validate/', import.meta.url));
    const files = moduleGraph([join(here, 'file-analysis.ts'), join(here, 'validation-cache.ts')]).map(([file]) => relative(join(here, '..'), file));
    expect(files).toEqual(expect.arrayContaining(['validate/file-analysis.ts', 'validate/frontmatter.ts', 'schema/journey.ts', 'model/types.ts', 'validate/validator-version.ts']));
    expect(files.every((file) => !file.startsWith('pages/') && !file.startsWith('components/'))).toBe(true);
  });
});
