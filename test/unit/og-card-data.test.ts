import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandbook, type Handbook } from '../../src/handbook/build-model.ts';
import { slugFromPath, type ContentSources, type SourceFile } from '../../src/sources/content-files.ts';
import { CARD_CURVE, CARD_TEXT_LIMITS } from '../../src/og/card-layout.ts';
import { cardAvatar, shareImageJobs, type HomeCardData, type JourneyCardData, type PersonaCardData } from '../../src/og/card-data.ts';
import { initialsOf } from '../../src/domain/initials.ts';
import type { SiteSettings } from '../../src/schema/settings.ts';
import { validateContent } from '../../src/validate/validate-content.ts';

const TODAY = new Date('2026-11-25T00:00:00Z');

function handbook(files: Record<string, string>, settings: Partial<SiteSettings> = {}): Handbook {
  const source = (collection: 'personas' | 'journeys') =>
    Object.entries(files)
      .filter(([path]) => path.startsWith(`content/${collection}/`))
      .map(([path, text]): SourceFile => ({
        collection,
        slug: slugFromPath(path.slice(`content/${collection}/`.length)),
        file: path,
        absolutePath: join('/handbook', path),
        format: 'mdx',
        text,
      }));
  const sources: ContentSources = { root: '/handbook', personas: source('personas'), journeys: source('journeys'), tracks: [], research: [] };
  const full: SiteSettings = { title: 'Manual de atención', description: '', locale: 'es', reviewIntervalMonths: 6, accent: '#0b6e6e', defaultVisibility: 'internal', site: undefined, base: '/', audience: 'internal', ...settings };
  const validated = validateContent(sources, { reviewIntervalMonths: full.reviewIntervalMonths, today: TODAY });
  expect(validated.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return buildHandbook(validated, full, { today: TODAY });
}

const ana = `---
name: Ana Fernández
role: Clienta, 41 años
avatar: 👩‍💻
quote: ¿Qué necesito para empezar?
---
`;
const luis = `---
name: Luis Ñúñez
---
`;
const alta = `---
title: Darse de alta
persona: ana
summary: Ana abre una cuenta desde la web.
reviewed: 2026-01-10
phases:
  - { id: descubrir, name: Descubrir }
  - { id: contratar, name: Contratar }
  - { id: usar, name: Usar }
touchpoints:
  - { phase: descubrir, title: Lee la web, channel: web, emotion: 1 }
  - { phase: contratar, title: Llama al centro de atención, channel: phone, emotion: -2, moment: pain }
  - { phase: contratar, title: Firma, channel: web, emotion: 2, moment: truth }
---
`;
const futura = `---
title: ${'Darse de alta en un minuto desde el móvil, sin papeles ni esperas, con ayuda de una persona cuando haga falta '.repeat(2)}
persona: luis
state: future
reviewed: 2026-10-01
phases:
  - { id: todo, name: Todo }
touchpoints:
  - { phase: todo, title: Abre la app, channel: app, emotion: 3 }
---
`;

const sample = () =>
  handbook({ 'content/personas/ana.mdx': ana, 'content/personas/luis.mdx': luis, 'content/journeys/banca/alta.mdx': alta, 'content/journeys/futura.mdx': futura });

describe('share card data from the handbook', () => {
  it('plans one image per journey and persona, and the home image, at the URLs of docs/format.md#share-images', () => {
    const paths = shareImageJobs(sample(), '/handbook').map((job) => job.path);
    expect(paths.sort()).toEqual(['og/home.png', 'og/journeys/banca/alta.png', 'og/journeys/futura.png', 'og/personas/ana.png', 'og/personas/luis.png']);
  });

  it('gives a journey card its handbook, title, summary, protagonist and emoji avatar', () => {
    const card = shareImageJobs(sample(), '/handbook').find((job) => job.path === 'og/journeys/banca/alta.png')!.card as JourneyCardData;
    expect(card.handbookTitle).toBe('Manual de atención');
    expect(card.title).toBe('Darse de alta');
    expect(card.summary).toBe('Ana abre una cuenta desde la web.');
    expect(card.persona).toEqual({ name: 'Ana Fernández', role: 'Clienta, 41 años', avatar: { kind: 'emoji', emoji: '👩‍💻' } });
  });

  it('draws one curve point per touchpoint, left to right, with the phases as columns of the curve', () => {
    const card = shareImageJobs(sample(), '/handbook').find((job) => job.path === 'og/journeys/banca/alta.png')!.card as JourneyCardData;
    const { points, phases, width } = card.curve;
    expect(width).toBe(CARD_CURVE.width);
    expect(points.map((point) => point.emotion)).toEqual([1, -2, 2]);
    expect(points.map((point) => point.moment)).toEqual([undefined, 'pain', 'truth']);
    expect(points[0]!.x).toBeLessThan(points[1]!.x);
    expect(points[1]!.x).toBeLessThan(points[2]!.x);
    // Higher emotion is drawn higher up.
    expect(points[2]!.y).toBeLessThan(points[0]!.y);
    expect(points[0]!.y).toBeLessThan(points[1]!.y);
    expect(phases.map((phase) => phase.name)).toEqual(['Descubrir', 'Contratar', 'Usar']);
    // Contratar has two touchpoints, so its column is twice as wide as the others.
    expect(phases[1]!.width).toBeCloseTo(2 * phases[0]!.width, 1);
    expect(card.curve.path.startsWith('M')).toBe(true);
    expect(card.curve.area.endsWith('Z')).toBe(true);
  });

  it('marks a stale journey, and a future one but not a current one, in the site language', () => {
    const jobs = shareImageJobs(sample(), '/handbook');
    const current = jobs.find((job) => job.path === 'og/journeys/banca/alta.png')!.card as JourneyCardData;
    const future = jobs.find((job) => job.path === 'og/journeys/futura.png')!.card as JourneyCardData;
    expect(current.stateLabel).toBeUndefined();
    expect(current.staleLabel).toBe('Revisión caducada');
    expect(future.stateLabel).toBe('Futuro');
    expect(future.staleLabel).toBeUndefined();
    const english = shareImageJobs(handbook({ 'content/personas/luis.mdx': luis, 'content/journeys/futura.mdx': futura }, { locale: 'en' }), '/handbook');
    expect((english.find((job) => job.path === 'og/journeys/futura.png')!.card as JourneyCardData).stateLabel).toBe('Future');
  });

  it('cuts a title too long for the card with an ellipsis', () => {
    const future = shareImageJobs(sample(), '/handbook').find((job) => job.path === 'og/journeys/futura.png')!.card as JourneyCardData;
    expect(Array.from(future.title).length).toBeLessThanOrEqual(CARD_TEXT_LIMITS.title);
    expect(future.title.endsWith('…')).toBe(true);
    expect(future.title.startsWith('Darse de alta en un minuto desde el móvil')).toBe(true);
  });

  it('gives a persona card the name, role, quote and avatar, and initials to a persona without one', () => {
    const jobs = shareImageJobs(sample(), '/handbook');
    const anaCard = jobs.find((job) => job.path === 'og/personas/ana.png')!.card as PersonaCardData;
    expect(anaCard).toMatchObject({ kind: 'persona', name: 'Ana Fernández', role: 'Clienta, 41 años', quote: '¿Qué necesito para empezar?', avatar: { kind: 'emoji', emoji: '👩‍💻' } });
    const luisCard = jobs.find((job) => job.path === 'og/personas/luis.png')!.card as PersonaCardData;
    expect(luisCard.avatar).toEqual({ kind: 'initials', initials: 'LÑ' });
    expect(luisCard.role).toBeUndefined();
  });

  it('points an image avatar at its file', () => {
    expect(cardAvatar({ name: 'María', avatarInfo: { kind: 'image', absolutePath: '/handbook/content/personas/img/maria.svg', path: './img/maria.svg' } })).toEqual({
      kind: 'image',
      absolutePath: '/handbook/content/personas/img/maria.svg',
    });
  });

  it('writes initials as the site does, from the first two words', () => {
    expect(initialsOf('María José Gómez')).toBe('MJ');
    expect(initialsOf('Ángel')).toBe('Á');
  });

  it('gives the home card the title, description and counts in the site language, and the logo file', () => {
    const home = shareImageJobs(handbook({ 'content/personas/ana.mdx': ana, 'content/journeys/banca/alta.mdx': alta }, { description: 'Qué viven y dónde actuar.', logo: '/logo.svg' }), '/handbook')[0]!.card as HomeCardData;
    expect(home).toEqual({
      kind: 'home',
      title: 'Manual de atención',
      description: 'Qué viven y dónde actuar.',
      counts: '1 recorrido · 1 persona · 3 puntos de contacto',
      logoPath: join('/handbook', 'public', 'logo.svg'),
    });
  });
});
