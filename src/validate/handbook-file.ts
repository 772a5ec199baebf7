/**
 * Files that content points at (avatars, pictures in narratives) are published with the site, so
 * each must be a file of the handbook and what it says it is. A path is resolved the way the
 * build will open it, symbolic links followed (realpath), and must land inside the handbook's
 * own `content/` or `public/` folder: `../../../../tmp/x.png`, or a link to /etc/passwd, would
 * otherwise publish whatever the build can read. An image is recognised by its first bytes, not
 * by its name, so a text file called `.png` is not published as a picture.
 */
import { closeSync, existsSync, lstatSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { SaxesParser } from 'saxes';

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif' | 'svg';

/** The image format each accepted file extension promises. */
export const IMAGE_EXTENSIONS: Readonly<Record<string, ImageFormat>> = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', gif: 'gif', webp: 'webp', avif: 'avif', svg: 'svg' };

const FORMAT_NAMES: Record<ImageFormat, string> = { png: 'PNG', jpeg: 'JPEG', gif: 'GIF', webp: 'WebP', avif: 'AVIF', svg: 'SVG' };

/** How many bytes are read to recognise a file: enough for an SVG's XML declaration and comments. */
const SNIFF_BYTES = 4096;

/**
 * The image format of a file's first bytes, by its signature: PNG, JPEG, GIF, WebP and AVIF by
 * their magic numbers; SVG by an `<svg` root element after an optional byte-order mark, XML
 * declaration, comments and doctype.
 */
export function imageFormatOf(bytes: Uint8Array): ImageFormat | undefined {
  const starts = (signature: readonly number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
  const ascii = (at: number, text: string) => starts([...text].map((char) => char.charCodeAt(0)), at);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  if (ascii(4, 'ftypavif') || ascii(4, 'ftypavis')) return 'avif';
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const prologue = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)\s*)*<svg[\s>/]/i;
  return prologue.test(text) ? 'svg' : undefined;
}

/** The folders published files may come from: the handbook's content/ and public/, resolved. */
export function handbookFolders(root: string): string[] {
  return ['content', 'public'].map((name) => join(root, name)).filter((folder) => existsSync(folder)).map((folder) => realpathSync(folder));
}

/** Whether `path` (already resolved) is `folder` itself or inside it. */
export function isInside(folder: string, path: string): boolean {
  const below = relative(folder, path);
  return below === '' || (!below.startsWith(`..${sep}`) && below !== '..' && !isAbsolute(below));
}

export type HandbookImage = { ok: true; absolutePath: string; format: ImageFormat } | { ok: false; message: string };

/**
 * Resolves `value`, an image path written in the file at `fromFile`, relative to that file, and
 * checks that it is an image of the handbook. `orElse` ends the message for a missing file with
 * what else the field accepts (" or a single emoji").
 */
export function handbookImage(root: string, fromFile: string, value: string, orElse = ''): HandbookImage {
  const written = resolve(dirname(fromFile), value);
  let real: string;
  try {
    lstatSync(written);
    real = realpathSync(written);
  } catch {
    return { ok: false, message: `no image at "${value}" next to this file; give a path relative to the file (e.g. "./maria.jpg")${orElse}` };
  }
  if (!handbookFolders(root).some((folder) => isInside(folder, real))) {
    return { ok: false, message: `"${value}" leads outside the handbook (to a file that is not in content/ or public/): copy the image into content/ and point at the copy` };
  }
  if (!statSync(real).isFile()) return { ok: false, message: `"${value}" is a folder, not an image file` };
  const format = imageFormatOf(firstBytes(real));
  const extension = /\.([a-z0-9]+)$/i.exec(value)?.[1]?.toLowerCase() ?? '';
  const promised = IMAGE_EXTENSIONS[extension];
  if (!format) {
    return { ok: false, message: `"${value}" is not an image: its first bytes are not those of a PNG, JPEG, GIF, WebP, AVIF or SVG file; export it again as one of those` };
  }
  if (promised && promised !== format) {
    return { ok: false, message: `"${value}" is a ${FORMAT_NAMES[format]} image but its name says ${FORMAT_NAMES[promised]}: rename it to end in .${format === 'jpeg' ? 'jpg' : format}` };
  }
  if (format === 'svg') {
    const problem = svgProblem(readFileSync(real, 'utf8'));
    if (problem) return { ok: false, message: `"${value}" ${problem}` };
  }
  return { ok: true, absolutePath: real, format };
}

/**
 * Why an SVG cannot be drawn, or undefined. The build rasterises SVG pictures (librsvg, through
 * sharp), which fails on XML that is not well-formed; checking here turns a failed build into a
 * line from `check`. External entities and DTD entities are not expanded (nothing is loaded).
 */
export function svgProblem(text: string): string | undefined {
  const parser = new SaxesParser({ xmlns: false, position: true });
  let error: string | undefined;
  let root: { name: string; attributes: Record<string, string> } | undefined;
  parser.on('error', (found) => {
    error ??= found.message;
  });
  parser.on('opentag', (tag) => {
    root ??= { name: tag.name, attributes: tag.attributes as Record<string, string> };
  });
  parser.write(text).close();
  if (error) return `is not a well-formed SVG file (at ${error.replace(/\.$/, '')}): open it in an editor and save it as SVG again`;
  if (root?.name !== 'svg') return 'is not an SVG file: its first element is not <svg>';
  // Drawn at its declared size first, a huge one would not fit in memory (sharp refuses past 268 megapixels).
  const width = cssPixels(root.attributes.width);
  const height = cssPixels(root.attributes.height);
  if (Math.max(width ?? 0, height ?? 0) > MAX_SVG_SIDE) {
    return `declares a size of ${root.attributes.width ?? '?'} × ${root.attributes.height ?? '?'}: give its <svg> a width and height of at most ${MAX_SVG_SIDE} px (a viewBox keeps the drawing's proportions)`;
  }
  return undefined;
}

/** The largest width or height an SVG picture may declare, in CSS pixels. */
export const MAX_SVG_SIDE = 10_000;

const CSS_UNITS: Record<string, number> = { '': 1, px: 1, pt: 4 / 3, pc: 16, mm: 96 / 25.4, cm: 96 / 2.54, in: 96, em: 16, ex: 8 };

/** An SVG length in CSS pixels, or undefined for a missing or relative (%) one. */
function cssPixels(length: string | undefined): number | undefined {
  const found = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*([a-z%]*)\s*$/i.exec(length ?? '');
  const factor = found ? CSS_UNITS[found[2]!.toLowerCase()] : undefined;
  return found && factor !== undefined ? Number(found[1]) * factor : undefined;
}

function firstBytes(path: string): Uint8Array {
  const buffer = new Uint8Array(SNIFF_BYTES);
  const descriptor = openSync(path, 'r');
  try {
    return buffer.subarray(0, readSync(descriptor, buffer, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(descriptor);
  }
}
