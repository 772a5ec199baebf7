import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terminalScreen } from '../helpers/terminal-screen.ts';
import { createFixture, REPO, type CommandResult, type Fixture } from './harness.ts';

/*
 * What `npm run build` prints (docs/deployment.md, "What a build prints"): into a pipe, a few
 * whole lines per phase and a summary of what was built and reused; on a terminal, one line per
 * phase redrawn in place; Astro's line per page only with --verbose. The fixture handbook is in
 * Spanish, as are the progress and the summary.
 */

const PHASES = { validation: 'Validación', pages: 'Páginas', images: 'Imágenes para compartir', search: 'Índice de búsqueda' };
const STALE = 'content/journeys/health/appointment.md';

/** The lines of a phase in a piped build's stdout, in order. */
const phaseLines = (stdout: string, label: string) => stdout.split('\n').filter((line) => line.startsWith(`${label}: `));

describe('a build piped into a log', () => {
  let fixture: Fixture;
  let cold: CommandResult;
  let warm: CommandResult;

  beforeAll(async () => {
    fixture = createFixture('valid', { settings: { title: 'Manual', locale: 'es' } });
    // A review date long past: a warning the build must pass on whole.
    const path = join(fixture.root, STALE);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^reviewed: .*$/m, 'reviewed: 2020-01-15'));
    cold = await fixture.run('cli/build.ts');
    warm = await fixture.run('cli/build.ts');
  }, 600_000);
  afterAll(() => fixture?.remove());

  it('builds', () => {
    expect(cold.code, cold.stderr).toBe(0);
    expect(warm.code, warm.stderr).toBe(0);
  });

  it('prints a few whole lines per phase: when it starts, maybe a quarter or so, when it ends', () => {
    for (const label of Object.values(PHASES)) {
      const lines = phaseLines(cold.stdout, label);
      expect(lines.length, `${label}:\n${cold.stdout}`).toBeGreaterThanOrEqual(2);
      expect(lines.length, `${label}:\n${cold.stdout}`).toBeLessThanOrEqual(5);
      expect(lines[0]).toMatch(new RegExp(`^${label}: en marcha`));
      expect(lines[lines.length - 1]).toMatch(new RegExp(`^${label}: \\d+ (archivos|imágenes|páginas) en [\\d,]+ (ms|s)$`));
    }
  });

  it('prints no line per page, nothing of Astro’s but its warnings, and never two lines run together', () => {
    const known = [
      ...Object.values(PHASES).map((label) => new RegExp(`^${label}: `)),
      /^history: /,
      /^warning: content\/[\w/.-]+(:\d+:\d+)?: [\w.[\]-]+: /,
      /^Construido en [\d,]+ (ms|s|min)/,
      new RegExp(`^ {2}(${Object.values(PHASES).join('|')}) +\\d+ `),
      /^Handbook built into /,
    ];
    for (const build of [cold, warm]) {
      const lines = `${build.stdout}${build.stderr}`.split('\n').filter(Boolean);
      expect(lines.filter((line) => !known.some((pattern) => pattern.test(line)))).toEqual([]);
      expect(build.stdout).not.toContain('├─');
    }
  });

  it('passes the content’s warnings on as whole lines', () => {
    expect(cold.stderr).toMatch(new RegExp(`^warning: ${STALE}:\\d+:\\d+: reviewed: last reviewed 2020-01-15, .+$`, 'm'));
  });

  it('ends with what each phase built, what it reused and how long it took', () => {
    const summary = (build: CommandResult) => build.stdout.slice(build.stdout.indexOf('Construido en')).trim().split('\n');
    expect(summary(cold)).toEqual([
      expect.stringMatching(/^Construido en [\d,]+ (ms|s)|^Construido en \d+ min/),
      expect.stringMatching(/^ {2}Validación +\d+ archivos en [\d,]+ (ms|s): \d+ validados, 0 de la caché$/),
      expect.stringMatching(/^ {2}Páginas +(\d+) archivos en [\d,]+ (ms|s): \1 generados, 0 copiados de la caché de Astro$/),
      expect.stringMatching(/^ {2}Imágenes para compartir +(\d+) imágenes en [\d,]+ (ms|s): \1 generadas, 0 de la caché$/),
      expect.stringMatching(/^ {2}Índice de búsqueda +\d+ páginas en [\d,]+ (ms|s): (\d+) fragmentos indexados, 0 copiados de la caché$/),
      expect.stringMatching(/^Handbook built into /),
    ]);
    // Nothing changed: every file validated, page, image and shard comes from a cache.
    expect(summary(warm)).toEqual([
      expect.stringMatching(/^Construido en /),
      expect.stringMatching(/^ {2}Validación +(\d+) archivos en [\d,]+ (ms|s): 0 validados, \1 de la caché$/),
      expect.stringMatching(/^ {2}Páginas +\d+ archivos en [\d,]+ (ms|s): \d+ generados, [1-9]\d* copiados de la caché de Astro$/),
      expect.stringMatching(/^ {2}Imágenes para compartir +(\d+) imágenes en [\d,]+ (ms|s): 0 generadas, \1 de la caché$/),
      expect.stringMatching(/^ {2}Índice de búsqueda +\d+ páginas en [\d,]+ (ms|s): 0 fragmentos indexados, [1-9]\d* copiados de la caché$/),
      expect.stringMatching(/^Handbook built into /),
    ]);
  });

  it('with --verbose prints Astro’s whole log again, a line per page, and the same summary', async () => {
    const verbose = await fixture.run('cli/build.ts', ['--verbose']);
    expect(verbose.code, verbose.stderr).toBe(0);
    const log = verbose.stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expect(log.match(/├─ \S+/g)?.length).toBeGreaterThan(20);
    expect(log).toMatch(/\[build\] \d+ page\(s\) built in/);
    expect(log).toMatch(/share images: 0 rendered, \d+ from cache in \d+ ms/);
    expect(log).toMatch(/^search index: unchanged pages, copied from the cache in \d+ ms$/m);
    expect(log).toMatch(/^ {2}Páginas +\d+ archivos en [\d,]+ (ms|s): \d+ generados, [1-9]\d* copiados de la caché de Astro$/m);
    expect(phaseLines(log, PHASES.pages)).toEqual([]);
  });
});

