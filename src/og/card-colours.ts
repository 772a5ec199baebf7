/**
 * The colours of a share card, derived from the site's accent. The neutrals match the site's light
 * theme (src/styles/tokens.css) so a card looks like the page it links to. Colours used for text
 * are darkened until they reach WCAG AA contrast on the card's background, whatever accent an
 * author picks; the curve's stroke reaches the 3:1 asked of graphics.
 */
export interface CardColours {
  /** The accent as configured: stripes and decoration. */
  accent: string;
  /** The accent darkened to ≥ 4.5:1 on `background`, for text. */
  accentInk: string;
  /** The accent darkened to ≥ 3:1 on `surface`, for the curve line. */
  accentLine: string;
  /** A faint tint of the accent: avatar discs, the area under the curve. */
  accentSoft: string;
  /** Text on the accent colour (white or ink, whichever reads better). */
  onAccent: string;
  background: string;
  surface: string;
  ink: string;
  muted: string;
  line: string;
  warningBackground: string;
  warningInk: string;
}

const BACKGROUND = '#fbfaf7';
const SURFACE = '#ffffff';
const INK = '#1f2328';
const MUTED = '#575e66';
const LINE = '#e2ded6';

export function cardColours(accent: string): CardColours {
  const base = parseHex(accent);
  return {
    accent: toHex(base),
    accentInk: toHex(darkenUntil(base, BACKGROUND, 4.5)),
    accentLine: toHex(darkenUntil(base, SURFACE, 3)),
    accentSoft: toHex(mix(base, parseHex(SURFACE), 0.12)),
    onAccent: contrastRatio(toHex(base), '#ffffff') >= contrastRatio(toHex(base), INK) ? '#ffffff' : INK,
    background: BACKGROUND,
    surface: SURFACE,
    ink: INK,
    muted: MUTED,
    line: LINE,
    warningBackground: '#fff4d6',
    warningInk: '#6b4a00',
  };
}

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) throw new Error(`not a #rrggbb colour: "${hex}"`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** `amount` of `colour` over `other` (1 = only `colour`). */
function mix(colour: Rgb, other: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((index) => colour[index]! * amount + other[index]! * (1 - amount)) as Rgb;
}

function darkenUntil(colour: Rgb, against: string, ratio: number): Rgb {
  let current = colour;
  for (let step = 0; step < 40 && contrastRatio(toHex(current), against) < ratio; step++) current = mix(current, [0, 0, 0], 0.92);
  return current;
}

function luminance(hex: string): number {
  const linear = parseHex(hex).map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * linear[0]! + 0.7152 * linear[1]! + 0.0722 * linear[2]!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1…21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
