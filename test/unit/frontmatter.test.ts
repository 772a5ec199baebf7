import { describe, expect, it } from 'vitest';
import { parseSource, parseYamlFile } from '../../src/validate/frontmatter.ts';
import { lines } from '../helpers/content-sources.ts';

describe('splitting a content file', () => {
  it('refuses YAML the build\'s own frontmatter parser (js-yaml) cannot read, which would fail the build (issue 12, finding 7)', () => {
    expect(parseSource(lines('---', 'title: Alta', 'summary: !resumen corto', '---', '', 'Texto.')).syntaxError).toEqual({
      message: 'the build cannot read this YAML: unknown tag !<!resumen>',
      line: 3,
      column: 24,
    });
  });

  it('separates the frontmatter from the body and knows where the body starts', () => {
    const parsed = parseSource(lines('---', 'title: Alta', 'tags: [a, b]', '---', '', 'Texto.'));
    expect(parsed.data).toEqual({ title: 'Alta', tags: ['a', 'b'] });
    expect(parsed.body).toBe('\nTexto.\n');
    expect(parsed.bodyLine).toBe(5);
    expect(parsed.syntaxError).toBeUndefined();
  });

  it('reads files with Windows line endings and a byte-order mark', () => {
    const parsed = parseSource('\uFEFF---\r\ntitle: Alta\r\n---\r\nTexto.\r\n');
    expect(parsed.data).toEqual({ title: 'Alta' });
    expect(parsed.bodyLine).toBe(4);
  });

  it('reads an empty frontmatter as no fields', () => {
    expect(parseSource('---\n---\n').data).toEqual({});
  });

  it('accepts a file that ends right after the closing line', () => {
    expect(parseSource('---\ntitle: Alta\n---').data).toEqual({ title: 'Alta' });
  });

  it('reports a file that does not start with a frontmatter', () => {
    expect(parseSource('title: Alta\n').syntaxError).toEqual({
      message: 'no frontmatter: start the file with a "---" line, the fields, and another "---" line',
      line: 1,
      column: 1,
    });
  });
});

describe('positions of fields', () => {
  const parsed = parseSource(
    lines(
      '---', //                      1
      'title: Alta', //              2
      'touchpoints:', //             3
      '  - phase: a', //             4
      '    kpis:', //                5
      '      - name: NPS', //        6
      '        value: 3', //         7
      '---',
    ),
  );

  it('finds a field deep inside lists, at its key', () => {
    expect(parsed.positionOf(['touchpoints', 0, 'kpis', 0, 'value'])).toEqual({ line: 7, column: 9 });
    expect(parsed.positionOf(['touchpoints', 0, 'phase'])).toEqual({ line: 4, column: 5 });
  });

  it('points a missing field at the nearest thing that exists', () => {
    expect(parsed.positionOf(['touchpoints', 0, 'title'])).toEqual({ line: 4, column: 5 });
    expect(parsed.positionOf(['touchpoints', 5, 'title'])).toEqual({ line: 3, column: 1 });
    expect(parsed.positionOf(['persona'])).toEqual({ line: 2, column: 1 });
  });
});

describe('YAML errors', () => {
  it('positions a YAML error in file lines, not frontmatter lines', () => {
    const parsed = parseSource(lines('---', 'title: Alta', 'summary: a: b', '---'));
    expect(parsed.syntaxError).toEqual({ message: 'invalid YAML: Nested mappings are not allowed in compact mappings', line: 3, column: 10 });
    expect(parsed.data).toBeUndefined();
  });

  it('points an unclosed quote at its opening, single or double', () => {
    expect(parseSource(lines('---', "title: 'Alta", 'persona: ana', '---')).syntaxError).toMatchObject({ line: 2, column: 8 });
    expect(parseYamlFile(lines('web:', '  label: Web', 'oficina:', '  label: "Oficina', '  icon: x')).syntaxError).toMatchObject({ line: 4, column: 10 });
  });

  it('rejects a key written twice instead of keeping the last one', () => {
    expect(parseSource(lines('---', 'title: A', 'title: B', '---')).syntaxError).toMatchObject({ message: 'invalid YAML: Map keys must be unique', line: 3 });
  });

  it('reports runaway aliases as a YAML error rather than expanding them or crashing', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`)];
    const parsed = parseYamlFile(lines(...bomb));
    expect(parsed.data).toBeUndefined();
    expect(parsed.syntaxError).toEqual({ message: 'invalid YAML: Excessive alias count indicates a resource exhaustion attack', line: 1, column: 1 });
  });
});
