import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { APIRoute } from 'astro';
import { pageContext } from '../../site/page-context.ts';
import { avatarFileName } from '../../site/urls.ts';

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
};

/** Persona pictures live next to the persona files; this publishes each one at /avatars/<name>. */
export function getStaticPaths() {
  return pageContext().handbook.personas.flatMap((persona) =>
    persona.avatarInfo?.kind === 'image'
      ? [{ params: { file: avatarFileName(persona.slug, persona.avatarInfo.path) }, props: { path: persona.avatarInfo.absolutePath } }]
      : [],
  );
}

export const GET: APIRoute = ({ props }) => {
  const path = (props as { path: string }).path;
  return new Response(readFileSync(path), { headers: { 'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream' } });
};
