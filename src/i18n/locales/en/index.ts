import type { Catalogue } from '../../catalogue.ts';
import { cli } from './cli.ts';
import { site } from './site.ts';
import { templates } from './templates.ts';

/** British English, the language the untranslated-text check compares the others with. */
export const en: Catalogue = { site, cli, templates, sameAsEnglish: [] };
