/**
 * Mermaid's entity codes, shared by the reader and the writer. Mermaid lets a diagram write a
 * character its grammar reserves as `#<code>;` (`#58;` is ":", `#35;` is "#", `#quot;` is '"');
 * the renderer turns the code back into the character. The writer uses them to keep ":", "#"
 * and ";" in titles without breaking the diagram; the reader turns them back into characters.
 */

/** The named codes an author is likely to write; any `#<digits>;` works too. */
const NAMED_ENTITIES: Record<string, string> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  nbsp: ' ',
  colon: ':',
  semi: ';',
  num: '#',
  comma: ',',
  percnt: '%',
};

/** Matches one entity code, as Mermaid's own preprocessor does (`#\w+;`). */
export const ENTITY = /#(\w+);/g;

/** `#58;` → ":", `#quot;` → '"'; an unknown name is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, code: string) => {
    if (/^\d+$/.test(code)) {
      const codePoint = Number(code);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** ":" → "#58;": the numeric code Mermaid renders back as the character. */
export function entityFor(char: string): string {
  return `#${char.codePointAt(0)};`;
}
