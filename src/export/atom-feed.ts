import { createHash } from 'node:crypto';

/*
 * A small Atom 1.0 writer (RFC 4287) for `/changes.xml`. The `feed` package was the first
 * choice, but it passes every address through `new URL()`, so it cannot write the relative links
 * a handbook built without a site URL has (RFC 4287 allows them: readers resolve them against the
 * feed's own address). An Atom document is a handful of elements; escaping is the whole risk,
 * and the specs parse what this writes with a strict XML parser.
 */

/** One entry of an Atom feed. */
export interface AtomEntry {
  /** A permanent, absolute IRI: the same entry keeps it in every build. */
  id: string;
  /** Plain text (a commit message): written as text, never read as markup. */
  title: string;
  /** Where the entry is read on the site: absolute, or relative to the feed. */
  link: string;
  /** ISO 8601 date-time. */
  updated: string;
  author: string;
  /** The entry's content as HTML (escaped into the feed). */
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
  /** The language of its text (`xml:lang`). */
  language: string;
  /** Newest first. */
  entries: readonly AtomEntry[];
  /**
   * The feed's date for a feed with no entries (usually the build's). Otherwise the newest
   * entry's date, so a rebuild without a new commit writes the same file.
   */
  updatedWhenEmpty: string;
}

/** The Atom document, as text. Pure: the same input always gives the same text. */
export function atomFeed(input: AtomFeedInput): string {
  const updated = atomDate(input.entries[0]?.updated ?? input.updatedWhenEmpty);
  const entries = input.entries.map(
    (entry) =>
      `  <entry>\n` +
      `    <id>${xmlText(entry.id)}</id>\n` +
      `    <title type="text">${xmlText(entry.title)}</title>\n` +
      `    <link rel="alternate" type="text/html" href="${xmlText(entry.link)}"/>\n` +
      `    <updated>${atomDate(entry.updated)}</updated>\n` +
      `    <author><name>${xmlText(entry.author)}</name></author>\n` +
      `    <content type="html">${xmlText(entry.html)}</content>\n` +
      `  </entry>\n`,
  );
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n` +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(input.language)}">\n` +
    `  <id>${xmlText(input.id)}</id>\n` +
    `  <title type="text">${xmlText(input.title)}</title>\n` +
    `  <updated>${updated}</updated>\n` +
    `  <link rel="alternate" type="text/html" href="${xmlText(input.link)}"/>\n` +
    `  <link rel="self" type="application/atom+xml" href="${xmlText(input.self)}"/>\n` +
    entries.join('') +
    `</feed>\n`
  );
}

/**
 * Text for XML content or an attribute: markup characters escaped, and the characters XML 1.0
 * cannot hold at all (control characters, lone surrogates) dropped — a commit message may have them.
 */
export function xmlText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** RFC 3339 in UTC, as Atom's date constructs want it. */
function atomDate(iso: string): string {
  return new Date(iso).toISOString();
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
