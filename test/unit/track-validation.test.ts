import { describe, expect, it } from 'vitest';
import { buildHandbook } from '../../src/handbook/build-model.ts';
import { resolveSettings } from '../../src/validate/settings.ts';
import { check, lines } from '../helpers/content-sources.ts';

/*
 * docs/format.md#tracks-v2: a track's steps name journeys, personas, research sources or site
 * pages, and every one of them must exist. Each spec asserts the exact line an author reads,
 * `path:line:col: field: message`, with a "did you mean" where a near name exists.
 */

const ANA = lines('---', 'name: Ana Fernández', 'role: Clienta, 41 años', '---');
const ALTA = lines(
  '---',
  'title: Abrir una cuenta',
  'summary: Ana abre una cuenta desde el móvil.',
  'persona: ana',
  'phases:',
  '  - { id: descubrir, name: Descubrir }',
  'touchpoints:',
  '  - { phase: descubrir, title: Lee la web, channel: web, emotion: 1 }',
  '---',
);
const ESTUDIO = lines('---', 'title: Entrevistas a autónomos, marzo 2026', 'method: interview', 'date: 2026-03-28', '---', 'Nueve de doce…');

/** A handbook with one persona (ana), two journeys (banca/alta, banca/alta-futuro) and the files given. */
const handbook = (extra: Record<string, string>) => ({
  'content/personas/ana.mdx': ANA,
  'content/journeys/banca/alta.mdx': ALTA,
  'content/journeys/banca/alta-futuro.mdx': ALTA.replace('Abrir una cuenta', 'Abrir una cuenta (visión)'),
  ...extra,
});

const track = (...stepLines: string[]) =>
  lines('---', 'title: Primera semana', 'audience: Nuevo personal de oficinas', 'steps:', ...stepLines, '---', '', 'Bienvenida al equipo.');

describe('a valid track', () => {
  it('passes, and reaches the model with each step resolved in order, its note kept', () => {
    const checked = check(
      handbook({
        'content/research/entrevistas.md': ESTUDIO,
        'content/tracks/primera-semana.md': track(
          '  - page: home',
          '    note: Qué contiene el manual.',
          '  - persona: ana',
          '  - journey: banca/alta',
          '    note: Fíjate en la verificación.',
          '  - research: entrevistas',
        ),
      }),
    );
    expect(checked.errors).toEqual([]);
    const model = buildHandbook(checked.result, resolveSettings({}, {}), { today: new Date('2026-11-25') });
    const [only] = model.tracks;
    expect(only).toMatchObject({ id: 'primera-semana', title: 'Primera semana', audience: 'Nuevo personal de oficinas', description: undefined });
    expect(only!.steps.map((step) => [step.index, step.key, step.note])).toEqual([
      [0, 'page:home', 'Qué contiene el manual.'],
      [1, 'persona:ana', undefined],
      [2, 'journey:banca/alta', 'Fíjate en la verificación.'],
      [3, 'research:entrevistas', undefined],
    ]);
    expect(only!.steps[3]!.target).toEqual({ kind: 'research', id: 'entrevistas', title: 'Entrevistas a autónomos, marzo 2026' });
    expect(model.trackById.get('primera-semana')).toBe(only);
  });

  it('keeps the body as the track’s introduction', () => {
    const checked = check(handbook({ 'content/tracks/t.md': track('  - persona: ana') }));
    expect(checked.result.tracks[0]!.body.trim()).toBe('Bienvenida al equipo.');
  });
});

