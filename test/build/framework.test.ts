/**
 * One framework across journeys (docs/format.md#stages-v2, #folder-labels-v2, tags and
 * sub-journeys): a handbook with stages.yaml, folder labels, tags and a sub-journey built under a
 * base path, and the same handbook with a cycle of details refused by both commands.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from './harness.ts';

const BASE = '/manual/';
let fixture: Fixture;

beforeAll(async () => {
  fixture = createFixture('stages-handbook', { base: BASE });
  const result = await fixture.run('cli/build.ts');
  expect(result.code, result.stderr).toBe(0);
  // A phase without a stage is a warning, never a reason not to build.
  expect(result.stderr + result.stdout).toContain('content/journeys/salud/cita.md:8:5: phases[3].stage: phase "queja" has no stage');
});
afterAll(() => fixture.remove());

const all = (html: string, attribute: string) => [...html.matchAll(new RegExp(`${attribute}="([^"]*)"`, 'g'))].map((match) => match[1]!);
/** The markup from the element carrying `marker` to its first closing `tag`. */
const element = (html: string, marker: string, tag: string) => {
  const at = html.indexOf(marker);
  expect(at, `${marker} is on the page`).toBeGreaterThan(-1);
  const start = html.lastIndexOf('<', at);
  return html.slice(start, html.indexOf(`</${tag}>`, start));
};
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
const hrefs = (html: string) => all(html, 'href');

describe('the atlas with stages', () => {
  it('has one row per stage in the order of stages.yaml, then the phases without a stage', () => {
    const html = fixture.read('index.html');
    expect(all(element(html, 'class="atlas"', 'table'), 'data-atlas-row')).toEqual(['stage:descubrir', 'stage:contratar', 'stage:usar', 'quejarse']);
    // Ana, Contratar: "Alta" (−3, −1) of the account and the sub-journey's (0, −3) → −1.75.
    const cells = Object.fromEntries([...html.matchAll(/data-atlas-cell="([^"]+)" data-mean="([^"]+)"/g)].map((match) => [match[1], Number(match[2])]));
    expect(cells).toEqual({
      'ana|stage:descubrir': 1,
      'ana|stage:contratar': -1.75,
      'ana|stage:usar': 2,
      'ben|stage:descubrir': 0,
      'ben|stage:contratar': -2,
      'ben|stage:usar': 2,
      'ben|quejarse': -1,
    });
    expect(hrefs(element(html, 'data-atlas-row="stage:usar"', 'th'))).toEqual([`${BASE}stages/#stage-usar`]);
  });
});

describe('the compare page by stage', () => {
  it('lines up differently named phases of the same stage', () => {
    const html = fixture.read('compare/banca/alta-futuro/index.html');
    const table = element(html, 'class="phases"', 'table');
    expect(all(table, 'data-stage')).toEqual(['descubrir', 'contratar', 'usar']);
    const contratar = text(element(table, 'data-stage="contratar"', 'tr'));
    // Today "Alta" (−3, −1 → −2), in the vision "Solicitud en la app" (+1): +3.
    expect(contratar).toContain('Contratar (hoy «Alta», en la visión «Solicitud en la app»)');
    expect(element(table, 'data-stage="contratar"', 'tr')).toContain('data-before="-2"');
    expect(element(table, 'data-stage="contratar"', 'tr')).toContain('data-after="1"');
  });
});

describe('the stages page', () => {
  it("lists every journey's phases under each stage, with links to the phases", () => {
    const html = fixture.read('stages/index.html');
    expect(all(html, 'data-stage')).toEqual(['descubrir', 'contratar', 'usar']);
    const contratar = element(html, 'data-stage="contratar"', 'section');
    expect(all(contratar, 'data-stage-journey')).toEqual(['salud/cita', 'banca/alta', 'banca/alta-futuro', 'banca/verificacion']);
    expect(hrefs(contratar)).toContain(`${BASE}journeys/banca/verificacion/#phase-intentos`);
    expect(all(html, 'data-unstaged')).toEqual(['salud/cita']);
  });
});

describe('tags', () => {
  it('give each tag a page at its accent-free slug, one for every spelling (named as most written), with its journeys and touchpoints', () => {
    const html = fixture.read('tags/autonomos/index.html');
    expect(text(element(html, '<h1', 'h1'))).toBe('Etiqueta «Autónomos»');
    expect(all(html, 'data-journey')).toEqual(['banca/alta', 'banca/alta-futuro']);
    expect(all(html, 'data-touchpoint')).toEqual(['salud/cita#llamada']);
    expect(hrefs(html)).toContain(`${BASE}journeys/salud/cita/#tp-llamada`);
    expect(hrefs(html)).toContain(`${BASE}journeys/?tag=autonomos`);
    const identity = fixture.read('tags/identidad-digital/index.html');
    expect(all(identity, 'data-touchpoint')).toEqual(['banca/alta#video', 'banca/verificacion#t2']);
  });

  it('are listed on /tags/ and linked from the journeys and touchpoints that carry them', () => {
    expect(all(fixture.read('tags/index.html'), 'data-tag')).toEqual(['autonomos', 'banca', 'identidad-digital']);
    expect(hrefs(fixture.read('journeys/banca/alta/index.html'))).toEqual(expect.arrayContaining([`${BASE}tags/autonomos/`, `${BASE}tags/identidad-digital/`]));
  });
});

