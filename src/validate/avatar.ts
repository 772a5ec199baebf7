import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { SourceFile } from '../sources/content-files.ts';
import type { Avatar } from '../model/types.ts';

/** A single emoji (with modifiers, ZWJ sequences and flags), as opposed to an image path. */
const SINGLE_EMOJI = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}{2})(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*$/u;

/** The picture types the avatars endpoint (src/pages/avatars/[file].ts) serves. */
export const AVATAR_IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'gif', 'svg', 'avif'] as const;

/**
 * What is wrong with an avatar value, or undefined when it is a single emoji or a usable image.
 * It looks at the disk, so it is never part of the cached per-file validation.
 */
export function checkAvatar(value: string, source: Pick<SourceFile, 'absolutePath'>): string | undefined {
  if (!value || SINGLE_EMOJI.test(value)) return undefined;
  const extension = extname(value).slice(1).toLowerCase();
  if (!(AVATAR_IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
    return `"${value}" is neither a single emoji nor an image path: an avatar image ends in .${AVATAR_IMAGE_EXTENSIONS.join(', .')}`;
  }
  if (!existsSync(join(dirname(source.absolutePath), value))) {
    return `no image at "${value}" next to this file; give a path relative to the file (e.g. "./maria.jpg") or a single emoji`;
  }
  return undefined;
}

/** The avatar of a persona that passed checkAvatar. */
export function resolveAvatar(value: string | undefined, source: Pick<SourceFile, 'absolutePath'>): Avatar | undefined {
  if (!value) return undefined;
  if (SINGLE_EMOJI.test(value)) return { kind: 'emoji', emoji: value };
  return { kind: 'image', absolutePath: join(dirname(source.absolutePath), value), path: value };
}
