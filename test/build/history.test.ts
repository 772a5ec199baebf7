import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from './harness.ts';
import { gitRepo } from '../helpers/git-repo.ts';
import { childrenNamed, parseXml } from '../helpers/xml.ts';

/*
 * docs/format.md#history-and-changes-v2, end to end: a handbook inside a git repository with
 * several commits (an emotion changed, a touchpoint removed, a file renamed, a journey deleted,
 * and a first revision that no longer validates) is built, and its history page, changes page
 * and Atom feed are read back. Then a shallow clone of it builds and says why it has no history.
 */

const ANA = '---\nname: Ana Fernández\n---\n';

function urgencias(llamada: number, options: { triaje?: boolean; oldField?: boolean } = {}) {
  return [
    '---',
    'title: Acudir a Urgencias',
    'persona: ana',
    // A field the format no longer knows: the revision no longer validates, and must still be read.
    ...(options.oldField ? ['emocion_media: -2'] : []),
    'phases:',
    '  - { id: llegar, name: Llegar }',
    '  - { id: esperar, name: Esperar }',
    'touchpoints:',
    `  - { id: llamada, phase: llegar, title: Llamada al 112, channel: phone, emotion: ${llamada} }`,
    ...(options.triaje === false ? [] : ['  - { phase: llegar, title: Triaje, channel: in-person, emotion: 1 }']),
    '  - { phase: esperar, title: Sala de espera, channel: in-person, emotion: -2 }',
    '---',
    '',
    'Antonio llega a Urgencias con falta de aire.',
    '',
  ].join('\n');
}

const CITA = ['---', 'title: Pedir cita', 'persona: ana', 'phases: [{ id: pedir, name: Pedir }]', 'touchpoints:', '  - { phase: pedir, title: Llama, channel: phone, emotion: 0 }', '---', ''].join('\n');

const HISTORY = 'journeys/salud/urgencias/history/index.html';

let fixture: Fixture;
let shallow: Fixture;
let built: { code: number; stderr: string };

