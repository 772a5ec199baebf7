import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { absoluteUrl, pageOfPath, routes, siteUrls } from '../../src/site/urls.ts';
import { JOURNEY_SUB_PAGES } from '../../src/schema/reserved-names.ts';

describe('site URLs at the root', () => {
  const urls = siteUrls('/');

  it('builds every page of the output contract', () => {
    expect(urls.home()).toBe('/');
    expect(urls.journeys()).toBe('/journeys/');
    expect(urls.journey('alta-online')).toBe('/journeys/alta-online/');
    expect(urls.journeyJson('alta-online')).toBe('/journeys/alta-online.json');
    expect(urls.journeyMermaid('alta-online')).toBe('/journeys/alta-online.mmd');
    expect(urls.blueprint('alta-online')).toBe('/journeys/alta-online/blueprint/');
    expect(urls.present('alta-online')).toBe('/journeys/alta-online/present/');
    expect(urls.embed('alta-online')).toBe('/journeys/alta-online/embed/');
    expect(urls.journeyOembed('alta-online')).toBe('/journeys/alta-online.oembed.json');
    expect(urls.tracks()).toBe('/tracks/');
    expect(urls.track('primera-semana')).toBe('/tracks/primera-semana/');
    expect(urls.researchSource('entrevistas-2026')).toBe('/research/entrevistas-2026/');
    expect(urls.compare('alta-online-futuro')).toBe('/compare/alta-online-futuro/');
    expect(urls.personas()).toBe('/personas/');
    expect(urls.persona('maria-gomez')).toBe('/personas/maria-gomez/');
    expect(urls.channels()).toBe('/channels/');
    expect(urls.channel('in-person')).toBe('/channels/in-person/');
    expect(urls.insights()).toBe('/insights/');
    expect(urls.touchpointsCsv()).toBe('/touchpoints.csv');
    expect(urls.shareImage('journeys', 'alta-online')).toBe('/og/journeys/alta-online.png');
    expect(urls.shareImage('personas', 'maria-gomez')).toBe('/og/personas/maria-gomez.png');
    expect(urls.shareImage('home')).toBe('/og/home.png');
    expect(urls.pagefind()).toBe('/pagefind/');
  });

  it('gives a long listing’s later pages numbered addresses, the first page keeping the listing’s own', () => {
    expect(urls.channelPage('web', 1)).toBe('/channels/web/');
    expect(urls.channelPage('web', 3)).toBe('/channels/web/3/');
    expect(urls.tagPage('Atención al cliente', 2)).toBe('/tags/atencion-al-cliente/2/');
    expect(urls.reviewPage(2)).toBe('/review/2/');
    expect(urls.changesPage(1)).toBe('/changes/');
    expect(urls.changesPage(4)).toBe('/changes/4/');
    expect(urls.stageJourneys(1)).toBe('/stages/journeys/');
    expect(urls.stageJourneys(2)).toBe('/stages/journeys/2/');
    expect(urls.insightList('pains')).toBe('/insights/pains/');
    expect(urls.insightList('opportunities', 5)).toBe('/insights/opportunities/5/');
    expect(urls.atlas()).toBe('/atlas/');
    expect(urls.atlas(2)).toBe('/atlas/2/');
    expect(urls.journeysData()).toBe('/journeys.json');
  });

  it('numbers the later pages of the journeys, personas and research indexes with a leading "_", which no slug can start a segment with', () => {
    expect(urls.journeysPage(1)).toBe('/journeys/');
    expect(urls.journeysPage(2)).toBe('/journeys/_2/');
    expect(urls.personasPage(12)).toBe('/personas/_12/');
    expect(urls.researchPage(3)).toBe('/research/_3/');
    expect(pageOfPath('journeys/_2/index.html')).toEqual({ kind: 'other' });
    expect(pageOfPath('personas/_2/index.html')).toEqual({ kind: 'other' });
    // A journey whose slug is a number keeps its address.
    expect(pageOfPath('journeys/2/index.html')).toEqual({ kind: 'journey', slug: '2', subPage: undefined });
  });

  it('keeps the slashes of nested slugs as path segments', () => {
    expect(urls.journey('banca/alta-online')).toBe('/journeys/banca/alta-online/');
    expect(urls.journeyJson('banca/alta-online')).toBe('/journeys/banca/alta-online.json');
    expect(urls.shareImage('journeys', 'salud/urgencias')).toBe('/og/journeys/salud/urgencias.png');
  });

  it('escapes characters that cannot stand in a path segment', () => {
    expect(urls.journey('atención/cita previa')).toBe('/journeys/atenci%C3%B3n/cita%20previa/');
  });

  it('gives a nested journey’s presentation, embed and oEmbed file their own addresses', () => {
    expect(urls.present('banca/alta-online')).toBe('/journeys/banca/alta-online/present/');
    expect(urls.embed('banca/alta-online')).toBe('/journeys/banca/alta-online/embed/');
    expect(urls.journeyOembed('banca/alta-online')).toBe('/journeys/banca/alta-online.oembed.json');
  });

  it('links a touchpoint to its card on the journey page', () => {
    expect(urls.touchpoint('banca/alta-online', 't3')).toBe('/journeys/banca/alta-online/#tp-t3');
  });

  it('resolves any other path under the base, with or without a leading slash', () => {
    expect(urls.at('favicon.svg')).toBe('/favicon.svg');
    expect(urls.at('/favicon.svg')).toBe('/favicon.svg');
  });
});

