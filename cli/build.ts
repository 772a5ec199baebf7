/**
 * `npm run build`: validates the content, builds the site into a staging folder, and only when
 * everything succeeded (pages, share images, search index) swaps it into `dist/`. A failed build
 * leaves the previous `dist/` as it was and never a half-written one.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { loadContent } from '../src/handbook/load.ts';
import { buildDate, SettingsError } from '../src/handbook/settings.ts';
import { errorsIn, formatProblem, sortProblems, warningsIn } from '../src/validate/problem.ts';
import { projectRoot, readCacheDir, readSiteSettings } from './lib/project.ts';

const root = projectRoot();
const outDir = join(root, 'dist');
const stagingDir = join(root, '.journeybook', 'staging');
/**
 * Where a replaced site goes. Deleting a large site takes seconds, so the previous build's old
 * site is deleted while this build runs (in the background, before the swap), not at the end.
 */
const trashDir = join(root, '.journeybook', 'replaced-sites');

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  console.error('Build failed: nothing was written to dist/.');
  process.exit(1);
}

let settings;
try {
  settings = await readSiteSettings(root);
} catch (error) {
  if (error instanceof SettingsError) fail(error.lines);
  throw error;
}

const emptyingTrash = rm(trashDir, { recursive: true, force: true });

// Astro's pages and the share images reuse this result (see loadContent): one validation per
// build, and only of the files that changed since the last one (the rest come from the cacheDir).
const { validation } = loadContent(root, settings, buildDate(), { cacheDir: await readCacheDir(root) });
const problems = sortProblems(validation.problems);
for (const warning of warningsIn(problems)) console.warn(`warning: ${formatProblem(warning)}`);
if (!validation.ok) fail(errorsIn(problems).map(formatProblem));

rmSync(stagingDir, { recursive: true, force: true });
try {
  const { build } = await import('astro');
  await build({ root, outDir: stagingDir, logLevel: process.env.JOURNEYBOOK_LOG_LEVEL === 'debug' ? 'debug' : 'info' });
} catch (error) {
  rmSync(stagingDir, { recursive: true, force: true });
  fail([`Build failed: ${error instanceof Error ? error.message : String(error)}`]);
}

// Swap in the finished site: move the old one aside, then rename (atomic on one file system).
// The old site stays in the trash until the next build deletes it.
await emptyingTrash;
if (existsSync(outDir)) {
  mkdirSync(trashDir, { recursive: true });
  renameSync(outDir, join(trashDir, 'dist'));
}
renameSync(stagingDir, outDir);
console.log(`Handbook built into ${outDir}`);
