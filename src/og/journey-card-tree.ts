import { emotionColour } from '../chart/palette.ts';
import type { CardColours } from './card-colours.ts';
import type { CardCurve, JourneyCardData } from './card-data.ts';
import { avatarDisc, badge, cardFrame, clamped, h, inlineSvg, runningHead, svg, type CardNode } from './card-elements.ts';
import { CARD_CURVE, CARD_FONTS, CARD_PADDING } from './card-layout.ts';

/**
 * A journey's share card: the handbook's name, the journey's title and summary, its protagonist,
 * and a miniature of its emotion curve with the phases underneath, as on the map itself.
 */
export function journeyCardTree(card: JourneyCardData, colours: CardColours, avatarSrc: string | undefined): CardNode {
  return cardFrame(
    colours,
    { flexDirection: 'column', padding: `${CARD_PADDING - 8}px ${CARD_PADDING}px ${CARD_PADDING}px` },
    h(
      'div',
      { display: 'flex', alignItems: 'center', height: 36 },
      runningHead(card.handbookTitle, colours, { flexGrow: 1, flexShrink: 1 }),
      card.stateLabel && badge(card.stateLabel, 'accent', colours),
      card.staleLabel && badge(card.staleLabel, 'warning', colours),
    ),
    clamped(card.title, 2, { marginTop: 14, fontFamily: CARD_FONTS.serif, fontWeight: 600, fontSize: 52, lineHeight: 1.12, letterSpacing: '-0.01em' }),
    card.summary && clamped(card.summary, 2, { marginTop: 10, fontSize: 25, lineHeight: 1.36, color: colours.muted }),
    // The room left for texts shorter than their clamp. With every text at its longest, the fixed
    // parts take 523.5 of the column's 530 px; no text box shrinks to make room (a box that shrank
    // would cut its last line's descenders), so this gap's floor is what is left.
    h('div', { display: 'flex', flexGrow: 1, minHeight: 6 }),
    h(
      'div',
      { display: 'flex', alignItems: 'center', marginBottom: 16 },
      avatarDisc(card.persona.avatar, card.persona.name, avatarSrc, 52, colours),
      h(
        'div',
        { display: 'flex', flexDirection: 'column', marginLeft: 16, minWidth: 0, flexShrink: 1 },
        clamped(card.persona.name, 1, { fontSize: 24, fontWeight: 600, lineHeight: 1.25 }),
        card.persona.role && clamped(card.persona.role, 1, { fontSize: 20, color: colours.muted, lineHeight: 1.3 }),
      ),
    ),
    curvePanel(card.curve, colours),
  );
}

function curvePanel(curve: CardCurve, colours: CardColours): CardNode {
  const last = curve.phases.at(-1);
  const plotRight = last ? last.x + last.width : curve.width;
  const plotLeft = curve.phases[0]?.x ?? 0;
  const marks: CardNode[] = [
    // The fill fades from a tint of the accent under the line to nothing at the floor.
    svg(
      'defs',
      {},
      svg(
        'linearGradient',
        { id: 'journeybook-area', x1: 0, y1: 0, x2: 0, y2: 1 },
        svg('stop', { offset: '0%', 'stop-color': colours.accent, 'stop-opacity': 0.22 }),
        svg('stop', { offset: '100%', 'stop-color': colours.accent, 'stop-opacity': 0.02 }),
      ),
    ),
    ...curve.phases.slice(1).map((phase) =>
      svg('line', { x1: phase.x, x2: phase.x, y1: 4, y2: curve.height - 4, stroke: colours.line, 'stroke-width': 2 }),
    ),
    svg('line', { x1: plotLeft, x2: plotRight, y1: curve.zeroY, y2: curve.zeroY, stroke: '#c9c3b8', 'stroke-width': 2, 'stroke-dasharray': '3 7', 'stroke-linecap': 'round' }),
  ];
  if (curve.area) marks.push(svg('path', { d: curve.area, fill: 'url(#journeybook-area)' }));
  if (curve.path) {
    marks.push(svg('path', { d: curve.path, fill: 'none', stroke: colours.accentLine, 'stroke-width': 4, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }));
  }
  for (const point of curve.points) {
    // A moment of truth or of pain is ringed in ink: shape, not only colour, marks it.
    if (point.moment) marks.push(svg('circle', { cx: point.x, cy: point.y, r: CARD_CURVE.pointRadius + 5, fill: colours.surface, stroke: colours.ink, 'stroke-width': 2 }));
    marks.push(svg('circle', { cx: point.x, cy: point.y, r: CARD_CURVE.pointRadius, fill: emotionColour(point.emotion), stroke: colours.surface, 'stroke-width': 2.5 }));
  }
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      flexShrink: 0,
      backgroundColor: colours.surface,
      border: `1px solid ${colours.line}`,
      borderRadius: 18,
      padding: '10px 19px 12px',
    },
    inlineSvg(curve.width, curve.height, ...marks),
    h(
      'div',
      { display: 'flex', height: 26, paddingLeft: plotLeft },
      // Centred in the phase's column; a name too long for it ends in an ellipsis (a centred
      // text that overflows would be clipped at both ends, so the box, not the text, is centred).
      ...curve.phases.map((phase) =>
        h(
          'div',
          { display: 'flex', justifyContent: 'center', width: phase.width, flexShrink: 0, padding: '0 6px' },
          clamped(phase.name, 1, { maxWidth: '100%', textAlign: 'center', fontSize: 19, fontWeight: 600, color: colours.muted }),
        ),
      ),
    ),
  );
}