describe('site URLs under a base path', () => {
  it('puts every URL under the base', () => {
    const urls = siteUrls('/handbook/');
    expect(urls.home()).toBe('/handbook/');
    expect(urls.journey('banca/alta-online')).toBe('/handbook/journeys/banca/alta-online/');
    expect(urls.shareImage('home')).toBe('/handbook/og/home.png');
    expect(urls.at('/logo.svg')).toBe('/handbook/logo.svg');
  });

  it('accepts a base written without its trailing slash', () => {
    expect(siteUrls('/handbook').personas()).toBe('/handbook/personas/');
  });
});

describe('absolute URLs for share tags', () => {
  it('joins the site origin and a path that already holds the base', () => {
    expect(absoluteUrl('https://intranet.example', '/handbook/og/home.png')).toBe('https://intranet.example/handbook/og/home.png');
  });

  it('does not repeat a path the site URL carries', () => {
    expect(absoluteUrl('https://intranet.example/handbook', '/handbook/og/home.png')).toBe('https://intranet.example/handbook/og/home.png');
  });

  it('leaves the path relative when no site URL is configured', () => {
    expect(absoluteUrl(undefined, '/og/home.png')).toBe('/og/home.png');
  });
});

describe('reading a built page back', () => {
  it('knows a journey, its folder and its sub-pages by the reserved names', () => {
    expect(pageOfPath('journeys/reclamacion/index.html')).toEqual({ kind: 'journey', slug: 'reclamacion', subPage: undefined });
    expect(pageOfPath('journeys/banca/alta-online/index.html')).toEqual({ kind: 'journey', slug: 'banca/alta-online', subPage: undefined });
    expect(pageOfPath('journeys/banca/alta-online/blueprint/index.html')).toEqual({ kind: 'journey', slug: 'banca/alta-online', subPage: 'blueprint' });
    expect(pageOfPath('journeys/reclamacion/blueprint/index.html')).toEqual({ kind: 'journey', slug: 'reclamacion', subPage: 'blueprint' });
  });

  it('reads personas and leaves every other page to the site', () => {
    expect(pageOfPath('personas/staff/luis/index.html')).toEqual({ kind: 'persona', slug: 'staff/luis' });
    for (const path of ['index.html', 'journeys/index.html', 'personas/index.html', 'channels/web/index.html', '404.html', 'compare/x/index.html']) {
      expect(pageOfPath(path), path).toEqual({ kind: 'other' });
    }
  });

  it('reads back every page it builds', () => {
    for (const slug of ['alta', 'banca/alta-online', 'a/b/c']) {
      expect(pageOfPath(`${routes.journey(slug)}index.html`)).toMatchObject({ kind: 'journey', slug });
      for (const subPage of JOURNEY_SUB_PAGES) expect(pageOfPath(`${routes.journeySubPage(slug, subPage)}index.html`)).toEqual({ kind: 'journey', slug, subPage });
      expect(pageOfPath(`${routes.persona(slug)}index.html`)).toEqual({ kind: 'persona', slug });
    }
  });
});

describe('reserved sub-page names', () => {
  it('are exactly the routes under a journey', () => {
    const routeFolder = fileURLToPath(new URL('../../src/pages/journeys/[...slug]/', import.meta.url));
    const pages = readdirSync(routeFolder)
      .filter((name) => name !== 'index.astro')
      .map((name) => name.replace(/\.(astro|ts)$/, '').replace(/\/index$/, ''));
    expect(pages.sort()).toEqual([...JOURNEY_SUB_PAGES].sort());
  });
});