describe('sub-journeys', () => {
  it('link the touchpoint to its detail, and the detail back to where it belongs', () => {
    const parent = fixture.read('journeys/banca/alta/index.html');
    expect(all(parent, 'data-detail')).toEqual(['banca/verificacion', 'banca/verificacion']);
    expect(hrefs(element(parent, 'data-detail="banca/verificacion"', 'a'))).toEqual([`${BASE}journeys/banca/verificacion/`]);
    const detail = fixture.read('journeys/banca/verificacion/index.html');
    const partOf = element(detail, 'data-part-of="banca/alta#video"', 'li');
    expect(text(partOf)).toBe('Forma parte de Abrir una cuenta › Se identifica por vídeo');
    expect(hrefs(partOf)).toEqual([`${BASE}journeys/banca/alta/`, `${BASE}journeys/banca/alta/#tp-video`]);
  });
});

describe('folder labels', () => {
  it('name the groups of the index and the breadcrumbs, ordered by order then label', () => {
    const index = fixture.read('journeys/index.html');
    expect(all(index, 'data-group')).toEqual(['salud', 'banca']);
    expect(text(element(index, 'id="group-banca"', 'h2'))).toBe('Banca para autónomos 3 recorridos');
    expect(index).toContain('De la cuenta a la primera factura.');
    const crumbs = element(fixture.read('journeys/banca/alta/index.html'), 'class="breadcrumbs"', 'nav');
    expect(text(crumbs)).toBe('Inicio Recorridos Banca para autónomos Abrir una cuenta');
  });
});

describe('the journeys index', () => {
  it('gives each journey its filter tokens and the filters their options, without any curve', () => {
    const index = fixture.read('journeys/index.html');
    expect(all(index, 'data-journey')).toEqual(['salud/cita', 'banca/alta', 'banca/alta-futuro', 'banca/verificacion']);
    expect(all(index, 'data-facet')).toEqual(['persona', 'stage', 'channel', 'state', 'tag']);
    const stageOptions = element(index, 'data-facet="stage"', 'select');
    expect(all(stageOptions, 'value')).toEqual(['', 'descubrir', 'contratar', 'usar']);
    expect(all(index, 'data-f')[0]).toMatch(/^p1 s0 s1 s2 /);
    expect(element(index, '<main', 'main')).not.toContain('<svg');
  });
});

describe('exports', () => {
  it('give the stage of each phase and the detail and tags of each touchpoint in the journey JSON', () => {
    const json = JSON.parse(fixture.read('journeys/banca/alta.json')) as { phases: Array<{ stage: string | null }>; touchpoints: Array<{ id: string; detail: string | null; tags: string[] }> };
    expect(json.phases.map((phase) => phase.stage)).toEqual(['descubrir', 'contratar', 'usar']);
    expect(json.touchpoints[1]).toMatchObject({ id: 'video', detail: 'banca/verificacion', tags: ['Identidad digital'] });
    expect(json.touchpoints[0]).toMatchObject({ detail: null, tags: [] });
  });

  it('give touchpoints.csv the stage id and name and the tags of each touchpoint', () => {
    const rows = fixture.read('touchpoints.csv').replace(/^\uFEFF/, '').split('\r\n');
    const header = rows[0]!.split(',');
    const video = rows.find((row) => row.startsWith('banca/alta,') && row.includes(',video,'))!.split(',');
    const at = (column: string) => video[header.indexOf(column)];
    expect([at('stage_id'), at('stage_name'), at('tags')]).toEqual(['contratar', 'Contratar', 'Identidad digital']);
  });
});

describe('a cycle of sub-journeys', () => {
  it('is refused by check and build, naming every file in it, with nothing built', async () => {
    const cyclic = createFixture('stages-handbook', {
      base: BASE,
      files: {
        'content/journeys/banca/verificacion.md': readFileSync(join(fixture.root, 'content/journeys/banca/verificacion.md'), 'utf8').replace(
          'tags: [identidad digital] }',
          'tags: [identidad digital], detail: banca/alta }',
        ),
      },
    });
    try {
      const expected =
        'content/journeys/banca/alta.md:17:5: touchpoints[1].detail: details form a cycle: content/journeys/banca/alta.md (touchpoints[1].detail) → content/journeys/banca/verificacion.md (touchpoints[1].detail) → content/journeys/banca/alta.md; a sub-journey cannot lead back to a journey it details: remove one of these "detail" fields';
      const [check, build] = await Promise.all([cyclic.run('cli/check.ts'), cyclic.run('cli/build.ts')]);
      for (const result of [check, build]) {
        expect(result.code).not.toBe(0);
        expect(result.stdout + result.stderr).toContain(expected);
        expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m);
      }
      expect(existsSync(cyclic.dist)).toBe(false);
    } finally {
      cyclic.remove();
    }
  });
});
