import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContentSnapshot, readContentSources, slugFromPath } from '../../src/sources/content-files.ts';

describe('slugs', () => {
  it.each([
    ['alta.mdx', 'alta'],
    ['alta.md', 'alta'],
    ['retail/checkout.mdx', 'retail/checkout'],
    ['Banca/Alta-Online.MDX', 'banca/alta-online'],
    ['salud/urgencias/triaje.md', 'salud/urgencias/triaje'],
  ])('%s has the slug %s', (path, slug) => {
    expect(slugFromPath(path)).toBe(slug);
  });
});

describe('reading a handbook from disk', () => {
  let root: string;
  const write = (path: string, text = '---\nname: x\n---\n') => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'journeybook-sources-'));
    write('content/personas/ana.mdx', '---\nname: Ana\n---\nBio\n');
    write('content/personas/luis.md');
    write('content/personas/img/ana.jpg', 'jpeg');
    write('content/journeys/banca/alta-online.mdx');
    write('content/journeys/banca/Hipoteca.MD');
    write('content/journeys/salud/urgencias/triaje.mdx');
    write('content/journeys/_borrador.mdx');
    write('content/journeys/_plantillas/base.mdx');
    write('content/journeys/.oculto.mdx');
    write('content/journeys/notas.txt');
    write('content/channels.yaml', 'oficina:\n  label: Oficina\n');
    write('content/stages.yml', '- { id: usar, name: Usar }\n');
    write('content/journeys/Banca/_folder.yaml', 'label: Banca para particulares\n');
    write('content/journeys/banca/_folder.yml', 'label: Ignorada\n');
    write('content/journeys/salud/urgencias/_folder.yml', 'label: Urgencias\n');
    write('content/journeys/_plantillas/_folder.yaml', 'label: Plantillas\n');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('finds .md and .mdx files in nested folders, with their slugs, sorted', () => {
    const sources = readContentSources(root);
    expect(sources.journeys.map((source) => [source.slug, source.file, source.format])).toEqual([
      ['banca/alta-online', 'content/journeys/banca/alta-online.mdx', 'mdx'],
      ['banca/hipoteca', 'content/journeys/banca/Hipoteca.MD', 'md'],
      ['salud/urgencias/triaje', 'content/journeys/salud/urgencias/triaje.mdx', 'mdx'],
    ]);
    expect(sources.personas.map((source) => source.slug)).toEqual(['ana', 'luis']);
  });

  it('skips drafts and hidden files (names starting with "_" or ".") and anything not Markdown', () => {
    const slugs = readContentSources(root).journeys.map((source) => source.slug);
    expect(slugs.some((slug) => slug.includes('borrador') || slug.includes('plantillas') || slug.includes('oculto') || slug.includes('notas'))).toBe(false);
  });

  it('keeps the text and the absolute path of each file', () => {
    const [ana] = readContentSources(root).personas;
    expect(ana!.text).toBe('---\nname: Ana\n---\nBio\n');
    expect(ana!.absolutePath).toBe(join(root, 'content/personas/ana.mdx'));
    expect(ana!.collection).toBe('personas');
  });

  it('reads channels.yaml when there is one', () => {
    expect(readContentSources(root).channels).toEqual({ file: 'content/channels.yaml', text: 'oficina:\n  label: Oficina\n' });
  });

  it('reads stages.yaml, or stages.yml when there is no .yaml', () => {
    expect(readContentSources(root).stages).toEqual({ file: 'content/stages.yml', text: '- { id: usar, name: Usar }\n' });
  });

  it('reads one folder label per folder of journeys, named as slugs name the folder, leaving drafts out', () => {
    expect(readContentSources(root).folders).toEqual([
      { folder: 'banca', file: 'content/journeys/Banca/_folder.yaml', text: 'label: Banca para particulares\n' },
      { folder: 'salud/urgencias', file: 'content/journeys/salud/urgencias/_folder.yml', text: 'label: Urgencias\n' },
    ]);
  });

  it('gives an empty handbook for a project without content/', () => {
    const empty = mkdtempSync(join(tmpdir(), 'journeybook-empty-'));
    try {
      expect(readContentSources(empty)).toEqual({ root: empty, personas: [], journeys: [], tracks: [], research: [], channels: undefined, stages: undefined, folders: [], refused: [] });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('reading a handbook again (the dev server, after a save)', () => {
  it('reads only the files whose size or modification time changed, and gives back the others as they were', () => {
    const root = mkdtempSync(join(tmpdir(), 'journeybook-reread-'));
    try {
      const write = (path: string, text: string, time = new Date(Date.now() + 5000)) => {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
        utimesSync(join(root, path), time, time);
      };
      write('content/personas/ana.mdx', '---\nname: Ana\n---\n', new Date('2026-01-01'));
      write('content/journeys/alta.mdx', '---\ntitle: Alta\n---\n', new Date('2026-01-01'));
      write('content/journeys/baja.mdx', '---\ntitle: Baja\n---\n', new Date('2026-01-01'));
      const first = readContentSnapshot(root);
      write('content/journeys/baja.mdx', '---\ntitle: Baja voluntaria\n---\n');
      write('content/journeys/cambio.mdx', '---\ntitle: Cambio\n---\n');
      const second = readContentSnapshot(root, first);
      expect(second.sources.personas[0]).toBe(first.sources.personas[0]);
      expect(second.sources.journeys[0]).toBe(first.sources.journeys[0]);
      expect(second.sources.journeys.map((source) => source.text)).toEqual(['---\ntitle: Alta\n---\n', '---\ntitle: Baja voluntaria\n---\n', '---\ntitle: Cambio\n---\n']);
      // The same text as a read from scratch, file for file.
      expect(second.sources).toEqual(readContentSources(root));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
