import { z } from 'astro/zod';
import { AUDIENCES, type Audience } from './audience.ts';
import { DEFAULT_LOCALE, LOCALES } from './locales.ts';

export { LOCALES, type Locale } from './locales.ts';

/**
 * The options of the `journeybook()` integration in astro.config.mjs (docs/format.md#settings).
 * The site URL and base path are Astro's own `site` and `base`, which `SITE_URL` and
 * `BASE_PATH` override for one build.
 */
export const settingsSchema = z.strictObject({
  /** The handbook's name, shown in the header, titles and share images. */
  title: z.string().trim().min(1, 'must not be empty').default('Journeybook').describe("The handbook's name."),
  /** One sentence about the handbook, used as the home page's meta description. */
  description: z.string().default('').describe('One sentence about the handbook.'),
  /** A path under public/ ("/logo.svg") shown in the header. */
  logo: z
    .string()
    .regex(/^\/[^\s]*$/, 'write a path under public/ starting with "/", e.g. "/logo.svg"')
    .optional()
    .describe('Path under public/ of the logo, e.g. "/logo.svg".'),
  /** Language of the interface, of dates and numbers, and `<html lang>`. */
  locale: z.enum(LOCALES).default(DEFAULT_LOCALE).describe(`One of ${LOCALES.join(', ')}.`),
  /** After how many months a journey's `reviewed` date makes it stale. */
  reviewIntervalMonths: z.int().min(1).max(120).default(6).describe('Months after which a review is stale.'),
  /** Colour of charts, links and share images, as #rrggbb. */
  accent: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'write a colour as #rrggbb, e.g. "#0b6e6e"')
    .default('#0b6e6e')
    .describe('Accent colour as #rrggbb.'),
  /** The `visibility` of journeys, personas, research and tracks that do not say. */
  defaultVisibility: z.enum(AUDIENCES).default('internal').describe('internal (default) or public: the visibility of files that do not say.'),
});

export type SettingsInput = z.input<typeof settingsSchema>;
export type Settings = z.output<typeof settingsSchema>;

/** Settings plus the deployment facts Astro owns, as the rest of the code sees them. */
export interface SiteSettings extends Settings {
  /** Absolute origin+path of the deployed site, without trailing slash, or undefined. */
  site: string | undefined;
  /** Base path, always starting and ending with "/". */
  base: string;
  /**
   * Who this build is for: `internal` (everything) or `public` (only what is public), from
   * `--audience` or `JOURNEYBOOK_AUDIENCE` (docs/format.md#audiences).
   */
  audience: Audience;
}
