import { describe, expect, it } from 'vitest';
import { resolveSettings, SettingsError } from '../../src/validate/settings.ts';
import { buildDate } from '../../src/sources/build-date.ts';

/** The lines a failed resolution prints, or a failure if it did not fail. */
function problemsOf(...args: Parameters<typeof resolveSettings>): string[] {
  try {
    resolveSettings(...args);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as SettingsError).lines;
  }
  throw new Error('expected the settings to be rejected');
}

describe('site settings', () => {
  it('has calm defaults: Spanish, a six-month review interval, the teal accent, the root path', () => {
    expect(resolveSettings(undefined, {}, {})).toEqual({
      title: 'Journeybook',
      description: '',
      locale: 'es',
      reviewIntervalMonths: 6,
      accent: '#0b6e6e',
      defaultVisibility: 'internal',
      site: undefined,
      base: '/',
      audience: 'internal',
    });
  });

  it('keeps every valid setting as written', () => {
    const settings = resolveSettings(
      { title: 'Manual CX', description: 'Recorridos.', logo: '/logo.svg', locale: 'en', reviewIntervalMonths: 12, accent: '#AA3377', defaultVisibility: 'public' },
      { site: 'https://intranet.example', base: '/cx/' },
      {},
    );
    expect(settings).toEqual({ title: 'Manual CX', description: 'Recorridos.', logo: '/logo.svg', locale: 'en', reviewIntervalMonths: 12, accent: '#AA3377', defaultVisibility: 'public', site: 'https://intranet.example', base: '/cx/', audience: 'internal' });
  });

  it('builds for the audience JOURNEYBOOK_AUDIENCE names, internal when unset', () => {
    expect(resolveSettings({}, {}, { JOURNEYBOOK_AUDIENCE: 'public' }).audience).toBe('public');
    expect(resolveSettings({}, {}, {}).audience).toBe('internal');
    expect(problemsOf({}, {}, { JOURNEYBOOK_AUDIENCE: 'publico' })).toEqual(['JOURNEYBOOK_AUDIENCE (or --audience): "publico" is not an audience; write internal or public']);
  });

  it('names every invalid setting at once, with what to write instead', () => {
    expect(problemsOf({ accent: 'red', locale: 'fr', reviewIntervalMonths: 0, logo: 'logo.svg' } as never, {}, {})).toEqual([
      'astro.config.mjs: journeybook({ logo }): write a path under public/ starting with "/", e.g. "/logo.svg"; got "logo.svg"',
      'astro.config.mjs: journeybook({ locale }): "fr" is not one of es, en, pt',
      'astro.config.mjs: journeybook({ reviewIntervalMonths }): must be at least 1, got 0',
      'astro.config.mjs: journeybook({ accent }): write a colour as #rrggbb, e.g. "#0b6e6e"; got "red"',
    ]);
  });

  it('names an unknown setting with a "did you mean"', () => {
    expect(problemsOf({ titel: 'Manual' } as never, {}, {})).toEqual(['astro.config.mjs: journeybook({ titel }): unknown field "titel" (did you mean "title"?)']);
  });

  it('rejects an empty title', () => {
    expect(problemsOf({ title: '  ' }, {}, {})).toEqual(['astro.config.mjs: journeybook({ title }): must not be empty']);
  });

  it('names site and base when they are not a URL and a path', () => {
    expect(problemsOf({}, { site: 'intranet', base: '/mi manual/' }, {})).toEqual([
      'astro.config.mjs: site: "intranet" is not an absolute URL; write it like "https://intranet.example"',
      'astro.config.mjs: base: "/mi manual/" is not a path; write it like "/handbook/"',
    ]);
  });
});

describe('deployment overrides', () => {
  it('lets SITE_URL and BASE_PATH override the configured site and base for one build', () => {
    const settings = resolveSettings({}, { site: 'https://journeybook.example', base: '/' }, { SITE_URL: 'https://intranet.example', BASE_PATH: '/handbook/' });
    expect([settings.site, settings.base]).toEqual(['https://intranet.example', '/handbook/']);
  });

  it('keeps the configured values when the variables are unset or empty', () => {
    const settings = resolveSettings({}, { site: 'https://journeybook.example', base: '/cx/' }, { SITE_URL: '', BASE_PATH: '' });
    expect([settings.site, settings.base]).toEqual(['https://journeybook.example', '/cx/']);
  });

  it('lets BASE_PATH=/ move a handbook back to the root', () => {
    expect(resolveSettings({}, { base: '/cx/' }, { BASE_PATH: '/' }).base).toBe('/');
  });

  it('names the variable, not the config file, when an override is invalid', () => {
    expect(problemsOf({}, {}, { SITE_URL: 'ftp://intranet.example', BASE_PATH: 'https://intranet.example/handbook/' })).toEqual([
      'SITE_URL: "ftp://intranet.example" must start with http:// or https://',
      'BASE_PATH: "https://intranet.example/handbook/" is not a path; write it like "/handbook/"',
    ]);
  });
});

describe('normalising site and base', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['handbook', '/handbook/'],
    ['/handbook', '/handbook/'],
    ['handbook/', '/handbook/'],
    ['//handbook//', '/handbook/'],
    ['/cx//manual/', '/cx/manual/'],
    ['/intranet/cx/', '/intranet/cx/'],
  ])('writes the base %j as %j', (base, expected) => {
    expect(resolveSettings({}, { base }, {}).base).toBe(expected);
  });

  it.each([
    ['https://intranet.example/', 'https://intranet.example'],
    ['https://intranet.example/manual/', 'https://intranet.example/manual'],
    ['http://localhost:4321', 'http://localhost:4321'],
    ['https://intranet.example/?x=1#top', 'https://intranet.example'],
  ])('writes the site %j as %j', (site, expected) => {
    expect(resolveSettings({}, { site }, {}).site).toBe(expected);
  });
});

describe('the build date', () => {
  it('is pinned by JOURNEYBOOK_TODAY for reproducible builds', () => {
    expect(buildDate({ JOURNEYBOOK_TODAY: '2026-03-09' }).toISOString()).toBe('2026-03-09T00:00:00.000Z');
  });

  it('is today when the variable is unset or not a date', () => {
    const before = Date.now();
    expect(buildDate({}).getTime()).toBeGreaterThanOrEqual(before);
    expect(buildDate({ JOURNEYBOOK_TODAY: 'mañana' }).getTime()).toBeGreaterThanOrEqual(before);
  });
});
