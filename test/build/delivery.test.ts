/**
 * Issue 17 (docs/views.md#tracks, #presentation-mode, #embeds): a handbook with two tracks,
 * built under a base path with a site URL, publishes the tracks' pages and the step pages' track
 * bars, a presentation and an embed for every journey, and an oEmbed file announced on each
 * journey page; built without a site URL, it publishes no oEmbed file (consumers need absolute
 * addresses) and its embed code is completed in the reader's browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from './harness.ts';

const BASE = '/manual/';
const SITE = 'https://intranet.example';
let fixture: Fixture;
let withoutSite: Fixture;

beforeAll(async () => {
  fixture = createFixture('delivery-handbook', { site: SITE, base: BASE });
  withoutSite = createFixture('delivery-handbook', { base: BASE });
  for (const built of [fixture, withoutSite]) {
    const result = await built.run('cli/build.ts');
    expect(result.code, result.stderr).toBe(0);
  }
}, 240_000);
afterAll(() => {
  fixture?.remove();
  withoutSite?.remove();
});

/** Every value of `attribute` in document order. */
const all = (html: string, attribute: string) => [...html.matchAll(new RegExp(`${attribute}="([^"]*)"`, 'g'))].map((match) => match[1]!);
/** The HTML of the first element carrying `marker`, up to the closing tag `tag` that follows it. */
const element = (html: string, marker: string, tag: string) => {
  const start = html.lastIndexOf('<', html.indexOf(marker));
  return html.slice(start, html.indexOf(`</${tag}>`, start) + tag.length + 3);
};
/** Text with tags removed and whitespace folded. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();

describe('tracks', () => {
  it('lists every track on /tracks/, by title, with its audience and length', () => {
    const html = fixture.read('tracks/index.html');
    expect(all(element(html, 'class="card-grid tracks"', 'ul'), 'href')).toEqual([`${BASE}tracks/primera-semana/`, `${BASE}tracks/urgencias/`]);
    expect(text(html)).toContain('Para: Nuevo personal de oficinas 5 pasos');
    expect(text(html)).toContain('2 pasos');
  });

  it('shows a track’s steps in order, each with what it is and why to read it, linked through the track', () => {
    const html = fixture.read('tracks/primera-semana/index.html');
    const steps = element(html, 'class="steps"', 'ol');
    expect(all(steps, 'data-step')).toEqual(['page:home', 'persona:ana', 'journey:banca/alta', 'research:entrevistas', 'page:insights']);
    const stepLinks = [...steps.matchAll(/<h3[^>]*>\s*<a href="([^"]+)"/g)].map((match) => match[1]);
    expect(stepLinks).toEqual([
      `${BASE}?track=primera-semana`,
      `${BASE}personas/ana/?track=primera-semana`,
      `${BASE}journeys/banca/alta/?track=primera-semana`,
      `${BASE}research/entrevistas/?track=primera-semana`,
      `${BASE}insights/?track=primera-semana`,
    ]);
    const third = text(element(steps, 'data-step="journey:banca/alta"', 'li'));
    expect(third).toContain('Recorrido Abrir una cuenta Ana abre una cuenta desde el móvil. Protagonista: Ana Fernández. Por qué: Fíjate en el formulario.');
    expect(text(element(steps, 'data-step="research:entrevistas"', 'li'))).toContain('Investigación Entrevistas a clientas, marzo 2026');
  });

  it('renders the body as the introduction, with the narrative components', () => {
    const html = fixture.read('tracks/primera-semana/index.html');
    expect(text(html)).toContain('Bienvenida al equipo. Vas a conocer a esta clienta:');
    expect(html).toContain(`href="${BASE}personas/ana/"`);
    expect(text(html)).toContain('Lee un paso al día.');
  });

  it('works as a plain list without JavaScript: what needs it (ticks, progress) is hidden until it runs', () => {
    const html = fixture.read('tracks/primera-semana/index.html');
    for (const tick of html.match(/<label class="tick[^>]*>/g) ?? []) expect(tick).toMatch(/ hidden/);
    expect(html.match(/data-progress-tick/g)).toHaveLength(5);
    expect(element(html, 'class="progress-tools', 'div')).toMatch(/^<div[^>]* hidden/);
    expect(element(html, 'data-progress-continue', 'a')).toContain(`href="${BASE}?track=primera-semana"`);
    // Progress is stored by step, per handbook and track, in the reader's browser.
    expect(all(html, 'data-store')[0]).toBe('journeybook:track-progress:/manual/primera-semana');
  });

  it('shows each step page its place in every track that leads to it, with the steps around it', () => {
    const html = fixture.read('journeys/banca/alta/index.html');
    const bars = element(html, 'class="track-bars', 'script');
    expect(all(bars, 'data-track-bar')).toEqual(['primera-semana', 'urgencias']);
    const first = text(element(bars, 'data-track-bar="primera-semana"', 'nav'));
    expect(first).toContain('Primera semana en oficinas Paso 3 de 5');
    expect(first).toContain('← Anterior: Ana Fernández');
    expect(first).toContain('Siguiente: Entrevistas a clientas, marzo 2026 →');
    expect(all(element(bars, 'data-track-bar="primera-semana"', 'nav'), 'href')).toEqual([
      `${BASE}tracks/primera-semana/`,
      `${BASE}personas/ana/?track=primera-semana`,
      `${BASE}research/entrevistas/?track=primera-semana`,
    ]);
    // The last step of a track leads back to the track.
    const last = element(bars, 'data-track-bar="urgencias"', 'nav');
    expect(text(last)).toContain('Paso 2 de 2');
    expect(all(last, 'href').at(-1)).toBe(`${BASE}tracks/urgencias/`);
    expect(bars).toContain('data-pagefind-ignore');
  });

  it('gives the home page and the insights page their bars, and no bar to a page no track leads to', () => {
    expect(text(element(fixture.read('index.html'), 'data-track-bar="primera-semana"', 'nav'))).toContain('Paso 1 de 5');
    expect(text(element(fixture.read('insights/index.html'), 'data-track-bar="primera-semana"', 'nav'))).toContain('Paso 5 de 5');
    expect(fixture.read('personas/bea/index.html')).not.toContain('data-track-bar');
    expect(fixture.read('channels/index.html')).not.toContain('data-track-bar');
  });

  it('offers the tracks first on the home page and links them from the sidebar', () => {
    const html = fixture.read('index.html');
    expect(html.indexOf('id="tracks-heading"')).toBeGreaterThan(-1);
    expect(html.indexOf('id="tracks-heading"')).toBeLessThan(html.indexOf('id="start-heading"'));
    expect(all(element(html, 'id="sidebar"', 'nav'), 'href').slice(0, 2)).toEqual([BASE, `${BASE}tracks/`]);
  });
});

describe('presentation mode', () => {
  const html = () => fixture.read('journeys/banca/alta/present/index.html');

  it('has one slide per phase, each with its phase’s touchpoints', () => {
    const slides = html().split('data-slide ').slice(1);
    expect(slides).toHaveLength(4);
    expect(all(html(), 'aria-label').filter((label) => /^\d de 4: /.test(label))).toEqual(['1 de 4: Descubrir', '2 de 4: Solicitar', '3 de 4: Esperar', '4 de 4: Usar']);
    const touchpointsOf = (slide: string) => all(element(slide, 'class="touchpoints"', 'ol'), 'data-touchpoint');
    expect(touchpointsOf(slides[0]!)).toEqual(['anuncio', 'web']);
    expect(touchpointsOf(slides[1]!)).toEqual(['formulario']);
    expect(slides[2]).toContain('En esta fase no hay puntos de contacto.');
  });

  it('builds the curve up phase by phase', () => {
    const slides = html().split('data-slide ').slice(1);
    const plotted = slides.map((slide) => all(element(slide, 'data-chart="emotion"', 'svg'), 'data-touchpoint'));
    expect(plotted).toEqual([['anuncio', 'web'], ['anuncio', 'web', 'formulario'], ['anuncio', 'web', 'formulario'], ['anuncio', 'web', 'formulario', 'tarjeta']]);
    // The phase on show is the highlighted band.
    expect(slides.map((slide) => (slide.match(/band-current/g) ?? []).length)).toEqual([1, 1, 1, 1]);
  });

  it('marks moments of truth and pain on their touchpoints', () => {
    expect(element(html(), 'data-touchpoint="formulario"', 'li')).toMatch(/class="touchpoint moment-pain/);
    expect(text(element(html(), 'data-touchpoint="formulario"', 'li'))).toContain('Momento de dolor');
    expect(element(html(), 'data-touchpoint="tarjeta"', 'li')).toMatch(/class="touchpoint moment-truth/);
  });

  it('announces slide changes, leads back to the journey, and stays out of the search index', () => {
    expect(html()).toMatch(/aria-live="polite"[^>]*data-deck-announcer/);
    expect(html()).toContain(`data-exit="${BASE}journeys/banca/alta/"`);
    expect(html()).not.toContain('data-pagefind-body');
    expect(html()).not.toContain('id="sidebar"');
    expect(html()).toContain(`<meta property="og:image" content="${SITE}${BASE}og/journeys/banca/alta.png">`);
  });

  it('is linked from its journey page', () => {
    expect(all(fixture.read('journeys/banca/alta/index.html'), 'href')).toContain(`${BASE}journeys/banca/alta/present/`);
  });
});

describe('embeds', () => {
  const embed = () => fixture.read('journeys/banca/alta/embed/index.html');

  it('shows the map and the curve alone, with no site navigation, and stays out of the search index', () => {
    expect(embed()).toContain('class="journey-map"');
    expect(embed()).toContain('id="embed-chart-title"');
    expect(embed()).not.toContain('id="sidebar"');
    expect(embed()).not.toContain('class="site-header');
    expect(embed()).not.toContain('data-pagefind-body');
  });

  it('opens every link in the host’s window, the map’s touchpoints on the journey page', () => {
    expect(embed()).toMatch(/<head>\s*<meta charset="utf-8">\s*<base target="_top">/);
    expect(all(embed(), 'href')).toContain(`${BASE}journeys/banca/alta/`);
    expect(all(element(embed(), 'class="journey-map"', 'section'), 'href')).toContain(`${BASE}journeys/banca/alta/#tp-formulario`);
  });

  it('describes itself for oEmbed with absolute addresses on the site', () => {
    const oembed = JSON.parse(fixture.read('journeys/banca/alta.oembed.json')) as Record<string, unknown>;
    expect(oembed).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Abrir una cuenta',
      provider_name: 'Fixture handbook',
      provider_url: `${SITE}${BASE}`,
      author_name: 'Canales Digitales',
      width: 960,
      height: 720,
      thumbnail_url: `${SITE}${BASE}og/journeys/banca/alta.png`,
    });
    expect(oembed.html).toBe(
      `<iframe src="${SITE}${BASE}journeys/banca/alta/embed/" title="Mapa del recorrido «Abrir una cuenta»" width="960" height="720" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
    expect(fixture.exists('journeys/salud/cita.oembed.json')).toBe(true);
  });

  it('is announced on the journey page, which offers its code to copy as escaped text', () => {
    const page = fixture.read('journeys/banca/alta/index.html');
    expect(page).toContain(`<link rel="alternate" type="application/json+oembed" href="${SITE}${BASE}journeys/banca/alta.oembed.json" title="Abrir una cuenta">`);
    const box = element(page, 'id="embed-code"', 'textarea');
    expect(box).toMatch(/readonly/);
    expect(box).toContain(`&lt;iframe src=&quot;${SITE}${BASE}journeys/banca/alta/embed/&quot;`);
    expect(box).not.toContain('<iframe');
    expect(element(page, 'data-embed-code', 'details')).toContain('data-pagefind-ignore');
  });

  it('without a site URL: no oEmbed file, no discovery link, and the code is completed from the reader’s address', () => {
    expect(withoutSite.exists('journeys/banca/alta/embed/index.html')).toBe(true);
    expect(withoutSite.exists('journeys/banca/alta.oembed.json')).toBe(false);
    const page = withoutSite.read('journeys/banca/alta/index.html');
    expect(page).not.toContain('application/json+oembed');
    const box = element(page, 'id="embed-code"', 'textarea');
    expect(box).toContain(`data-embed-path="${BASE}journeys/banca/alta/embed/"`);
    expect(box).toContain(`&lt;iframe src=&quot;${BASE}journeys/banca/alta/embed/&quot;`);
  });
});
