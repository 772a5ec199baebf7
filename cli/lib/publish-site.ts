/**
 * Publishing a finished build into `dist/`, and putting things right after a build that was
 * killed while publishing. Only the build holding the lock (build-lock.ts) calls these.
 *
 * Publishing is two renames: `dist/` into the folder of replaced sites, then the staging folder
 * to `dist/`, with a mark file present from before the first until after the second. A build
 * killed between the two leaves the mark, no `dist/` and the previous site alone in the replaced
 * folder: the next build moves it back before it deletes anything, so the only complete copy of
 * a site is never deleted, whether or not that next build succeeds.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { buildFolders } from './build-folders.ts';

type Folders = ReturnType<typeof buildFolders>;

/** Where a replaced site waits to be deleted. */
function replacedSite(folders: Folders): string {
  return join(folders.replaced, 'dist');
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Why `dist/` cannot be replaced, as one line, or undefined when it can (a folder, or nothing).
 * A symbolic link would be renamed away and replaced by a folder, leaving its target stale and
 * whoever serves that target none the wiser: refused, with the way to publish instead.
 */
export function distProblem(folders: Folders, root: string): string | undefined {
  const stats = lstatOrUndefined(folders.dist);
  const name = relative(root, folders.dist);
  if (stats?.isSymbolicLink()) {
    const target = readlinkSync(folders.dist);
    return (
      `${name}: is a symbolic link (to ${target}), and a build replaces ${name}/ as a whole: ` +
      `delete the link and copy the built site where it is served (rsync -a --delete ${name}/ ${target}/), ` +
      `or link the other way round (ln -sfn "$PWD/${name}" ${target})`
    );
  }
  if (stats && !stats.isDirectory()) return `${name}: is a file, not a folder: move it away so the build can write the site there`;
  return undefined;
}

/** Present from just before publishing starts until it has ended: a build killed in between leaves it. */
function publishingMark(folders: Folders): string {
  return join(dirname(folders.replaced), 'publishing');
}

/**
 * Puts back the site a killed build had moved aside and not yet replaced. Returns true when it
 * did. Call before anything is deleted. Only a publish that was cut short is undone: a `dist/`
 * its owner deleted stays deleted.
 */
export function recoverInterruptedPublish(folders: Folders): boolean {
  const mark = publishingMark(folders);
  if (!existsSync(mark)) return false;
  let recovered = false;
  if (lstatOrUndefined(folders.dist) === undefined && lstatOrUndefined(replacedSite(folders))?.isDirectory()) {
    renameSync(replacedSite(folders), folders.dist);
    recovered = true;
  }
  rmSync(mark, { force: true });
  return recovered;
}

/**
 * Deletes the sites earlier builds replaced, in the background (a large site takes seconds).
 * Only once `dist/` holds a site, or when nothing was replaced: the replaced folder is then
 * never the only copy. It is first renamed out of the way, so a deletion cut short leaves no
 * half-deleted site where recoverInterruptedPublish would take it for a whole one.
 */
export function deleteReplacedSites(folders: Folders): Promise<void> {
  if (!existsSync(folders.dist) && existsSync(replacedSite(folders))) return Promise.resolve();
  const workDir = dirname(folders.replaced);
  if (existsSync(folders.replaced)) renameSync(folders.replaced, join(workDir, `${DELETING}${process.pid}-${Date.now()}`));
  const leftovers = existsSync(workDir) ? readdirSync(workDir).filter((name) => name.startsWith(DELETING)) : [];
  return Promise.all(leftovers.map((name) => rm(join(workDir, name), { recursive: true, force: true }))).then(() => undefined);
}

/** The prefix of replaced sites being deleted. */
const DELETING = 'deleting-';

/**
 * Swaps the finished site in the staging folder into `dist/`. Each rename is atomic on one file
 * system; between the two there is no `dist/`, which recoverInterruptedPublish mends.
 */
export async function publishSite(folders: Folders): Promise<void> {
  const aside = replacedSite(folders);
  const hadSite = lstatOrUndefined(folders.dist) !== undefined;
  mkdirSync(folders.replaced, { recursive: true });
  writeFileSync(publishingMark(folders), `${process.pid}\n`);
  if (hadSite) renameSync(folders.dist, aside);
  await pauseForTests();
  try {
    renameSync(folders.staging, folders.dist);
  } catch (error) {
    if (hadSite) renameSync(aside, folders.dist);
    throw error;
  }
  rmSync(publishingMark(folders), { force: true });
}

/**
 * Specs that kill a build between the two renames (test/build/publish-recovery.test.ts) widen
 * that moment with JOURNEYBOOK_TEST_PAUSE_PUBLISH_MS. Nothing else sets it.
 */
async function pauseForTests(): Promise<void> {
  const ms = Number(process.env.JOURNEYBOOK_TEST_PAUSE_PUBLISH_MS ?? 0);
  if (ms > 0) await sleep(ms);
}
