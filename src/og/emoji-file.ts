const ZWJ = 0x200d;
const VARIATION_SELECTOR_16 = 0xfe0f;

function codePoints(emoji: string): number[] {
  return Array.from(emoji, (char) => char.codePointAt(0)!);
}

function fileName(codes: readonly number[]): string {
  return codes.map((code) => code.toString(16)).join('-');
}

/**
 * Finds the Twemoji image for an emoji among the file names of the installed set
 * ("1f469-200d-1f4bb.svg" for 👩‍💻). Twemoji names a file after the emoji's code points in
 * lower-case hex joined by "-", dropping the U+FE0F variation selector except inside ZWJ
 * sequences (❤️ is "2764", ❤️‍🔥 is "2764-fe0f-200d-1f525"). Authors do not always type the
 * selector the way the set names it, so a miss is retried ignoring every U+FE0F, then with the
 * first code point alone (a new skin tone or sequence still shows its base emoji).
 */
export function createTwemojiLookup(fileNames: Iterable<string>): (emoji: string) => string | undefined {
  const names = new Set<string>();
  const bySelectorFreeName = new Map<string, string>();
  for (const file of fileNames) {
    if (!file.endsWith('.svg')) continue;
    const name = file.slice(0, -'.svg'.length);
    names.add(name);
    const selectorFree = name
      .split('-')
      .filter((part) => part !== 'fe0f')
      .join('-');
    if (!bySelectorFreeName.has(selectorFree)) bySelectorFreeName.set(selectorFree, name);
  }
  return (emoji) => {
    const codes = codePoints(emoji.trim());
    if (codes.length === 0) return undefined;
    const withoutSelector = codes.filter((code) => code !== VARIATION_SELECTOR_16);
    const canonical = fileName(codes.includes(ZWJ) ? codes : withoutSelector);
    const found = names.has(canonical) ? canonical : bySelectorFreeName.get(fileName(withoutSelector)) ?? bySelectorFreeName.get(fileName(codes.slice(0, 1)));
    return found === undefined ? undefined : `${found}.svg`;
  };
}
