import { extname } from 'node:path';

/**
 * Where a persona's avatar image is published: `avatars/<slug-with-dashes><ext>`. Images live
 * next to the persona file in content/, so the build copies them into dist/avatars/.
 */
export function avatarFileName(personaSlug: string, imagePath: string): string {
  return `${personaSlug.replace(/\//g, '--')}${extname(imagePath).toLowerCase()}`;
}
