/**
 * The first five minutes: the commands the README's "Write a journey" section shows work as
 * written on the sample handbook. They are read from the README itself and run in order on a
 * copy of content/, as a new author would paste them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../..');

/** `npm run <script> -- <args>` lines of the README's "Write a journey" code block. */
function readmeCommands(): Array<{ line: string; script: string; args: string[] }> {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Write a journey'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  return block
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter(Boolean)
    .map((line) => {
      const [npm, run, script, ...rest] = line.split(/\s+/);
      if (npm !== 'npm' || run !== 'run' || !script) throw new Error(`not an npm script: ${line}`);
      return { line, script, args: rest[0] === '--' ? rest.slice(1) : rest };
    });
}

describe("the README's first commands, on the sample handbook", () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'journeybook-readme-'));
    cpSync(join(REPO, 'content'), join(root, 'content'), { recursive: true });
    cpSync(join(REPO, 'docs', 'examples'), join(root, 'docs', 'examples'), { recursive: true });
    // The sample's own settings, with the integration imported from this repository.
    const config = readFileSync(join(REPO, 'astro.config.mjs'), 'utf8').replace("'./src/integration/index.ts'", JSON.stringify(pathToFileURL(join(REPO, 'src/integration/index.ts')).href));
    writeFileSync(join(root, 'astro.config.mjs'), config);
    // astro.config.mjs imports Astro and its MDX integration, as in a real project.
    symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const scripts = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).scripts as Record<string, string>;
  const commands = readmeCommands();

  it('shows new, import and check, and nothing that is not an npm script', () => {
    expect(commands.map((command) => command.script)).toEqual(expect.arrayContaining(['new', 'import', 'check']));
    for (const { script } of commands) expect(scripts[script], script).toMatch(/^node cli\/\w[\w-]*\.ts\b/);
  });

  it('runs each as written, in order: all but --strict succeed, and --strict fails on the new files\' placeholders only', () => {
    for (const { line, script, args } of commands) {
      const entry = /^node (cli\/[\w-]+\.ts)/.exec(scripts[script]!)![1]!;
      const result = spawnSync(process.execPath, [join(REPO, entry), ...args], {
        cwd: root,
        input: '',
        encoding: 'utf8',
        // The sample's reviews are all current on this date: only the new files can warn.
        env: { ...process.env, JOURNEYBOOK_TODAY: '2026-03-01', SITE_URL: '', BASE_PATH: '', NO_COLOR: '1' },
        timeout: 120_000,
      });
      if (args.includes('--strict')) {
        expect(result.status, `${line}\n${result.stderr}`).toBe(1);
        const warned = new Set(result.stderr.split('\n').flatMap((text) => /^warning: (content\/[^:]+):/.exec(text)?.[1] ?? []));
        expect([...warned].sort()).toEqual([
          'content/journeys/banca/cambio-domicilio.mdx',
          'content/journeys/renovar-el-dni.mdx',
          'content/personas/carmen-ortiz.mdx',
          'content/personas/luis-romero.mdx',
        ]);
        expect(result.stderr).toMatch(/ 0 errores, \d+ avisos \(--strict: los avisos hacen fallar la comprobación\)/);
      } else {
        expect(result.status, `${line}\n${result.stdout}\n${result.stderr}`).toBe(0);
      }
    }
  });
});
