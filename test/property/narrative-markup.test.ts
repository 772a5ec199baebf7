import fc from 'fast-check';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { checkNarrativeMarkup } from '../../src/validate/narrative-markup.ts';
import { narrativeMarkup, scriptCapable } from './narrative-markup-arbitrary.ts';

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** Every script-capable element or attribute in `html`, parsed as a browser parses a page. */
function scriptCapableIn(html: string): string[] {
  const found: string[] = [];
  const visit = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const element = child as Element;
      found.push(...scriptCapable(element.tagName, element.attrs));
      // Without a highlighter the renderer writes no style: any is the author's, and could cover the page.
      if (element.attrs.some((attribute) => attribute.name === 'style')) found.push(`<${element.tagName} style>`);
      visit(element);
      if (element.tagName === 'template') visit((element as DefaultTreeAdapterTypes.Template).content);
    }
  };
  visit(parse(`<!doctype html><html><body><main><div class="prose narrative">${html}</div></main></body></html>`));
  return found;
}

describe('random narrative markup (issue 12, finding 6)', () => {
  it('runs nothing once validation accepts it: no script-capable element, attribute or URL in what the renderer makes of a .md body', () => {
    let accepted = 0;
    fc.assert(
      fc.property(narrativeMarkup, (body) => {
        const verdict = checkNarrativeMarkup(body, 'md', 1);
        if (!verdict.ok || verdict.problems.length > 0) return true;
        accepted++;
        const html = markdownToHtml(body, { features: { gfm: true, smartPunctuation: true } }).html;
        expect(scriptCapableIn(html), `${JSON.stringify(body)} rendered as ${JSON.stringify(html)}`).toEqual([]);
        return true;
      }),
      { numRuns: 3000, seed: 12 },
    );
    // A generator whose every sample is refused would prove nothing.
    expect(accepted).toBeGreaterThan(300);
  });

  it('finds what it looks for: the same oracle sees the script in markup validation refuses', () => {
    const html = markdownToHtml('<a href="java&#x09;script:alert(1)">x</a> <svg><animate attributeName="href" values="javascript:alert(1)"/></svg>').html;
    expect(scriptCapableIn(html)).toEqual(['<a href="java\tscript:alert(1)">', '<svg>', '<animate>', '<animate values="javascript:alert(1)">']);
  });
});
