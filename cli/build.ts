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
 *
 * This process is the only one that writes to the terminal while the build runs: the child
 * reports its steps over the IPC channel (src/integration/build-events.ts) and its output comes
 * through here line by line, so the progress lines (cli/lib/progress-display.ts) never cut a
 * warning in half. `--verbose` (or JOURNEYBOOK_VERBOSE=1) lets Astro's whole log through instead.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { cliTranslator } from '../src/i18n/index.ts';
import { BUILD_EVENTS_ENV, buildEventIn, verboseBuildLog, type BuildEvent } from '../src/integration/build-events.ts';
import { handbookLanguage } from './lib/command-language.ts';
import { buildOutput, progressMode, type BuildOutput } from './lib/progress-display.ts';
import { readSettingsForCli } from './lib/settings-for-cli.ts';
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
// `--verbose`: Astro's whole log, every page it writes included, instead of the progress lines.
const verbose = audienceFlag.rest.includes('--verbose') || verboseBuildLog(process.env);
const siteArgs = audienceFlag.rest.filter((arg) => arg !== '--verbose');
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

// What the build says goes through one output, once the language is known; until then it waits in line.
const buildStarted = performance.now();
const waitingForOutput: Array<(output: BuildOutput) => void> = [];
let output: BuildOutput | undefined;
const toOutput = (act: (output: BuildOutput) => void) => (output ? act(output) : waitingForOutput.push(act));
const tell = (event: BuildEvent) => toOutput((out) => out.event(event));

/** Passes each whole line of a child's stream to the output; settles when the stream ends. */
function relayLines(stream: Readable, name: 'stdout' | 'stderr'): Promise<void> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  lines.on('line', (line) => toOutput((out) => out.line(line, name)));
  return new Promise((resolve) => lines.on('close', resolve));
}

async function buildSite(): Promise<number> {
  const heapLimit = heapLimitChosen(process.env.NODE_OPTIONS, process.execArgv) ? [] : [`--max-old-space-size=${heapLimitMb(countContentFiles(root))}`];
  // The IPC channel tells the child when this process is gone, however it ended: a child left
  // running would write into the staging folder of the next build. It also carries the child's
  // progress. With --verbose the child writes to the terminal itself, Astro's log as Astro writes it.
  const child = spawn(process.execPath, [...heapLimit, fileURLToPath(new URL('build-site.ts', import.meta.url)), ...siteArgs], {
    stdio: verbose ? ['inherit', 'inherit', 'inherit', 'ipc'] : ['inherit', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, JOURNEYBOOK_SEARCH_INDEX: 'deferred', [BUILD_EVENTS_ENV]: 'ipc', ...(verbose && { JOURNEYBOOK_VERBOSE: '1' }) },
  });
  child.on('message', (message) => {
    const event = buildEventIn(message);
    if (event) tell(event);
  });
  const relayed = verbose ? [] : [relayLines(child.stdout!, 'stdout'), relayLines(child.stderr!, 'stderr')];
  const code = await new Promise<number>((resolve) => {
    child.on('error', () => resolve(1));
    // Killed by a signal, the child has no exit code: that is a failure too.
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  // The child's last lines are still in the pipes; a process it started and left holding them must not hold the build.
  await Promise.race([Promise.all(relayed), new Promise((resolve) => setTimeout(resolve, 2_000).unref())]);
  return code;
}

/** Ends a failed build: the progress lines go, the reasons stay. */
async function failAfterProgress(lines: readonly string[]): Promise<never> {
  (await outputReady).stop();
  failBuild(lines);
}

const siteBuilt = buildSite();
// The progress and the summary speak the handbook's language: read while the child starts.
const outputReady = readSettingsForCli(root).then((read) => {
  const locale = handbookLanguage(read);
  output = buildOutput({
    mode: progressMode({ verbose, isTTY: process.stdout.isTTY, term: process.env.TERM }),
    speech: { say: cliTranslator(locale), locale },
    stdout: process.stdout,
    stderr: process.stderr,
  });
  for (const act of waitingForOutput.splice(0)) act(output);
  return output;
});
const [{ buildSearchIndex, searchIndexLogLine }, { readCacheDir }] = await Promise.all([import('../src/integration/search-index.ts'), import('./lib/project.ts')]);
const siteExit = await siteBuilt;
const out = await outputReady;
if (siteExit !== 0) {
  // The child printed what went wrong, and that nothing was written to dist/.
  out.stop();
  process.exit(siteExit);
}

try {
  const search = await buildSearchIndex({
    root,
    outDir: folders.staging,
    cacheDir: await readCacheDir(root, audience),
    progress: {
      pages: (total) => tell({ type: 'start', phase: 'search', total }),
      shard: (pages, copied) => tell({ type: 'progress', phase: 'search', ...(copied ? { reused: pages } : { made: pages }) }),
    },
  });
  const shards = { indexed: search.shards - search.copiedShards, copied: search.copiedShards };
  tell({ type: 'end', phase: 'search', total: search.pages, made: search.indexedPages, reused: search.pages - search.indexedPages, shards });
  // The verbose log keeps the account Astro's build log always had (the bench reads it).
  if (verbose) out.line(searchIndexLogLine(search), 'stdout');
} catch (error) {
  rmSync(folders.staging, { recursive: true, force: true });
  await failAfterProgress([error instanceof Error ? error.message : String(error)]);
}

await emptyingReplaced;
// Only deleting the lock file by hand takes a live build's lock: then publish nothing.
if (!lock.held()) await failAfterProgress([`Build stopped: the build lock ${buildLockPath(dirname(folders.staging))} was deleted or taken over while this build held it.`]);
await publishSite(folders);
lock.release();
out.finish(performance.now() - buildStarted);
console.log(`Handbook built into ${folders.dist}`);
