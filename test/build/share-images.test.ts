import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, type CommandResult, type Fixture } from './harness.ts';

const IMAGES = [
  'og/home.png',
  'og/journeys/banca/alta.png',
  'og/journeys/salud/urgencias.png',
  'og/journeys/reclamacion.png',
  'og/personas/ana-fernandez.png',
  'og/personas/jose-nunez.png',
  'og/personas/luis-ibanez.png',
];

/**
 * The integration's account in the build log: `share images: N rendered, M from cache in X ms`.
 * The builds here run with --verbose, whose log keeps it (a plain build sums it up in the
 * handbook's language instead, test/build/build-progress.test.ts).
 */
function shareImageSummary(result: CommandResult): { rendered: number; fromCache: number } {
  const match = /share images: (\d+) rendered, (\d+) from cache in \d+ ms/.exec(`${result.stdout}\n${result.stderr}`);
  expect(match, `no share image summary in the build output:\n${result.stdout}\n${result.stderr}`).not.toBeNull();
  return { rendered: Number(match![1]), fromCache: Number(match![2]) };
}

describe('share images', () => {
  let fixture: Fixture;
  let first: CommandResult;
  const bytes = (path: string) => readFileSync(join(fixture.dist, path));

  beforeAll(async () => {
    fixture = createFixture('share-images', {
      site: 'https://intranet.example',
      settings: { title: 'Manual de atención al cliente', description: 'Qué viven nuestros clientes y dónde actuar.', locale: 'es', accent: '#7a3e9d', logo: '/logo.svg' },
    });
    first = await fixture.run('cli/build.ts', ['--verbose']);
    expect(first.code, first.stderr).toBe(0);
  });
  afterAll(() => fixture.remove());

  it('writes a 1200×630 PNG for the home page, every journey and every persona', async () => {
    for (const path of IMAGES) {
      expect(fixture.exists(path), path).toBe(true);
      const metadata = await sharp(bytes(path)).metadata();
      expect({ path, format: metadata.format, width: metadata.width, height: metadata.height }).toEqual({ path, format: 'png', width: 1200, height: 630 });
    }
  });

  it('keeps the images small enough for a chat preview', () => {
    for (const path of IMAGES) expect(bytes(path).length, path).toBeLessThan(120_000);
  });

  it('points og:image and twitter:image at the page’s card, as an absolute URL', () => {
    const journey = fixture.read('journeys/banca/alta/index.html');
    expect(journey).toContain('<meta property="og:image" content="https://intranet.example/og/journeys/banca/alta.png"');
    expect(journey).toContain('<meta name="twitter:image" content="https://intranet.example/og/journeys/banca/alta.png"');
    expect(fixture.read('personas/jose-nunez/index.html')).toContain('<meta property="og:image" content="https://intranet.example/og/personas/jose-nunez.png"');
    expect(fixture.read('index.html')).toContain('<meta property="og:image" content="https://intranet.example/og/home.png"');
  });

  it('gives pages without a card of their own (indexes, the 404 page) the handbook’s card', () => {
    for (const page of ['journeys/index.html', 'personas/index.html', '404.html']) {
      expect(fixture.read(page), page).toContain('<meta property="og:image" content="https://intranet.example/og/home.png"');
      expect(fixture.read(page), page).toContain('<meta name="twitter:card" content="summary_large_image"');
    }
  });

  it('renders every image on the first build', () => {
    expect(shareImageSummary(first)).toEqual({ rendered: IMAGES.length, fromCache: 0 });
  });

  it('renders no image again when nothing changed, and writes the same files from the cache', async () => {
    const before = new Map(IMAGES.map((path) => [path, bytes(path)]));
    const second = await fixture.run('cli/build.ts', ['--verbose']);
    expect(second.code, second.stderr).toBe(0);
    expect(shareImageSummary(second)).toEqual({ rendered: 0, fromCache: IMAGES.length });
    for (const path of IMAGES) expect(bytes(path).equals(before.get(path)!), path).toBe(true);
  });

  it('renders only the card of the one journey that changed', async () => {
    const before = new Map(IMAGES.map((path) => [path, bytes(path)]));
    const file = join(fixture.root, 'content', 'journeys', 'reclamacion.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: Reclamar una avería', 'title: Reclamar una avería del coche'));
    const third = await fixture.run('cli/build.ts', ['--verbose']);
    expect(third.code, third.stderr).toBe(0);
    expect(shareImageSummary(third)).toEqual({ rendered: 1, fromCache: IMAGES.length - 1 });
    for (const path of IMAGES) {
      expect(bytes(path).equals(before.get(path)!), path).toBe(path !== 'og/journeys/reclamacion.png');
    }
  });
});
