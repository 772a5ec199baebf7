/**
 * The views across journeys (docs/format.md#pages-and-files: atlas on the home page, channels,
 * insights, compare, service blueprint, touchpoints.csv, persona overlay) built from a small
 * handbook whose figures are worked out by hand in the comments, under a base path so every link is
 * checked to go through it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from './harness.ts';

const BASE = '/manual/';
let fixture: Fixture;

beforeAll(async () => {
  fixture = createFixture('views-handbook', { base: BASE });
  const result = await fixture.run('cli/build.ts');
  expect(result.code, result.stderr).toBe(0);
});
afterAll(() => fixture.remove());

/** Every value of `attribute` in document order. */
const all = (html: string, attribute: string) => [...html.matchAll(new RegExp(`${attribute}="([^"]*)"`, 'g'))].map((match) => match[1]!);
/** The opening tag (with its attributes) and content of the element carrying `marker`, up to its first closing tag named `tag`. */
const element = (html: string, marker: string, tag: string) => {
  const start = html.lastIndexOf('<', html.indexOf(marker));
  return html.slice(start, html.indexOf(`</${tag}>`, start));
};
const hrefs = (html: string) => all(html, 'href');

describe('home page', () => {
  let html: string;
  beforeAll(() => {
    html = fixture.read('index.html');
  });

  it('maps the mean emotion of each persona in each phase, aligned by name, current journeys only', () => {
    // Ana, Descubrir: "Abrir una cuenta" 1 and "Perder la tarjeta" (phase "descubrír") −1 → 0.
    // Ana, Contratar: −2 and −3 → −2.5. Ben, Contratar: −3. The vision's emotions do not count.
    const cells = Object.fromEntries([...html.matchAll(/data-atlas-cell="([^"]+)" data-mean="([^"]+)"/g)].map((match) => [match[1], Number(match[2])]));
    expect(cells).toEqual({
      'ana|descubrir': 0,
      'ana|contratar': -2.5,
      'ana|usar': 2,
      'ana|bloquear': 2,
      'ben|contratar': -3,
      'ben|esperar': 1,
    });
  });

  it('orders the atlas by the usual position of each phase', () => {
    // Descubrir 0, Contratar (0.5 + 0) / 2, then Usar, Bloquear, Esperar at 1 in order of appearance.
    const atlas = element(html, 'class="atlas"', 'table');
    const phases = [...atlas.matchAll(/<th scope="row" class="phase"[^>]*>\s*([^<]+?)\s*</g)].map((match) => match[1]);
    expect(phases).toEqual(['Descubrir', 'Contratar', 'Usar', 'Bloquear', 'Esperar']);
    expect(atlas).not.toContain('Carla Ruiz');
  });

  it('links a one-journey cell to its journey and a shared cell to a note listing every journey', () => {
    const single = element(html, 'data-atlas-cell="ben|contratar"', 'td');
    expect(hrefs(single)).toEqual([`${BASE}journeys/salud/cita/`]);
    const shared = element(html, 'data-atlas-cell="ana|descubrir"', 'td');
    expect(hrefs(shared)).toEqual(['#atlas-note-1']);
    const note = element(html, 'id="atlas-note-1"', 'li');
    expect(hrefs(note)).toEqual([`${BASE}journeys/banca/alta/`, `${BASE}journeys/banca/tarjeta/`]);
  });

  it('lists the journeys most in need of attention, most painful first', () => {
    // Abrir una cuenta: 4 × 2 + 5 × 3 = 23; Pedir cita: 5 × 3 = 15; Perder la tarjeta: 3 × 1 = 3.
    expect(all(html, 'data-attention')).toEqual(['banca/alta', 'salud/cita', 'banca/tarjeta']);
    expect(html).toContain('Dolor acumulado 23');
  });

  it('offers a newcomer a first journey and the other views', () => {
    const start = element(html, 'class="steps"', 'ol');
    expect(hrefs(start)).toEqual([`${BASE}personas/`, `${BASE}journeys/banca/alta/`, '#atlas-heading', `${BASE}insights/`]);
  });
});

describe('channels', () => {
  it('lists every channel in use with current touchpoints, mean emotion and journeys', () => {
    const html = fixture.read('channels/index.html');
    expect(all(html, 'data-channel')).toEqual(['phone', 'web', 'app', 'store', 'sms', 'in-person', 'kiosco']);
    // Teléfono: −3, 2, −3 → −1.33; Web: 1, −2 → −0.5 (the vision's +1 is listed apart).
    const phone = element(html, 'data-channel="phone"', 'tr');
    expect(phone).toContain('data-current-count="3"');
    expect(phone).toContain('data-mean="-1.33"');
    expect(element(html, 'data-channel="web"', 'tr')).toContain('data-mean="-0.5"');
    expect(element(html, 'data-channel="store"', 'tr')).toContain('Oficina');
    expect(hrefs(html)).toContain(`${BASE}channels/fax/`);
  });

  it('gives each channel a page of its touchpoints linking to their anchors', () => {
    const html = fixture.read('channels/phone/index.html');
    expect(all(html, 'data-touchpoint')).toEqual(['banca/alta#verificacion', 'banca/tarjeta#t2', 'salud/cita#t1']);
    expect(hrefs(html)).toEqual(expect.arrayContaining([`${BASE}journeys/banca/alta/#tp-verificacion`, `${BASE}journeys/salud/cita/#tp-t1`, `${BASE}personas/ben/`]));
    expect(fixture.read('channels/kiosco/index.html')).toContain('Quiosco');
    expect(fixture.read('channels/fax/index.html')).toContain('Ben Ortiz');
  });
});

