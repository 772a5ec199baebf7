/**
 * `npm run build`: validates the content, builds the site into a staging folder, and only when
 * everything succeeded (pages, share images, search index) swaps it into `dist/`. A failed build
 * leaves the previous `dist/` as it was and never a half-written one.
 *
 * The pages and share images are built by cli/build-site.ts in a child process with a heap limit
 * sized to the handbook; the search index is written here once that process has exited. Pagefind
 * holds every page in memory, and Node does not give its heap back: one after the other, the
 * build's peak memory is the larger of the two rather than their sum.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFolders } from './lib/build-folders.ts';
import { failBuild } from './lib/fail-build.ts';
import { countContentFiles, heapLimitChosen, heapLimitMb } from './lib/heap-limit.ts';
import { takeAudienceFlag } from './lib/audience-flag.ts';
import type { Audience } from '../src/schema/audience.ts';

// npm scripts run in the project folder. The modules for the search index are imported once the
// child is running, so Node loading them does not delay the build.
const root = process.cwd();
const folders = buildFolders(root);
// `--audience public` is JOURNEYBOOK_AUDIENCE=public for this process and the child, which validates it.
const audienceFlag = takeAudienceFlag(process.argv.slice(2));
if ('mistake' in audienceFlag) failBuild([`build: ${audienceFlag.mistake}`]);
const siteArgs = audienceFlag.rest;
const audience: Audience = process.env.JOURNEYBOOK_AUDIENCE === 'public' ? 'public' : 'internal';

// The site this build replaces was moved aside by the previous build: deleted meanwhile.
const emptyingReplaced = rm(folders.replaced, { recursive: true, force: true });

function buildSite(): Promise<number> {
  const heapLimit = heapLimitChosen(process.env.NODE_OPTIONS, process.execArgv) ? [] : [`--max-old-space-size=${heapLimitMb(countContentFiles(root))}`];
  const child = spawn(process.execPath, [...heapLimit, fileURLToPath(new URL('build-site.ts', import.meta.url)), ...siteArgs], {
    stdio: 'inherit',
    env: { ...process.env, JOURNEYBOOK_SEARCH_INDEX: 'deferred' },
  });
  return new Promise((resolve) => {
    child.on('error', () => resolve(1));
    // Killed by a signal, the child has no exit code: that is a failure too.
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const siteBuilt = buildSite();
const [{ buildSearchIndex }, { readCacheDir }] = await Promise.all([import('../src/integration/search-index.ts'), import('./lib/project.ts')]);
const siteExit = await siteBuilt;
// The child printed what went wrong, and that nothing was written to dist/.
if (siteExit !== 0) process.exit(siteExit);

try {
  await buildSearchIndex({ root, outDir: folders.staging, cacheDir: await readCacheDir(root, audience), logger: { info: (message) => console.log(message) } });
} catch (error) {
  rmSync(folders.staging, { recursive: true, force: true });
  failBuild([error instanceof Error ? error.message : String(error)]);
}

// Swap in the finished site: move the old one aside, then rename (atomic on one file system).
await emptyingReplaced;
if (existsSync(folders.dist)) {
  mkdirSync(folders.replaced, { recursive: true });
  renameSync(folders.dist, join(folders.replaced, 'dist'));
}
renameSync(folders.staging, folders.dist);
console.log(`Handbook built into ${folders.dist}`);
