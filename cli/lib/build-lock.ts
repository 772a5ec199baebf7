/**
 * One build at a time per project: two builds share the staging folder, the folder of replaced
 * sites, `dist/` and the caches, and interleaved they publish a broken site.
 *
 * The lock is proper-lockfile's: a directory created atomically (mkdir), whose mtime the owner
 * refreshes every few seconds. A build killed without a chance to clean up (kill -9, out of
 * memory) stops refreshing it, and the next build takes the lock over once it is older than
 * STALE_MS. A file next to the lock says who holds it, for the message a waiting build prints.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/** A lock whose owner has not refreshed it for this long belongs to a build that died. */
const STALE_MS = 10_000;
/** How often a waiting build tries again. */
const RETRY_MS = 500;

export interface BuildLockOptions {
  /** The project's `.journeybook/` folder, where the lock lives. */
  workDir: string;
  /** How long to wait for another build before giving up; 0 gives up at once. */
  waitMs: number;
  /** Told once, when another build holds the lock and this one starts waiting. */
  onWait(owner: LockOwner | undefined): void;
  /** The lock was lost while this build held it (its folder deleted, or taken over after a long stall). */
  onCompromised(): void;
}

/** Who holds the lock, as its owner wrote it down. */
export interface LockOwner {
  pid: number;
  host: string;
  /** When the owner took the lock (ISO 8601). */
  since: string;
}

export type BuildLock = { acquired: true; release(): void } | { acquired: false; owner: LockOwner | undefined };

/** The lock directory (proper-lockfile's) and the file naming its owner. */
export function buildLockPaths(workDir: string) {
  return { lock: join(workDir, 'build.lock'), owner: join(workDir, 'build.lock.owner.json') };
}

/**
 * Takes the project's build lock, waiting up to `waitMs` for a build that holds it. Resolves
 * with a release function, or, when the wait ran out, with the owner that still holds it.
 */
export async function acquireBuildLock(options: BuildLockOptions): Promise<BuildLock> {
  const paths = buildLockPaths(options.workDir);
  mkdirSync(options.workDir, { recursive: true });
  const deadline = Date.now() + options.waitMs;
  let told = false;
  for (;;) {
    try {
      const release = await lockfile.lock(options.workDir, {
        lockfilePath: paths.lock,
        realpath: false,
        stale: STALE_MS,
        retries: 0,
        onCompromised: () => options.onCompromised(),
      });
      const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
      writeFileSync(paths.owner, `${JSON.stringify(owner)}\n`);
      // proper-lockfile releases the lock however the process exits; the note of who held it goes with it.
      process.once('exit', () => forgetOwner(paths.owner));
      return {
        acquired: true,
        release: () => {
          forgetOwner(paths.owner);
          release().catch(() => undefined);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
    }
    const owner = readOwner(paths.owner);
    if (Date.now() >= deadline) return { acquired: false, owner };
    if (!told) {
      options.onWait(owner);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(RETRY_MS, Math.max(0, deadline - Date.now()))));
  }
}

/** Deletes the note of who holds the lock, when it is this process's. */
function forgetOwner(path: string): void {
  if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.since === 'string' ? (owner as LockOwner) : undefined;
  } catch {
    return undefined;
  }
}

/** How long `npm run build` waits for another build: JOURNEYBOOK_BUILD_WAIT seconds, 10 minutes by default. */
export function buildWaitMs(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.JOURNEYBOOK_BUILD_WAIT ?? 600);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 600_000;
}
