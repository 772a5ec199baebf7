/**
 * The sample handbook (the repository's content/ and public/, with the settings of its
 * astro.config.mjs) built once under a base path and a site URL, for every quality gate that
 * looks at a real site: browser specs, links, html-validate, axe.
 *
 * The build is cached under .journeybook/sample-site/<hash>/, where the hash covers everything
 * that shapes the output (engine, content, settings, this file). Spec files run in parallel
 * workers, so the first one to need the site builds it while the others wait on a lock; later
 * runs with no change reuse it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SettingsInput } from '../../src/schema/settings.ts';
import { createFixture, REPO, type Fixture } from '../../test/build/harness.ts';

/** Where the sample handbook is deployed in these tests (docs/format.md#settings: an intranet under a path). */
export const SAMPLE_BASE = '/handbook/';
export const SAMPLE_SITE_URL = 'https://intranet.example';

/** What shapes the built site; any change here means a new build. */
const INPUTS = ['src', 'content', 'public', 'cli', 'astro.config.mjs', 'package-lock.json', 'test/build/harness.ts', 'e2e/lib/sample-site.ts'];
/** A build that takes longer than this has hung; the waiting workers give up with a message. */
const BUILD_LIMIT_MS = 25 * 60_000;

export interface SampleSite {
  /** The built site on disk. */
  dist: string;
  base: string;
  siteUrl: string;
}

let pending: Promise<SampleSite> | undefined;

/** The built sample handbook; builds it the first time (per content and engine version). */
export function sampleSite(): Promise<SampleSite> {
  pending ??= ensureBuilt();
  return pending;
}

async function ensureBuilt(): Promise<SampleSite> {
  const dist = await cachedBuild('sample-site', inputsHash(), build);
  return { dist, base: SAMPLE_BASE, siteUrl: SAMPLE_SITE_URL };
}

/**
 * A site built once per `key` under .journeybook/<kind>/<key>/dist and reused while the key holds.
 * Spec files run in parallel workers, so the first to need it builds it (`build(dir)` leaves the
 * finished site at `<dir>/dist`) while the others wait on a lock. Returns the dist/ folder.
 */
export async function cachedBuild(kind: string, key: string, build: (dir: string) => Promise<void>): Promise<string> {
  const cache = join(REPO, '.journeybook', kind);
  const dir = join(cache, key);
  const dist = join(dir, 'dist');
  // The finished dist/ is renamed into place, so its presence means the build completed.
  if (existsSync(dist)) return dist;
  mkdirSync(cache, { recursive: true });
  const lock = join(cache, `${key}.lock`);
  const started = Date.now();
  while (!tryLock(lock)) {
    if (existsSync(dist)) return dist;
    if (Date.now() - started > BUILD_LIMIT_MS) throw new Error(`the ${kind} build (lock ${lock}) did not finish in ${BUILD_LIMIT_MS / 60_000} minutes`);
    await sleep(250);
  }
  try {
    if (existsSync(dist)) return dist;
    await build(dir);
    removeOtherBuilds(cache, key);
    return dist;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Takes the lock, or takes over one whose owner died (a killed test run must not block the next). */
function tryLock(lock: string): boolean {
  try {
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(process.pid));
    return true;
  } catch {
    let owner = NaN;
    try {
      owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
    } catch {
      // The owner is between mkdir and writing its pid: it is alive.
      return false;
    }
    if (Number.isInteger(owner) && !isAlive(owner)) rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A scratch project holding the sample handbook (the repository's content/ and public/, its
 * astro.config.mjs settings), deployed under /handbook/ on https://intranet.example.
 */
export async function createSampleFixture(name = 'sample-handbook'): Promise<Fixture> {
  const fixture = createFixture(name, {
    settings: await repoSettings(),
    env: { SITE_URL: SAMPLE_SITE_URL, BASE_PATH: SAMPLE_BASE },
  });
  cpSync(join(REPO, 'content'), join(fixture.root, 'content'), { recursive: true });
  if (existsSync(join(REPO, 'public'))) cpSync(join(REPO, 'public'), join(fixture.root, 'public'), { recursive: true });
  carryRepositoryHistory(fixture.root);
  return fixture;
}

/**
 * Gives the scratch project the repository's own commits, so the sample's history and changes
 * pages show the history of content/ as it really is (docs/format.md#history-and-changes-v2). A
 * checkout without git history builds a sample whose history pages say why they are empty.
 */
function carryRepositoryHistory(root: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' });
  try {
    git('init', '-q', '-b', 'main');
    git('fetch', '-q', '--no-tags', REPO, 'HEAD');
    git('update-ref', 'refs/heads/main', 'FETCH_HEAD');
  } catch {
    // Not a repository, or git is missing: the sample builds without history.
  }
}

/** The newest commit that touched content/, which the sample's history pages show. */
function contentHead(): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%H', '--', 'content'], { cwd: REPO, stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8' }).trim();
  } catch {
    return 'no history';
  }
}

async function build(dir: string): Promise<void> {
  const fixture = await createSampleFixture();
  try {
    const result = await fixture.run('cli/build.ts');
    if (result.code !== 0) {
      throw new Error(`the sample handbook did not build (exit ${result.code}):\n${result.stderr || result.stdout}`);
    }
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    renameSync(fixture.dist, join(dir, 'dist'));
  } finally {
    fixture.remove();
  }
}

/** The journeybook() options of the repository's astro.config.mjs, as a handbook author set them. */
async function repoSettings(): Promise<SettingsInput> {
  const config = (await import(/* @vite-ignore */ pathToFileURL(join(REPO, 'astro.config.mjs')).href)).default as {
    integrations?: unknown[];
  };
  const integration = (config.integrations ?? []).flat().find((item) => (item as { name?: string })?.name === 'journeybook') as
    | { journeybookOptions: SettingsInput }
    | undefined;
  if (!integration) throw new Error('astro.config.mjs has no journeybook() integration');
  return integration.journeybookOptions;
}

function inputsHash(): string {
  return hashOfInputs(INPUTS, `git:${contentHead()}\0`);
}

/**
 * A digest of the files under `inputs` (paths from the repository, folders walked whole), by
 * path and contents: the key of a cached build, so an edit to any of them builds again.
 */
export function hashOfInputs(inputs: readonly string[], prefix = ''): string {
  const hash = createHash('sha256');
  hash.update(prefix);
  for (const input of inputs) {
    const path = join(REPO, input);
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory()
      ? (readdirSync(path, { recursive: true, encoding: 'utf8' }) as string[]).map((name) => join(path, name)).filter((file) => statSync(file).isFile())
      : [path];
    for (const file of files.sort()) hash.update(relative(REPO, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The cache must not grow with every edit, but a build an hour old may still be read by another
 * test run in the same tree (several people share it), so only older builds go.
 */
function removeOtherBuilds(cache: string, key: string): void {
  const cutoff = Date.now() - 60 * 60_000;
  for (const name of readdirSync(cache)) {
    const path = join(cache, name);
    if (name !== key && !name.endsWith('.lock') && statSync(path).mtimeMs < cutoff) rmSync(path, { recursive: true, force: true });
  }
}
