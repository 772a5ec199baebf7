import type { CardColours } from './card-colours.ts';
import type { HomeCardData } from './card-data.ts';
import { cardFrame, clamped, h, img, inlineSvg, svg, type CardNode } from './card-elements.ts';
import { CARD_FONTS, CARD_WIDTH } from './card-layout.ts';

/** The handbook's share card: its name, what it is about, what it holds, over a quiet emotion wave. */
export function homeCardTree(card: HomeCardData, colours: CardColours, logoSrc: string | undefined): CardNode {
  return cardFrame(
    colours,
    { position: 'relative', flexDirection: 'column', padding: '64px 80px 60px' },
    wave(colours),
    logoSrc && img(logoSrc, 72, 72, { marginBottom: 28, objectFit: 'contain' }),
    clamped(card.title, 2, { fontFamily: CARD_FONTS.serif, fontWeight: 600, fontSize: 74, lineHeight: 1.08, letterSpacing: '-0.015em', maxWidth: 980 }),
    clamped(card.description, 3, { marginTop: 22, fontSize: 30, lineHeight: 1.4, color: colours.muted, maxWidth: 900 }),
    h('div', { display: 'flex', flexGrow: 1 }),
    // On a pill of its own, so the wave passing behind never crosses the text.
    // satori paints an absolutely positioned element above later siblings unless they are positioned too.
    h(
      'div',
      { display: 'flex', position: 'relative' },
      clamped(card.counts, 1, {
        maxWidth: 1000,
        textAlign: 'center',
        padding: '10px 22px',
        borderRadius: 999,
        border: `1px solid ${colours.line}`,
        backgroundColor: colours.surface,
        fontSize: 25,
        fontWeight: 600,
        color: colours.accentInk,
      }),
    ),
  );
}

/** Three soft curves along the bottom edge: decoration only, the same on every handbook. */
function wave(colours: CardColours): CardNode {
  const width = CARD_WIDTH;
  const height = 260;
  const curves = [
    { d: `M0,190 C220,120 380,250 600,170 S960,90 ${width},150`, opacity: 0.5 },
    { d: `M0,220 C260,170 420,260 640,205 S980,150 ${width},190`, opacity: 0.3 },
    { d: `M0,120 C200,60 420,200 640,130 S1000,40 ${width},100`, opacity: 0.18 },
  ];
  return h(
    'div',
    { display: 'flex', position: 'absolute', left: 0, bottom: 0, width, height },
    inlineSvg(
      width,
      height,
      ...curves.map((curve) => svg('path', { d: curve.d, fill: 'none', stroke: colours.accent, 'stroke-width': 4, 'stroke-linecap': 'round', opacity: curve.opacity })),
    ),
  );
}
