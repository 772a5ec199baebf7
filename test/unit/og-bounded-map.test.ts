import { describe, expect, it } from 'vitest';
import { mapBounded } from '../../src/og/bounded-map.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('rendering share images a few at a time', () => {
  it('never runs more tasks at once than the limit, and uses all of it', async () => {
    let running = 0;
    let peak = 0;
    await mapBounded(Array.from({ length: 20 }, (_, index) => index), 3, async () => {
      running++;
      peak = Math.max(peak, running);
      await tick();
      running--;
    });
    expect(peak).toBe(3);
  });

  it('returns results in the order of the items, whatever order they finish in', async () => {
    const results = await mapBounded([30, 1, 15, 5], 4, async (delay, index) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      return `${index}:${delay}`;
    });
    expect(results).toEqual(['0:30', '1:1', '2:15', '3:5']);
  });

  it('handles an empty list and a limit larger than the list', async () => {
    expect(await mapBounded([], 8, async () => 1)).toEqual([]);
    expect(await mapBounded([1, 2], 8, async (value) => value * 2)).toEqual([2, 4]);
  });

  it('passes a failure on', async () => {
    await expect(mapBounded([1, 2, 3], 2, async (value) => {
      if (value === 2) throw new Error('render failed');
      return value;
    })).rejects.toThrow('render failed');
  });
});
