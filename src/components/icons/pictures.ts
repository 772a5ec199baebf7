import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createTwemojiLookup } from '../../og/emoji-file.ts';

/*
 * Pictures that pages draw instead of characters a machine may lack: emoji come from the bundled
 * Twemoji set (@twemoji/svg, the same files as the share images), published as static files;
 * interface and channel icons come from the Lucide set (lucide-static), inlined as SVG. Neither
 * needs a colour-emoji font or the network.
 */

const require = createRequire(import.meta.url);
const twemojiFolder = dirname(require.resolve('@twemoji/svg/package.json'));
const lucideFolder = join(dirname(require.resolve('lucide-static/package.json')), 'icons');

let twemojiLookup: ((emoji: string) => string | undefined) | undefined;

/** The Twemoji file ("1f3e6.svg") that draws `emoji`, or undefined when the set has none. */
export function emojiFile(emoji: string): string | undefined {
  twemojiLookup ??= createTwemojiLookup(readdirSync(twemojiFolder));
  return twemojiLookup(emoji);
}

/** The bytes of a Twemoji file, for publishing it. */
export function emojiSvg(file: string): string {
  return readFileSync(join(twemojiFolder, file), 'utf8');
}

const lucideShapes = new Map<string, string>();

/**
 * The shapes (the SVG's inner markup) of a Lucide icon, for a component to wrap in its own
 * <svg>. Throws on an unknown name: icon names are written in the code, so a typo is a bug.
 */
export function lucideIcon(name: string): string {
  let shapes = lucideShapes.get(name);
  if (shapes === undefined) {
    const svg = readFileSync(join(lucideFolder, `${name}.svg`), 'utf8');
    shapes = svg.slice(svg.indexOf('>', svg.indexOf('<svg')) + 1, svg.lastIndexOf('</svg>')).replace(/\s*\n\s*/g, '');
    lucideShapes.set(name, shapes);
  }
  return shapes;
}
