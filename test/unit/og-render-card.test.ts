import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardColours } from '../../src/og/card-colours.ts';
import { cardCurve, type CardAvatar, type HomeCardData, type JourneyCardData, type PersonaCardData } from '../../src/og/card-data.ts';
import { readCardFonts } from '../../src/og/card-fonts.ts';
import { createCardRenderer } from '../../src/og/render-card.ts';

const renderer = createCardRenderer(cardColours('#0b6e6e'), readCardFonts());
const PICTURE_RED = { r: 0xc0, g: 0x20, b: 0x20 };

let folder: string;
let picture: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'journeybook-og-'));
  // An opaque square picture: wherever the disc failed to clip it, its red shows.
  picture = join(folder, 'square.png');
  await sharp({ create: { width: 300, height: 300, channels: 3, background: PICTURE_RED } }).png().toFile(picture);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const phases = ['Descubrir', 'Solicitar', 'Verificar la identidad', 'Activar', 'Primer uso'].map((name, index) => ({ id: `f${index}`, name, index, touchpoints: [], emotion: undefined }));

function journeyCard(avatar: CardAvatar): JourneyCardData {
  return {
    kind: 'journey',
    handbookTitle: 'Manual de experiencia de cliente',
    title: 'Abrir una cuenta online (visión 2027) con una identificación por vídeo que nunca falla',
    summary: 'Lucía abre una cuenta desde el móvil: el DNI se lee con la cámara y un agente atiende por videollamada cuando la verificación automática falla.',
    stateLabel: 'Futuro',
    staleLabel: 'Revisión caducada',
    persona: { name: 'Lucía Martín', role: 'Diseñadora de producto autónoma, 29 años', avatar },
    curve: cardCurve({
      phases,
      touchpoints: phases.map((phase, index) => ({ id: `t${index}`, title: 'Paso', emotion: (index % 5) - 2, index, phaseIndex: index, importance: 3, phase: phase.id, channel: 'web', moment: index === 2 ? ('truth' as const) : undefined })),
    }),
  };
}

const personaCard = (avatar: CardAvatar): PersonaCardData => ({
  kind: 'persona',
  handbookTitle: 'Manual de experiencia de cliente',
  name: 'María Gómez',
  role: 'Cliente particular y paciente, 58 años',
  quote: 'No me importa usar el móvil, pero cuando algo se tuerce quiero hablar con una persona.',
  segment: 'Cliente tradicional',
  avatar,
});

/** The `mask` attributes of an SVG: each one is an off-screen layer the size of the card for librsvg. */
const appliedMasks = (svg: string) => svg.match(/\smask="[^"]*"/g) ?? [];

describe('share cards rasterise without SVG masks', () => {
  it('applies no mask on a journey card: texts, picture avatar, emotion curve', async () => {
    const svg = await renderer.svg(journeyCard({ kind: 'image', absolutePath: picture }));
    expect(svg).toContain('<image');
    expect(appliedMasks(svg)).toEqual([]);
  });

  it('applies no mask on a journey card whose persona is an emoji or initials', async () => {
    for (const avatar of [{ kind: 'emoji', emoji: '👩‍💻' }, { kind: 'initials', initials: 'LM' }] as const) {
      expect(appliedMasks(await renderer.svg(journeyCard(avatar))), avatar.kind).toEqual([]);
    }
  });

  it('applies no mask on a persona card nor on the home card with a logo', async () => {
    const home: HomeCardData = { kind: 'home', title: 'Manual', description: 'Los recorridos de nuestros clientes.', counts: '7 recorridos · 4 personas', logoPath: picture };
    for (const card of [personaCard({ kind: 'image', absolutePath: picture }), personaCard({ kind: 'emoji', emoji: '👴' }), home]) {
      expect(appliedMasks(await renderer.svg(card)), card.kind).toEqual([]);
    }
  });

  it('still clips a square picture to the avatar disc', async () => {
    for (const card of [journeyCard({ kind: 'image', absolutePath: picture }), personaCard({ kind: 'image', absolutePath: picture })]) {
      const svg = await renderer.svg(card);
      const avatar = /<image x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" href="data:image\/png/.exec(svg);
      expect(avatar, `${card.kind}: no picture in the SVG`).not.toBeNull();
      const [x, y, width, height] = avatar!.slice(1).map(Number) as [number, number, number, number];
      const { data, info } = await sharp(await renderer.render(card)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      const isRed = (px: number, py: number) => {
        const at = (Math.round(py) * info.width + Math.round(px)) * info.channels;
        return Math.abs(data[at]! - PICTURE_RED.r) < 12 && Math.abs(data[at + 1]! - PICTURE_RED.g) < 12 && Math.abs(data[at + 2]! - PICTURE_RED.b) < 12;
      };
      expect(isRed(x + width / 2, y + height / 2), `${card.kind}: picture drawn in the disc`).toBe(true);
      // Just inside each corner of the picture's square, well outside its inscribed circle.
      const inset = Math.max(2, width * 0.06);
      for (const [cx, cy] of [[x + inset, y + inset], [x + width - inset, y + inset], [x + inset, y + height - inset], [x + width - inset, y + height - inset]] as const) {
        expect(isRed(cx, cy), `${card.kind}: picture drawn at ${cx},${cy}, outside the disc`).toBe(false);
      }
    }
  });
});