describe('a track step that names something that does not exist', () => {
  it('names the journey, where it is written, and the nearest journey', () => {
    const checked = check(handbook({ 'content/tracks/t.md': track('  - page: home', '  - journey: banca/alta-futur') }));
    expect(checked.errors).toEqual([
      'content/tracks/t.md:6:5: steps[1].journey: unknown journey "banca/alta-futur" (did you mean "banca/alta-futuro"?) (journeys: banca/alta, banca/alta-futuro)',
    ]);
  });

  it('names the persona and the nearest persona', () => {
    const checked = check(handbook({ 'content/tracks/t.md': track('  - persona: anna', '    note: Nuestra clienta.') }));
    expect(checked.errors).toEqual(['content/tracks/t.md:5:5: steps[0].persona: unknown persona "anna" (did you mean "ana"?) (personas: ana)']);
  });

  it('checks research against content/research/, with a did-you-mean', () => {
    const checked = check(handbook({ 'content/research/entrevistas.md': ESTUDIO, 'content/tracks/t.md': track('  - research: entrevista') }));
    expect(checked.errors).toEqual(['content/tracks/t.md:5:5: steps[0].research: unknown research source "entrevista" (did you mean "entrevistas"?) (research: entrevistas)']);
  });

  it('says where research would live when the handbook has none', () => {
    const checked = check(handbook({ 'content/tracks/t.md': track('  - research: entrevistas') }));
    expect(checked.errors).toEqual([
      'content/tracks/t.md:5:5: steps[0].research: unknown research source "entrevistas": the handbook has none yet (add content/research/entrevistas.md)',
    ]);
  });

  it('lists the pages a step may name', () => {
    const checked = check(handbook({ 'content/tracks/t.md': track('  - page: inicio') }));
    expect(checked.errors).toEqual(['content/tracks/t.md:5:5: steps[0].page: "inicio" is not one of home, insights, channels, personas, journeys']);
  });

  it('reports every broken step of a track at once', () => {
    const checked = check(handbook({ 'content/tracks/t.md': track('  - journey: alta', '  - persona: bea', '  - page: insights') }));
    expect(checked.messages).toEqual([
      'content/tracks/t.md: steps[0].journey: unknown journey "alta" (journeys: banca/alta, banca/alta-futuro)',
      'content/tracks/t.md: steps[1].persona: unknown persona "bea" (personas: ana)',
    ]);
  });
});

describe('the shape of a step', () => {
  it('suggests the field an author misspelt', () => {
    const checked = check(handbook({ 'content/tracks/t.md': track('  - jouney: banca/alta') }));
    expect(checked.errors).toEqual(['content/tracks/t.md:5:5: steps[0].jouney: unknown field "jouney" (did you mean "journey"?)']);
  });

  it('asks for what to read when a step has only a note', () => {
    const checked = check(handbook({ 'content/tracks/t.md': track('  - note: Sin destino') }));
    expect(checked.errors).toEqual(['content/tracks/t.md:5:5: steps[0]: name what to read: journey, persona, research or page (for example "journey: banca/alta-online")']);
  });

  it('keeps one target per step', () => {
    const checked = check(handbook({ 'content/tracks/t.md': track('  - journey: banca/alta', '    persona: ana') }));
    expect(checked.errors).toEqual(['content/tracks/t.md:5:5: steps[0]: a step names one thing to read, not "journey" and "persona": make each its own step']);
  });

  it('refuses a page named twice in one track, which would give it two places in the track', () => {
    const checked = check(handbook({ 'content/tracks/t.md': track('  - journey: banca/alta', '  - page: home', '  - journey: banca/alta') }));
    expect(checked.errors).toEqual([
      'content/tracks/t.md:7:5: steps[2].journey: "banca/alta" is already step 1 of this track (steps[0]): a track leads to each page once',
    ]);
  });

  it('needs a title and at least one step', () => {
    const checked = check(handbook({ 'content/tracks/t.md': lines('---', 'description: Sin nada', 'steps: []', '---') }));
    expect(checked.messages).toEqual(['content/tracks/t.md: title: is required: add "title: …"', 'content/tracks/t.md: steps: list at least one step']);
  });
});

describe('the track as a file', () => {
  it('checks personas named in an MDX introduction', () => {
    const checked = check(handbook({ 'content/tracks/t.mdx': lines('---', 'title: T', 'steps:', '  - page: home', '---', '', '<Persona slug="anna" />') }));
    expect(checked.errors).toEqual(['content/tracks/t.mdx:7:1: body <Persona>: unknown persona "anna" (did you mean "ana"?) (personas: ana)']);
  });

  it('refuses two tracks with one id', () => {
    const checked = check(handbook({ 'content/tracks/t.md': track('  - page: home'), 'content/tracks/T.mdx': track('  - page: home') }));
    expect(checked.errors).toEqual(['content/tracks/t.md: file: has the same slug "t" as content/tracks/T.mdx: rename one of the two files']);
  });

  it('leaves a track with errors out of the model, so no page shows a broken step', () => {
    const checked = check(handbook({ 'content/tracks/t.md': track('  - journey: nada') }));
    expect(checked.ok).toBe(false);
    expect(checked.result.tracks).toEqual([]);
  });
});
