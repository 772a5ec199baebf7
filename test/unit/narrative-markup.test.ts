import { describe, expect, it } from 'vitest';
import { checkNarrativeMarkup, rawHtmlProblems, urlScheme } from '../../src/validate/narrative-markup.ts';
import { check, lines } from '../helpers/content-sources.ts';

const PERSONA = lines('---', 'name: Ana', '---', '', 'Biografía.');
/** A valid journey whose body starts on line 9 of its file. */
const journey = (body: string) =>
  lines('---', 'title: Relato', 'persona: ana', 'phases: [{ id: a, name: A }]', 'touchpoints:', '  - { phase: a, title: Lee, channel: web, emotion: 1 }', '---', '') + body;
const checkBody = (format: 'md' | 'mdx', body: string) => check({ 'content/personas/ana.md': PERSONA, [`content/journeys/relato.${format}`]: journey(body) });

describe('what a narrative may contain (issue 12, finding 6)', () => {
  const SCRIPT_LINKS = [
    ['an entity-encoded letter', '<a href="&#106;avascript:alert(1)">clic</a>'],
    ['an encoded tab', '<a href="java&#x09;script:alert(1)">clic</a>'],
    ['an encoded line feed', '<a href="java&#10;script:alert(1)">clic</a>'],
    ['capitals and leading spaces', '<a href="  JaVaScRiPt:alert(1)">clic</a>'],
    ['a data: URL', '<a href="data:text/html,<script>alert(1)</script>">clic</a>'],
    ['a vbscript: URL', '<a href="vbscript:msgbox(1)">clic</a>'],
  ] as const;

  for (const format of ['md', 'mdx'] as const) {
    for (const [how, markup] of SCRIPT_LINKS) {
      it(`refuses a script link written with ${how} in .${format}, at its line and column`, () => {
        const checked = checkBody(format, lines('Un enlace:', '', `Texto ${markup} fin.`));
        expect(checked.ok).toBe(false);
        const column = format === 'md' ? 10 : 7; // the href attribute in HTML; the element in MDX
        expect(checked.errors).toEqual([expect.stringMatching(new RegExp(`^content/journeys/relato\\.${format}:11:${column}: body: (javascript|data|vbscript): addresses are not allowed in a narrative`))]);
      });
    }

    it(`refuses Markdown links, autolinks and definitions to javascript: in .${format}`, () => {
      // MDX has no autolinks: there `<javascript:…>` is a syntax error.
      const autolink = format === 'md' ? ' y <javascript:alert(2)>' : '';
      const checked = checkBody(format, lines('[uno](javascript:alert(1))', '', `[dos][ref]${autolink}`, '', '[ref]: JAVASCRIPT:alert(3)'));
      expect(checked.errors.map((error) => error.split(': body: ')[0])).toEqual([
        `content/journeys/relato.${format}:9:1`,
        `content/journeys/relato.${format}:11:1`,
        ...(format === 'md' ? [`content/journeys/relato.${format}:11:14`] : []),
      ]);
    });

    it(`refuses an SVG whose animation turns a link into javascript: in .${format}`, () => {
      const checked = checkBody(format, lines('<svg><a><animate attributeName="href" values="javascript:alert(1)" /><text y="20">clic</text></a></svg>'));
      expect(checked.ok).toBe(false);
      expect(checked.errors[0]).toMatch(/^content\/journeys\/relato\.mdx?:9:1: body: <svg> is not allowed in a narrative/);
    });

    it(`refuses a styled overlay over the page in .${format}`, () => {
      const checked = checkBody(format, lines('<div style="position:fixed;inset:0;z-index:99999;background:white">', '', 'Vuelva a iniciar sesión', '', '</div>'));
      expect(checked.errors).toEqual([expect.stringMatching(/:9:\d+: body: attribute style is not allowed on <div> in a narrative: styles can cover the page/)]);
    });

    it(`accepts prose HTML with safe links and handbook pictures in .${format}`, () => {
      const checked = checkBody(
        format,
        lines(
          '<abbr title="Key performance indicator">KPI</abbr> y <a href="https://intranet.example/x?a=1&amp;b=2">informe</a>, <a href="mailto:equipo@example.com">correo</a>, <a href="#fases">fases</a>.',
          '',
          '<img src="/images/plan.png" alt="Plan" width="200" />',
          '',
          format === 'md' ? '[Informe](./informe/) y <https://example.com>.' : '[Informe](./informe/).',
        ),
      );
      expect(checked.errors).toEqual([]);
    });
  }

  it('refuses event attributes, frames and forms, each where it is written', () => {
    const checked = checkBody('md', lines('Texto <img src="/x.png" onerror="alert(1)"> y <iframe src="/x"></iframe>', '', '<form action="/x"><button>Enviar</button></form>'));
    expect(checked.errors.map((error) => error.replace(/ \(allowed.*$/, '').replace(/: use Markdown.*$/, ''))).toEqual([
      'content/journeys/relato.md:9:25: body: attribute onerror is not allowed on <img> in a narrative: event attributes run script',
      'content/journeys/relato.md:9:47: body: <iframe> is not allowed in a narrative',
      'content/journeys/relato.md:11:1: body: <form> is not allowed in a narrative',
      'content/journeys/relato.md:11:19: body: <button> is not allowed in a narrative',
    ]);
  });

  it('refuses a tag left open at the end of an HTML block, which would swallow the text after it into its attributes', () => {
    const checked = checkBody('md', lines('<div>', '<a href="/x', '', '" onmouseover="alert(1)" style="position:fixed">texto'));
    expect(checked.errors).toEqual([
      'content/journeys/relato.md:9:1: body: <div> is never closed: end it with </div> (an open element would take in the rest of the page)',
      'content/journeys/relato.md:10:12: body: malformed HTML (eof-in-tag): the tag is not closed with > before the HTML ends',
    ]);
  });

  it('keeps the narrative inside its container: no end tag of the page, no element left open, no crossed nesting', () => {
    const checked = checkBody('md', lines('Texto.</div></main>', '', '<table><tr><td>', '', '*celda*', '', '</td></tr>', '', '<b><i>x</b></i>'));
    expect(checked.errors).toEqual([
      "content/journeys/relato.md:9:7: body: </div> closes nothing the narrative opened: remove it (an end tag here would close the page's own elements)",
      "content/journeys/relato.md:9:13: body: </main> closes nothing the narrative opened: remove it (an end tag here would close the page's own elements)",
      'content/journeys/relato.md:11:1: body: <table> is never closed: end it with </table> (an open element would take in the rest of the page)',
      'content/journeys/relato.md:17:8: body: </b> does not close <i>, opened at line 17, column 4: close elements in the order they were opened',
    ]);
  });

  it('judges a Markdown body as the build renders it: trimmed, so an indented first line is markup, not a code block', () => {
    const checked = checkBody('md', lines('', '    <img src="/x.png" onerror="alert(1)">'));
    expect(checked.errors).toEqual([expect.stringMatching(/^content\/journeys\/relato\.md:10:23: body: attribute onerror is not allowed on <img>/)]);
    // Further down, an indented block stays a code block, shown as text.
    expect(checkBody('md', lines('Texto.', '', '    <img src="/x.png" onerror="alert(1)">')).errors).toEqual([]);
  });

  it('refuses pictures from other hosts, which the page would request', () => {
    const checked = checkBody('mdx', lines('![plano](https://tracker.example/p.png) <img src="//tracker.example/q.png" alt="" />'));
    expect(checked.errors).toHaveLength(2);
    expect(checked.errors[0]).toMatch(/:9:1: body: an image in a narrative must be a file of the handbook/);
  });

  it('lets the components take only their own attributes', () => {
    const checked = checkBody('mdx', lines('<Callout type="note" style="position:fixed">Hola</Callout>', '', '<EmotionChart onClick="x" />'));
    expect(checked.errors).toEqual([
      'content/journeys/relato.mdx:9:1: body: <Callout> takes only type, not style',
      'content/journeys/relato.mdx:11:1: body: <EmotionChart> takes no attributes, not onClick',
    ]);
  });

  it('reports what the renderer cannot parse as an MDX syntax error, so check and build agree', () => {
    const result = checkNarrativeMarkup('<Callout type="note">\nx\n</Calout>\n', 'mdx', 5);
    expect(result).toMatchObject({ ok: false, line: 7, column: 1 });
  });
});

describe('reading URLs and raw HTML as the browser does', () => {
  it('finds the scheme after the URL parser strips controls, tabs and line breaks', () => {
    expect(urlScheme('java\tscript:x')).toBe('javascript');
    expect(urlScheme('\u0001 java\nscr\ript:x')).toBe('javascript');
    expect(urlScheme('./a:b')).toBeUndefined();
    expect(urlScheme('#a')).toBeUndefined();
    expect(urlScheme('HTTPS://x')).toBe('https');
  });

  it('places a problem inside a multi-line piece of HTML', () => {
    expect(rawHtmlProblems('<p>\n  <span onclick="x">a</span>\n</p>')).toEqual([
      expect.objectContaining({ line: 2, column: 9, message: expect.stringMatching(/^attribute onclick is not allowed on <span>/) }),
    ]);
  });
});
