import { describe, expect, it } from 'vitest';
import { PRIMARY_SHARD, shardFolder, shardOf, shardWeight } from '../../src/integration/search-shards.ts';

describe('search shards', () => {
  it('keeps the journeys of a folder together, nested folders included', () => {
    expect(shardOf('journeys/banca/alta-online/index.html')).toBe('journeys-banca');
    expect(shardOf('journeys/banca/tarjetas/perdida/index.html')).toBe('journeys-banca');
    expect(shardOf('journeys/salud/urgencias/index.html')).toBe('journeys-salud');
  });

  it('puts top-level journeys in one shard, and personas in another', () => {
    expect(shardOf('journeys/reclamacion/index.html')).toBe('journeys');
    expect(shardOf('personas/lucia-martin/index.html')).toBe('personas');
    expect(shardOf('personas/staff/luis/index.html')).toBe('personas');
  });

  it('keeps every other page in the primary shard', () => {
    for (const page of ['index.html', 'journeys/index.html', 'personas/index.html', 'insights/index.html', 'channels/web/index.html', 'compare/banca/alta-futuro/index.html', '404.html']) {
      expect(shardOf(page), page).toBe(PRIMARY_SHARD);
    }
  });

  it('names shard folders safely whatever the folder is called', () => {
    expect(shardOf('journeys/Atención Ñ/x/index.html')).toBe('journeys-atenci_n_');
    expect(shardFolder('journeys-banca')).toBe('shards/journeys-banca/');
  });

  it('weighs a small shard up so a word on one of its pages scores like a word on one page of the whole handbook', () => {
    // BM25's idf of a word found on 1 page of N, as Pagefind computes it.
    const idf = (pages: number) => Math.log(1 + (pages - 1 + 0.5) / 1.5);
    expect(shardWeight(3, 40) * idf(3)).toBeCloseTo(idf(40), 10);
    expect(shardWeight(30, 40) * idf(30)).toBeCloseTo(idf(40), 10);
    expect(shardWeight(3, 40)).toBeGreaterThan(shardWeight(30, 40));
    expect(shardWeight(40, 40)).toBe(1);
    expect(shardWeight(1, 1)).toBe(1);
  });
});
