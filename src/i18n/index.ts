import type { Locale } from '../schema/settings.ts';
import { es } from './es.ts';
import { en } from './en.ts';

export type { MessageKey } from './es.ts';
import type { MessageKey } from './es.ts';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { es, en };

/*
 * Intl formatters are costly to create and pages format thousands of numbers and dates: one of
 * each per locale (and option set) serves the whole build.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cachedFormatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, create: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The one way to look up an interface string: `t('journey.stale')`, with `{name}` placeholders. */
export function translator(locale: Locale): Translate {
  const catalogue = CATALOGUES[locale];
  const numbers = cachedFormatter(`number:${locale}`, () => new Intl.NumberFormat(locale));
  return (key, params) => {
    const template = catalogue[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
}

/** A calendar date (YYYY-MM-DD) as people of the locale write it: "3 de marzo de 2026". */
export function formatDate(locale: Locale, isoDate: string): string {
  return cachedFormatter(`date:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(new Date(`${isoDate}T00:00:00Z`));
}

/** A number for the locale, with a true minus sign and at most two decimals ("−1,25" in Spanish). */
export function formatNumber(locale: Locale, value: number, options: { signed?: boolean } = {}): string {
  const signed = options.signed === true;
  const text = cachedFormatter(
    `figure:${locale}:${signed}`,
    () =>
      new Intl.NumberFormat(locale, {
        maximumFractionDigits: 2,
        // 'negative' and 'exceptZero' both print a zero (even −0 or −0.001 rounded) without a sign.
        signDisplay: signed ? 'exceptZero' : 'negative',
      }),
  ).format(value);
  return text.replace('-', '−');
}

export { es, en };
