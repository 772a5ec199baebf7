import type { Catalogue } from '../../catalogue.ts';
import { cli } from './cli.ts';
import { site } from './site.ts';
import { templates } from './templates.ts';

/** European Portuguese (Portugal). */
export const pt: Catalogue = {
  site,
  cli,
  templates,
  sameAsEnglish: [
    'Personas', // the UX term, the same word in both languages
    'Persona',
    '{count} persona',
    '{count} personas',
    'Web', // channel names everyone uses as they are
    'App',
    'Email',
    'Chat',
    'SMS',
    'CRM',
    'Menu', // a Portuguese word too
  ],
};
