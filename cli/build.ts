/**
 * `npm run build`: validates the content, builds the site into a staging folder, and only when
 * everything succeeded (pages, share images, search index) swaps it into `dist/`. A failed build
 * leaves the previous `dist/` as it was and never a half-written one.
 *
 * One build runs at a time (cli/lib/build-lock.ts); a second one waits for the first. Before it
 * deletes anything, a build puts back a site that a build killed while publishing had moved
 * aside (cli/lib/publish-site.ts).
 *
 * The pages and share images are built by cli/build-site.ts in a child process with a heap limit
 * sized to the handbook; the search index is written here once that process has exited. Pagefind
 * holds every page in memory, and Node does not give its heap back: one after the other, the
 * build's peak memory is the larger of the two rather than their sum.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFolders } from './lib/build-folders.ts';
import { acquireBuildLock, buildLockPath, buildWaitMs, type LockOwner } from './lib/build-lock.ts';
import { failBuild } from './lib/fail-build.ts';
import { countContentFiles, heapLimitChosen, heapLimitMb } from './lib/heap-limit.ts';
import { takeAudienceFlag } from './lib/audience-flag.ts';
import type { Audience } from '../src/schema/audience.ts';
import { deleteReplacedSites, distProblem, publishSite, recoverInterruptedPublish } from './lib/publish-site.ts';

// npm scripts run in the project folder. The modules for the search index are imported once the
// child is running, so Node loading them does not delay the build.
const root = process.cwd();
const folders = buildFolders(root);
// `--audience public` is JOURNEYBOOK_AUDIENCE=public for this process and the child, which validates it.
const audienceFlag = takeAudienceFlag(process.argv.slice(2));
if ('mistake' in audienceFlag) failBuild([`build: ${audienceFlag.mistake}`]);
const siteArgs = audienceFlag.rest;
const audience: Audience = process.env.JOURNEYBOOK_AUDIENCE === 'public' ? 'public' : 'internal';

// One build at a time: every step below shares the staging folder, dist/ and the caches.
const waitMs = buildWaitMs(process.env);
const lock = await acquireBuildLock({
  workDir: dirname(folders.staging),
  waitMs,
  onWait: (owner) => console.log(`Another build of this handbook is running${describeOwner(owner)}: waiting up to ${waitMs / 1000} s for it to finish.`),
});
if (!lock.acquired) {
  const elsewhere = lock.owner && lock.owner.host !== hostname() ? `; if no build is running on ${lock.owner.host}, delete ${buildLockPath(dirname(folders.staging))}` : '';
  console.error(`Build stopped: another build of this handbook is still running${describeOwner(lock.owner)} after ${waitMs / 1000} s; nothing was written to dist/ (set JOURNEYBOOK_BUILD_WAIT to wait longer${elsewhere}).`);
  process.exit(1);
}

const refused = distProblem(folders, root);
if (refused) failBuild([refused]);
// Before anything is deleted: a build killed while publishing may have left the previous site aside.
if (recoverInterruptedPublish(folders)) console.log('Put the previous site back into dist/: a build had been stopped while replacing it.');
// The site this build replaces was moved aside by the previous build: deleted meanwhile.
const emptyingReplaced = deleteReplacedSites(folders);

function describeOwner(owner: LockOwner | undefined): string {
  return owner ? ` (process ${owner.pid} on ${owner.host}, since ${new Date(owner.since).toTimeString().slice(0, 8)})` : '';
}

function buildSite(): Promise<number> {
  const heapLimit = heapLimitChosen(process.env.NODE_OPTIONS, process.execArgv) ? [] : [`--max-old-space-size=${heapLimitMb(countContentFiles(root))}`];
  // The IPC channel tells the child when this process is gone, however it ended: a child left
  // running would write into the staging folder of the next build.
  const child = spawn(process.execPath, [...heapLimit, fileURLToPath(new URL('build-site.ts', import.meta.url)), ...siteArgs], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
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

await emptyingReplaced;
// Only deleting the lock file by hand takes a live build's lock: then publish nothing.
if (!lock.held()) failBuild([`Build stopped: the build lock ${buildLockPath(dirname(folders.staging))} was deleted or taken over while this build held it.`]);
await publishSite(folders);
lock.release();
console.log(`Handbook built into ${folders.dist}`);
