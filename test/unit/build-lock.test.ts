import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireBuildLock, buildLockPath } from '../../cli/lib/build-lock.ts';
import { REPO } from '../build/harness.ts';

let workDir: string;
const children: ChildProcess[] = [];
beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'jb-build-lock-'));
});
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  rmSync(workDir, { recursive: true, force: true });
});

/**
 * Another process that takes the lock, says "held", then runs `then` (JavaScript, with the lock
 * in `lock`): what a build does while it holds the lock.
 */
async function holder(then: string): Promise<ChildProcess> {
  const script = `
    import { acquireBuildLock } from ${JSON.stringify(join(REPO, 'cli', 'lib', 'build-lock.ts'))};
    const lock = await acquireBuildLock({ workDir: ${JSON.stringify(workDir)}, waitMs: 0, onWait() {} });
    if (!lock.acquired) process.exit(3);
    console.log('held');
    ${then}
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve());
    child.on('exit', (code) => reject(new Error(`the holder exited with ${code} before taking the lock`)));
  });
  return child;
}

const exited = (child: ChildProcess) => new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.on('exit', resolve)));
const tryOnce = () => acquireBuildLock({ workDir, waitMs: 0, onWait: () => undefined });

describe('the build lock', () => {
  it('is not taken from a live build, even one whose event loop is stalled for longer than a heartbeat would allow', async () => {
    // 12 s of synchronous work: a heartbeat lock with proper-lockfile's 10 s would be taken over.
    const busy = await holder('const end = Date.now() + 12_000; while (Date.now() < end) {}');
    await new Promise((resolve) => setTimeout(resolve, 11_000));
    const attempt = await tryOnce();
    expect(attempt.acquired).toBe(false);
    if (!attempt.acquired) expect(attempt.owner).toMatchObject({ pid: busy.pid, host: hostname() });
  }, 30_000);

  it('waits for a build that holds it, and tells once', async () => {
    const child = await holder('setTimeout(() => process.exit(0), 1500);');
    const told: unknown[] = [];
    const started = Date.now();
    const lock = await acquireBuildLock({ workDir, waitMs: 20_000, onWait: (owner) => told.push(owner) });
    expect(lock.acquired).toBe(true);
    expect(Date.now() - started).toBeGreaterThan(1000);
    expect(told).toEqual([expect.objectContaining({ pid: child.pid })]);
    if (lock.acquired) lock.release();
  });

  it('is released when its owner exits', async () => {
    const child = await holder('process.exit(0);');
    await exited(child);
    expect(existsSync(buildLockPath(workDir))).toBe(false);
  });

  it('is taken over at once from a build killed with SIGKILL', async () => {
    const child = await holder('setInterval(() => {}, 1000);');
    child.kill('SIGKILL');
    await exited(child);
    expect(existsSync(buildLockPath(workDir))).toBe(true);
    const lock = await tryOnce();
    expect(lock.acquired).toBe(true);
    if (lock.acquired) {
      expect(lock.held()).toBe(true);
      lock.release();
    }
  });

  it('is taken over from an owner whose process id now belongs to a process started at another time', async () => {
    // This test's own parent is alive, but started long before the lock says its owner did.
    writeFileSync(buildLockPath(workDir), JSON.stringify({ pid: process.ppid, host: hostname(), since: new Date().toISOString(), started: '1', token: 'x' }));
    expect((await tryOnce()).acquired).toBe(true);
  });

  it('is taken over when the lock file names no owner (not written by a build)', async () => {
    writeFileSync(buildLockPath(workDir), 'garbage');
    expect((await tryOnce()).acquired).toBe(true);
  });

  it('is not taken from a build on another host (a shared folder), which cannot be checked', async () => {
    const other = { pid: 1, host: `not-${hostname()}`, since: new Date().toISOString(), token: 'x' };
    writeFileSync(buildLockPath(workDir), JSON.stringify(other));
    const attempt = await tryOnce();
    expect(attempt.acquired).toBe(false);
    if (!attempt.acquired) expect(attempt.owner).toEqual(other);
  });

  it('knows when it has been lost (the lock file deleted by hand and taken by another build)', async () => {
    const lock = await tryOnce();
    expect(lock.acquired).toBe(true);
    if (!lock.acquired) return;
    rmSync(buildLockPath(workDir));
    await holder('setInterval(() => {}, 1000);');
    expect(lock.held()).toBe(false);
    lock.release();
    expect(JSON.parse(readFileSync(buildLockPath(workDir), 'utf8')).pid).not.toBe(process.pid);
  });
});
