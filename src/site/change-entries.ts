import type { ChangeEntry } from '../domain/handbook-changes.ts';
import { escapeHtml } from '../export/atom-feed.ts';
import type { Translate } from '../i18n/index.ts';
import { changeText } from './change-text.ts';
import type { SiteUrls } from './urls.ts';

/**
 * Where a change is read on the site: the journey's history at that revision when the commit
 * changed one journey only, else the commit on the page of `/changes/` that lists it (`page`).
 */
export function changeLink(entry: ChangeEntry, urls: SiteUrls, page = 1): string {
  const journeys = entry.files.filter((file) => file.journey);
  if (entry.files.length === 1 && journeys.length === 1) return `${urls.history(journeys[0]!.journey!.slug)}#rev-${entry.commit.hash.slice(0, 12)}`;
  return `${urls.changesPage(page)}#c-${entry.commit.hash.slice(0, 12)}`;
}

/** The page of a changed file today, when it still has one. */
export function fileLink(file: ChangeEntry['files'][number], urls: SiteUrls): string | undefined {
  if (file.journey) return urls.history(file.journey.slug);
  if (file.persona) return urls.persona(file.persona.slug);
  if (file.research) return urls.researchSource(file.research.id);
  return undefined;
}

/**
 * A commit's changes as HTML for the Atom feed: each file with what happened to it and, for a
 * journey, what changed in its map. `absolute` turns a site path into the address a feed
 * reader follows.
 */
export function changeEntryHtml(entry: ChangeEntry, context: { t: Translate; locale: string; urls: SiteUrls; signed: (value: number) => string; absolute: (path: string) => string }): string {
  const { t, locale, urls, signed, absolute } = context;
  const items = entry.files.map(({ file, name, ...rest }) => {
    const href = fileLink({ file, name, ...rest }, urls);
    const label = `${t(`changes.kind.${file.collection}`)} · ${t(`changes.status.${file.status}`)}`;
    const title = href ? `<a href="${escapeHtml(absolute(href))}">${escapeHtml(name)}</a>` : escapeHtml(name);
    const renamed = file.previousPath ? ` (${escapeHtml(t('changes.renamedFrom', { path: file.previousPath }))})` : '';
    const changes = (file.changes ?? []).filter((change) => change.kind !== 'created');
    const list = changes.length > 0 ? `<ul>${changes.map((change) => `<li>${escapeHtml(changeText(change, t, locale, signed))}</li>`).join('')}</ul>` : '';
    return `<li>${escapeHtml(label)}: ${title}${renamed}${list}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}
