import config from 'virtual:journeybook/config';
import { loadContent, loadHandbook, type LoadedContent } from '../handbook/load.ts';
import { aggregatesOf, type Aggregates } from '../handbook/aggregates.ts';
import { buildDate } from '../sources/build-date.ts';
import { requestContent } from '../handbook/request-content.ts';
import { formatDate, formatNumber, translator, type Translate } from '../i18n/index.ts';
import type { Locale, SiteSettings } from '../schema/settings.ts';
import type { Handbook } from '../model/types.ts';
import { siteUrls, type SiteUrls } from './urls.ts';
import { leavePageKeysOut } from './page-keys.ts';

/** Everything a page or component needs to know about the handbook it is part of. */
export interface PageContext {
  handbook: Handbook;
  /** Cross-journey figures, each computed once per handbook (src/handbook/aggregates.ts). */
  aggregates: Aggregates;
  settings: SiteSettings;
  locale: Locale;
  /** Interface strings in the handbook's language. */
  t: Translate;
  /** Every URL of the output contract, under the site's base path. */
  urls: SiteUrls;
  /** A number in the handbook's language ("−1,25"). */
  number: (value: number, options?: { signed?: boolean }) => string;
  /** A calendar date (YYYY-MM-DD) in the handbook's language ("3 de marzo de 2026"). */
  date: (isoDate: string) => string;
  /** A share 0…1 as a whole percentage in the handbook's language ("45 %"). */
  percent: (share: number) => string;
}

let cached: { context: PageContext; content?: LoadedContent } | undefined;

// Pages list their paths with a cacheKey for incremental builds, which the dev server never reads.
if (config.devServer) leavePageKeysOut();

/**
 * The one way a page or component reaches the handbook, its figures, its language and its URLs.
 * A build computes it once and every page shares it; the dev server recomputes it whenever a
 * file under content/ changes, so edits (and fixes of errors) appear without a restart.
 */
export function pageContext(): PageContext {
  if (!import.meta.env.DEV) {
    cached ??= { context: contextFor(loadHandbook(config.root, config.settings, buildDate(), { cacheDir: config.cacheDir })) };
    return cached.context;
  }
  // In `npm run dev`, a file with errors takes only its own pages down (the integration's
  // middleware shows its errors there); a build refuses any error before a page renders. A page
  // reads the content its request started with (src/handbook/request-content.ts); loadContent
  // gives the same object until content/ changes.
  const content = requestContent() ?? loadContent(config.root, config.settings, buildDate(), { cacheDir: config.cacheDir, partial: true });
  if (cached?.content !== content) cached = { context: contextFor(content.handbook!), content };
  return cached.context;
}

function contextFor(handbook: Handbook): PageContext {
  const { settings } = handbook;
  const { locale } = settings;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return {
    handbook,
    aggregates: aggregatesOf(handbook),
    settings,
    locale,
    t: translator(locale),
    urls: siteUrls(settings.base),
    number: (value, options) => formatNumber(locale, value, options),
    date: (isoDate) => formatDate(locale, isoDate),
    percent: (share) => percent.format(share),
  };
}
