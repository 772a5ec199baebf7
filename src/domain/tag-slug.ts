import { nameKey } from './name-key.ts';

/**
 * The address of a tag, `/tags/<slug>/`: the tag's nameKey() with dashes for spaces, so accents,
 * capitals and punctuation do not matter ("Autónomos" → "autonomos", "Atención al cliente" →
 * "atencion-al-cliente", "24 h" → "24-h"). Letters of any script are kept ("日本" stays, and is
 * percent-encoded in links). Two spellings with one slug ("Autónomos", "autonomos") are one tag.
 * A tag with no letter or digit has an empty slug, which validation refuses.
 */
export function tagSlug(tag: string): string {
  return nameKey(tag).replace(/ /g, '-');
}
