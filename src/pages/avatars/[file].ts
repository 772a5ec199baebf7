import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { APIRoute } from 'astro';
import { pageContext } from '../../site/page-context.ts';
import { avatarFileName } from '../../site/urls.ts';
import { rasterisedAvatar } from '../../og/rasterise-avatar.ts';

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
  return pageContext().handbook.personas.flatMap((persona) =>
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
