/*
 * A journey's embed as intranet tools take it: the `<iframe>` code a journey page offers to copy,
 * and the oEmbed description (https://oembed.com, type "rich") that tools which understand oEmbed
 * fetch from `/journeys/<slug>.oembed.json` to unfurl a journey's address into the map itself.
 */

/** The size an embed is offered at: wide enough for the curve and five map columns, tall enough for the map's first lanes. */
export const EMBED_SIZE = { width: 960, height: 720 } as const;

/** Text made safe inside a double-quoted HTML attribute. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface EmbedFrame {
  /** The embed page's address: absolute wherever the code will be pasted. */
  src: string;
  /** The frame's accessible name. */
  title: string;
  width?: number;
  height?: number;
}

/**
 * The `<iframe>` that shows a journey's embed page. It shrinks to the width of a narrower
 * column (`max-width: 100%`) and loads only when scrolled into view.
 */
export function embedFrameHtml({ src, title, width = EMBED_SIZE.width, height = EMBED_SIZE.height }: EmbedFrame): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

export interface OembedInput {
  /** The journey's title. */
  title: string;
  /** Absolute address of the journey's embed page. */
  embedUrl: string;
  /** The frame's accessible name. */
  frameTitle: string;
  /** The handbook's title and absolute home address. */
  providerName: string;
  providerUrl: string;
  /** The team accountable for the journey, when it has one. */
  authorName?: string | undefined;
  /** Absolute address of the journey's 1200×630 share image. */
  thumbnailUrl?: string | undefined;
}

/** The oEmbed 1.0 "rich" response for a journey: every address absolute, as consumers resolve none. */
export function oembedJson(input: OembedInput) {
  for (const [name, value] of [['embedUrl', input.embedUrl], ['providerUrl', input.providerUrl], ['thumbnailUrl', input.thumbnailUrl]] as const) {
    if (value !== undefined && !/^https?:\/\//.test(value)) throw new Error(`oEmbed: ${name} must be an absolute http(s) address, got "${value}"`);
  }
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.providerName,
    provider_url: input.providerUrl,
    ...(input.authorName ? { author_name: input.authorName } : {}),
    html: embedFrameHtml({ src: input.embedUrl, title: input.frameTitle }),
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
    ...(input.thumbnailUrl ? { thumbnail_url: input.thumbnailUrl, thumbnail_width: 1200, thumbnail_height: 630 } : {}),
  };
}

export type OembedJson = ReturnType<typeof oembedJson>;
