import type { APIRoute } from 'astro';
import { emojiFile, emojiSvg } from '../../components/icons/pictures.ts';
import { pageContext } from '../../site/page-context.ts';

/**
 * Publishes the Twemoji picture of every emoji the pages draw (persona avatars, channel icons)
 * at /emoji/<file>.svg: only those, not the whole set of 3,700.
 */
export function getStaticPaths() {
  const { handbook } = pageContext();
  const emoji = [
    ...handbook.personas.flatMap((persona) => (persona.avatarInfo?.kind === 'emoji' ? [persona.avatarInfo.emoji] : [])),
    ...[...handbook.channels.values()].flatMap((channel) => (channel.icon ? [channel.icon] : [])),
  ];
  const files = new Set(emoji.map(emojiFile).filter((file) => file !== undefined));
  return [...files].map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => new Response(emojiSvg(params.file!), { headers: { 'Content-Type': 'image/svg+xml' } });
