import { describe, expect, it } from 'vitest';
import type { Handbook } from '../../src/model/types.ts';
import { groupAnchor, groupLabel, journeyGroups, SIDEBAR_GROUPS, SIDEBAR_WINDOW, windowAround } from '../../src/site/navigation.ts';

/** Only what the sidebar reads of a handbook: journeys with a slug, title, group and state, and folder labels. */
function handbookOf(journeys: Array<{ slug: string; title: string; state?: 'current' | 'future' }>, labels: Record<string, string> = {}): Handbook {
  return {
    journeys: journeys.map((journey) => ({
      state: 'current',
      ...journey,
      group: journey.slug.includes('/') ? journey.slug.slice(0, journey.slug.lastIndexOf('/')) : '',
    })),
    groupByFolder: new Map(Object.entries(labels).map(([folder, label]) => [folder, { folder, label }])),
  } as unknown as Handbook;
}

const href = { journey: (slug: string) => `/journeys/${slug}/`, group: (name: string) => `/journeys/#${groupAnchor(name)}` };
const pad = (n: number) => String(n).padStart(4, '0');

describe('the sidebar window', () => {
  it('shows everything when there is little', () => {
    expect(windowAround([1, 2, 3], 1)).toEqual({ shown: [1, 2, 3], start: 0 });
  });

  it('centres on the current item, and stays inside the list at both ends', () => {
    const items = Array.from({ length: 100 }, (_, index) => index);
    expect(windowAround(items, 50).shown).toEqual(Array.from({ length: SIDEBAR_WINDOW }, (_, index) => 44 + index));
    expect(windowAround(items, 0).start).toBe(0);
    expect(windowAround(items, 99).shown.at(-1)).toBe(99);
    expect(windowAround(items, 99).shown).toHaveLength(SIDEBAR_WINDOW);
  });
});

describe('journey groups in the sidebar', () => {
  it('stays bounded for 1,000 journeys in one folder, and always lists the current one', () => {
    const handbook = handbookOf(Array.from({ length: 1000 }, (_, index) => ({ slug: `banca/j${pad(index)}`, title: `Recorrido ${pad(index)}` })));
    for (const current of [0, 1, 500, 998, 999]) {
      const groups = journeyGroups(handbook, { kind: 'journey', slug: `banca/j${pad(current)}` }, href, 'General');
      expect(groups).toHaveLength(1);
      const [banca] = groups;
      expect(banca!.links.length).toBeLessThanOrEqual(SIDEBAR_WINDOW);
      expect(banca!.count).toBe(1000);
      expect(banca!.hidden).toBe(1000 - banca!.links.length);
      expect(banca!.links.filter((link) => link.current).map((link) => link.href)).toEqual([`/journeys/banca/j${pad(current)}/`]);
    }
  });

  it('stays bounded for 1,000 journeys spread over 1,000 folders', () => {
    const handbook = handbookOf(Array.from({ length: 1000 }, (_, index) => ({ slug: `g${pad(index)}/j`, title: `Recorrido ${index}` })));
    const groups = journeyGroups(handbook, { kind: 'journey', slug: 'g0003/j' }, href, 'General');
    expect(groups.length).toBeLessThanOrEqual(SIDEBAR_GROUPS);
    expect(groups.reduce((sum, group) => sum + group.links.length, 0)).toBeLessThanOrEqual(SIDEBAR_WINDOW);
  });

  it('lists the current journey\'s folder even when there are more folders than the sidebar shows', () => {
    const handbook = handbookOf(Array.from({ length: 100 }, (_, index) => ({ slug: `g${pad(index)}/j`, title: `Recorrido ${index}` })));
    const groups = journeyGroups(handbook, { kind: 'journey', slug: 'g0080/j' }, href, 'General');
    expect(groups.length).toBeLessThanOrEqual(SIDEBAR_GROUPS);
    expect(groups.flatMap((group) => group.links).filter((link) => link.current).map((link) => link.href)).toEqual(['/journeys/g0080/j/']);
  });

  it('expands only the current journey\'s group, collapsing the others to a count', () => {
    const handbook = handbookOf([
      { slug: 'banca/alta', title: 'Alta' },
      { slug: 'banca/hipoteca', title: 'Hipoteca' },
      { slug: 'salud/cita', title: 'Cita', state: 'future' },
    ]);
    const groups = journeyGroups(handbook, { kind: 'journey', slug: 'salud/cita' }, href, 'General');
    expect(groups.map((group) => [group.name, group.count, group.links.length, group.hidden])).toEqual([
      ['Banca', 2, 0, 2],
      ['Salud', 1, 1, 0],
    ]);
    expect(groups[1]!.links[0]).toEqual({ label: 'Cita', href: '/journeys/salud/cita/', current: true, badge: 'future' });
  });

  it("names each group by its folder's label, keeping the folder for its address", () => {
    const handbook = handbookOf(
      [
        { slug: 'banca/alta', title: 'Alta' },
        { slug: 'salud/cita', title: 'Cita' },
      ],
      { banca: 'Banca para particulares', salud: 'Salud pública' },
    );
    const groups = journeyGroups(handbook, undefined, href, 'General');
    expect(groups.map((group) => [group.folder, group.name, group.href])).toEqual([
      ['banca', 'Banca para particulares', '/journeys/#group-banca'],
      ['salud', 'Salud pública', '/journeys/#group-salud'],
    ]);
  });

  it('expands a handbook with a single group everywhere, naming top-level journeys after the fallback', () => {
    const groups = journeyGroups(handbookOf([{ slug: 'alta', title: 'Alta' }]), undefined, href, 'General');
    expect(groups.map((group) => [group.name, group.links.length])).toEqual([['General', 1]]);
  });
});

describe('group labels', () => {
  it('names a folder the same way in the sidebar, the index and breadcrumbs: a capital, spaces for dashes', () => {
    expect(groupLabel('banca')).toBe('Banca');
    expect(groupLabel('atencion-primaria')).toBe('Atencion primaria');
    expect(groupLabel('banca/empresas')).toBe('Banca / Empresas');
  });
});

describe('group anchors', () => {
  it('makes a stable, URL-safe anchor from a folder name', () => {
    expect(groupAnchor('banca')).toBe('group-banca');
    expect(groupAnchor('salud/Urgencias 24h')).toBe('group-salud-urgencias-24h');
    expect(groupAnchor('')).toBe('group-general');
  });
});