describe('insights', () => {
  let html: string;
  beforeAll(() => {
    html = fixture.read('insights/index.html');
  });

  it('ranks pains by importance × negative emotion, moments of pain and handbook order breaking ties', () => {
    // Two 15s (5 × 3, both moments of pain): banca before salud; then 8 (4 × 2) and 3 (3 × 1).
    expect(all(html, 'data-pain')).toEqual(['banca/alta#verificacion', 'salud/cita#t1', 'banca/alta#formulario', 'banca/tarjeta#t1']);
    expect(all(html, 'data-score')).toEqual(['15', '15', '8', '3']);
    expect(hrefs(html)).toContain(`${BASE}journeys/banca/alta/#tp-verificacion`);
  });

  it('groups open opportunities by owner and lists missed KPIs, stale journeys and visions with no baseline', () => {
    expect(all(html, 'data-opportunity')).toEqual(['banca/alta#formulario', 'banca/alta#verificacion']);
    const kpis = element(html, 'class="kpis"', 'table');
    // Minutos de espera misses by 50 / 10 = 500 %, NPS by 18 / 30 = 60 %.
    expect(kpis.indexOf('Minutos de espera')).toBeLessThan(kpis.indexOf('NPS'));
    expect(hrefs(kpis)).toContain(`${BASE}journeys/salud/cita/#tp-t1`);
    expect(hrefs(element(html, 'id="stale-heading"', 'section'))).toContain(`${BASE}journeys/salud/cita/`);
    expect(hrefs(element(html, 'id="visions-heading"', 'section'))).toContain(`${BASE}journeys/salud/suenos/`);
    expect(hrefs(html)).toContain(`${BASE}touchpoints.csv`);
  });
});

describe('compare', () => {
  it('builds a page for every future journey that compares, and only for those', () => {
    expect(fixture.exists('compare/banca/alta-2027/index.html')).toBe(true);
    expect(fixture.exists('compare/salud/suenos/index.html')).toBe(false);
  });

  it('shows both curves, per-phase change, steps added and removed, and moments of pain resolved', () => {
    const html = fixture.read('compare/banca/alta-2027/index.html');
    expect(all(html, 'data-series')).toEqual(['current', 'future']);
    // Contratar: (−2 − 3) / 2 = −2.5 → (2 + 1) / 2 = 1.5.
    expect(element(html, 'data-phase="contratar"', 'tr')).toMatch(/data-before="-2.5"[\s\S]*data-after="1.5"[\s\S]*data-change="4"/);
    expect(all(html, 'data-added')).toEqual(['lectura']);
    expect(all(html, 'data-removed')).toEqual(['formulario']);
    // "Recoge la tarjeta en la oficina" keeps its title, not its (default) id.
    expect(all(html, 'data-kept')).toEqual(['anuncio', 'verificacion', 't4']);
    expect(html).toContain('data-moment="verificacion" data-resolved="true"');
  });

  it('is linked from both journey pages', () => {
    expect(hrefs(fixture.read('journeys/banca/alta/index.html'))).toContain(`${BASE}compare/banca/alta-2027/`);
    expect(hrefs(fixture.read('journeys/banca/alta-2027/index.html'))).toContain(`${BASE}compare/banca/alta-2027/`);
  });
});

describe('service blueprint', () => {
  it('draws the lanes and the three lines, with a column per touchpoint under its phase', () => {
    const html = fixture.read('journeys/banca/alta/blueprint/index.html');
    expect(all(html, 'data-line')).toEqual(['interaction', 'visibility', 'internal']);
    expect(all(html, 'data-phase')).toEqual(['descubrir', 'contratar', 'usar']);
    expect(html).toMatch(/data-phase="contratar"[^>]*colspan="2"|colspan="2"[^>]*data-phase="contratar"/);
    for (const text of ['Mensaje de error', 'Operaciones', 'Revisión manual del expediente', 'Proveedor de identidad']) expect(html).toContain(text);
    expect(hrefs(html)).toContain(`${BASE}journeys/banca/alta/#tp-verificacion`);
  });
});

describe('touchpoints.csv', () => {
  it('writes every touchpoint as a row of RFC 4180 CSV with a BOM, neutralising formulas', () => {
    const bytes = fixture.read('touchpoints.csv');
    expect(bytes.charCodeAt(0)).toBe(0xfeff);
    const text = bytes.slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toMatch(/^journey_slug,journey_title,journey_state,persona_slug,persona_name,phase_id,phase_name,/);
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"",""clic"")"');
    expect(text).toContain('"Uno, dos y ""tres""\nen dos líneas"');
    // 4 + 4 + 2 + 2 + 1 touchpoints, one header; no record break inside the quoted thought.
    expect(text.split('\r\n').filter((line) => line !== '')).toHaveLength(14);
    expect(text).toContain(`,-3,`);
  });
});

describe('persona page', () => {
  it('overlays every journey of the persona on one chart', () => {
    const html = fixture.read('personas/ana/index.html');
    expect(all(html, 'data-series')).toEqual(['banca/alta', 'banca/alta-2027', 'banca/tarjeta']);
    expect(fixture.read('personas/carla/index.html')).not.toContain('data-series');
  });
});

describe('journey JSON', () => {
  it('gives every KPI all its keys, null where the author gave none', () => {
    const json = JSON.parse(fixture.read('journeys/banca/alta.json'));
    expect(json.kpis).toEqual([{ name: 'NPS', value: 12, unit: null, target: 30, better: 'higher' }]);
  });
});

describe('a handbook without stages.yaml', () => {
  it('has no stages page and links to none, and its atlas keeps lining phases up by name', () => {
    expect(fixture.exists('stages/index.html')).toBe(false);
    const html = fixture.read('index.html');
    expect(hrefs(html)).not.toContain(`${BASE}stages/`);
    expect(html).not.toContain('data-atlas-row="stage:');
  });
});
