import { describe, expect, it } from 'vitest';
import { findDetailCycles, type DetailEdge } from '../../src/validate/detail-cycles.ts';

const edge = (from: string, to: string, field = 'touchpoints[0].detail'): DetailEdge => ({ from, to, field });
const loops = (edges: DetailEdge[]) => findDetailCycles(edges).map((cycle) => cycle.map((step) => `${step.from}>${step.to}`).join(' '));

describe('cycles of sub-journeys', () => {
  it('finds none in a tree or a diamond of details', () => {
    expect(loops([edge('a', 'b'), edge('a', 'c'), edge('b', 'd'), edge('c', 'd')])).toEqual([]);
    expect(loops([])).toEqual([]);
  });

  it('names every journey of a loop, in the order the details lead, from its first journey', () => {
    expect(loops([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd')])).toEqual(['a>b b>c c>a']);
    expect(loops([edge('x', 'y'), edge('b', 'a'), edge('a', 'b')])).toEqual(['b>a a>b']);
  });

  it('reports each separate loop once, and a journey that details itself', () => {
    expect(loops([edge('a', 'b'), edge('b', 'a'), edge('c', 'd'), edge('d', 'c'), edge('e', 'e')])).toEqual(['a>b b>a', 'c>d d>c', 'e>e']);
  });

  it('follows the fields of the edges it reports', () => {
    const [cycle] = findDetailCycles([edge('a', 'b', 'touchpoints[3].detail'), edge('b', 'a', 'touchpoints[1].detail')]);
    expect(cycle!.map((step) => step.field)).toEqual(['touchpoints[3].detail', 'touchpoints[1].detail']);
  });

  it('copes with a chain of thousands of sub-journeys without running out of stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, index) => edge(`j${index}`, `j${index + 1}`));
    expect(loops(chain)).toEqual([]);
    expect(findDetailCycles([...chain, edge('j20000', 'j0')])[0]).toHaveLength(20_001);
  });
});
