import { z } from 'astro/zod';

/** A channel as the site shows it. */
export interface ChannelInfo {
  id: string;
  label: string;
  /**
   * The author's emoji from channels.yaml, drawn from the bundled Twemoji pictures (pages never
   * rely on a colour-emoji font); undefined when the channel shows its `symbol`.
   */
  icon: string | undefined;
  /** The channel's picture from the icon set (Lucide) when it has no emoji: a built-in channel's own, or a generic one. */
  symbol: string;
  builtIn: boolean;
}

/**
 * The channels every handbook knows without configuration (docs/format.md#channels).
 * Labels are the site-language defaults, looked up through i18n; `channels.yaml` may relabel them.
 */
export const BUILT_IN_CHANNEL_IDS = [
  'web',
  'app',
  'email',
  'phone',
  'chat',
  'social',
  'store',
  'in-person',
  'postal',
  'sms',
  'event',
  'partner',
  'product',
  'word-of-mouth',
] as const;
export type BuiltInChannelId = (typeof BUILT_IN_CHANNEL_IDS)[number];

/** Each built-in channel's picture: a Lucide icon name (the `lucide-static` package draws it). */
export const BUILT_IN_CHANNEL_ICONS: Record<BuiltInChannelId, string> = {
  web: 'globe',
  app: 'smartphone',
  email: 'mail',
  phone: 'phone',
  chat: 'message-circle',
  social: 'thumbs-up',
  store: 'store',
  'in-person': 'users',
  postal: 'mailbox',
  sms: 'message-square-text',
  event: 'calendar-days',
  partner: 'handshake',
  product: 'package',
  'word-of-mouth': 'messages-square',
};

/** The picture of a channel of the handbook's own that has no emoji. */
export const DEFAULT_CHANNEL_SYMBOL = 'circle-dot';

export const CHANNEL_ID_PATTERN = /^[a-z0-9-]+$/;

/** One entry of `content/channels.yaml`. */
export const channelEntrySchema = z.strictObject({
  /** The name readers see for this channel ("Oficina", "Portal del paciente"). */
  label: z.string().trim().min(1).describe('The name readers see for this channel.'),
  /** A short glyph, usually one emoji, shown beside the label. */
  icon: z.string().trim().min(1).optional().describe('A short glyph, usually one emoji.'),
});

/** `content/channels.yaml`: a map from channel id to `{ label, icon? }`. */
export const channelsFileSchema = z
  .record(
    z.string().regex(CHANNEL_ID_PATTERN, 'a channel id uses only a-z, 0-9 and "-"'),
    channelEntrySchema,
  )
  .describe('Extra channels, or new labels and icons for built-in ones, keyed by channel id.');

export type ChannelsFile = z.infer<typeof channelsFileSchema>;
