import { extname } from 'node:path';

/**
 * Where a persona's avatar image is published: `avatars/<slug-with-dashes><ext>`. Images live
 * next to the persona file in content/, so the build copies them into dist/avatars/. An SVG is
 * published as a PNG (see rasterisedAvatar): an SVG document opened on the handbook's own origin
 * could run script, a PNG cannot.
 */
export function avatarFileName(personaSlug: string, imagePath: string): string {
  const extension = extname(imagePath).toLowerCase();
  return `${personaSlug.replace(/\//g, '--')}${extension === '.svg' ? '.png' : extension}`;
}

/** The longest side, in pixels, of an SVG avatar once rasterised: crisp at the largest size pages show (and on 4× screens). */
export const RASTERISED_AVATAR_SIZE = 512;
