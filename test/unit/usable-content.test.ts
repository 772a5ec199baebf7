import { describe, expect, it } from 'vitest';
import { usableContent } from '../../src/handbook/usable-content.ts';
import { buildHandbook } from '../../src/handbook/build-model.ts';
import { contentOfRoute } from '../../src/site/urls.ts';
import { validateContent } from '../../src/validate/validate-content.ts';
import { resolveSettings } from '../../src/validate/settings.ts';
import { contentSources, lines } from '../helpers/content-sources.ts';

const today = new Date('2026-03-01T00:00:00Z');
const persona = (name: string) => lines('---', `name: ${name}`, '---');
const journey = (personaSlug: string, extra: string[] = []) =>
  lines('---', 'title: Alta', `persona: ${personaSlug}`, ...extra, 'phases:', '  - id: a', '    name: A', 'touchpoints:', '  - phase: a', '    title: Lee', '    channel: web', '    emotion: 1', '---');

function usable(files: Record<string, string>) {
  const sources = contentSources(files);
  return usableContent(validateContent(sources, { reviewIntervalMonths: 6, today }), sources);
}

describe('what the dev server can show while some files have errors', () => {
  it('leaves out a file with errors of its own, with them, and keeps the others', () => {
    const result = usable({
      'content/personas/ana.mdx': persona('Ana'),
      'content/journeys/alta.mdx': journey('ana'),
      'content/journeys/rota.mdx': journey('ana').replace('title: Alta', 'title: Rota: sí'),
    });
    expect(result.validation.ok).toBe(true);
    expect(result.validation.journeys.map((j) => j.source.slug)).toEqual(['alta']);
    expect(result.withheld).toEqual([
      { collection: 'journeys', slug: 'rota', file: 'content/journeys/rota.mdx', problems: [expect.objectContaining({ field: 'title', line: 2 })] },
    ]);
  });

  it('leaves out a persona whose narrative has errors, though its frontmatter is fine, and the journeys that need it', () => {
    const result = usable({
      'content/personas/ana.mdx': `${persona('Ana')}\nGracias <3\n`,
      'content/personas/bea.mdx': persona('Bea'),
      'content/journeys/alta.mdx': journey('ana'),
      'content/journeys/baja.mdx': journey('bea'),
    });
    expect(result.validation.personas.map((p) => p.source.slug)).toEqual(['bea']);
    expect(result.validation.journeys.map((j) => j.source.slug)).toEqual(['baja']);
    expect(result.withheld.map(({ file, needs }) => [file, needs])).toEqual([
      ['content/personas/ana.mdx', undefined],
      ['content/journeys/alta.mdx', 'content/personas/ana.mdx'],
    ]);
  });

  it('follows the chain: a future journey needs the current journey it compares with', () => {
    const result = usable({
      'content/personas/ana.mdx': persona('Ana: rota'),
      'content/personas/bea.mdx': persona('Bea'),
      'content/journeys/hoy.mdx': journey('ana'),
      'content/journeys/futuro.mdx': journey('bea', ['state: future', 'compares: hoy']),
    });
    expect(result.withheld.map(({ file, needs }) => [file, needs])).toEqual([
      ['content/personas/ana.mdx', undefined],
      ['content/journeys/hoy.mdx', 'content/personas/ana.mdx'],
      ['content/journeys/futuro.mdx', 'content/journeys/hoy.mdx'],
    ]);
    // What is left models like any valid handbook.
    const handbook = buildHandbook(result.validation, resolveSettings({}, {}, {}), { today });
    expect(handbook.personas.map((p) => p.slug)).toEqual(['bea']);
    expect(handbook.journeys).toEqual([]);
  });

  it('leaves out a journey citing a research source with errors, and a track leading to a page that is left out', () => {
    const result = usable({
      'content/personas/ana.mdx': persona('Ana'),
      'content/research/encuesta.md': lines('---', 'title: Encuesta: rota', 'method: survey', 'date: 2026-01-10', '---'),
      'content/research/entrevistas.md': lines('---', 'title: Entrevistas', 'method: interview', 'date: 2026-01-11', '---'),
      'content/journeys/alta.mdx': journey('ana').replace('    emotion: 1', '    emotion: 1\n    sources: [encuesta]'),
      'content/journeys/baja.mdx': journey('ana'),
      'content/tracks/acogida.md': lines('---', 'title: Acogida', 'steps:', '  - journey: baja', '  - journey: alta', '---'),
      'content/tracks/estudios.md': lines('---', 'title: Estudios', 'steps:', '  - research: entrevistas', '  - page: insights', '---'),
      'content/tracks/rota.md': lines('---', 'title: Rota', 'steps: 3', '---'),
    });
    expect(result.validation.ok).toBe(true);
    expect(result.withheld.map(({ collection, file, needs }) => [collection, file, needs])).toEqual([
      ['research', 'content/research/encuesta.md', undefined],
      ['tracks', 'content/tracks/rota.md', undefined],
      ['journeys', 'content/journeys/alta.mdx', 'content/research/encuesta.md'],
      ['tracks', 'content/tracks/acogida.md', 'content/journeys/alta.mdx'],
    ]);
    expect(result.withheld[0]!.problems).toEqual([expect.objectContaining({ field: 'title', line: 2 })]);
    const handbook = buildHandbook(result.validation, resolveSettings({}, {}, {}), { today });
    expect(handbook.research.map((source) => source.id)).toEqual(['entrevistas']);
    expect(handbook.journeys.map((j) => j.slug)).toEqual(['baja']);
    expect(handbook.tracks.map((track) => track.id)).toEqual(['estudios']);
  });
});

describe('the content file behind a route', () => {
  it.each([
    ['journeys/banca/alta/', { collection: 'journeys', slug: 'banca/alta' }],
    ['journeys/banca/alta', { collection: 'journeys', slug: 'banca/alta' }],
    ['journeys/banca/alta/blueprint/', { collection: 'journeys', slug: 'banca/alta' }],
    ['journeys/banca/alta/present/', { collection: 'journeys', slug: 'banca/alta' }],
    ['journeys/banca/alta/embed/', { collection: 'journeys', slug: 'banca/alta' }],
    ['journeys/banca/alta/history/', { collection: 'journeys', slug: 'banca/alta' }],
    ['journeys/banca/alta.oembed.json', { collection: 'journeys', slug: 'banca/alta' }],
    ['research/encuesta-urgencias-2026/', { collection: 'research', slug: 'encuesta-urgencias-2026' }],
    ['tracks/acogida/', { collection: 'tracks', slug: 'acogida' }],
    ['research/', undefined],
    ['tracks/', undefined],
    ['review/', undefined],
    ['changes/', undefined],
    ['changes.xml', undefined],
    ['journeys/banca/alta.json', { collection: 'journeys', slug: 'banca/alta' }],
    ['journeys/banca/alta.mmd', { collection: 'journeys', slug: 'banca/alta' }],
    ['compare/banca/alta-futuro/', { collection: 'journeys', slug: 'banca/alta-futuro' }],
    ['og/journeys/banca/alta.png', { collection: 'journeys', slug: 'banca/alta' }],
    ['personas/staff/luis/', { collection: 'personas', slug: 'staff/luis' }],
    ['og/personas/ana.png', { collection: 'personas', slug: 'ana' }],
    ['journeys/', undefined],
    ['', undefined],
    ['insights/', undefined],
    ['og/home.png', undefined],
    ['journeys/banca/alta.png', undefined],
  ] as const)('%s', (route, expected) => {
    expect(contentOfRoute(route)).toEqual(expected);
  });
});
