import { cpSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFixtureHandbook, type HandbookCopy } from './handbook-copy.ts';

const REPO = resolve(import.meta.dirname, '../..');

/** A journey with one mistake per line the checks should point at. */
const BROKEN_JOURNEY = `---
title: Con errores
persona: ana-perez
phases:
  - id: pedir
    name: Pedir
touchpoints:
  - phase: pedir
    title: Llama
    channel: phone
    emotion: 5
    feelin: mal
---

Texto.
`;

const WRONG_REFERENCES = `---
title: Referencias
persona: ana-peres
phases:
  - id: pedir
    name: Pedir
touchpoints:
  - phase: pedri
    title: Llama
    channel: telefono
    emotion: 0
---

<Touchpoint id="t9" />
`;

let handbook: HandbookCopy;
beforeEach(() => {
  handbook = copyFixtureHandbook();
});
afterEach(() => handbook.remove());

describe('npm run check', () => {
  it('passes a valid handbook with exit code 0 and a summary', () => {
    const result = handbook.run('check');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^2 archivos revisados en \d+ ms: 0 errores, 0 avisos\n$/);
  });

  it('prints every error as path:line:column: field: message and exits 1', () => {
    handbook.write('content/journeys/con-errores.mdx', BROKEN_JOURNEY);
    const result = handbook.run('check');
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toContain('content/journeys/con-errores.mdx:11:5: touchpoints[0].emotion: must be at most 3, got 5');
    expect(lines).toContain('content/journeys/con-errores.mdx:12:5: touchpoints[0].feelin: unknown field "feelin" (did you mean "feeling"?)');
    expect(lines.at(-1)).toMatch(/^3 archivos revisados en \d+ ms: 2 errores, 0 avisos$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('points at references to things that do not exist, with a did-you-mean', () => {
    handbook.write('content/journeys/referencias.mdx', WRONG_REFERENCES);
    const lines = handbook.run('check').stderr.split('\n');
    expect(lines).toContain('content/journeys/referencias.mdx:3:1: persona: unknown persona "ana-peres" (did you mean "ana-perez"?) (personas: ana-perez)');
    expect(lines).toContain('content/journeys/referencias.mdx:8:5: touchpoints[0].phase: unknown phase "pedri" (did you mean "pedir"?) (phases: pedir)');
    expect(lines.some((line) => line.startsWith('content/journeys/referencias.mdx:10:5: touchpoints[0].channel: unknown channel "telefono"'))).toBe(true);
    expect(lines).toContain('content/journeys/referencias.mdx:14:1: body <Touchpoint>: unknown touchpoint id "t9" (did you mean "t1"?) (touchpoints: t1)');
  });

  it('cites MDX syntax errors at file lines, in the position and in the message', () => {
    handbook.write('content/journeys/pedir-cita.mdx', `${handbook.read('content/journeys/pedir-cita.mdx')}\n<Callout type="tip">sin cerrar\n`);
    const [line] = handbook.run('check').stderr.split('\n');
    expect(line).toMatch(/^content\/journeys\/pedir-cita\.mdx:23:1: body: MDX syntax error: .*\(23:1-23:21\)/);
  });

  it('prints warnings with a "warning:" prefix without failing', () => {
    handbook.write('content/personas/sin-recorridos.mdx', '---\nname: Sin recorridos\n---\n');
    const result = handbook.run('check');
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('warning: content/personas/sin-recorridos.mdx: frontmatter: no journey has this persona as its protagonist yet');
  });

  it('sums up in the handbook\'s language, counting one file as one', () => {
    for (const [locale, summary] of [
      ['en', /^2 files checked in \d+ ms: 0 errors, 0 warnings\n$/],
      ['pt', /^2 ficheiros verificados em \d+ ms: 0 erros, 0 avisos\n$/],
    ] as const) {
      handbook.remove();
      handbook = copyFixtureHandbook({ locale });
      expect(handbook.run('check').stdout).toMatch(summary);
    }
    handbook.write('content/personas/sin-recorridos.mdx', '---\nname: Sin recorridos\n---\n');
    expect(handbook.run('check').stdout).toMatch(/^3 ficheiros verificados em \d+ ms: 0 erros, 1 aviso\n$/);
  });

  it('reports invalid settings by name, without a stack trace', () => {
    handbook.write('astro.config.mjs', handbook.read('astro.config.mjs').replace("locale: \"es\"", "locale: \"es\", accent: 'teal'"));
    const result = handbook.run('check');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('astro.config.mjs: journeybook({ accent }): write a colour as #rrggbb');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports an astro.config.mjs that does not load, without a stack trace', () => {
    handbook.write('astro.config.mjs', 'export default {\n');
    const result = handbook.run('check');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^astro\.config\.mjs: cannot be loaded: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects an unknown option or format with exit code 2', () => {
    expect(handbook.run('check', ['--format', 'xml']).status).toBe(2);
    const unknown = handbook.run('check', ['--json']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Uso: npm run check');
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run check -- --format json', () => {
  it('prints one JSON document with ok, counts and every problem with its position', () => {
    handbook.write('content/journeys/con-errores.mdx', BROKEN_JOURNEY);
    handbook.write('content/personas/sin-recorridos.mdx', '---\nname: Sin recorridos\n---\n');
    const result = handbook.run('check', ['--format', 'json']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { ok: boolean; errors: number; warnings: number; problems: Array<Record<string, unknown>> };
    expect(report).toMatchObject({ ok: false, errors: 2, warnings: 1 });
    expect(report.problems).toHaveLength(3);
    expect(report.problems).toContainEqual({
      file: 'content/journeys/con-errores.mdx',
      field: 'touchpoints[0].emotion',
      message: 'must be at most 3, got 5',
      severity: 'error',
      line: 11,
      column: 5,
    });
    expect(report.problems).toContainEqual({
      file: 'content/personas/sin-recorridos.mdx',
      field: 'frontmatter',
      message: 'no journey has this persona as its protagonist yet',
      severity: 'warning',
    });
    for (const problem of report.problems) {
      expect(Object.keys(problem).sort()).toEqual(expect.arrayContaining(['field', 'file', 'message', 'severity']));
    }
  });

  it('reports a clean handbook as ok with no problems', () => {
    const result = handbook.run('check', ['--format', 'json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, errors: 0, warnings: 0, problems: [] });
  });

  it('reports settings errors as JSON too, so editors and CI can read them', () => {
    handbook.write('astro.config.mjs', handbook.read('astro.config.mjs').replace("locale: \"es\"", "locale: \"fr\""));
    const result = handbook.run('check', ['--format', 'json']);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as { ok: boolean; problems: Array<{ file: string; field: string; message: string; severity: string }> };
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      { file: 'astro.config.mjs', field: 'settings', message: expect.stringContaining('journeybook({ locale })'), severity: 'error' },
    ]);
  });
});

describe('npm run check -- --due', () => {
  it('lists the sample handbook\'s overdue journey with its due date and owner, and exits non-zero', () => {
    rmSync(join(handbook.root, 'content'), { recursive: true, force: true });
    cpSync(join(REPO, 'content'), join(handbook.root, 'content'), { recursive: true });
    const result = handbook.run('check', ['--due'], { env: { JOURNEYBOOK_TODAY: '2026-11-25' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'overdue: content/journeys/banca/hipoteca.mdx: "Solicitar una hipoteca" was due for review on 2026-05-02 (last reviewed 2025-11-02, every 6 months; owner: Negocio Hipotecario)',
    );
    expect(result.stderr).toMatch(/0 errores, 1 aviso, 1 recorrido con la revisión vencida\n$/);
    const json = handbook.run('check', ['--due', '--format', 'json'], { env: { JOURNEYBOOK_TODAY: '2026-11-25' } });
    expect(json.status).toBe(1);
    expect((JSON.parse(json.stdout) as { due: Array<{ slug: string; nextReview: string }> }).due.map(({ slug, nextReview }) => [slug, nextReview])).toEqual([['banca/hipoteca', '2026-05-02']]);
  });

  it('exits with 0 when no review is overdue', () => {
    const result = handbook.run('check', ['--due']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/0 recorridos con la revisión vencida\n$/);
  });
});
