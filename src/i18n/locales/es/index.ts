import type { Catalogue } from '../../catalogue.ts';
import { cli } from './cli.ts';
import { site } from './site.ts';
import { templates } from './templates.ts';

/** Spanish (Spain): the reference catalogue. */
export const es: Catalogue = {
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
    'Chat',
    'SMS',
    'CRM',
    'Neutral', // a Spanish word too
    'General',
  ],
};
