import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { getHandbook } from '../../handbook/current.ts';
import { avatarFileName, RASTERISED_AVATAR_SIZE } from '../../handbook/avatars.ts';

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
};

/**
 * Persona pictures live next to the persona files; this publishes each one at /avatars/<name>.
 * Validation has checked that each is an image of the handbook (src/validate/handbook-file.ts),
 * and the path here is the resolved file it checked.
 */
export function getStaticPaths() {
  return getHandbook().personas.flatMap((persona) =>
    persona.avatarInfo?.kind === 'image'
      ? [{ params: { file: avatarFileName(persona.slug, persona.avatarInfo.path) }, props: { path: persona.avatarInfo.absolutePath } }]
      : [],
  );
}

export const GET: APIRoute = async ({ props }) => {
  const path = (props as { path: string }).path;
  const extension = extname(path).toLowerCase();
  if (extension !== '.svg') return new Response(readFileSync(path), { headers: { 'Content-Type': TYPES[extension] ?? 'application/octet-stream' } });
  return new Response(new Uint8Array(await rasterisedAvatar(path)), { headers: { 'Content-Type': 'image/png' } });
};

/**
 * An SVG avatar drawn as a PNG by librsvg (through sharp), which runs no script and loads no
 * other file: nothing of the SVG but its picture reaches the published site. The density is
 * chosen from the SVG's own size so the PNG's longest side is RASTERISED_AVATAR_SIZE, whatever
 * size the SVG declares (a huge declared size would otherwise be drawn at that size first).
 */
async function rasterisedAvatar(path: string): Promise<Buffer> {
  const { width = RASTERISED_AVATAR_SIZE, height = RASTERISED_AVATAR_SIZE } = await sharp(path).metadata();
  const density = Math.min(2400, Math.max(0.01, (72 * RASTERISED_AVATAR_SIZE) / Math.max(width, height, 1)));
  return sharp(path, { density })
    .resize(RASTERISED_AVATAR_SIZE, RASTERISED_AVATAR_SIZE, { fit: 'inside' })
    .png()
    .toBuffer();
}
