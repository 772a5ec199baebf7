import satori from 'satori';
import sharp from 'sharp';
import { createEmojiImages, pictureDataUri } from './card-assets.ts';
import type { CardColours } from './card-colours.ts';
import type { CardAvatar, ShareCardData } from './card-data.ts';
import type { CardNode } from './card-elements.ts';
import type { CardFont } from './card-fonts.ts';
import { homeCardTree } from './home-card-tree.ts';
import { journeyCardTree } from './journey-card-tree.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card-layout.ts';
import { personaCardTree } from './persona-card-tree.ts';

/** Avatars are drawn at most this big (the persona card's disc), at twice the size for sharpness. */
const PICTURE_SIZE = 496;

/**
 * PNG settings: full colour at zlib level 6. Quantising to a 256-colour palette made files 3–4×
 * smaller but took ~160 ms a card against ~35 ms (measured on this project's cards): at 1,000
 * journeys that was most of a cold build. Chat previews fetch one image at a time, so build
 * time wins over bytes here.
 */
const PNG_OPTIONS = { compressionLevel: 6 } as const;

export interface CardRenderer {
  /** The card laid out by satori as an SVG document, its text drawn as paths. */
  svg(card: ShareCardData): Promise<string>;
  /** The card as a PNG: its SVG rasterised by sharp (librsvg). */
  render(card: ShareCardData): Promise<Buffer>;
}

/**
 * Lays out cards with satori and rasterises them with sharp. The fonts are the same objects for
 * every card: satori parses a font list once and reuses it for later renders with that list.
 */
export function createCardRenderer(colours: CardColours, fonts: readonly CardFont[]): CardRenderer {
  const fontList = fonts.map((entry) => entry.font);
  let emojiImages: ((emoji: string) => string | undefined) | undefined;
  const emoji = (text: string) => (emojiImages ??= createEmojiImages())(text);

  const layOut = async (card: ShareCardData) =>
    satori(await cardTree(card, colours, emoji), {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      fonts: fontList,
      // Emoji inside titles and quotes come from Twemoji too; a script the fonts lack draws nothing rather than calling out.
      loadAdditionalAsset: async (code, segment) => (code === 'emoji' ? (emoji(segment) ?? []) : []),
    });

  return {
    svg: layOut,
    async render(card) {
      return sharp(Buffer.from(await layOut(card))).png(PNG_OPTIONS).toBuffer();
    },
  };
}

async function cardTree(card: ShareCardData, colours: CardColours, emoji: (text: string) => string | undefined): Promise<CardNode> {
  switch (card.kind) {
    case 'journey':
      return journeyCardTree(card, colours, await avatarSource(card.persona.avatar, emoji));
    case 'persona':
      return personaCardTree(card, colours, await avatarSource(card.avatar, emoji));
    case 'home':
      return homeCardTree(card, colours, card.logoPath ? await pictureDataUri(card.logoPath, 144, 'contain') : undefined);
  }
}

async function avatarSource(avatar: CardAvatar, emoji: (text: string) => string | undefined): Promise<string | undefined> {
  if (avatar.kind === 'image') return pictureDataUri(avatar.absolutePath, PICTURE_SIZE, 'cover');
  if (avatar.kind === 'emoji') return emoji(avatar.emoji);
  return undefined;
}
