/**
 * Runs the real CLIs against a throwaway copy of the small fixture handbook, as an author would:
 * `node cli/<command>.ts` with the copy as the working directory, Node 24 (the test runner's own
 * binary), no terminal on stdin.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Locale } from '../../src/schema/locales.ts';

const REPO = resolve(import.meta.dirname, '../..');
const FIXTURE = join(import.meta.dirname, 'fixtures', 'handbook');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface HandbookCopy {
  root: string;
  run(command: 'new' | 'import' | 'check', args?: readonly string[], options?: { input?: string; env?: Record<string, string> }): RunResult;
  read(path: string): string;
  write(path: string, text: string): void;
  remove(): void;
}

export function copyFixtureHandbook(settings: { locale?: Locale; base?: string } = {}): HandbookCopy {
  const root = mkdtempSync(join(tmpdir(), 'journeybook-cli-'));
  cpSync(FIXTURE, root, { recursive: true });
  // The CLIs read astro.config.mjs from the working directory; the integration is imported from this repository.
  const integration = pathToFileURL(join(REPO, 'src/integration/index.ts')).href;
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import journeybook from ${JSON.stringify(integration)};\n` +
      `export default {\n  site: 'https://intranet.example',\n  base: ${JSON.stringify(settings.base ?? '/')},\n` +
      `  integrations: [journeybook({ title: 'Manual de prueba', locale: ${JSON.stringify(settings.locale ?? 'es')} })],\n};\n`,
  );
  return {
    root,
    run(command, args = [], options = {}) {
      const result = spawnSync(process.execPath, [join(REPO, 'cli', `${command}.ts`), ...args], {
        cwd: root,
        input: options.input ?? '',
        encoding: 'utf8',
        env: { ...process.env, JOURNEYBOOK_TODAY: '2026-03-01', SITE_URL: '', BASE_PATH: '', NO_COLOR: '1', ...options.env },
        timeout: 60_000,
      });
      return { status: result.status, stdout: result.stdout, stderr: result.stderr };
    },
    read: (path) => readFileSync(join(root, path), 'utf8'),
    write: (path, text) => writeFileSync(join(root, path), text),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
