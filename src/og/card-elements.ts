import type { CardAvatar } from './card-data.ts';
import { initialsOf } from '../domain/initials.ts';
import type { CardColours } from './card-colours.ts';
import { CARD_FONTS, CARD_HEIGHT, CARD_WIDTH } from './card-layout.ts';

/** A satori element: the shape of a React element, built without React. */
export interface CardNode {
  type: string;
  props: Record<string, unknown> & { style?: CardStyle; children?: CardChild[] | CardChild };
}
export type CardChild = CardNode | string | undefined | false;
export type CardStyle = Record<string, string | number>;

/** `h('div', { fontSize: 20 }, 'text', child)`: an element with a style and children. */
export function h(type: string, style: CardStyle, ...children: CardChild[]): CardNode {
  const kept = children.filter((child): child is CardNode | string => child !== undefined && child !== false);
  // Sizes include padding and borders, so a 1200×630 frame is 1200×630 (satori follows CSS's content-box default).
  return { type, props: { style: { boxSizing: 'border-box', ...style }, children: kept } };
}

/** An SVG element inside an inline `<svg>`, with its attributes as written in SVG. */
export function svg(type: string, attributes: Record<string, string | number>, ...children: CardNode[]): CardNode {
  return { type, props: { ...attributes, children } };
}

/*
 * Nothing on a card may apply an SVG mask: librsvg draws every applied mask as an off-screen layer
 * the size of the whole card, ~8 ms each, and a journey card applied 13 of them: three quarters of
 * its rasterisation. (Satori also writes an unused <mask> definition for every box; unused, it
 * costs nothing.) Satori applies a mask to every box with `overflow: hidden`, so no box has it
 * (see clamped() and avatarDisc()), and to every image, unless the image has a transform: then it
 * clips the image with a clip path alone, which librsvg draws cheaply. Images and inline SVGs
 * therefore carry this transform that moves nothing (satori 0.63).
 * test/unit/og-render-card.test.ts fails if a card applies a mask again.
 */
const CLIPPED_WITHOUT_MASK: CardStyle = { transform: 'translate(0px, 0px)' };

/** An image of a fixed size (satori needs the size up front); `borderRadius` rounds the picture itself. */
export function img(src: string, width: number, height: number, style: CardStyle = {}): CardNode {
  return { type: 'img', props: { src, width, height, style: { width, height, ...CLIPPED_WITHOUT_MASK, ...style } } };
}

/** An inline SVG drawing of a fixed size, in its own coordinates from 0,0 to width,height. */
export function inlineSvg(width: number, height: number, ...children: CardNode[]): CardNode {
  return { type: 'svg', props: { width, height, viewBox: `0 0 ${width} ${height}`, style: CLIPPED_WITHOUT_MASK, children } };
}

/**
 * Text cut with an ellipsis after `lines` lines, never overflowing its box. Satori breaks the text
 * into lines with the card's own fonts and draws only the first `lines`, the last one ending in
 * "…" when text was left out; it needs no `overflow: hidden` for that (which would cost a mask).
 * A word longer than the line (a URL, a long compound) is broken where it meets the edge, or it
 * would run out of the box. (`break-word`, not `break-all`: satori sets every letter on its own
 * under `break-all` and loses the fonts' kerning.) A text cut after a word can end short of its
 * box: centre it when the box is a pill or a label under a column, or the gap shows on one side.
 */
export function clamped(text: string, lines: number, style: CardStyle): CardNode {
  return h('div', { display: 'block', minWidth: 0, lineClamp: lines, wordBreak: 'break-word', ...style }, text);
}

/** The page every card sits on: the site's paper colour, an accent rule along the top. */
export function cardFrame(colours: CardColours, style: CardStyle, ...children: CardChild[]): CardNode {
  return h(
    'div',
    {
      display: 'flex',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      backgroundColor: colours.background,
      borderTop: `12px solid ${colours.accent}`,
      color: colours.ink,
      fontFamily: CARD_FONTS.sans,
      fontSize: 24,
      ...style,
    },
    ...children,
  );
}

/** The handbook's name as a small running head in the accent's ink. */
export function runningHead(text: string, colours: CardColours, style: CardStyle = {}): CardNode {
  return clamped(text, 1, { fontSize: 21, fontWeight: 600, letterSpacing: '0.06em', textTransform: 'uppercase', color: colours.accentInk, ...style });
}

export function badge(text: string, tone: 'accent' | 'warning', colours: CardColours): CardNode {
  const look =
    tone === 'accent'
      ? { color: colours.accentInk, border: `2px solid ${colours.accentInk}`, backgroundColor: colours.surface }
      : { color: colours.warningInk, border: `2px solid ${colours.warningBackground}`, backgroundColor: colours.warningBackground };
  return h('div', { display: 'flex', flexShrink: 0, fontSize: 19, fontWeight: 600, padding: '5px 14px', borderRadius: 999, marginLeft: 12, ...look }, text);
}

/** The hairline around a picture avatar, in pixels: it sets the picture apart from a pale background. */
const AVATAR_RING = 1;

/**
 * A persona's picture in a disc: the image filling it, the emoji drawn from Twemoji on a tint of
 * the accent, or the initials on the accent (also when an emoji has no Twemoji image).
 */
export function avatarDisc(avatar: CardAvatar, name: string, src: string | undefined, size: number, colours: CardColours): CardNode {
  // Nothing inside overflows the disc, so it clips nothing: the picture is rounded itself.
  const disc: CardStyle = { display: 'flex', flexShrink: 0, alignItems: 'center', justifyContent: 'center', width: size, height: size, borderRadius: size / 2 };
  if (avatar.kind === 'image' && src) {
    const inside = size - 2 * AVATAR_RING;
    return h('div', { ...disc, border: `${AVATAR_RING}px solid ${colours.line}` }, img(src, inside, inside, { borderRadius: inside / 2, objectFit: 'cover' }));
  }
  if (avatar.kind === 'emoji' && src) {
    const glyph = Math.round(size * 0.6);
    return h('div', { ...disc, backgroundColor: colours.accentSoft }, img(src, glyph, glyph));
  }
  const initials = avatar.kind === 'initials' ? avatar.initials : initialsOf(name);
  return h(
    'div',
    { ...disc, backgroundColor: colours.accent, color: colours.onAccent, fontSize: Math.round(size * 0.38), fontWeight: 600 },
    initials,
  );
}
