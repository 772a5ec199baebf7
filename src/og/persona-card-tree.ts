import type { CardColours } from './card-colours.ts';
import type { PersonaCardData } from './card-data.ts';
import { avatarDisc, cardFrame, clamped, h, runningHead, type CardNode } from './card-elements.ts';
import { CARD_FONTS } from './card-layout.ts';

/** A persona's share card: a large avatar beside their name, role and, in their own words, their quote. */
export function personaCardTree(card: PersonaCardData, colours: CardColours, avatarSrc: string | undefined): CardNode {
  return cardFrame(
    colours,
    { alignItems: 'center', padding: '48px 72px 56px 64px' },
    h(
      'div',
      { display: 'flex', flexShrink: 0, alignItems: 'center', justifyContent: 'center', width: 300, height: 300, borderRadius: 150, backgroundColor: colours.accentSoft },
      avatarDisc(card.avatar, card.name, avatarSrc, 248, colours),
    ),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, flexShrink: 1, minWidth: 0, marginLeft: 60 },
      runningHead(card.handbookTitle, colours),
      clamped(card.name, 2, { marginTop: 14, fontFamily: CARD_FONTS.serif, fontWeight: 600, fontSize: 62, lineHeight: 1.1, letterSpacing: '-0.01em' }),
      card.role && clamped(card.role, 2, { marginTop: 10, fontSize: 27, lineHeight: 1.35, color: colours.muted }),
      card.segment && h('div', { display: 'flex', marginTop: 16 }, clamped(card.segment, 1, { textAlign: 'center', fontSize: 19, fontWeight: 600, color: colours.accentInk, backgroundColor: colours.accentSoft, borderRadius: 999, padding: '5px 14px' })),
      card.quote &&
        h(
          'div',
          { display: 'flex', marginTop: 30, paddingLeft: 24, borderLeft: `5px solid ${colours.accent}` },
          clamped(card.quote, 4, { fontFamily: CARD_FONTS.serif, fontStyle: 'italic', fontSize: 31, lineHeight: 1.38, color: colours.ink }),
        ),
    ),
  );
}
