/**
 * The one way to words, dates and numbers in the handbook's language: `translator(locale)` for the
 * site, `cliTranslator(locale)` for the authoring commands, `templateText(locale)` for the files
 * they write. The languages are listed in src/schema/locales.ts; their words are in
 * src/i18n/locales/<id>/.
 */
import { LOCALE_INFO, type Locale } from '../schema/locales.ts';
import type { CliMessages, SiteMessages, TemplateText } from './catalogue.ts';
import { CATALOGUES } from './catalogues.ts';
import { translatorFor, type CountedKey, type PlainKey, type Translator } from './message-format.ts';

export type { Catalogue, CliMessages, SiteMessages, TemplateText } from './catalogue.ts';
export type { Params, PluralForms } from './message-format.ts';
export { fillPlaceholders } from './message-format.ts';
export { CATALOGUES } from './catalogues.ts';

/** A site string's key: `t('nav.journeys')`. */
export type MessageKey = PlainKey<SiteMessages>;
/** A site string that is counted: `t('journey.touchpoints', { count })`. */
export type CountedMessageKey = CountedKey<SiteMessages>;
export type Translate = Translator<SiteMessages>;
export type CliTranslate = Translator<CliMessages>;

/*
 * Intl formatters are costly to create and pages format thousands of numbers and dates: one of
 * each per locale (and option set) serves the whole build.
 */
const cache = new Map<string, unknown>();
function cached<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

/** Site strings: `t('journey.stale')`, with `{name}` placeholders and plural forms by `count`. */
export function translator(locale: Locale): Translate {
  return cached(`site:${locale}`, () => translatorFor(CATALOGUES[locale].site, LOCALE_INFO[locale].intl));
}

/** What the authoring commands say, in the handbook's language. */
export function cliTranslator(locale: Locale): CliTranslate {
  return cached(`cli:${locale}`, () => translatorFor(CATALOGUES[locale].cli, LOCALE_INFO[locale].intl));
}

/** The comments, placeholders and examples of the files `new` and `import` write. */
export function templateText(locale: Locale): TemplateText {
  return CATALOGUES[locale].templates;
}

/** A calendar date (YYYY-MM-DD) as people of the locale write it: "3 de marzo de 2026". */
export function formatDate(locale: Locale, isoDate: string): string {
  const format = cached(`date:${locale}`, () => new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { dateStyle: 'long', timeZone: 'UTC' }));
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A number for the locale, with a true minus sign and at most two decimals ("−1,25" in Spanish). */
export function formatNumber(locale: Locale, value: number, options: { signed?: boolean } = {}): string {
  const signed = options.signed === true;
  const format = cached(
    `figure:${locale}:${signed}`,
    () =>
      new Intl.NumberFormat(LOCALE_INFO[locale].intl, {
        maximumFractionDigits: 2,
        // 'negative' and 'exceptZero' both print a zero (even −0 or −0.001 rounded) without a sign.
        signDisplay: signed ? 'exceptZero' : 'negative',
      }),
  );
  return format.format(value).replace('-', '−');
}

/** "Ana, Ben y Carla": a list joined as the language joins one. */
export function formatList(locale: Locale, items: readonly string[]): string {
  return cached(`list:${locale}`, () => new Intl.ListFormat(LOCALE_INFO[locale].intl, { type: 'conjunction' })).format(items);
}
