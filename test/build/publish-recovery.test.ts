import { existsSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from './harness.ts';

/*
 * Publishing is two renames: dist/ aside into .journeybook/replaced-sites/, then the new site to
 * dist/. A build killed between the two used to leave no dist/, and the next build deleted the
 * site set aside — the only copy — even when it then failed. Now every build first puts that
 * site back (cli/lib/publish-site.ts).
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
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const JOURNEY = 'content/journeys/alta.mdx';
const edit = (change: (text: string) => string) => writeFileSync(join(fixture.root, JOURNEY), change(readFileSync(join(fixture.root, JOURNEY), 'utf8')));
const retitle = (title: string) => edit((text) => text.replace(/^title: .*$/m, `title: ${title}`));

describe('a build killed while it publishes', () => {
  it('between its two renames, then a build that fails: dist/ holds the previous site again', async () => {
    retitle('Primera versión');
    expect((await fixture.run('cli/build.ts')).code).toBe(0);
    expect(fixture.read('journeys/alta/index.html')).toContain('Primera versión');

    retitle('Segunda versión');
    const killed = fixture.start('cli/build.ts', [], { JOURNEYBOOK_TEST_PAUSE_PUBLISH_MS: '10000' });
    // The old site has been moved aside and the new one not yet moved in.
    await waitFor('the old site to be moved aside', () => !existsSync(fixture.dist));
    killed.process.kill('SIGKILL');
    await killed.result;
    expect(existsSync(fixture.dist)).toBe(false);

    edit((text) => text.replace(/^persona: .*$/m, 'persona: nadie'));
    const failed = await fixture.run('cli/build.ts');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('Build failed: nothing was written to dist/.');
    expect(fixture.exists('journeys/alta/index.html')).toBe(true);
    expect(fixture.read('journeys/alta/index.html')).toContain('Primera versión');
    expect(fixture.exists('pagefind/pagefind-entry.json')).toBe(true);
    expect(failed.stdout).toContain('Put the previous site back into dist/: a build had been stopped while replacing it.');

    // And the next good build publishes as usual.
    edit((text) => text.replace(/^persona: .*$/m, 'persona: ana'));
    expect((await fixture.run('cli/build.ts')).code).toBe(0);
    expect(fixture.read('journeys/alta/index.html')).toContain('Segunda versión');
    // Four builds, one of them held for up to 10 s.
  }, 300_000);
});

describe('a dist/ its owner deleted', () => {
  it('stays deleted: only a publish cut short is undone', async () => {
    expect((await fixture.run('cli/build.ts')).code).toBe(0);
    expect((await fixture.run('cli/build.ts')).code).toBe(0);
    rmSync(fixture.dist, { recursive: true });
    edit((text) => text.replace(/^persona: .*$/m, 'persona: nadie'));
    const failed = await fixture.run('cli/build.ts');
    expect(failed.code).toBe(1);
    expect(existsSync(fixture.dist)).toBe(false);
  });
});

describe('a dist/ that is a symbolic link', () => {
  it('is refused with one line saying what to do, and neither the link nor its target is touched', async () => {
    const served = join(fixture.root, 'served');
    mkdirSync(served);
    writeFileSync(join(served, 'index.html'), 'what the web server shows');
    symlinkSync(served, fixture.dist, 'dir');

    const result = await fixture.run('cli/build.ts');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`dist: is a symbolic link (to ${served}), and a build replaces dist/ as a whole: delete the link and copy the built site where it is served (rsync -a --delete dist/ ${served}/), or link the other way round (ln -sfn "$PWD/dist" ${served})`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(lstatSync(fixture.dist).isSymbolicLink()).toBe(true);
    expect(readlinkSync(fixture.dist)).toBe(served);
    expect(readFileSync(join(served, 'index.html'), 'utf8')).toBe('what the web server shows');
  });
});
