import { describe, expect, it } from 'vitest';
import { PRIMARY_SHARD, shardFolder, shardOf } from '../../src/integration/search-shards.ts';

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
});
