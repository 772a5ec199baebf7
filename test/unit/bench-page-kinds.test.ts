import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { heaviestPages, pageKindOf } from '../../bench/lib/page-kinds.ts';

describe('the bench’s kinds of page', () => {
  it('reads a page’s kind from its address, a listing’s later pages counting as the listing', () => {
    expect(
      [
        'index.html',
        '404.html',
        'journeys/index.html',
        'journeys/_2/index.html',
        'journeys/banca/alta/index.html',
        'journeys/banca/alta/blueprint/index.html',
        'journeys/alta/present/index.html',
        'personas/index.html',
        'personas/banca/ana/index.html',
        'channels/index.html',
        'channels/web/index.html',
        'channels/web/3/index.html',
        'tags/index.html',
        'tags/movil/2/index.html',
        'insights/index.html',
        'insights/pains/4/index.html',
        'stages/index.html',
        'stages/journeys/2/index.html',
        'review/3/index.html',
        'changes/index.html',
        'research/estudio-1/index.html',
        'compare/alta-futuro/index.html',
      ].map(pageKindOf),
    ).toEqual([
      'home',
      'not found',
      'journeys index',
      'journeys index',
      'journey',
      'journey blueprint',
      'journey present',
      'personas index',
      'persona',
      'channels index',
      'channel',
      'channel',
      'tags index',
      'tag',
      'insights',
      'insights: pains',
      'stages',
      'stages: journeys',
      'review',
      'changes',
      'research source',
      'compare',
    ]);
  });

  describe('weighing a built site', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-pages-'));
    afterAll(() => rmSync(dist, { recursive: true, force: true }));
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(dist, path)), { recursive: true });
      writeFileSync(join(dist, path), text);
    };

    it('finds the heaviest page of each kind by its gzipped size, heaviest kind first, leaving Pagefind out', () => {
      // Random-looking text compresses badly, repeated text well: raw size alone would mislead.
      const noisy = (length: number) => Array.from({ length }, (_, index) => ((index * 7919) % 9973).toString(36)).join(' ');
      write('index.html', noisy(200));
      write('channels/web/index.html', 'a'.repeat(50_000));
      write('channels/web/2/index.html', noisy(3000));
      write('channels/app/index.html', noisy(100));
      write('pagefind/fragment.html', noisy(20_000));
      const pages = heaviestPages(dist);
      expect(pages.map((page) => [page.kind, page.page, page.pages])).toEqual([
        ['channel', 'channels/web/2/index.html', 3],
        ['home', 'index.html', 1],
      ]);
      expect(pages[0]!.htmlGzip).toBeLessThan(pages[0]!.htmlRaw);
    });
  });
});
