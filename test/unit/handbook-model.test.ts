import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildHandbook } from '../../src/handbook/build-model.ts';
import { resolveSettings } from '../../src/validate/settings.ts';
import type { SiteSettings } from '../../src/schema/settings.ts';
import { check, lines } from '../helpers/content-sources.ts';

const persona = (name: string) => lines('---', `name: ${name}`, '---');

const ALTA = lines(
  '---',
  'title: Abrir una cuenta',
  'persona: ana',
  'reviewed: 2026-01-10',
  'kpis:',
  '  - name: Abandono',
  '    value: 38',
  '    target: 20',
  '    better: lower',
  'phases:',
  '  - id: descubrir',
  '    name: Descubrir',
  '  - id: comparar',
  '    name: Comparar',
  '  - id: contratar',
  '    name: Contratar',
  '    kpis:',
  '      - name: Conversión',
  '        value: 12',
  '        unit: "%"',
  'touchpoints:',
  '  - phase: descubrir',
  '    title: Ve un anuncio',
  '    channel: social',
  '    emotion: 1',
  '  - id: formulario',
  '    phase: contratar',
  '    title: Rellena el formulario',
  '    channel: web',
  '    emotion: negative',
  '    moment: pain',
  '    kpis:',
  '      - name: Tiempo',
  '        value: 14',
  '        unit: min',
  '  - phase: contratar',
  '    title: Firma',
  '    channel: oficina',
  '    emotion: 3',
  '    moment: truth',
  '    importance: 5',
  '---',
);

const CITA = lines('---', 'title: Pedir cita', 'persona: luis', 'state: future', 'phases:', '  - id: pedir', '    name: Pedir', 'touchpoints:', '  - phase: pedir', '    title: Llama', '    channel: phone', '    emotion: 0', '---');

function handbookFor(settings: SiteSettings = resolveSettings({ locale: 'es' }, {}, {})) {
  const { result, errors } = check({
    'content/personas/ana.mdx': persona('Ana Fernández'),
    'content/personas/luis.mdx': persona('Luis Pardo'),
    'content/personas/bea.mdx': persona('Beatriz Soler'),
    'content/journeys/banca/alta.mdx': ALTA,
    'content/journeys/salud/cita.mdx': CITA,
    'content/journeys/aaa.mdx': CITA.replace('Pedir cita', 'Zarpar'),
    'content/channels.yaml': lines('oficina:', '  label: Oficina', '  icon: 🏦', 'phone:', '  label: Centro de atención'),
  });
  expect(errors).toEqual([]);
  return buildHandbook(result, settings, { today: new Date('2026-11-25T00:00:00Z') });
}

describe('the handbook model', () => {
  const handbook = handbookFor();
  const alta = handbook.journeyBySlug.get('banca/alta')!;

  it('numbers touchpoints and ties each to its phase', () => {
    expect(alta.touchpoints.map((t) => [t.id, t.index, t.phaseIndex, t.importance])).toEqual([
      ['t1', 0, 0, 3],
      ['formulario', 1, 2, 3],
      ['t3', 2, 2, 5],
    ]);
  });

  it('gives each phase its touchpoints and its emotion, and an empty phase none', () => {
    expect(alta.phases.map((phase) => [phase.id, phase.touchpoints.map((t) => t.id), phase.emotion])).toEqual([
      ['descubrir', ['t1'], { mean: 1, min: 1, max: 1 }],
      ['comparar', [], undefined],
      ['contratar', ['formulario', 't3'], { mean: 0.5, min: -2, max: 3 }],
    ]);
  });

  it('computes the journey\'s statistics', () => {
    expect(alta.stats).toEqual({ emotionMean: 0.67, lowest: 'formulario', highest: 't3', momentsOfTruth: ['t3'], momentsOfPain: ['formulario'], evidenceCoverage: 0 });
  });

  it('marks a journey whose review is older than the interval as stale', () => {
    expect(alta.stale).toBe(true);
    expect(handbook.journeyBySlug.get('salud/cita')!.stale).toBe(false);
  });

  it('gathers the KPIs of the journey, its phases and its touchpoints', () => {
    expect(alta.allKpis.map(({ kpi, level, of }) => [kpi.name, level, of])).toEqual([
      ['Abandono', 'journey', undefined],
      ['Conversión', 'phase', 'Contratar'],
      ['Tiempo', 'touchpoint', 'Rellena el formulario'],
    ]);
  });

  it('knows each journey\'s group, its persona and its file', () => {
    expect([alta.group, alta.personaSlug, alta.file, alta.format]).toEqual(['banca', 'ana', 'content/journeys/banca/alta.mdx', 'mdx']);
    expect(handbook.journeyBySlug.get('aaa')!.group).toBe('');
  });

  it('orders journeys by group, then title, and personas by name', () => {
    expect(handbook.journeys.map((journey) => journey.slug)).toEqual(['aaa', 'banca/alta', 'salud/cita']);
    expect(handbook.personas.map((persona) => persona.name)).toEqual(['Ana Fernández', 'Beatriz Soler', 'Luis Pardo']);
  });

  it('lists each persona\'s journeys', () => {
    expect(handbook.personaBySlug.get('luis')!.journeys.map((journey) => journey.slug)).toEqual(['aaa', 'salud/cita']);
    expect(handbook.personaBySlug.get('bea')!.journeys).toEqual([]);
  });

  it('labels built-in channels in the site language, lets channels.yaml relabel them, and adds its own after them', () => {
    expect(handbook.channels.get('web')).toEqual({ id: 'web', label: 'Web', icon: undefined, symbol: 'globe', builtIn: true });
    expect(handbook.channels.get('store')!.label).toBe('Oficina o tienda');
    expect(handbook.channels.get('phone')).toEqual({ id: 'phone', label: 'Centro de atención', icon: undefined, symbol: 'phone', builtIn: true });
    expect(handbook.channels.get('oficina')).toEqual({ id: 'oficina', label: 'Oficina', icon: '🏦', symbol: 'circle-dot', builtIn: false });
    expect([...handbook.channels.keys()].at(-1)).toBe('oficina');
  });

  it('draws every built-in channel with an icon of the installed icon set, not an emoji', () => {
    const icons = join(dirname(createRequire(import.meta.url).resolve('lucide-static/package.json')), 'icons');
    for (const channel of handbook.channels.values()) expect(existsSync(join(icons, `${channel.symbol}.svg`)), channel.id).toBe(true);
  });

  it('labels built-in channels in English for an English handbook', () => {
    const english = handbookFor(resolveSettings({ locale: 'en' }, {}, {}));
    expect(english.channels.get('store')!.label).toBe('Branch or shop');
  });
});

