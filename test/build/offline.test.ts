/**
 * docs/format.md#commands and issue 6 (no network): the build makes no network request. The sample
 * handbook (share images, emoji, fonts, search index and all) is built inside a Linux network
 * namespace that has no interface but loopback (`unshare -rn`), as on a locked-down intranet
 * build machine. The whole suite runs the same way: see docs/quality.md.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleFixture } from '../../e2e/lib/sample-site.ts';
import { REPO, type Fixture } from './harness.ts';

const run = promisify(execFile);

/** Runs `command` with no network: a new user and network namespace, loopback only and down. */
async function offline(command: string[], cwd = REPO): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('unshare', ['--user', '--map-root-user', '--net', ...command], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', JOURNEYBOOK_TODAY: '2026-11-25' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code?: number | string; stdout?: string; stderr?: string; message?: string };
    if (failure.code === 'ENOENT') throw new Error('unshare(1) is missing: install util-linux to run the offline checks');
    return { code: typeof failure.code === 'number' ? failure.code : 1, stdout: failure.stdout ?? '', stderr: `${failure.stderr ?? ''}${failure.message ?? ''}` };
  }
}

/** What Node prints when something reached for the network and found none. */
const NETWORK_ERROR = /ENOTFOUND|EAI_AGAIN|ENETUNREACH|ECONNREFUSED|fetch failed|getaddrinfo/;

describe('with the network cut off', () => {
  it('really has no network inside the namespace (so the build below proves something)', async () => {
    const probe = `require('node:net').connect({ host: '1.1.1.1', port: 443, timeout: 3000 }).on('connect', () => { console.log('online'); process.exit(0); }).on('error', (e) => { console.log(e.code); process.exit(3); }).on('timeout', () => { console.log('timeout'); process.exit(3); });`;
    const result = await offline([process.execPath, '-e', probe]);
    expect(result.stdout.trim(), result.stderr).toBe('ENETUNREACH');
    expect(result.code).toBe(3);
  });

  describe('the sample handbook', () => {
    let fixture: Fixture;
    let build: { code: number; stdout: string; stderr: string };
    beforeAll(async () => {
      fixture = await createSampleFixture('offline-sample');
      build = await offline([process.execPath, join(REPO, 'cli', 'build.ts')], fixture.root);
    }, 600_000);
    afterAll(() => fixture?.remove());

    it('builds, with nothing reaching for the network', () => {
      expect(build.code, build.stderr).toBe(0);
      expect(build.stdout + build.stderr).not.toMatch(NETWORK_ERROR);
    });

    it('has its share images, search index and pages', () => {
      for (const file of ['index.html', 'og/home.png', 'pagefind/pagefind.js', 'touchpoints.csv', '404.html']) expect(fixture.exists(file), file).toBe(true);
    });
  });

  it('checks content with npm run check', async () => {
    const fixture = await createSampleFixture('offline-check');
    try {
      const result = await offline([process.execPath, join(REPO, 'cli', 'check.ts')], fixture.root);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout + result.stderr).not.toMatch(NETWORK_ERROR);
    } finally {
      fixture.remove();
    }
  });
});
