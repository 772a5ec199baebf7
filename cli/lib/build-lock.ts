/**
 * One build at a time per project: two builds share the staging folder, the folder of replaced
 * sites, `dist/` and the caches, and interleaved they publish a broken site.
 *
 * The lock is a file, `.journeybook/build.lock`, naming its owner: process id, host, the
 * process's start time (so a reused process id is not taken for the owner) and a token of its
 * own. It appears whole and at once (written aside, then hard-linked into place, which fails
 * when a lock is there). A lock whose owner is a process of this host that no longer runs is
 * stale, and taken over at once: a build killed with `kill -9` or by the out-of-memory killer
 * does not hold up the next one. A live owner keeps its lock however long it is busy — a lock
 * kept alive by a heartbeat (proper-lockfile's) was taken over from a build whose event loop a
 * loaded machine had stalled for more than its 10 s, in the full suite at a load of 30.
 */
import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** How often a waiting build tries again. */
const RETRY_MS = 250;

export interface BuildLockOptions {
  /** The project's `.journeybook/` folder, where the lock lives. */
  workDir: string;
  /** How long to wait for another build before giving up; 0 gives up at once. */
  waitMs: number;
  /** Told once, when another build holds the lock and this one starts waiting. */
  onWait(owner: LockOwner | undefined): void;
}

/** Who holds the lock, as its owner wrote it down. */
export interface LockOwner {
  pid: number;
  host: string;
  /** When the owner took the lock (ISO 8601). */
  since: string;
  /** The owner process's start time as the kernel counts it (Linux), to tell a reused process id. */
  started?: string;
  token: string;
}

export type BuildLock =
  | {
      acquired: true;
      /** Whether the lock is still this build's: checked before anything is published. */
      held(): boolean;
      release(): void;
    }
  | { acquired: false; owner: LockOwner | undefined };

export function buildLockPath(workDir: string): string {
  return join(workDir, 'build.lock');
}

/**
 * Takes the project's build lock, waiting up to `waitMs` for a build that holds it. Resolves
 * with the lock, or, when the wait ran out, with the owner that still holds it. The lock is
 * released when this process exits, however it exits normally; a process killed by a signal
 * leaves it for the next build to find stale.
 */
export async function acquireBuildLock(options: BuildLockOptions): Promise<BuildLock> {
  const path = buildLockPath(options.workDir);
  mkdirSync(options.workDir, { recursive: true });
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), started: startTimeOf(process.pid), token: randomUUID() };
  const text = `${JSON.stringify(owner)}\n`;
  const deadline = Date.now() + options.waitMs;
  let told = false;
  for (;;) {
    if (tryCreate(path, text)) {
      const held = () => readText(path) === text;
      const release = () => {
        if (held()) rmSync(path, { force: true });
      };
      process.once('exit', release);
      return { acquired: true, held, release };
    }
    const current = readText(path);
    if (current !== undefined && isStale(parseOwner(current))) {
      takeOver(path, current);
      continue;
    }
    const holder = current === undefined ? undefined : parseOwner(current);
    if (Date.now() >= deadline) return { acquired: false, owner: holder };
    if (!told) {
      options.onWait(holder);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(RETRY_MS, Math.max(0, deadline - Date.now()))));
  }
}

/** Creates the lock file with `text`, whole, unless a lock file is there. */
function tryCreate(path: string, text: string): boolean {
  const aside = `${path}.${process.pid}.${randomUUID()}.new`;
  writeFileSync(aside, text);
  try {
    linkSync(aside, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(aside, { force: true });
  }
}

/**
 * Removes the stale lock whose text is `stale`. It is renamed aside first, and deleted only if
 * it is the very lock judged stale: when another build took the stale lock over and made its
 * own in between, that one is put back.
 */
function takeOver(path: string, stale: string): void {
  const aside = `${path}.${process.pid}.${randomUUID()}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return; // gone already: another build took it over
  }
  if (readText(aside) !== stale) {
    try {
      linkSync(aside, path);
    } catch {
      // A third build made a lock meanwhile; the owner of the one moved aside sees it lost (held()).
    }
  }
  rmSync(aside, { force: true });
}

/**
 * Whether the lock's owner is gone: a process of this host that no longer runs, or whose id now
 * belongs to a process started at another time. A lock that names no owner was not written by
 * this code (which writes it whole) and is stale too. Owners on other hosts (a shared folder)
 * cannot be checked, and are waited for.
 */
function isStale(owner: LockOwner | undefined): boolean {
  if (!owner) return true;
  if (owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return true;
  if (!isRunning(owner.pid)) return true;
  const started = startTimeOf(owner.pid);
  return owner.started !== undefined && started !== undefined && started !== owner.started;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The start time of process `pid` in clock ticks since boot (field 22 of /proc/<pid>/stat); undefined off Linux. */
function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from its end.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.since === 'string' && typeof owner.token === 'string'
      ? (owner as LockOwner)
      : undefined;
  } catch {
    return undefined;
  }
}

/** How long `npm run build` waits for another build: JOURNEYBOOK_BUILD_WAIT seconds, 10 minutes by default. */
export function buildWaitMs(env: NodeJS.ProcessEnv): number {
  const seconds = Number(env.JOURNEYBOOK_BUILD_WAIT ?? 600);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 600_000;
}
