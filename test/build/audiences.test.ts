import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from './harness.ts';
import { audienceHandbook, canary, INTERNAL_ONLY_EMOJI_FILE } from '../helpers/audience-handbook.ts';
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

  it('offers the search no kind of page only internal content has, and publishes no emoji only it uses', () => {
    // The search filters are read from the index: a study or a track kind would tell that some exist.
    expect(searchFilterHits(fixture.dist)).toEqual([]);
    expect(fixture.exists(`emoji/${INTERNAL_ONLY_EMOJI_FILE}`)).toBe(false);
    expect(fixture.exists(`research/${canary('researchslug')}/index.html`)).toBe(false);
    expect(fixture.exists(`tracks/${canary('trackslug')}/index.html`)).toBe(false);
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

  it('shows only public journeys on the stages page, the tag pages and the journeys index, and no internal parent', () => {
    // Internal journeys have a phase in the stage "contratar" and the public tag: only the public one shows.
    const stages = fixture.read('stages/index.html');
    expect(stages).toContain('Alta publicada');
    const journeyLinks = (html: string) => [...new Set([...html.matchAll(/href="\/journeys\/([^"#?]+?)\/(?:[#?][^"]*)?"/g)].map((match) => match[1]))];
    expect(journeyLinks(stages)).toEqual(['alta']);
    const tag = fixture.read('tags/publicado/index.html');
    expect(tag).toContain('Lee la web publicada');
    expect(tag.match(/data-journey="[^"]*"/g)).toEqual(['data-journey="alta"']);
    expect(fixture.read('tags/index.html').match(/href="\/tags\/[^"]+\/"/g)).toEqual(['href="/tags/publicado/"']);
    const index = fixture.read('journeys/index.html');
    expect(index.match(/data-journey="[^"]*"/g)).toEqual(['data-journey="alta"']);
    // One group, the top-level one (its folder "" is written as a bare attribute).
    expect([...index.matchAll(/<section[^>]*\sdata-group(?:="([^"]*)")?/g)].map((match) => match[1] ?? '')).toEqual(['']);
    // An internal touchpoint zooms into the public journey: the public journey names no parent.
    expect(fixture.read('journeys/alta/index.html')).not.toContain('data-part-of');
    expect(JSON.parse(fixture.read('journeys/alta.json')).touchpoints.map((touchpoint: { detail: unknown }) => touchpoint.detail)).toEqual([null, null]);
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
    // What the public build must not have, this one has: the checks above can fail.
    expect(searchFilterHits(fixture.dist)).toEqual(expect.arrayContaining([expect.stringMatching(/: Estudio$/), expect.stringMatching(/: Itinerario$/)]));
    expect(fixture.exists(`emoji/${INTERNAL_ONLY_EMOJI_FILE}`)).toBe(true);
    // What the public build left out is really there for the internal audience, where the scan looked.
    expect(fixture.read('journeys/alta/index.html')).toContain(`data-part-of="${canary('ofpublic')}#${canary('tpid')}"`);
    expect(fixture.read('tags/publicado/index.html')).toContain(canary('tptitle'));
    expect(fixture.read('stages/index.html')).toContain(canary('phasename'));
    expect(fixture.read('journeys/index.html')).toContain(canary('folderlabel'));
    expect(fixture.exists(`tags/${canary('jtag')}/index.html`)).toBe(true);
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
        [
          'content/journeys/detalle-interno.mdx',
          '---\ntitle: detalle-interno\npersona: publica\nvisibility: public\nphases:\n  - { id: a, name: A }\ntouchpoints:\n  - { phase: a, title: T, channel: web, emotion: 0, detail: actual-interna }\n---\n',
        ],
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
    expect(lines).toContainEqual(
      'content/journeys/detalle-interno.mdx:8:53: touchpoints[0].detail: this public journey refers to the internal journey "actual-interna" (content/journeys/actual-interna.mdx), which a public build leaves out: mark content/journeys/actual-interna.mdx `visibility: public`, or this file internal',
    );
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

/** The search index's filter files (kinds, personas, channels) that name a study or a track kind. */
function searchFilterHits(dist: string): string[] {
  return findInSite(join(dist, 'pagefind'), ['Estudio', 'Itinerario']).filter((hit) => /(^|\/)filter\//.test(hit));
}
