import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, cliTranslator, formatDate, formatList, formatNumber, translator, type Catalogue } from '../../src/i18n/index.ts';
import type { PluralForms } from '../../src/i18n/message-format.ts';
import { LOCALE_INFO, LOCALES, type Locale } from '../../src/schema/locales.ts';
import { settingsSchema } from '../../src/schema/settings.ts';
import { REPO } from '../build/harness.ts';

/** A catalogue's texts as leaves: `site:journey.touchpoints#one`, `templates:optional.id`, … */
function leaves(catalogue: Catalogue): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (prefix: string, value: unknown): void => {
    if (typeof value === 'string') out.set(prefix, value);
    else if (Array.isArray(value)) value.forEach((item, index) => walk(`${prefix}[${index}]`, item));
    else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(`${prefix}.${key}`, inner);
  };
  for (const [section, messages] of Object.entries({ site: catalogue.site, cli: catalogue.cli, templates: catalogue.templates })) {
    for (const [key, message] of Object.entries(messages)) {
      if (section !== 'templates' && typeof message === 'object') {
        for (const [form, text] of Object.entries(message as PluralForms)) out.set(`${section}:${key}#${form}`, text);
      } else walk(`${section}:${key}`, message);
    }
  }
  return out;
}

/** Key paths without plural forms: what every language must have exactly. */
function keyPaths(catalogue: Catalogue): string[] {
  return [...new Set([...leaves(catalogue).keys()].map((path) => path.replace(/#\w+$/, '')))].sort();
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
const hasWords = (text: string) => /\p{L}{2,}/u.test(text.replace(/\{\w+\}/g, ''));
const others = LOCALES.filter((locale) => locale !== 'es');
const counted = (locale: Locale) =>
  [...Object.entries(CATALOGUES[locale].site), ...Object.entries(CATALOGUES[locale].cli)].filter((entry): entry is [string, PluralForms] => typeof entry[1] === 'object');

describe('the list of languages', () => {
  it('has a catalogue for every language and no catalogue for a language it does not list', () => {
    expect(Object.keys(CATALOGUES).sort()).toEqual([...LOCALES].sort());
  });

  it('gives each language an og:locale, a name, and an Intl tag the runtime knows', () => {
    for (const locale of LOCALES) {
      const info = LOCALE_INFO[locale];
      expect(info.ogLocale, locale).toMatch(/^[a-z]{2,3}_[A-Z]{2}$/);
      expect(info.name.trim(), locale).not.toBe('');
      expect(Intl.PluralRules.supportedLocalesOf([info.intl]), locale).toEqual([info.intl]);
    }
  });

  it('is what the locale setting accepts', () => {
    for (const locale of LOCALES) expect(settingsSchema.parse({ locale }).locale).toBe(locale);
    expect(settingsSchema.safeParse({ locale: 'fr' }).success).toBe(false);
  });
});

describe('every language says everything', () => {
  it.each(others)('%s has every key of the Spanish catalogue (site, commands, templates) and no other', (locale) => {
    expect(keyPaths(CATALOGUES[locale])).toEqual(keyPaths(CATALOGUES.es));
  });

  it.each(LOCALES)('%s counts what Spanish counts, with the forms its own plural rules need for whole numbers', (locale) => {
    const rules = new Intl.PluralRules(LOCALE_INFO[locale].intl);
    const needed = new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
    const countedKeys = counted(locale).map(([key]) => key);
    expect(countedKeys.sort()).toEqual(counted('es').map(([key]) => key).sort());
    for (const [key, forms] of counted(locale)) {
      for (const category of needed) expect(forms[category], `${locale} ${key} has no "${category}" form`).toBeDefined();
    }
  });

  it.each(others)('%s uses the placeholders Spanish uses', (locale) => {
    const reference = leaves(CATALOGUES.es);
    for (const [path, text] of leaves(CATALOGUES[locale])) {
      const key = path.replace(/#\w+$/, '');
      const spanish = [...reference].filter(([referencePath]) => referencePath.replace(/#\w+$/, '') === key).flatMap(([, value]) => placeholders(value));
      // A singular may say "one" in words instead of {count}; every other placeholder must be Spanish's.
      expect(placeholders(text).filter((name) => !spanish.includes(name)), path).toEqual([]);
      if (!path.endsWith('#one')) expect(placeholders(text), path).toEqual([...new Set(spanish)].sort());
    }
  });

  it.each(LOCALES)('%s has no empty text', (locale) => {
    for (const [path, text] of leaves(CATALOGUES[locale])) expect(text.trim(), `${locale} ${path}`).not.toBe('');
  });

  it.each(others.filter((locale) => locale !== 'en'))('%s leaves nothing in English but the loanwords it lists', (locale) => {
    const english = leaves(CATALOGUES.en);
    const allowed = new Set(CATALOGUES[locale].sameAsEnglish);
    const untranslated = [...leaves(CATALOGUES[locale])].filter(([path, text]) => english.get(path) === text && hasWords(text) && !allowed.has(text));
    expect(untranslated).toEqual([]);
  });

  it.each(['es', ...others.filter((locale) => locale !== 'en')] as Locale[])('%s lists only loanwords it really uses', (locale) => {
    const english = leaves(CATALOGUES.en);
    const same = new Set([...leaves(CATALOGUES[locale])].filter(([path, text]) => english.get(path) === text).map(([, text]) => text));
    expect(CATALOGUES[locale].sameAsEnglish.filter((text) => !same.has(text))).toEqual([]);
  });
});

describe('every key the site names exists, and every key is named', () => {
  const files = (dir: string): string[] =>
    readdirSync(join(REPO, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? files(join(dir, entry.name)) : /\.(ts|astro)$/.test(entry.name) ? [join(dir, entry.name)] : [],
    );
  const sources = files('src')
    .filter((file) => !file.startsWith(join('src', 'i18n')))
    .map((file) => readFileSync(join(REPO, file), 'utf8'))
    .join('\n');
  const siteKeys = Object.keys(CATALOGUES.es.site);

  // Astro files are not type-checked, so a mistyped key there would only show as a blank on a page.
  it('has every key a page or component looks up with t(…)', () => {
    const named = [...sources.matchAll(/\bt\(\s*'([^']+)'/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(100);
    expect([...new Set(named)].filter((key) => !siteKeys.includes(key))).toEqual([]);
  });

  it('has no key nothing uses, so translators only translate what readers see', () => {
    const prefixes = [...sources.matchAll(/`([\w.-]+\.)\$\{/g)].map((match) => match[1]!);
    const unused = siteKeys.filter((key) => !sources.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)));
    expect(unused).toEqual([]);
  });
});

describe('looking strings up', () => {
  it('gives the string of the locale', () => {
    expect(translator('es')('nav.journeys')).toBe('Recorridos');
    expect(translator('en')('nav.journeys')).toBe('Journeys');
    expect(translator('pt')('nav.journeys')).toBe('Jornadas');
  });

  it('counts with the plural rules of each language: "1 recorrido", never "1 recorridos"', () => {
    const es = translator('es');
    expect([0, 1, 2, 1200].map((count) => es('views.journeys', { count }))).toEqual(['0 recorridos', '1 recorrido', '2 recorridos', '1200 recorridos']);
    expect(translator('en')('journey.touchpoints', { count: 1200 })).toBe('1,200 touchpoints');
    expect(translator('en')('journey.touchpoints', { count: 1 })).toBe('1 touchpoint');
    // European Portuguese counts zero as plural (Brazilian Portuguese would say "0 jornada").
    expect([0, 1, 2].map((count) => translator('pt')('views.journeys', { count }))).toEqual(['0 jornadas', '1 jornada', '2 jornadas']);
  });

  it('picks the plural form of a label printed beside its number', () => {
    expect(translator('es')('home.statJourneys', { count: 1 })).toBe('Recorrido');
    expect(translator('es')('home.statJourneys', { count: 7 })).toBe('Recorridos');
  });

  it('fills placeholders, formatting numbers for the locale', () => {
    expect(translator('es')('chart.title', { title: 'Abrir una cuenta' })).toBe('Curva emocional de «Abrir una cuenta»');
    expect(translator('pt')('journey.touchpoints', { count: 12345 })).toBe('12\u00a0345 pontos de contacto');
  });

  it('leaves a placeholder it was not given visible rather than inventing a value', () => {
    expect(translator('en')('chart.title', {})).toBe('Emotion curve of “{title}”');
  });

  it('speaks the handbook language in the commands, counting as the site does', () => {
    const say = cliTranslator('pt');
    expect(say('check.summary', { files: say('check.files', { count: 1 }), ms: 40, errors: say('check.errors', { count: 0 }), warnings: say('check.warnings', { count: 2 }) })).toBe(
      '1 ficheiro verificado em 40 ms: 0 erros, 2 avisos',
    );
    expect(cliTranslator('es')('check.files', { count: 1 })).toBe('1 archivo revisado');
  });
});

describe('dates', () => {
  it('writes a date as people of the locale do', () => {
    expect(formatDate('es', '2026-03-09')).toBe('9 de marzo de 2026');
    expect(formatDate('en', '2026-03-09')).toBe('9 March 2026');
    expect(formatDate('pt', '2026-03-09')).toBe('9 de março de 2026');
  });

  it('does not shift a date by the time zone', () => {
    expect(formatDate('es', '2026-01-01')).toBe('1 de enero de 2026');
    expect(formatDate('en', '2026-12-31')).toBe('31 December 2026');
  });
});

describe('numbers and lists', () => {
  it("uses the locale's decimal separator, two decimals at most and a true minus sign", () => {
    expect(formatNumber('es', -1.25)).toBe('−1,25');
    expect(formatNumber('en', -1.25)).toBe('−1.25');
    expect(formatNumber('pt', -1.25)).toBe('−1,25');
    expect(formatNumber('es', 2 / 3)).toBe('0,67');
    expect(formatNumber('en', 2 / 3)).toBe('0.67');
  });

  it('groups thousands as the locale does', () => {
    expect(formatNumber('es', 12345.678)).toBe('12.345,68');
    expect(formatNumber('en', 12345.678)).toBe('12,345.68');
    expect(formatNumber('pt', 12345.678)).toBe('12\u00a0345,68');
  });

  it('signs positive values on request, but never zero', () => {
    expect(formatNumber('es', 1.5, { signed: true })).toBe('+1,5');
    expect(formatNumber('en', -2, { signed: true })).toBe('−2');
    expect(formatNumber('en', 0, { signed: true })).toBe('0');
  });

  it('joins a list with the language’s own "and"', () => {
    expect(formatList('es', ['Ana', 'Ben', 'Carla'])).toBe('Ana, Ben y Carla');
    expect(formatList('pt', ['Ana', 'Ben', 'Carla'])).toBe('Ana, Ben e Carla');
    expect(formatList('en', ['Ana', 'Ben', 'Carla'])).toBe('Ana, Ben and Carla');
  });
});
