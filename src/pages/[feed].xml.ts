import type { APIRoute } from 'astro';
import { atomFeed, uuidUrn } from '../export/atom-feed.ts';
import { buildDate } from '../sources/build-date.ts';
import { changeEntryHtml, changeLink } from '../site/change-entries.ts';
import { pageContext } from '../site/page-context.ts';
import { absoluteUrl } from '../site/urls.ts';
import { changesFeedKey } from '../site/page-keys.ts';
import { changesPages } from '../site/listings.ts';

/** The feed lists this many commits: a reader polls it often, and each journey's history has them all. */
export const FEED_ENTRIES = 50;

/*
 * One file, `/changes.xml`, written as a dynamic route only so that it has a cache key: a warm
 * build copies it instead of writing fifty commits again.
 */
export function getStaticPaths() {
  const { handbook, aggregates } = pageContext();
  return [{ params: { feed: 'changes' }, cacheKey: changesFeedKey(handbook, aggregates.changes.slice(0, FEED_ENTRIES), buildDate().toISOString().slice(0, 10)) }];
}

/**
 * `/changes.xml`: the changes page as an Atom feed, for intranet readers who subscribe. Every
 * address is absolute, from the site URL; without one, links are relative to the feed and ids
 * are name-based UUIDs, which stay the same from build to build.
 */
export const GET: APIRoute = () => {
  const { handbook, aggregates, settings, locale, t, urls, number } = pageContext();
  // The page of /changes/ each commit is on: the commits before it, all newer, are in the feed too.
  const pageOf = new Map(changesPages(handbook).flatMap((page) => page.items.map((entry) => [entry, page.number] as const)));
  const absolute = (path: string) => absoluteUrl(settings.site, path);
  const idOf = (path: string, name: string) => (settings.site ? absolute(path) : uuidUrn(`${settings.title}\0${name}`));
  const context = { t, locale, urls, signed: (value: number) => number(value, { signed: true }), absolute };
  const text = atomFeed({
    id: idOf(urls.changes(), 'changes'),
    title: t('changes.feedTitle', { title: settings.title }),
    link: absolute(urls.changes()),
    self: absolute(urls.changesFeed()),
    language: locale,
    updatedWhenEmpty: buildDate().toISOString(),
    entries: aggregates.changes.slice(0, FEED_ENTRIES).map((entry) => ({
      id: idOf(`${urls.changes()}#c-${entry.commit.hash}`, entry.commit.hash),
      title: entry.commit.subject,
      link: absolute(changeLink(entry, urls, pageOf.get(entry))),
      updated: entry.commit.date,
      author: entry.commit.author,
      html: changeEntryHtml(entry, context),
    })),
  });
  return new Response(text, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
