import { describe, expect, it } from 'vitest';
import { scanMdxBody } from '../../src/validate/body-references.ts';

/** The body's problem as `check` places it, with the body starting on line 10 of the file. */
function problemOf(body: string): string {
  const scan = scanMdxBody(body, 10);
  if (scan.ok) throw new Error(`expected an MDX problem in ${JSON.stringify(body)}`);
  return `${scan.line}:${scan.column}: ${scan.message}`;
}

// What authors write in a narrative that MDX cannot read, and the sentence each gets.
const MISTAKES: Array<[string, string, string]> = [
  ['a heart, "<3"', 'Nos encanta <3 este servicio.\n', '10:13: "<3" reads as the start of a tag: write &lt; for the "<" sign, or put the text in backticks (`<3`)'],
  ['"<=" in a comparison', 'Espera <= 10 minutos.\n', '10:8: "<=" reads as the start of a tag: write &lt; for the "<" sign, or put the text in backticks (`<=`)'],
  ['an arrow "<-"', 'Paso uno <- paso dos\n', '10:10: "<-" reads as the start of a tag: write &lt; for the "<" sign, or put the text in backticks (`<-`)'],
  [
    '"<" glued to a word',
    'menos de <diez minutos\n',
    '10:10: "<diez" reads as the start of a tag that is never finished: if it is text, write &lt; for the "<" sign or put it in backticks; a component ends with ">" or "/>"',
  ],
  [
    'a component never closed',
    '<Callout type="tip">\nTexto\n',
    '10:1: <Callout> is never closed: add </Callout> after its content, or, if it has no content, write <Callout … /> (to show "<" as text, write &lt;)',
  ],
  [
    'an HTML tag not closed within its paragraph',
    'Texto <b>negrita y más\n\nOtro párrafo\n',
    '10:7: <b> is never closed: add </b> after its content in the same paragraph, or, if it has no content, write <b … /> (to show "<" as text, write &lt;)',
  ],
  [
    'a component opened in a quote and closed outside it',
    '> <Callout>\n> a\nb\n</Callout>\n',
    '10:3: <Callout> is never closed: add </Callout> after its content in the same quote, or, if it has no content, write <Callout … /> (to show "<" as text, write &lt;)',
  ],
  ['a misspelt closing tag', '<Callout>\nTexto\n</Calout>\n', '12:1: </Calout> does not close <Callout>, opened on line 10: write </Callout> (or check the spelling of both)'],
  ['a closing tag with no opening tag', 'Texto\n\n</div>\n', '12:1: </div> closes a tag that was never opened: remove it, or add the opening tag before it'],
  ['a stray "{"', 'Un { suelto\n', '10:4: this "{" starts code in MDX and is never closed: write \\{ to show a brace as text'],
  ['braces around text that is not code', 'a {1 +} b\n', '10:3: the text in { } is read as code, and it is not code: write \\{ and \\} to show braces as text'],
  ['<br> written the HTML way', 'Línea<br>otra\n', '10:6: <br> needs a closing slash in MDX: write <br />'],
  ['an HTML comment', '<!-- nota -->\n', '10:1: HTML comments (<!-- … -->) do not work in MDX: write a note for other authors as {/* … */}, or delete it'],
  ['a doctype', '<!DOCTYPE html>\n', '10:1: "<!DOCTYPE" is HTML that MDX does not read: delete it (a note for other authors is written {/* … */})'],
  [
    'an e-mail address in angle brackets',
    'Escribe a <soporte@banco.es>\n',
    '10:11: an address in angle brackets (<https://…>, <name@example.com>) does not work in MDX: write [text](https://…), or the address without < >',
  ],
  [
    'a web address in angle brackets',
    'Ver <https://banco.es>\n',
    '10:5: an address in angle brackets (<https://…>, <name@example.com>) does not work in MDX: write [text](https://…), or the address without < >',
  ],
  ['an attribute value without quotes', '<Touchpoint id=t1 />\n', '10:16: the value of an attribute needs quotes: write name="value", as in <Touchpoint id="t1" />'],
  ['an attribute quote never closed', '<Callout type="tip>\nx\n</Callout>\n', '10:15: the quote that opens this attribute value is never closed: add the closing quote'],
  ['a slash in the middle of a tag', '<Callout / type="x">\n', '10:12: the "/" of a tag without content comes last, just before ">": write <Name … />'],
  ['a component tag left unfinished', 'Texto <Callout\n', '10:7: "<Callout" reads as the start of a tag that is never finished: if it is text, write &lt; for the "<" sign or put it in backticks; a component ends with ">" or "/>"'],
  ['a component closed twice', '<Callout>x</Callout></Callout>\n', '10:21: </Callout> closes a tag that was never opened: remove it, or add the opening tag before it'],
];

describe('MDX mistakes in a narrative, in plain words', () => {
  it.each(MISTAKES)('%s: says what to change, at the place to change it', (_name, body, expected) => {
    expect(problemOf(body)).toBe(expected);
  });

  it('keeps parser jargon out of every message', () => {
    for (const [, body] of MISTAKES) {
      expect(problemOf(body)).not.toMatch(/acorn|expression|U\+00|before name|end of file|mdx-jsx|micromark|syntax error/i);
    }
  });

  it('still reads what the author fixed: &lt;, backticks and \\{', () => {
    expect(scanMdxBody('Nos encanta &lt;3, `<3` y \\{esto\\}.\n', 10).ok).toBe(true);
  });
});
