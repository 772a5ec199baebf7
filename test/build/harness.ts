import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { SettingsInput } from '../../src/schema/settings.ts';

const run = promisify(execFile);

/** The repository root (where src/, cli/ and node_modules/ are). */
export const REPO = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const WORK = join(REPO, '.journeybook', 'fixtures');

export interface FixtureOptions {
  /** Options of the journeybook() integration. */
  settings?: SettingsInput;
  site?: string;
  base?: string;
  /** Extra or replaced files, path → contents, relative to the fixture root. */
  files?: Record<string, string | Buffer>;
  /** Environment for the command (SITE_URL, BASE_PATH, JOURNEYBOOK_TODAY, …). */
  env?: Record<string, string>;
}

export interface Fixture {
  root: string;
  dist: string;
  read(path: string): string;
  exists(path: string): boolean;
  /** Runs an npm-script entry point (`cli/build.ts`, `cli/check.ts`, …) in the fixture. */
  run(script: string, args?: string[], env?: Record<string, string>): Promise<CommandResult>;
  /** Starts an entry point like `run`, for specs that act on it while it runs (signals, a second build). */
  start(script: string, args?: string[], env?: Record<string, string>): RunningCommand;
  remove(): void;
}

export interface RunningCommand {
  process: ChildProcess;
  /** Settles when the process has exited; a process killed by a signal has code 1. */
  result: Promise<CommandResult>;
}

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Copies `test/build/fixtures/<name>` into a scratch project that uses this repository's
 * src/ (the engine) with the fixture's content/ (the handbook), so each scenario builds like a
 * real handbook would. Scratch projects live inside the repo so `node_modules` resolves.
 */
export function createFixture(name: string, options: FixtureOptions = {}): Fixture {
  mkdirSync(WORK, { recursive: true });
  const root = mkdtempSync(join(WORK, `${name.replace(/\W+/g, '-')}-`));
  const source = join(REPO, 'test', 'build', 'fixtures', name);
  if (existsSync(source)) cpSync(source, root, { recursive: true });
  mkdirSync(join(root, 'public'), { recursive: true });
  for (const [path, contents] of Object.entries(options.files ?? {})) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), contents);
  }
  if (!existsSync(join(root, 'astro.config.mjs'))) writeFileSync(join(root, 'astro.config.mjs'), configFor(options));
  // The engine's src/ is shared, but Astro writes generated types under the project root.
  if (!existsSync(join(root, 'node_modules'))) symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  const fixtureEnv = options.env ?? {};
  const commandEnv = (env: Record<string, string>) => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', JOURNEYBOOK_TODAY: '2026-11-25', ...fixtureEnv, ...env });
  return {
    root,
    dist: join(root, 'dist'),
    read: (path) => readFileSync(join(root, 'dist', path), 'utf8'),
    exists: (path) => existsSync(join(root, 'dist', path)),
    run: async (script, args = [], env = {}) => {
      try {
        const { stdout, stderr } = await run(process.execPath, [join(REPO, script), ...args], {
          cwd: root,
          env: commandEnv(env),
          maxBuffer: 64 * 1024 * 1024,
        });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const failure = error as { code?: number; stdout?: string; stderr?: string };
        return { code: typeof failure.code === 'number' ? failure.code : 1, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '' };
      }
    },
    start: (script, args = [], env = {}) => {
      const child = spawn(process.execPath, [join(REPO, script), ...args], { cwd: root, env: commandEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const result = new Promise<CommandResult>((resolve) => child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr })));
      return { process: child, result };
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

function configFor(options: FixtureOptions): string {
  return `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import journeybook from ${JSON.stringify(join(REPO, 'src', 'integration', 'index.ts'))};

export default defineConfig({
  srcDir: ${JSON.stringify(join(REPO, 'src'))},
  // Each scratch project keeps its own caches: node_modules is shared between them.
  cacheDir: './.cache',
  vite: { cacheDir: './.cache/vite' },
  ${options.site ? `site: ${JSON.stringify(options.site)},` : ''}
  ${options.base ? `base: ${JSON.stringify(options.base)},` : ''}
  integrations: [mdx(), journeybook(${JSON.stringify(options.settings ?? { title: 'Fixture handbook', locale: 'es' })})],
});
`;
}

/** Pages Astro copied from the previous build rather than rendered, from its build log (--verbose keeps a line per page). */
export function restoredPages(result: CommandResult): string[] {
  // Astro colours its log when it believes it runs in CI (CI=true), even into a pipe.
  const log = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return [...log.matchAll(/├─ (\S+) \((?:restored|cached)\)/g)].map((match) => match[1]!);
}
