import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupStartPages, itemsOnPage, pagerWindow, paginate, paginateGroups } from '../../src/domain/pagination.ts';

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

describe('a flat listing cut into pages', () => {
  it('fills each page up to its budget, in order, numbering pages from 1', () => {
    const pages = paginate(range(7), { budget: 3 });
    expect(pages.map((page) => [page.number, page.start, page.items])).toEqual([
      [1, 0, [0, 1, 2]],
      [2, 3, [3, 4, 5]],
      [3, 6, [6]],
    ]);
  });

  it('is one empty page when there is nothing to list, so the first page exists', () => {
    expect(paginate([], { budget: 10 })).toEqual([{ number: 1, start: 0, items: [] }]);
  });

  it('weighs items: a heavy item fills a page sooner, and one heavier than a page still gets a page of its own', () => {
    const commits = [{ files: 2 }, { files: 2 }, { files: 50 }, { files: 1 }];
    const pages = paginate(commits, { budget: 5, weight: (commit) => commit.files });
    expect(pages.map((page) => page.items.map((commit) => commit.files))).toEqual([[2, 2], [50], [1]]);
  });

  it('keeps every item exactly once, in order, and never overfills a page of more than one item', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 80 }), fc.integer({ min: 1, max: 20 }), (weights, budget) => {
        const pages = paginate(weights, { budget, weight: (value) => value });
        expect(pages.flatMap((page) => page.items)).toEqual(weights);
        for (const page of pages) {
          if (page.items.length > 1) expect(page.items.reduce((sum, value) => sum + Math.max(1, value), 0)).toBeLessThanOrEqual(budget);
          expect(weights.slice(page.start, page.start + page.items.length)).toEqual(page.items);
        }
        expect(pages.map((page) => page.number)).toEqual(range(pages.length).map((index) => index + 1));
      }),
    );
  });
});

describe('a grouped listing cut into pages', () => {
  const groups = [
    { group: 'banca', items: ['a', 'b', 'c', 'd'] },
    { group: 'salud', items: ['e', 'f'] },
    { group: 'vacío', items: [] },
    { group: 'seguros', items: ['g'] },
  ];

  it('runs a long group over pages, saying where it continues and where it was continued from', () => {
    const pages = paginateGroups(groups, { budget: 4 });
    expect(pages.map((page) => page.parts.map((part) => [part.group, part.items.join(''), part.start, part.continued, part.continues]))).toEqual([
      [['banca', 'abc', 0, false, true]],
      [
        ['banca', 'd', 3, true, false],
        ['salud', 'e', 0, false, true],
      ],
      [
        ['salud', 'f', 1, true, false],
        ['vacío', '', 0, false, false],
      ],
      [['seguros', 'g', 0, false, false]],
    ]);
    expect(pages[1]!.parts[0]!.total).toBe(4);
    expect(pages.map((page) => [page.start, itemsOnPage(page)])).toEqual([
      [0, 3],
      [3, 2],
      [5, 1],
      [6, 1],
    ]);
  });

  it('never leaves a heading at the foot of a page without an item under it', () => {
    const pages = paginateGroups(
      [
        { group: 'uno', items: [1, 2] },
        { group: 'dos', items: [3] },
      ],
      { budget: 4 },
    );
    // "uno" costs 3 (heading + 2); "dos" would fit its heading but not its item.
    expect(pages.map((page) => page.parts.map((part) => part.group))).toEqual([['uno'], ['dos']]);
  });

  it('gives an empty group its heading, so its section can say it is empty', () => {
    const pages = paginateGroups([{ group: 'vacío', items: [] }], { budget: 10 });
    expect(pages).toEqual([{ number: 1, start: 0, parts: [{ group: 'vacío', groupIndex: 0, items: [], start: 0, total: 0, continued: false, continues: false }] }]);
  });

  it('is one page without groups when there are none', () => {
    expect(paginateGroups([], { budget: 10 })).toEqual([{ number: 1, start: 0, parts: [] }]);
  });

  it('names the page each group starts on, for a table of contents', () => {
    expect(groupStartPages(paginateGroups(groups, { budget: 4 }))).toEqual([1, 2, 3, 4]);
    expect(groupStartPages(paginateGroups(groups, { budget: 100 }))).toEqual([1, 1, 1, 1]);
  });

  it('keeps every item of every group exactly once, in order', () => {
    const arbitraryGroups = fc.array(fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 30 }), { maxLength: 8 });
    fc.assert(
      fc.property(arbitraryGroups, fc.integer({ min: 1, max: 25 }), fc.integer({ min: 0, max: 3 }), (lists, budget, headingWeight) => {
        const pages = paginateGroups(
          lists.map((items, index) => ({ group: index, items })),
          { budget, weight: (value) => value, headingWeight },
        );
        const rebuilt = lists.map((): number[] => []);
        for (const page of pages) for (const part of page.parts) rebuilt[part.groupIndex]!.push(...part.items);
        expect(rebuilt).toEqual(lists);
        for (const page of pages) {
          if (lists.length > 0) expect(page.parts.length).toBeGreaterThan(0);
          const cost = page.parts.reduce((sum, part) => sum + headingWeight + part.items.reduce((total, value) => total + value, 0), 0);
          const items = page.parts.reduce((sum, part) => sum + part.items.length, 0);
          if (items > 1) expect(cost).toBeLessThanOrEqual(Math.max(budget, headingWeight * page.parts.length));
        }
      }),
    );
  });
});

describe('the pager', () => {
  it('links the first and last pages and two around the current one, with gaps between', () => {
    expect(pagerWindow(10, 20)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
    expect(pagerWindow(1, 20)).toEqual([1, 2, 3, 'gap', 20]);
    expect(pagerWindow(20, 20)).toEqual([1, 'gap', 18, 19, 20]);
  });

  it('writes a gap of one page as that page', () => {
    expect(pagerWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 'gap', 10]);
  });

  it('shows every page of a short listing, and one page alone', () => {
    expect(pagerWindow(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerWindow(1, 1)).toEqual([1]);
  });
});
