/**
 * Issue 18: long listings are cut into static pages (docs/views.md#long-listings), each later
 * page with a cache key (src/site/page-keys.ts, listingPageKey). A handbook of three journeys
 * with sixty touchpoints each on the web, every one a tagged pain, gives the channel, the tag and
 * the pain ranking two pages each. The pages hold every item once, link each other, and a
 * warm build copies a later page until something it shows changes — and then renders it again,
 * ending with the same site as a build from scratch.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, restoredPages, type Fixture } from './harness.ts';
import { expectSameSite } from './same-site.ts';

const TOUCHPOINTS = 60;
const PERSONA = '---\nname: Ana Fernández\n---\n\nBiografía.\n';

function journey(title: string, firstTitle = 'Paso 1 en la web'): string {
  const phases = [
    { id: 'antes', name: 'Antes' },
    { id: 'despues', name: 'Después' },
  ];
  const touchpoints = Array.from({ length: TOUCHPOINTS }, (_, index) => ({
    phase: index < TOUCHPOINTS / 2 ? 'antes' : 'despues',
    title: index === 0 ? firstTitle : `Paso ${index + 1} en la web`,
    channel: 'web',
    emotion: (index % 7) - 3,
    pain: 'Espera demasiado',
    tags: ['web'],
  }));
  return `---\n${stringify({ title, persona: 'ana', phases, touchpoints }, { lineWidth: 0 })}---\n\nNarrativa breve.\n`;
}

const FILES = {
  'content/personas/ana.md': PERSONA,
  'content/journeys/alta.md': journey('Alta'),
  'content/journeys/baja.md': journey('Baja'),
  'content/journeys/cambio.md': journey('Cambio'),
};

describe('long listings, a page at a time', () => {
  let fixture: Fixture;
  const build = async () => {
    const result = await fixture.run('cli/build.ts', ['--verbose']);
    expect(result.code, result.stderr).toBe(0);
    return result;
  };
  const rows = (page: string) => [...fixture.read(page).matchAll(/<tr data-touchpoint="([^"]+)"/g)].map((match) => match[1]!);
  const link = (page: string, rel: 'prev' | 'next') => new RegExp(`<link rel="${rel}" href="([^"]+)"`).exec(fixture.read(page))?.[1];

  beforeAll(async () => {
    fixture = createFixture('long-listings', { files: FILES });
    await build();
  }, 600_000);
  afterAll(() => fixture?.remove());

  it('lists a channel’s touchpoints 100 a page, every one once, each page linking the other', () => {
    const first = rows('channels/web/index.html');
    const second = rows('channels/web/2/index.html');
    expect(first).toHaveLength(100);
    expect(second).toHaveLength(3 * TOUCHPOINTS - 100);
    expect(new Set([...first, ...second]).size).toBe(3 * TOUCHPOINTS);
    expect(link('channels/web/index.html', 'next')).toBe('/channels/web/2/');
    expect(link('channels/web/2/index.html', 'prev')).toBe('/channels/web/');
    expect(link('channels/web/2/index.html', 'next')).toBeUndefined();
    expect(fixture.read('channels/web/2/index.html')).toContain('<title>Canal: Web · página 2 de 2');
    expect(fixture.exists('channels/web/3/index.html')).toBe(false);
  });

  it('shows fifty pains on the insights page and the whole ranking on its own pages', () => {
    const pains = (page: string) => [...fixture.read(page).matchAll(/data-pain="([^"]+)"/g)].map((match) => match[1]!);
    expect(pains('insights/index.html')).toHaveLength(50);
    const ranking = [...pains('insights/pains/index.html'), ...pains('insights/pains/2/index.html')];
    expect(ranking).toHaveLength(3 * TOUCHPOINTS);
    expect(ranking.slice(0, 50)).toEqual(pains('insights/index.html'));
    expect(fixture.read('insights/index.html')).toContain('href="/insights/pains/"');
    // A tag on 180 touchpoints: two pages as well.
    expect(fixture.exists('tags/web/2/index.html')).toBe(true);
  });

  it('copies a later page while nothing it shows changes, and renders it again when a touchpoint on it does', async () => {
    const warm = restoredPages(await build());
    for (const page of ['/channels/web/2/index.html', '/tags/web/2/index.html', '/insights/pains/2/index.html']) expect(warm).toContain(page);
    // The last journey's touchpoints are on the channel's second page.
    writeFileSync(join(fixture.root, 'content/journeys/cambio.md'), journey('Cambio', 'Paso 1 en la web, corregido'));
    const changed = restoredPages(await build());
    expect(changed).not.toContain('/channels/web/2/index.html');
    expect(fixture.read('channels/web/2/index.html')).toContain('Paso 1 en la web, corregido');
    expect(fixture.read('channels/web/index.html')).not.toContain('Paso 1 en la web, corregido');
  });

  it('ends with the same site as a build from scratch', async () => {
    const fresh = createFixture('long-listings', { files: { ...FILES, 'content/journeys/cambio.md': journey('Cambio', 'Paso 1 en la web, corregido') } });
    try {
      const result = await fresh.run('cli/build.ts');
      expect(result.code, result.stderr).toBe(0);
      expectSameSite(fixture.dist, fresh.dist);
    } finally {
      fresh.remove();
    }
  });
});
