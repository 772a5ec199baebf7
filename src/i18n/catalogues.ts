import type { Locale } from '../schema/locales.ts';
import type { Catalogue } from './catalogue.ts';
import { en } from './locales/en/index.ts';
import { es } from './locales/es/index.ts';
import { pt } from './locales/pt/index.ts';

/** One catalogue per language of src/schema/locales.ts: a language without one does not type-check. */
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = { es, en, pt };
