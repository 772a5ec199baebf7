/**
 * The fixed frame of every share card. Bump CARD_TEMPLATE_VERSION whenever the look of a card
 * changes (trees, colours, fonts chosen, encoder settings): it is part of every cache key, so the
 * next build renders every card again instead of serving images in the old design.
 */
export const CARD_TEMPLATE_VERSION = 3;

/** Open Graph's recommended size (docs/format.md#share-images). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_PADDING = 48;

/** Font families as the card trees name them; card-fonts.ts loads the files behind them. */
export const CARD_FONTS = {
  sans: 'Inter, "Inter Latin Extended"',
  serif: '"Source Serif 4", "Source Serif 4 Latin Extended"',
} as const;

/** The miniature emotion curve of a journey card, inside its panel. */
export const CARD_CURVE = {
  width: CARD_WIDTH - 2 * CARD_PADDING - 2 * 20,
  height: 156,
  margin: { top: 14, right: 12, bottom: 14, left: 12 },
  pointRadius: 7,
} as const;

/** Upper bounds, in characters, of the texts a card shows; the layout clamps them to lines too. */
export const CARD_TEXT_LIMITS = {
  handbookTitle: 80,
  title: 140,
  summary: 240,
  name: 80,
  role: 140,
  quote: 280,
  description: 260,
  phase: 48,
} as const;
