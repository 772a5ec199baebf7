/**
 * The shape of a language's catalogue, taken from the Spanish one: the same keys, a plain text
 * where Spanish has one and plural forms where Spanish counts. A language that misses a key, or
 * has one Spanish does not, fails to type-check (and test/unit/i18n.test.ts fails too).
 */
import type { MessagesLike } from './message-format.ts';
import type { site } from './locales/es/site.ts';
import type { cli } from './locales/es/cli.ts';
import type { templates } from './locales/es/templates.ts';

/** Every word of the site: pages, share images, channel names. */
export type SiteMessages = MessagesLike<typeof site>;
/** What the authoring commands (`new`, `import`, `check`) say. */
export type CliMessages = MessagesLike<typeof cli>;
/** The comments, placeholders and examples of the files `new` and `import` write. */
export type TemplateText = typeof templates;

export interface Catalogue {
  site: SiteMessages;
  cli: CliMessages;
  templates: TemplateText;
  /**
   * Texts this language writes exactly as English does, on purpose: loanwords and names
   * ("Web", "SMS", "CRM"). Any other text identical to English is taken for one left
   * untranslated, and a unit test fails on it.
   */
  sameAsEnglish: readonly string[];
}
