import { extname } from 'node:path';
import type { SourceFile } from '../sources/content-files.ts';
import { handbookImage } from './handbook-file.ts';
import type { Avatar } from '../model/types.ts';

/** A single emoji (with modifiers, ZWJ sequences and flags), as opposed to an image path. */
const SINGLE_EMOJI = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}{2})(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic}\uFE0F?)*$/u;

/** The picture types the avatars endpoint (src/pages/avatars/[file].ts) serves. */
export const AVATAR_IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp', 'gif', 'svg', 'avif'] as const;

/**
 * What is wrong with an avatar value, or undefined when it is a single emoji or an image of the
 * handbook (see handbook-file.ts: inside content/ or public/ once links are followed, and an
 * image by its first bytes). It looks at the disk, so it is never part of the cached per-file
 * validation. `root` is the project root.
 */
export function checkAvatar(value: string, source: Pick<SourceFile, 'absolutePath'>, root: string): string | undefined {
  if (!value || SINGLE_EMOJI.test(value)) return undefined;
  const extension = extname(value).slice(1).toLowerCase();
  if (!(AVATAR_IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
    return `"${value}" is neither a single emoji nor an image path: an avatar image ends in .${AVATAR_IMAGE_EXTENSIONS.join(', .')}`;
  }
  const image = handbookImage(root, source.absolutePath, value, ' or a single emoji');
  return image.ok ? undefined : image.message;
}

/** The avatar of a persona that passed checkAvatar: an image is the resolved file that was checked. */
export function resolveAvatar(value: string | undefined, source: Pick<SourceFile, 'absolutePath'>, root: string): Avatar | undefined {
  if (!value) return undefined;
  if (SINGLE_EMOJI.test(value)) return { kind: 'emoji', emoji: value };
  const image = handbookImage(root, source.absolutePath, value);
  if (!image.ok) throw new Error(`validation: the avatar "${value}" of ${source.absolutePath} was not checked: ${image.message}`);
  return { kind: 'image', absolutePath: image.absolutePath, path: value };
}