beforeAll(async () => {
  fixture = createFixture('history', { site: 'https://intranet.example', base: '/handbook/' });
  writeFileSync(join(fixture.root, '.gitignore'), 'node_modules\n.cache\n.astro\ndist\nastro.config.mjs\npublic\n');
  const repo = gitRepo(fixture.root);
  repo.write('content/personas/ana.md', ANA);
  repo.write('content/journeys/urgencias.md', urgencias(-3, { oldField: true }));
  repo.write('content/journeys/cita.md', CITA);
  repo.commit('Primer mapa de Urgencias', 'Marta Ruiz', '2026-01-10');
  repo.write('content/journeys/urgencias.md', urgencias(-1));
  repo.commit('La llamada mejora con el nuevo protocolo del 112', 'Luis Gil', '2026-02-10');
  repo.move('content/journeys/urgencias.md', 'content/journeys/salud/urgencias.md');
  repo.remove('content/journeys/cita.md');
  repo.commit('Urgencias pasa a la carpeta de salud & se retira la cita', 'Marta Ruiz', '2026-03-10');
  repo.write('content/journeys/salud/urgencias.md', urgencias(-1, { triaje: false }));
  repo.commit('Quita el triaje <provisional>', 'Luis Gil', '2026-04-10');
  built = await fixture.run('cli/build.ts');

  // The same handbook as CI's default checkout sees it: the latest commit only.
  shallow = createFixture('history-shallow', { site: 'https://intranet.example', base: '/handbook/' });
  rmSync(join(shallow.root, 'content'), { recursive: true, force: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: shallow.root, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('fetch', '-q', '--depth', '1', `file://${fixture.root}`, 'main');
  git('reset', '-q', '--hard', 'FETCH_HEAD');
}, 600_000);

afterAll(() => {
  fixture?.remove();
  shallow?.remove();
});

describe('a handbook built inside a git repository', () => {
  it('builds, though its first revision no longer validates', () => {
    expect(built.stderr).not.toMatch(/error/i);
    expect(built.code).toBe(0);
  });

  it('lists every revision of a journey, through its rename, newest first, with date, author and message', () => {
    const html = fixture.read(HISTORY);
    const revisions = [...html.matchAll(/data-revision="([0-9a-f]{40})"/g)];
    expect(revisions).toHaveLength(4);
    const subjects = [...html.matchAll(/<p class="subject"[^>]*>([^<]*)<\/p>/g)].map((match) => match[1]);
    expect(subjects).toEqual([
      'Quita el triaje &lt;provisional&gt;',
      'Urgencias pasa a la carpeta de salud &amp; se retira la cita',
      'La llamada mejora con el nuevo protocolo del 112',
      'Primer mapa de Urgencias',
    ]);
    expect(html).toContain('datetime="2026-02-10T12:00:00+00:00"');
    expect(html).toContain('por Luis Gil');
    expect(html).toContain('El archivo se llamaba content/journeys/urgencias.md.');
  });

  it('says what each revision changed in the map', () => {
    const html = fixture.read(HISTORY);
    const change = (kind: string, text: string) => new RegExp(`<li data-change="${kind}"[^>]*>${text}</li>`);
    expect(html).toMatch(change('emotion-changed', 'Emoción de Llamada al 112: −3 → −1'));
    expect(html).toMatch(change('touchpoint-removed', 'Punto de contacto suprimido de Llegar: Triaje'));
    expect(html).toMatch(change('created', 'Se crea el mapa con 2 fases y 3 puntos de contacto\\.'));
    expect(html).toContain('Sin cambios en el mapa');
  });

  it('draws the curves of past revisions on one chart, one line per revision', () => {
    const html = fixture.read(HISTORY);
    const chart = html.slice(html.indexOf('data-chart="multi-emotion"'));
    expect([...chart.matchAll(/<g class="series" data-series="([0-9a-f]{40})"/g)]).toHaveLength(4);
    // The first revision's call was −3, as its curve says.
    expect(chart).toMatch(/data-touchpoint="llamada" data-emotion="-3"/);
  });

  it('lists what changed in the whole handbook, newest first, with a deleted journey by its last title', () => {
    const html = fixture.read('changes/index.html');
    expect([...html.matchAll(/data-commit="[0-9a-f]{40}"/g)]).toHaveLength(4);
    expect(html.indexOf('Quita el triaje')).toBeLessThan(html.indexOf('Primer mapa de Urgencias'));
    expect(html).toMatch(/data-file="content\/journeys\/cita.md" data-status="deleted"[^>]*>[\s\S]*?Pedir cita/);
    expect(html).toContain('href="/handbook/journeys/salud/urgencias/history/"');
    expect(html).toContain('<link rel="alternate" type="application/atom+xml"');
  });

  it('publishes the changes as a well-formed Atom feed with absolute addresses from the site URL', () => {
    const feed = parseXml(fixture.read('changes.xml'));
    expect(feed.name).toBe('feed');
    expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    const entries = childrenNamed(feed, 'entry');
    expect(entries.map((entry) => childrenNamed(entry, 'title')[0]!.text)).toEqual([
      'Quita el triaje <provisional>',
      'Urgencias pasa a la carpeta de salud & se retira la cita',
      'La llamada mejora con el nuevo protocolo del 112',
      'Primer mapa de Urgencias',
    ]);
    const links = entries.map((entry) => childrenNamed(entry, 'link')[0]!.attributes.href!);
    for (const link of links) expect(link).toMatch(/^https:\/\/intranet\.example\/handbook\//);
    expect(links[0]).toMatch(/^https:\/\/intranet\.example\/handbook\/journeys\/salud\/urgencias\/history\/#rev-[0-9a-f]{12}$/);
    expect(childrenNamed(feed, 'updated')[0]!.text).toBe('2026-04-10T12:00:00.000Z');
    const content = childrenNamed(entries[2]!, 'content')[0]!;
    expect(content.attributes.type).toBe('html');
    expect(content.text).toContain('Emoción de Llamada al 112: −3 → −1');
    expect(childrenNamed(feed, 'id')[0]!.text).toBe('https://intranet.example/handbook/changes/');
  });
});

describe('a handbook built from a shallow clone', () => {
  it('builds, and its history and changes pages say why they are empty and how to fetch the history', async () => {
    const result = await shallow.run('cli/build.ts');
    expect(result.code).toBe(0);
    for (const page of [HISTORY, 'changes/index.html']) {
      const html = shallow.read(page);
      expect(html).toContain('data-history-status="shallow"');
      expect(html).toContain('clon superficial');
      expect(html).toContain('fetch-depth: 0');
    }
    expect(shallow.read(HISTORY)).not.toContain('data-revision');
    expect(childrenNamed(parseXml(shallow.read('changes.xml')), 'entry')).toEqual([]);
  }, 600_000);
});
