import anyAscii from 'any-ascii';

/**
 * Turns a human name into an id or slug part (`[a-z0-9-]+`): accents removed, lower-cased,
 * anything else becomes a single dash. "Verificar la identidad" → "verificar-la-identidad",
 * "Atención al cliente" → "atencion-al-cliente". Returns "" when nothing usable is left.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/đ/gi, 'd')
    .replace(/ł/gi, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A slug part for a name in any script: `slugify`, or, when no Latin letter or digit is left
 * ("用户", "Иван"), the slug of its transliteration ("yong-hu", "ivan"); "" when even that is
 * empty (a name of emoji or punctuation only).
 */
export function slugifyAnyScript(text: string): string {
  // any-ascii capitalises each syllable of a script without spaces ("用户" → "YongHu"): keep them apart.
  return slugify(text) || slugify(anyAscii(text).replace(/([a-z])([A-Z])/g, '$1 $2'));
}

/**
 * Ids for a list of names, unique among themselves: a repeated or empty name gets a numbered
 * id ("usar", "usar-2"; an empty one becomes `${fallback}-<position>`). Names in other scripts
 * are transliterated.
 */
export function uniqueIds(names: readonly string[], fallback: string): string[] {
  const used = new Set<string>();
  return names.map((name, index) => {
    const base = slugifyAnyScript(name) || `${fallback}-${index + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

/** A content slug: one or more `[a-z0-9-]+` parts separated by "/" (docs/format.md#slugs-and-ids). */
export const CONTENT_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** "retail/checkout-rapido" → "Checkout rapido": a readable default title from a slug. */
export function titleFromSlug(slug: string): string {
  const last = slug.split('/').at(-1) ?? slug;
  const words = last.replace(/-+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "maria-gomez" → "Maria Gomez": a readable default name for a persona. */
export function nameFromSlug(slug: string): string {
  const last = slug.split('/').at(-1) ?? slug;
  return last
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}
