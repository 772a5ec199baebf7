import satori from 'satori';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { cardColours } from '../../src/og/card-colours.ts';
import { cardCurve, type HomeCardData, type JourneyCardData, type PersonaCardData } from '../../src/og/card-data.ts';
import type { CardNode } from '../../src/og/card-elements.ts';
import { readCardFonts } from '../../src/og/card-fonts.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/og/card-layout.ts';
import { homeCardTree } from '../../src/og/home-card-tree.ts';
import { journeyCardTree } from '../../src/og/journey-card-tree.ts';
import { personaCardTree } from '../../src/og/persona-card-tree.ts';

const fonts = readCardFonts().map((entry) => entry.font);
const colours = cardColours('#0b6e6e');

interface Laid {
  svg: string;
  texts: string[];
}

/** Lays a tree out with satori, keeping text as <text> runs so what is drawn can be read back. */
async function layOut(tree: CardNode): Promise<Laid> {
  const svg = await satori(tree, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts, embedFont: false });
  return { svg, texts: Array.from(svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g), (match) => match[1]!) };
}

/**
 * Rasterises the card (text drawn with the real fonts) and checks that the margins along the
 * right and bottom edges are untouched paper: nothing drawn, so nothing overflowed into them.
 */
async function expectMarginsEmpty(tree: CardNode, margins: { right: number; bottom: number; bottomFrom?: number }) {
  const svg = await satori(tree, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const paper = [0xfb, 0xfa, 0xf7];
  const inked: string[] = [];
  const check = (x: number, y: number) => {
    const at = (y * info.width + x) * info.channels;
    if (paper.some((value, channel) => Math.abs(data[at + channel]! - value) > 3)) inked.push(`${x},${y}`);
  };
  const top = 12; // below the accent rule
  for (let y = top; y < CARD_HEIGHT; y++) for (let x = CARD_WIDTH - margins.right; x < CARD_WIDTH; x++) if (y < (margins.bottomFrom ?? CARD_HEIGHT)) check(x, y);
  for (let y = CARD_HEIGHT - margins.bottom; y < CARD_HEIGHT; y++) for (let x = 0; x < CARD_WIDTH - margins.right; x++) check(x, y);
  expect(inked.slice(0, 5), `${inked.length} pixels drawn in the margins`).toEqual([]);
}

const drawn = (laid: Laid) => laid.texts.join('');
/** How many lines the texts set at `fontSize` (in `fill`, when given) take: their distinct baselines. */
const linesAt = (laid: Laid, fontSize: number, fill = '[^"]*') =>
  new Set(Array.from(laid.svg.matchAll(new RegExp(`<text [^>]*y="([\\d.]+)"[^>]*font-size="${fontSize}"[^>]*fill="${fill}"`, 'g')), (match) => match[1])).size;
const ellipses = (laid: Laid) => (drawn(laid).match(/…/g) ?? []).length;

const long = (text: string, times: number) => Array.from({ length: times }, () => text).join(' ');

const phases = Array.from({ length: 9 }, (_, index) => ({ id: `f${index}`, name: `Fase número ${index + 1} con un nombre largo` }));
const touchpoints = phases.map((phase, index) => ({ id: `t${index}`, title: 'Paso', emotion: (index % 7) - 3, phaseIndex: index, moment: index === 2 ? ('pain' as const) : undefined }));

describe('share cards keep every text inside the card', () => {
  it('clamps a journey card whose every text is far too long, with an ellipsis on each', async () => {
    const card: JourneyCardData = {
      kind: 'journey',
      handbookTitle: long('Manual de experiencia de atención al cliente', 4),
      title: long('Atención telefónica para la pérdida de una tarjeta', 5),
      summary: long('Un sábado por la noche María descubre que ha perdido la cartera.', 6),
      stateLabel: 'Futuro',
      staleLabel: 'Revisión caducada',
      persona: { name: long('María Fernández Ñúñez', 6), role: long('Cliente particular', 10), avatar: { kind: 'initials', initials: 'MF' } },
      curve: cardCurve({ phases: phases.map((phase, index) => ({ ...phase, index, touchpoints: [], emotion: undefined })), touchpoints: touchpoints.map((point, index) => ({ ...point, index, importance: 3, phase: phases[index]!.id, channel: 'web' })) }),
    };
    const tree = journeyCardTree(card, colours, undefined);
    await expectMarginsEmpty(tree, { right: 44, bottom: 44 });
    const laid = await layOut(tree);
    // Running head, title, summary, persona name and role, and the nine phase names.
    expect(ellipses(laid)).toBe(5 + 9);
    expect(drawn(laid)).toContain('Futuro');
    expect(drawn(laid)).toContain('Revisión caducada');
  });

  it('clamps a persona card with an endless name, role, segment and quote', async () => {
    const card: PersonaCardData = {
      kind: 'persona',
      handbookTitle: 'Manual',
      name: long('Ana Fernández', 8),
      role: long('Clienta', 30),
      quote: long('¿Qué necesito para empezar?', 20),
      segment: long('Segmento', 20),
      avatar: { kind: 'initials', initials: 'AF' },
    };
    const tree = personaCardTree(card, colours, undefined);
    await expectMarginsEmpty(tree, { right: 68, bottom: 52 });
    const laid = await layOut(tree);
    expect(ellipses(laid)).toBe(4);
  });

  it('clamps a home card with an endless title and description', async () => {
    const card: HomeCardData = {
      kind: 'home',
      title: long('Manual de experiencia', 10),
      description: long('Los recorridos de nuestros clientes, pacientes y ciudadanos.', 10),
      counts: '7 recorridos · 4 personas · 78 puntos de contacto',
      logoPath: undefined,
    };
    const tree = homeCardTree(card, colours, undefined);
    // The decorative wave runs along the bottom edge on purpose: only the right margin above it is checked.
    await expectMarginsEmpty(tree, { right: 76, bottom: 0, bottomFrom: 360 });
    const laid = await layOut(tree);
    expect(ellipses(laid)).toBe(2);
    expect(drawn(laid)).toContain('7 recorridos · 4 personas · 78 puntos de contacto');
  });

  it('draws a short text whole, accents and all', async () => {
    const card: PersonaCardData = {
      kind: 'persona',
      handbookTitle: 'Manual',
      name: 'Ana Fernández',
      role: 'Atención al cliente',
      quote: '¿Qué necesito? Ñ',
      segment: undefined,
      avatar: { kind: 'initials', initials: 'AF' },
    };
    const laid = await layOut(personaCardTree(card, colours, undefined));
    expect(ellipses(laid)).toBe(0);
    const text = drawn(laid).replace(/\s+/g, '');
    for (const word of ['AnaFernández', 'Atenciónalcliente', '¿Quénecesito?Ñ']) expect(text).toContain(word);
  });
});

describe('share cards break a word too long for its line instead of letting it run out', () => {
  // 80 characters without a space, and a long address: nowhere to wrap but inside them.
  const word = 'Supercalifragilísticoexpialidoso'.repeat(3).slice(0, 80);
  const url = 'https://intranet.example/atención/recorridos/pérdida-de-tarjeta/¿qué-hacer?-¡ahora!/ñandú-ágil-éxito-índice-único';

  it('keeps every unbroken text of a journey card in its lines, each cut with an ellipsis', async () => {
    const card: JourneyCardData = {
      kind: 'journey',
      handbookTitle: `${word}${word}`,
      title: `${word}${word}`,
      summary: `${url}${url}`,
      stateLabel: undefined,
      staleLabel: undefined,
      persona: { name: `${word}${word}`, role: url, avatar: { kind: 'initials', initials: 'SU' } },
      curve: cardCurve({
        phases: phases.slice(0, 5).map((phase, index) => ({ ...phase, name: word.slice(0, 48), index, touchpoints: [], emotion: undefined })),
        touchpoints: touchpoints.slice(0, 5).map((point, index) => ({ ...point, index, importance: 3, phase: phases[index]!.id, channel: 'web' })),
      }),
    };
    const tree = journeyCardTree(card, colours, undefined);
    await expectMarginsEmpty(tree, { right: 44, bottom: 44 });
    const laid = await layOut(tree);
    // Running head, title, summary, persona name and role, and the five phase names. (The role's
    // size is also the initials', hence its colour.)
    expect(ellipses(laid)).toBe(5 + 5);
    expect({ head: linesAt(laid, 21), title: linesAt(laid, 52), summary: linesAt(laid, 25), name: linesAt(laid, 24), role: linesAt(laid, 20, colours.muted), phases: linesAt(laid, 19) }).toEqual({
      head: 1,
      title: 2,
      summary: 2,
      name: 1,
      role: 1,
      phases: 1,
    });
  });

  it('keeps an unbroken name, role, segment and quote of a persona card in their lines', async () => {
    const card: PersonaCardData = { kind: 'persona', handbookTitle: word, name: word, role: url, quote: `¿${word}${word}${word}?`, segment: url, avatar: { kind: 'initials', initials: 'SU' } };
    const tree = personaCardTree(card, colours, undefined);
    await expectMarginsEmpty(tree, { right: 68, bottom: 52 });
    const laid = await layOut(tree);
    expect(ellipses(laid)).toBe(5);
    expect({ name: linesAt(laid, 62), role: linesAt(laid, 27), segment: linesAt(laid, 19), quote: linesAt(laid, 31) }).toEqual({ name: 2, role: 2, segment: 1, quote: 4 });
  });

  it('keeps an unbroken title and description of the home card in their lines', async () => {
    const card: HomeCardData = { kind: 'home', title: `${word}${word}`, description: `${url}${url}${url}`, counts: '7 recorridos · 4 personas · 78 puntos de contacto', logoPath: undefined };
    const tree = homeCardTree(card, colours, undefined);
    await expectMarginsEmpty(tree, { right: 76, bottom: 0, bottomFrom: 360 });
    const laid = await layOut(tree);
    expect(ellipses(laid)).toBe(2);
    expect({ title: linesAt(laid, 74), description: linesAt(laid, 30) }).toEqual({ title: 2, description: 3 });
  });
});
