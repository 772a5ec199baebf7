import { describe, expect, it } from 'vitest';
import { absoluteUrl, siteUrls } from '../../src/site/urls.ts';

describe('site URLs at the root', () => {
  const urls = siteUrls('/');

  it('builds every page of the output contract', () => {
    expect(urls.home()).toBe('/');
    expect(urls.journeys()).toBe('/journeys/');
    expect(urls.journey('alta-online')).toBe('/journeys/alta-online/');
    expect(urls.journeyJson('alta-online')).toBe('/journeys/alta-online.json');
    expect(urls.journeyMermaid('alta-online')).toBe('/journeys/alta-online.mmd');
    expect(urls.blueprint('alta-online')).toBe('/journeys/alta-online/blueprint/');
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

  it('keeps the slashes of nested slugs as path segments', () => {
    expect(urls.journey('banca/alta-online')).toBe('/journeys/banca/alta-online/');
    expect(urls.journeyJson('banca/alta-online')).toBe('/journeys/banca/alta-online.json');
    expect(urls.shareImage('journeys', 'salud/urgencias')).toBe('/og/journeys/salud/urgencias.png');
  });

  it('escapes characters that cannot stand in a path segment', () => {
    expect(urls.journey('atención/cita previa')).toBe('/journeys/atenci%C3%B3n/cita%20previa/');
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
