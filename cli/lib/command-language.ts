import type { CliTranslate } from '../../src/i18n/index.ts';
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../../src/schema/locales.ts';
import type { SettingsRead } from './settings-for-cli.ts';

/** What `--lang` accepts, as the usage shows it: "es|en|pt". */
export const LANG_FLAG_VALUES = LOCALES.join('|');

/**
 * The language a command speaks before it has read its flags: the handbook's, or the default
 * language when the settings cannot be read (the command then prints why, in the settings' own
 * words).
 */
export function handbookLanguage(read: SettingsRead): Locale {
  return read.ok ? read.settings.locale : DEFAULT_LOCALE;
}

/** The language of the files `new` and `import` write and of what they say: `--lang`, else the handbook's. */
export function commandLanguage(flag: string | undefined, handbook: Locale, say: CliTranslate): { ok: true; lang: Locale } | { ok: false; message: string } {
  if (flag === undefined) return { ok: true, lang: handbook };
  if (isLocale(flag)) return { ok: true, lang: flag };
  return { ok: false, message: say('common.langMustBe', { langs: LOCALES.join(', '), lang: flag }) };
}