describe('a build on a terminal', () => {
  let fixture: Fixture;
  let raw: string;

  beforeAll(async () => {
    fixture = createFixture('valid', { settings: { title: 'Manual', locale: 'es' } });
    // util-linux's `script` gives the build a pseudo-terminal, as a person's terminal would.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(REPO, 'cli', 'build.ts'))}`;
    const { stdout } = await promisify(execFile)('script', ['-qefc', command, '/dev/null'], {
      cwd: fixture.root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', JOURNEYBOOK_TODAY: '2026-11-25', TERM: 'xterm' },
      maxBuffer: 64 * 1024 * 1024,
    });
    raw = stdout;
  }, 600_000);
  afterAll(() => fixture?.remove());

  it('redraws one line per phase in place, with done/total', () => {
    expect(raw).toMatch(/\u001b\[2K› Páginas +\d+\/\d+ archivos {2}\d+\u00a0%/);
    expect(raw).toMatch(/\u001b\[2K✓ Validación +\d+ archivos en /);
    // Moving up over the block to redraw it.
    expect(raw).toMatch(/\u001b\[[1-4]F/);
    expect(raw).not.toContain('├─');
  });

  it('leaves the summary on screen, and no progress line', () => {
    const screen = terminalScreen(raw).filter(Boolean);
    const start = screen.findIndex((line) => line.startsWith('Construido en'));
    expect(start, screen.join('\n')).toBeGreaterThanOrEqual(0);
    expect(screen.slice(start)).toEqual([
      expect.stringMatching(/^Construido en /),
      expect.stringMatching(/^ {2}Validación +\d+ archivos en /),
      expect.stringMatching(/^ {2}Páginas +\d+ archivos en /),
      expect.stringMatching(/^ {2}Imágenes para compartir +\d+ imágenes en /),
      expect.stringMatching(/^ {2}Índice de búsqueda +\d+ páginas en /),
      expect.stringMatching(/^Handbook built into /),
    ]);
    expect(screen.filter((line) => /^[›✓] /.test(line))).toEqual([]);
  });
});
