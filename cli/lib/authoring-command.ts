import type { ParseArgsConfig } from 'node:util';
import { cliTranslator, type CliTranslate } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/schema/locales.ts';
import type { SiteSettings } from '../../src/schema/settings.ts';
import { commandLine } from './command-line.ts';
import { commandLanguage, handbookLanguage, LANG_FLAG_VALUES } from './command-language.ts';
import { projectRoot } from './project.ts';
import { readSettingsForCli } from './settings-for-cli.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The front `new` and `import` share: the handbook's settings are read first, because they say
 * which language to speak, even to explain a wrong call; then the arguments (with `--lang` and
 * `--help`); then, once the command has judged its own arguments, `settle()` refuses unreadable
 * settings and picks the language the files are written in — `--lang`, else the handbook's.
 */
export async function authoringCommand<T extends Options>(command: 'new' | 'import', options: T) {
  const root = projectRoot();
  const read = await readSettingsForCli(root);
  const say = cliTranslator(handbookLanguage(read));
  const cli = commandLine(command, say(`${command}.usage`, { langs: LANG_FLAG_VALUES }), { ...options, lang: { type: 'string' } });
  const settle = (): { settings: SiteSettings; lang: Locale; say: CliTranslate } => {
    if (!read.ok) return cli.fail(...read.lines);
    const language = commandLanguage((cli.values as { lang?: string }).lang, read.settings.locale, say);
    if (!language.ok) return cli.usageError(language.message);
    return { settings: read.settings, lang: language.lang, say: cliTranslator(language.lang) };
  };
  return { root, say, values: cli.values, positionals: cli.positionals, usageError: cli.usageError, fail: cli.fail, settle };
}
