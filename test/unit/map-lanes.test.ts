import { describe, expect, it } from 'vitest';
import { MAP_LANES, mapLanes } from '../../src/chart/map-columns.ts';

const touchpoints = [
  { thought: 'No quiero molestar', pain: undefined, opportunity: undefined, owner: 'Urgencias', backstage: [] },
  { thought: undefined, pain: 'Nadie informa', opportunity: undefined, owner: undefined, backstage: undefined },
];

describe('the lanes of a journey map', () => {
  it('leaves out the lanes no touchpoint fills, an empty list included, and keeps the others in order', () => {
    expect(mapLanes(touchpoints, false)).toEqual(['thoughts', 'pains', 'owners']);
  });

  it('keeps every lane when the handbook asks for empty ones', () => {
    expect(mapLanes(touchpoints, true)).toEqual([...MAP_LANES]);
  });

  it('shows no text lane for a journey whose touchpoints say nothing beyond their title', () => {
    expect(mapLanes([{ thought: undefined, pain: undefined, opportunity: undefined, owner: undefined, backstage: undefined }], false)).toEqual([]);
  });
});
