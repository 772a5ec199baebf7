import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync, inflateSync } from 'node:zlib';

/**
 * Every place a built site holds one of `needles` (case-insensitive): in a file's path, in its
 * bytes, and inside what is compressed (Pagefind's index, fragments and metadata are gzipped),
 * also percent-encoded and HTML-escaped forms. Answers `path: needle` lines, empty when clean.
 */
export function findInSite(dist: string, needles: readonly string[]): string[] {
  const hits: string[] = [];
  const lowered = needles.map((needle) => needle.toLowerCase());
  for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]) {
    const path = join(dist, name);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      continue; // a folder
    }
    const texts = [name, safeDecode(name), ...readable(bytes)].map((text) => text.toLowerCase());
    for (const [index, needle] of lowered.entries()) {
      if (texts.some((text) => text.includes(needle))) hits.push(`${relative(dist, path)}: ${needles[index]}`);
    }
  }
  return hits;
}

/** The bytes as text, and as text again after every layer of compression comes off. */
function readable(bytes: Buffer): string[] {
  const texts = [bytes.toString('latin1')];
  let layer: Buffer | undefined = bytes;
  for (let depth = 0; layer && depth < 4; depth++) {
    layer = decompress(layer);
    if (layer) texts.push(layer.toString('utf8'), layer.toString('latin1'));
  }
  return texts.flatMap((text) => [text, safeDecode(text)]);
}

function decompress(bytes: Buffer): Buffer | undefined {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return tryOr(() => gunzipSync(bytes));
  if (bytes[0] === 0x78) return tryOr(() => inflateSync(bytes));
  return undefined;
}

function tryOr(read: () => Buffer): Buffer | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
