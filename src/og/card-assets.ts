import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname } from 'node:path';
import sharp from 'sharp';
import { createTwemojiLookup } from './emoji-file.ts';

const require = createRequire(import.meta.url);

/** The folder of the installed Twemoji SVGs (@twemoji/svg), one file per emoji. */
export function twemojiFolder(): string {
  return dirname(require.resolve('@twemoji/svg/package.json'));
}

/**
 * Emoji as images for satori, which draws emoji only from pictures it is given: from the
 * installed Twemoji set, never a CDN. Undefined for an emoji the set does not have.
 */
export function createEmojiImages(): (emoji: string) => string | undefined {
  const folder = twemojiFolder();
  const lookup = createTwemojiLookup(readdirSync(folder));
  const cache = new Map<string, string | undefined>();
  return (emoji) => {
    if (!cache.has(emoji)) {
      const file = lookup(emoji);
      cache.set(emoji, file ? `data:image/svg+xml;base64,${readFileSync(`${folder}/${file}`).toString('base64')}` : undefined);
    }
    return cache.get(emoji);
  };
}

/**
 * A picture file (an avatar, a logo) as a PNG data URI of `size`×`size`, cropped to fill it, or
 * contained in it. Vector files are rasterised at a high density so they stay crisp when enlarged.
 */
export async function pictureDataUri(path: string, size: number, fit: 'cover' | 'contain'): Promise<string | undefined> {
  try {
    const vector = extname(path).toLowerCase() === '.svg';
    const png = await sharp(path, vector ? { density: 288 } : {})
      .resize(size, size, { fit, background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer();
    return `data:image/png;base64,${png.toString('base64')}`;
  } catch {
    // An unreadable picture leaves the card with initials (or no logo) rather than failing the build.
    return undefined;
  }
}
