/**
 * The languages a handbook can be written in: the values the `locale` setting accepts, and what
 * the site needs to know about each. This list is the one place a language is declared; its words
 * live in src/i18n/locales/<id>/ (docs/settings.md, "Adding a language").
 */
export interface LocaleInfo {
  /** The language's name in that language, as a reader would pick it from a list. */
  name: string;
  /** Open Graph's `language_TERRITORY` form, for `og:locale`. */
  ogLocale: string;
  /**
   * The BCP 47 tag dates, numbers and plural forms are made with: the variety the catalogue is
   * written in, since varieties differ ("0 percursos" in Portugal, "0 percurso" in Brazil).
   */
  intl: string;
}

export const LOCALE_INFO = {
  es: { name: 'Español', ogLocale: 'es_ES', intl: 'es-ES' },
  en: { name: 'English', ogLocale: 'en_GB', intl: 'en-GB' },
  // European Portuguese, like the British English and the Spanish of Spain beside it.
  pt: { name: 'Português', ogLocale: 'pt_PT', intl: 'pt-PT' },
} as const satisfies Record<string, LocaleInfo>;

export type Locale = keyof typeof LOCALE_INFO;

/** Every locale id, in the order messages list them ("es, en, pt"). */
export const LOCALES = Object.keys(LOCALE_INFO) as [Locale, ...Locale[]];

/** The language of a handbook that does not set one, and of the commands when the settings cannot be read. */
export const DEFAULT_LOCALE: Locale = 'es';

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(LOCALE_INFO, value);
}
