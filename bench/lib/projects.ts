import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_TODAY } from '../generate.ts';
import type { DevProjectSpec } from './dev-loop.ts';
import type { CommandSpec } from './measure.ts';

/** The repository root: the engine (src/, cli/) and node_modules the bench builds with. */
export const REPO = resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const BENCH = join(REPO, 'bench');
/** Everything the bench writes while it runs (ignored by git). */
export const WORK = join(BENCH, 'work');
export const FLOOR = join(BENCH, 'floor');
/** The scratch Journeybook project: the repo's src/ with the generated content/. */
export const JOURNEYBOOK = join(WORK, 'journeybook');
/** The same handbook in a git repository of its own, for the history measurement. */
export const JOURNEYBOOK_WITH_HISTORY = join(WORK, 'journeybook-history');
export const LOGS = join(WORK, 'logs');
/** The engine the bench builds with: a snapshot of src/ and cli/, so one run uses one engine. */
export const ENGINE = join(WORK, 'engine');

const NODE = process.execPath;
const ASTRO_CLI = join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Copies the engine (src/ and cli/) into bench/work/engine: from the working tree as it is now,
 * or from a git revision (`--engine HEAD`). Others may edit src/ while a long run goes on; the
 * snapshot keeps every build of one run on the same code. Returns a description for the report.
 */
export function snapshotEngine(revision: string | undefined): string {
  rmSync(ENGINE, { recursive: true, force: true });
  mkdirSync(ENGINE, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  if (revision) {
    const commit = git('rev-parse', '--short', `${revision}^{commit}`);
    execFileSync('sh', ['-c', `git archive --format=tar ${commit} src cli | tar -x -C "$0"`, ENGINE], { cwd: REPO, stdio: 'inherit' });
    return `${revision} (commit ${commit})`;
  }
  for (const folder of ['src', 'cli']) cpSync(join(REPO, folder), join(ENGINE, folder), { recursive: true });
  let commit = 'outside git';
  try {
    commit = git('rev-parse', '--short', 'HEAD');
    if (git('status', '--porcelain', '--', 'src', 'cli')) commit += ' with uncommitted changes in src/ or cli/';
  } catch {
    // not a git checkout: the description says so
  }
  return `working tree (commit ${commit})`;
}

/**
 * Prepares the scratch project the way the build-test harness does (test/build/harness.ts):
 * a project inside the repo so node_modules resolves, whose srcDir is the engine's src/, with its
 * own cacheDir so a cold build can wipe every cache, share images included.
 */
export function prepareJourneybookProject(root = JOURNEYBOOK): void {
  mkdirSync(root, { recursive: true });
  mkdirSync(LOGS, { recursive: true });
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `// Written by bench/run.ts: the engine snapshot over the generated handbook.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import journeybook from ${JSON.stringify(join(ENGINE, 'src', 'integration', 'index.ts'))};

export default defineConfig({
  srcDir: ${JSON.stringify(join(ENGINE, 'src'))},
  site: 'https://journeybook.example',
  // Every cache of the build lives here, so a cold build can remove it.
  cacheDir: './.cache',
  vite: { cacheDir: './.cache/vite' },
  integrations: [
    mdx(),
    journeybook({ title: 'Manual de experiencia (benchmark)', locale: 'es', logo: '/logo.svg', accent: '#0b6e6e' }),
  ],
});
`,
  );
  rmSync(join(root, 'public'), { recursive: true, force: true });
  cpSync(join(REPO, 'public'), join(root, 'public'), { recursive: true });
  if (!existsSync(join(root, 'node_modules'))) symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
}

/** Empties every cache and output of the scratch project: the next build is cold. */
export function wipeJourneybook(): void {
  for (const path of ['dist', '.astro', '.cache', '.journeybook']) rmSync(join(JOURNEYBOOK, path), { recursive: true, force: true });
}

/** Empties the floor's output and caches (its cacheDir is .astro/cache). */
export function wipeFloor(): void {
  for (const path of ['dist', '.astro']) rmSync(join(FLOOR, path), { recursive: true, force: true });
}

export function journeybookBuild(label: string, nodeFlags: string[] = [], root = JOURNEYBOOK): CommandSpec {
  return {
    command: NODE,
    args: [...nodeFlags, join(ENGINE, 'cli', 'build.ts')],
    cwd: root,
    // The whole log, as the floor's: bench/lib/build-log.ts reads Astro's page lines and the steps' accounts from it.
    env: { ASTRO_TELEMETRY_DISABLED: '1', JOURNEYBOOK_TODAY: BENCH_TODAY, JOURNEYBOOK_VERBOSE: '1' },
    logFile: join(LOGS, `${label}.log`),
  };
}

export function floorBuild(label: string): CommandSpec {
  return {
    command: NODE,
    args: [ASTRO_CLI, 'build'],
    cwd: FLOOR,
    env: { ASTRO_TELEMETRY_DISABLED: '1', BENCH_CONTENT_DIR: join(JOURNEYBOOK, 'content') },
    logFile: join(LOGS, `${label}.log`),
  };
}

/** Journeybook's `astro dev` in the scratch project (as `npm run dev`), saves going to the journey `slug`. */
export function journeybookDev(label: string, slug: string, nodeFlags: string[] = []): DevProjectSpec {
  const fileLabel = `content/journeys/${slug}.mdx`;
  return {
    label: 'Journeybook',
    cwd: JOURNEYBOOK,
    env: { JOURNEYBOOK_TODAY: BENCH_TODAY },
    page: `/journeys/${slug}/`,
    file: join(JOURNEYBOOK, fileLabel),
    fileLabel,
    brokenSave: true,
    wipeCaches: wipeJourneybook,
    logPrefix: join(LOGS, label),
    nodeFlags,
  };
}

/** The floor's `astro dev` over the same journey files, saves going to the same journey. */
export function floorDev(label: string, slug: string): DevProjectSpec {
  const fileLabel = `content/journeys/${slug}.mdx`;
  return {
    label: 'floor',
    cwd: FLOOR,
    env: { BENCH_CONTENT_DIR: join(JOURNEYBOOK, 'content') },
    // The floor's glob loader names an entry after its path, as Journeybook does.
    page: `/${slug}/`,
    file: join(JOURNEYBOOK, fileLabel),
    fileLabel,
    // Astro's own error overlay, not a page of the site: nothing to compare with.
    brokenSave: false,
    wipeCaches: wipeFloor,
    logPrefix: join(LOGS, label),
  };
}

/**
 * The one-file change: an author retitles a journey and changes how one touchpoint feels.
 * Returns the edited file, relative to the project.
 */
export function editOneJourney(journeySlugs: readonly string[]): string {
  const slug = journeySlugs[Math.floor(journeySlugs.length / 2)]!;
  const file = join('content', 'journeys', `${slug}.mdx`);
  const path = join(JOURNEYBOOK, file);
  const text = readFileSync(path, 'utf8');
  const edited = text
    .replace(/^title: (.*)$/m, (_, title: string) => `title: ${title} (revisado)`)
    .replace(/^(\s+emotion: )(-?\d+|positive|neutral|negative)$/m, (_, prefix: string, value: string) => `${prefix}${value === '-3' ? '3' : '-3'}`);
  if (edited === text) throw new Error(`could not edit ${file}: no title or emotion line found`);
  writeFileSync(path, edited);
  return file;
}