describe('journey groups, stages and sub-journeys in the model', () => {
  const journey = (title: string, extra = '') =>
    lines('---', `title: ${title}`, 'persona: ana', 'phases:', '  - { id: f, name: Fase }', 'touchpoints:', '  - { id: paso, phase: f, title: Paso, channel: web, emotion: 0' + extra + ' }', '---');
  const { result, errors } = check({
    'content/personas/ana.mdx': persona('Ana'),
    'content/stages.yaml': lines('- { id: pedir, name: Pedir }'),
    'content/journeys/inicio.mdx': journey('Inicio'),
    'content/journeys/zeta/uno.mdx': journey('Uno', ', detail: salud/urgencias/triaje'),
    'content/journeys/zeta/_folder.yaml': lines('label: Atención telefónica', 'order: 1'),
    'content/journeys/banca/dos.mdx': journey('Dos'),
    'content/journeys/banca/_folder.yaml': lines('label: Banca para autónomos', 'description: De la cuenta a la primera factura.'),
    'content/journeys/salud/tres.mdx': journey('Tres', ', detail: salud/urgencias/triaje'),
    'content/journeys/salud/_folder.yaml': lines('label: Salud pública', 'order: 1'),
    'content/journeys/salud/urgencias/triaje.mdx': journey('Triaje'),
    'content/journeys/mar/cuatro.mdx': journey('Cuatro'),
  });
  const handbook = buildHandbook(result, resolveSettings({ locale: 'es' }, {}, {}), { today: new Date('2026-11-25T00:00:00Z') });

  it('is valid (only warnings: phases without a stage)', () => {
    expect(errors).toEqual([]);
  });

  it('orders groups: top-level journeys first, then by order, then by label, an unlabelled folder by its name', () => {
    expect(handbook.groups.map((group) => [group.folder, group.label, group.order])).toEqual([
      ['', 'General', undefined],
      ['zeta', 'Atención telefónica', 1],
      ['salud', 'Salud pública', 1],
      ['banca', 'Banca para autónomos', undefined],
      ['mar', 'Mar', undefined],
      // An unlabelled sub-folder: its parent's label, then its own name as groupLabel spells it.
      ['salud/urgencias', 'Salud pública / Urgencias', undefined],
    ]);
    expect(handbook.journeys.map((entry) => entry.slug)).toEqual(['inicio', 'zeta/uno', 'salud/tres', 'banca/dos', 'mar/cuatro', 'salud/urgencias/triaje']);
    expect(handbook.groupByFolder.get('banca')!.description).toBe('De la cuenta a la primera factura.');
  });

  it('tells a detailed journey which touchpoints it zooms into, in handbook order', () => {
    expect(handbook.journeyBySlug.get('salud/urgencias/triaje')!.partOf).toEqual([
      { journeySlug: 'zeta/uno', journeyTitle: 'Uno', touchpointId: 'paso', touchpointTitle: 'Paso' },
      { journeySlug: 'salud/tres', journeyTitle: 'Tres', touchpointId: 'paso', touchpointTitle: 'Paso' },
    ]);
    expect(handbook.journeyBySlug.get('inicio')!.partOf).toEqual([]);
  });

  it('holds the stages by id', () => {
    expect(handbook.stages).toEqual([{ id: 'pedir', name: 'Pedir' }]);
    expect(handbook.stageById.get('pedir')!.name).toBe('Pedir');
  });
});
