import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from './harness.ts';

/*
 * Two `npm run build`s in one project at once used to share the staging folder: one published
 * a site of 12–16 files and reported success, the other died with a stack trace. Now the second
 * waits for the first (cli/lib/build-lock.ts), or gives up with one line. The lock itself, its
 * stale-owner rules and a stalled owner are in test/unit/build-lock.test.ts.
 */

let fixture: Fixture;
beforeEach(() => {
  fixture = createFixture('minimal');
});
afterEach(() => fixture.remove());

async function waitFor(what: string, condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Every file of the built site, by path. */
function siteFiles(dist: string): string[] {
  return (readdirSync(dist, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1))
    .sort();
}

/** The build-site.ts processes still running in the fixture (children of a build). */
function siteBuildersIn(root: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`) === root && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('build-site.ts');
      } catch {
        return false;
      }
    })
    .map(Number);
}

const lockHeld = () => existsSync(join(fixture.root, '.journeybook', 'build.lock'));

describe('two builds of one handbook at once', () => {
  it('one waits for the other, says so in one line, and both publish the whole site', async () => {
    // Started together: before the lock, both wrote into one staging folder.
    const first = fixture.start('cli/build.ts');
    const second = fixture.start('cli/build.ts');
    const [one, two] = await Promise.all([first.result, second.result]);

    for (const path of ['index.html', 'journeys/alta/index.html', 'personas/ana/index.html', 'og/home.png', 'pagefind/pagefind-entry.json']) {
      expect(fixture.exists(path), path).toBe(true);
    }
    expect(one.code, one.stderr).toBe(0);
    expect(two.code, two.stderr).toBe(0);
    // Either may win the lock (they start together): exactly one of them waits, and says so.
    const waiting = /^Another build of this handbook is running \(process \d+ on .+, since \d\d:\d\d:\d\d\): waiting up to 600 s for it to finish\.$/m;
    const waiters = [one, two].filter((build) => waiting.test(build.stdout));
    expect(waiters, `${one.stdout}\n----\n${two.stdout}`).toHaveLength(1);
    // The same site a single build makes.
    const alone = createFixture('minimal');
    try {
      expect((await alone.run('cli/build.ts')).code).toBe(0);
      expect(siteFiles(fixture.dist)).toEqual(siteFiles(alone.dist));
    } finally {
      alone.remove();
    }
    // Three builds, two of them one after the other.
  }, 300_000);

  it('gives up after JOURNEYBOOK_BUILD_WAIT seconds with one line, and the first build still publishes', async () => {
    // The first build holds the lock a while longer, between moving the old site aside and publishing.
    expect((await fixture.run('cli/build.ts')).code).toBe(0);
    const first = fixture.start('cli/build.ts', [], { JOURNEYBOOK_TEST_PAUSE_PUBLISH_MS: '8000' });
    await waitFor('the first build to take the lock', lockHeld);
    const second = await fixture.run('cli/build.ts', [], { JOURNEYBOOK_BUILD_WAIT: '1' });

    expect(second.code).toBe(1);
    expect(second.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^Build stopped: another build of this handbook is still running \(process \d+ on .+\) after 1 s; nothing was written to dist\/ \(set JOURNEYBOOK_BUILD_WAIT to wait longer\)\.$/),
    ]);
    const one = await first.result;
    expect(one.code, one.stderr).toBe(0);
    expect(fixture.exists('index.html')).toBe(true);
  });

  it('takes over the lock of a build killed with SIGKILL, whose page builder stops with it', async () => {
    const first = fixture.start('cli/build.ts');
    await waitFor('the first build to start its page builder', () => lockHeld() && siteBuildersIn(fixture.root).length > 0);
    first.process.kill('SIGKILL');
    await first.result;
    // It hears of its parent’s end once its modules are loaded: measured 3.6–6.2 s after the kill on a
    // busy 2-core machine (the same before and after the build reported its progress), so 5 s was too tight.
    await waitFor('the orphaned page builder to stop', () => siteBuildersIn(fixture.root).length === 0, 20_000);

    // The dead build's lock names a process that no longer runs: taken over at once, without waiting.
    expect(lockHeld()).toBe(true);
    const second = await fixture.run('cli/build.ts');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).not.toContain('Another build of this handbook is running');
    expect(fixture.exists('index.html')).toBe(true);
    expect(fixture.exists('pagefind/pagefind-entry.json')).toBe(true);
    expect(lockHeld()).toBe(false);
  });
});
