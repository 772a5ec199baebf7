import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from './harness.ts';
import { audienceHandbook, canary } from '../helpers/audience-handbook.ts';
import { findInSite } from '../helpers/scan-site.ts';

/*
 * docs/format.md#audiences: a public build holds only what is public. The handbook carries a
 * canary in every field and file name of its internal side; every byte of the public dist/ —
 * pages, JSON, Mermaid, CSV, share images, avatars, the search index decompressed — is scanned.
 */

const handbook = audienceHandbook();

describe('a public build of a handbook with internal content', () => {
  let fixture: Fixture;
  let internalBuild: { code: number; stdout: string; stderr: string };
  let publicBuild: { code: number; stdout: string; stderr: string };
  let publicDist: string[];

  beforeAll(async () => {
    fixture = createFixture('audiences', { files: handbook.files, site: 'https://intranet.example' });
    // Internal first, then public: the public build must not reuse anything the internal one cached.
    // --verbose: the build log keeps the share images' account (`share images: N rendered, …`) read below.
    internalBuild = await fixture.run('cli/build.ts');
    publicBuild = await fixture.run('cli/build.ts', ['--audience', 'public', '--verbose']);
    publicDist = findInSite(fixture.dist, handbook.publicMarkers);
  }, 600_000);
  afterAll(() => fixture?.remove());

  it('builds', () => {
    expect(internalBuild.stderr + internalBuild.stdout).toContain('Handbook built');
    expect(publicBuild.code, publicBuild.stderr).toBe(0);
  });

  it('leaks no internal string, name, figure or file name anywhere in dist/', () => {
    expect(handbook.internalCanaries.length).toBeGreaterThan(40);
    expect(findInSite(fixture.dist, handbook.internalCanaries)).toEqual([]);
  });

  it('still publishes the public journey and persona, also in the search index', () => {
    expect(publicDist.some((hit) => hit.startsWith('journeys/alta/index.html'))).toBe(true);
    expect(publicDist.some((hit) => hit.startsWith('pagefind/') && hit.endsWith('Llama publicada'))).toBe(true);
    expect(fixture.exists('og/journeys/alta.png')).toBe(true);
    expect(fixture.exists('og/personas/ana.png')).toBe(true);
  });

  it('counts only public items in the aggregates', () => {
    const json = JSON.parse(fixture.read('journeys/alta.json')) as { slug: string };
    expect(json.slug).toBe('alta');
    const csv = fixture.read('touchpoints.csv');
    expect(csv.trim().split('\n')).toHaveLength(3); // header + the public journey's two touchpoints
    const home = fixture.read('index.html');
    expect(home).toContain('Alta publicada');
    // No page for the internal future: the public journey offers no comparison.
    expect(fixture.exists(`compare/${canary('future')}/index.html`)).toBe(false);
    expect(fixture.read('journeys/alta/index.html')).not.toContain('/compare/');
  });

  it('keeps its caches apart from the internal build’s', () => {
    expect(publicBuild.stdout).toMatch(/share images: \d+ rendered, 0 from cache/);
    expect(existsSync(join(fixture.root, '.cache-public'))).toBe(true);
    expect(existsSync(join(fixture.root, '.cache'))).toBe(true);
  });

  it('and an internal build after it has everything again, from its own caches', async () => {
    const again = await fixture.run('cli/build.ts', ['--verbose']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/share images: 0 rendered, \d+ from cache/);
    expect(findInSite(fixture.dist, [canary('tptitle'), canary('pname')]).length).toBeGreaterThan(0);
    const publicAgain = await fixture.run('cli/build.ts', ['--audience=public']);
    expect(publicAgain.code, publicAgain.stderr).toBe(0);
    expect(findInSite(fixture.dist, handbook.internalCanaries)).toEqual([]);
    expect(readFileSync(join(fixture.dist, 'touchpoints.csv'), 'utf8').trim().split('\n')).toHaveLength(3);
  }, 600_000);
});

describe('a public file that leans on an internal one', () => {
  const persona = (slug: string, visibility: string) => [`content/personas/${slug}.mdx`, `---\nname: ${slug}\nvisibility: ${visibility}\n---\n`] as const;
  const journey = (slug: string, visibility: string, extra: string, body = '') =>
    [
      `content/journeys/${slug}.mdx`,
      `---\ntitle: ${slug}\n${extra}visibility: ${visibility}\nphases:\n  - { id: a, name: A }\ntouchpoints:\n  - { phase: a, title: T, channel: web, emotion: 0 }\n---\n${body}`,
    ] as const;
  let fixture: Fixture;

  beforeAll(() => {
    fixture = createFixture('audience-errors', {
      files: Object.fromEntries([
        persona('publica', 'public'),
        persona('interna', 'internal'),
        journey('con-persona-interna', 'public', 'persona: interna\n'),
        journey('actual-interna', 'internal', 'persona: publica\n'),
        journey('vision-publica', 'public', 'persona: publica\nstate: future\ncompares: actual-interna\n'),
        journey('cita-interna', 'public', 'persona: publica\n', '\n<Persona slug="interna" />\n'),
      ]),
    });
  });
  afterAll(() => fixture?.remove());

  it('is an error in a public check and build, naming both files', async () => {
    const check = await fixture.run('cli/check.ts', ['--audience', 'public']);
    expect(check.code).toBe(1);
    const lines = check.stderr.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^content\/journeys\/con-persona-interna\.mdx:3:1: persona: this public journey refers to the internal persona "interna" \(content\/personas\/interna\.mdx\)/));
    expect(lines).toContainEqual(expect.stringMatching(/^content\/journeys\/vision-publica\.mdx:\d+:\d+: compares: .*internal journey "actual-interna" \(content\/journeys\/actual-interna\.mdx\)/));
    expect(lines).toContainEqual(expect.stringMatching(/^content\/journeys\/cita-interna\.mdx:\d+:\d+: body <Persona>: .*internal persona "interna" \(content\/personas\/interna\.mdx\)/));
    const build = await fixture.run('cli/build.ts', [], { JOURNEYBOOK_AUDIENCE: 'public' });
    expect(build.code).toBe(1);
    expect(build.stderr).toContain('content/journeys/con-persona-interna.mdx:3:1: persona: this public journey refers to the internal persona');
    expect(build.stderr).not.toMatch(/\n\s+at /);
  });

  it('is fine in the internal build', async () => {
    const check = await fixture.run('cli/check.ts');
    expect(check.code, check.stderr).toBe(0);
  });

  it('says so when the audience is not one', async () => {
    const check = await fixture.run('cli/check.ts', ['--audience', 'publico']);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('--audience must be one of internal, public, got "publico"');
  });
});
