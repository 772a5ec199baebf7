import { describe, expect, it } from 'vitest';
import { scanMdxBody } from '../../src/validate/body-references.ts';
import { lines } from '../helpers/content-sources.ts';

describe('scanning a narrative', () => {
  it('lists the components used, with their string attributes and file positions', () => {
    const scan = scanMdxBody(lines('', 'Texto con <Persona slug="ana" /> dentro.', '', '<Callout type="tip">', 'Un consejo con <Touchpoint id="t2" />.', '</Callout>'), 10);
    expect(scan).toEqual({
      ok: true,
      components: [
        { name: 'Persona', attributes: { slug: 'ana' }, line: 11, column: 11 },
        { name: 'Callout', attributes: { type: 'tip' }, line: 13, column: 1 },
        { name: 'Touchpoint', attributes: { id: 't2' }, line: 14, column: 16 },
      ],
      unsafe: [],
    });
  });

  it('ignores HTML elements, which are not components', () => {
    const scan = scanMdxBody(lines('<abbr title="Key performance indicator">KPI</abbr> y <br />'), 1);
    expect(scan).toEqual({ ok: true, components: [], unsafe: [] });
  });

  it('marks an attribute written as an expression, whose value cannot be read before the build', () => {
    const scan = scanMdxBody(lines('<Touchpoint id={"t" + 1} />', '<Callout type>x</Callout>'), 1);
    expect(scan.ok && scan.components.map((c) => c.attributes)).toEqual([{ id: undefined }, { type: true }]);
  });

  it('skips the parser for plain prose', () => {
    expect(scanMdxBody('Solo texto, sin etiquetas ni llaves.\n', 5)).toEqual({ ok: true, components: [], unsafe: [] });
  });

  it('reports a syntax error at its position in the file, with positions inside the message moved too', () => {
    const scan = scanMdxBody(lines('', '<Callout type="tip">', 'Texto', '</Calout>'), 20);
    expect(scan).toEqual({
      ok: false,
      message: 'MDX syntax error: Unexpected closing tag `</Calout>`, expected corresponding closing tag for `<Callout>` (21:1-21:21)',
      line: 23,
      column: 1,
    });
  });

  it('refuses code in an MDX narrative — braces, import and export — at its position', () => {
    const scan = scanMdxBody(lines('Hola {nombre}.', '', 'import X from "./x.js"'), 10);
    expect(scan.ok && scan.unsafe).toEqual([
      { message: 'braces run code in MDX: write \\{ and \\} to show them as text', line: 10, column: 6 },
      { message: 'import and export are not allowed in a narrative: Touchpoint, EmotionChart, Persona and Callout need no import', line: 12, column: 1 },
    ]);
  });

  it('lets MDX comments through: they run nothing', () => {
    const scan = scanMdxBody(lines('{/* Componentes: <Touchpoint id="…" />, <EmotionChart /> */}', '', 'Texto.'), 1);
    expect(scan.ok && scan.unsafe).toEqual([]);
  });
});
