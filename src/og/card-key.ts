import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import type { CardColours } from './card-colours.ts';
import type { ShareCardData } from './card-data.ts';
import type { CardFont } from './card-fonts.ts';
import { bytesDigest, cardHash } from './card-hash.ts';
import { CARD_HEIGHT, CARD_TEMPLATE_VERSION, CARD_WIDTH } from './card-layout.ts';

const require = createRequire(import.meta.url);

/**
 * Makes the cache key of each card: a hash of the card's data, the bytes of the pictures it
 * draws (an avatar, the logo), and everything shared by all cards — template version, size,
 * colours, font files, and the versions of satori, sharp and Twemoji. Change any of these and
 * the image is rendered again; change none and the build copies it from the cache.
 */
export function createCardKeyer(colours: CardColours, fonts: readonly CardFont[]): (card: ShareCardData) => Promise<string> {
  const shared = {
    template: CARD_TEMPLATE_VERSION,
    size: [CARD_WIDTH, CARD_HEIGHT],
    colours,
    fonts: fonts.map((entry) => `${entry.font.name}/${entry.font.weight}/${entry.font.style}/${bytesDigest(entry.font.data as Uint8Array)}`),
    toolchain: {
      satori: (require('satori/package.json') as { version: string }).version,
      sharp: sharp.versions,
      twemoji: (require('@twemoji/svg/package.json') as { version: string }).version,
    },
  };
  return async (card) => cardHash({ shared, card: withoutFilePaths(card), pictures: await pictureDigests(card) });
}

/** Where a picture lives does not change the image, its bytes do: moving the project keeps the cache valid. */
function withoutFilePaths(card: ShareCardData): unknown {
  return JSON.parse(JSON.stringify(card, (key, value: unknown) => (key === 'absolutePath' || key === 'logoPath' ? undefined : value)));
}

async function pictureDigests(card: ShareCardData): Promise<string[]> {
  const paths =
    card.kind === 'home'
      ? [card.logoPath]
      : [card.kind === 'journey' ? card.persona.avatar : card.avatar].map((avatar) => (avatar.kind === 'image' ? avatar.absolutePath : undefined));
  return Promise.all(
    paths.map(async (path) => (path ? await readFile(path).then(bytesDigest, () => 'missing') : 'none')),
  );
}
