import { createHash } from 'node:crypto';
import { Feed } from 'feed';

/** One entry of an Atom feed, with absolute addresses. */
export interface AtomEntry {
  /** A permanent, absolute IRI: the same entry keeps it in every build. */
  id: string;
  title: string;
  /** Where the entry is read on the site. */
  link: string;
  /** ISO 8601 date-time. */
  updated: string;
  author: string;
  /** The entry's content as HTML (escaped into the feed by the writer). */
  html: string;
}

export interface AtomFeedInput {
  /** A permanent, absolute IRI for the feed. */
  id: string;
  title: string;
  /** The page the feed mirrors (`/changes/`). */
  link: string;
  /** The feed's own address (`/changes.xml`). */
  self: string;
  language: string;
  /** Newest first. */
  entries: readonly AtomEntry[];
  /**
   * When the feed last changed: the newest entry's date, so a rebuild without a new commit
   * writes the same file. For a feed with no entries, this date (usually the build's).
   */
  updatedWhenEmpty: string;
}

/**
 * An Atom 1.0 document (RFC 4287), written by the `feed` package, which escapes text and
 * HTML content. Pure: the same input always gives the same text; no generator element, so the
 * output does not change with the library's version string.
 */
export function atomFeed(input: AtomFeedInput): string {
  const newest = input.entries[0]?.updated ?? input.updatedWhenEmpty;
  const feed = new Feed({
    id: input.id,
    title: input.title,
    link: input.link,
    language: input.language,
    updated: new Date(newest),
    generator: false,
    feedLinks: { atom: input.self },
  });
  for (const entry of input.entries) {
    // The feed marks titles as HTML: a commit subject such as "Quita <br> del título" is text.
    feed.addItem({ id: entry.id, title: escapeHtml(entry.title), link: entry.link, date: new Date(entry.updated), author: [{ name: entry.author }], content: entry.html });
  }
  return feed.atom1();
}

/** Text made safe to place in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A permanent absolute IRI for something that has no absolute address (a handbook built
 * without a site URL): a name-based UUID (RFC 9562 version 5 layout, SHA-1) of `name`.
 */
export function uuidUrn(name: string): string {
  const hex = createHash('sha1').update(name).digest('hex');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
