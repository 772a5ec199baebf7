import { describe, expect, it } from 'vitest';
import { ContentError, fieldPath, formatProblem, sortProblems, type Problem } from '../../src/validate/problem.ts';

const problem = (fields: Partial<Problem>): Problem => ({ file: 'content/journeys/alta.mdx', field: 'title', message: 'x', severity: 'error', ...fields });

describe('a problem as the author reads it', () => {
  it('is "path: field: message", as docs/format.md#validation writes it', () => {
    expect(formatProblem(problem({ field: 'touchpoints[2].phase', message: 'unknown phase "compra" (phases: descubrir, contratar)' }))).toBe(
      'content/journeys/alta.mdx: touchpoints[2].phase: unknown phase "compra" (phases: descubrir, contratar)',
    );
  });

  it('puts line and column after the path when they are known', () => {
    expect(formatProblem(problem({ line: 12, column: 7 }))).toBe('content/journeys/alta.mdx:12:7: title: x');
    expect(formatProblem(problem({ line: 12 }))).toBe('content/journeys/alta.mdx:12:1: title: x');
  });
});

describe('field paths', () => {
  it('writes list positions in brackets, counted from zero, and fields after dots', () => {
    expect(fieldPath(['touchpoints', 2, 'phase'])).toBe('touchpoints[2].phase');
    expect(fieldPath(['touchpoints', 0, 'kpis', 1, 'target'])).toBe('touchpoints[0].kpis[1].target');
    expect(fieldPath(['channels', 1])).toBe('channels[1]');
  });

  it('calls the empty path the frontmatter', () => {
    expect(fieldPath([])).toBe('frontmatter');
  });
});

describe('the order problems are printed in', () => {
  it('goes by file, then line, then column, then field', () => {
    const sorted = sortProblems([
      problem({ file: 'content/personas/ana.mdx', line: 1 }),
      problem({ line: 20, column: 5 }),
      problem({ line: 3, column: 9 }),
      problem({ line: 3, column: 1, field: 'z' }),
      problem({ line: 3, column: 1, field: 'a' }),
      problem({ field: 'file' }),
    ]);
    expect(sorted.map((p) => `${p.file.slice(8, 12)} ${p.line ?? '-'}:${p.column ?? '-'} ${p.field}`)).toEqual([
      'jour -:- file',
      'jour 3:1 a',
      'jour 3:1 z',
      'jour 3:9 title',
      'jour 20:5 title',
      'pers 1:- title',
    ]);
  });
});

describe('the content error', () => {
  it('lists every error, sorted, and leaves warnings out of its message', () => {
    const error = new ContentError([problem({ line: 9, message: 'b' }), problem({ severity: 'warning', message: 'w' }), problem({ line: 2, message: 'a' })]);
    expect(error.message).toBe('The handbook has 2 content errors:\ncontent/journeys/alta.mdx:2:1: title: a\ncontent/journeys/alta.mdx:9:1: title: b');
    expect(error.problems).toHaveLength(3);
    expect(error.name).toBe('ContentError');
  });

  it('speaks of one error in the singular', () => {
    expect(new ContentError([problem({})]).message.split('\n')[0]).toBe('The handbook has 1 content error:');
  });
});
