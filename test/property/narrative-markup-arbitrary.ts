/**
 * Random narrative markup built from the pieces attacks are made of: tags that run script or
 * change how the parser reads what follows, event and URL attributes, URLs whose scheme hides
 * behind character references, tabs, line breaks and capitals, Markdown links, autolinks and
 * definitions, unfinished quotes, comments and CDATA. Shared by the Node property test and the
 * Chromium spec, which check that whatever validation accepts runs nothing.
 */
import fc from 'fast-check';

const SCHEMES = [
  'javascript:', 'JaVaScRiPt:', 'java&#x09;script:', 'java&#10;script:', 'java&Tab;script:', 'java&NewLine;script:', '&#106;avascript:', '&#x6A;avascript:',
  '&#0000106avascript:', 'javascript&colon;', 'javascript&#58;', ' javascript:', '\u0001javascript:', 'vbscript:', 'data:text/html,', 'data:image/svg+xml,',
  'https://ok.example/', '/ruta/', '#parte', 'mailto:a@b.example', '//otro.example/',
];
const url = fc.tuple(fc.constantFrom(...SCHEMES), fc.constantFrom('alert(1)', 'x', '%0aalert(1)')).map(([scheme, rest]) => scheme + rest);
const attributeName = fc.constantFrom(
  'href', 'src', 'onclick', 'onerror', 'onload', 'ONMOUSEOVER', 'style', 'title', 'xlink:href', 'values', 'attributeName', 'to', 'from', 'formaction', 'action',
  'srcdoc', 'lang', 'alt', 'popover', 'id', 'class', 'cite', 'data', 'background', 'target',
);
const attributeValue = fc.oneof(url, fc.constantFrom('position:fixed;inset:0;z-index:99999', 'href', 'alert(1)', 'x', '', '"', "'", '><img src=x onerror=alert(1)>'));
const attribute = fc
  .tuple(fc.constantFrom(' ', '\n', '/', '\t'), attributeName, fc.constantFrom('"', "'", ''), attributeValue, fc.boolean())
  .map(([space, name, quote, value, hasValue]) => (hasValue ? `${space}${name}=${quote}${value}${quote}` : `${space}${name}`));
const TAGS = [
  'a', 'img', 'div', 'span', 'p', 'abbr', 'details', 'table', 'td', 'svg', 'math', 'animate', 'set', 'script', 'style', 'iframe', 'object', 'embed', 'base', 'meta',
  'link', 'form', 'button', 'input', 'textarea', 'template', 'noscript', 'video', 'use', 'foreignObject', 'xmp', 'title', 'select', 'Callout',
];
// Persona and EmotionChart draw the site's own cards and charts (SVG): their attributes are checked by the unit tests.
const tagName = fc.constantFrom(...TAGS);
const startTag = fc
  .tuple(tagName, fc.array(attribute, { maxLength: 3 }), fc.constantFrom('>', ' />', '', ' '))
  .map(([name, attributes, end]) => `<${name}${attributes.join('')}${end}`);
const endTag = tagName.map((name) => `</${name}>`);
const markdown = fc.oneof(
  url.map((target) => `[enlace](${target})`),
  url.map((target) => `![imagen](${target})`),
  url.map((target) => `<${target}>`),
  url.map((target) => `\n\n[r]: ${target}\n\n`),
  fc.constantFrom('[r]', '[enlace][r]', '<!--', '-->', '<![CDATA[', ']]>', '"', "'", '&lt;', '&#60;', '\n\n', '\n', ' ', 'texto', '`', '\n```\n', '    ', '> ', '* ', '{/* nota */}'),
);

/** A narrative body of up to 12 random pieces. */
export const narrativeMarkup = fc.array(fc.oneof(startTag, endTag, markdown, markdown), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

/** Script-capable URL schemes. */
const SCRIPT_SCHEMES = /^(javascript|vbscript|data):/;
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'cite', 'background', 'poster', 'srcdoc', 'values', 'to', 'from'];
/** Elements no narrative may bring: they run script, load documents, take input or animate attributes. */
export const SCRIPT_CAPABLE_ELEMENTS = [
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link', 'form', 'button', 'input', 'textarea', 'select', 'template', 'svg',
  'math', 'animate', 'set', 'animatemotion', 'animatetransform', 'use', 'foreignobject', 'video', 'audio', 'noscript', 'xmp',
];

/**
 * What in one element could run script or take over the page, in the terms a DOM gives: its
 * local name and its attributes (names and values as the parser decoded them).
 */
export function scriptCapable(localName: string, attributes: ReadonlyArray<{ name: string; value: string }>): string[] {
  const found: string[] = [];
  if (SCRIPT_CAPABLE_ELEMENTS.includes(localName.toLowerCase())) found.push(`<${localName}>`);
  for (const { name, value } of attributes) {
    const key = name.toLowerCase();
    if (key.startsWith('on')) found.push(`<${localName} ${name}>`);
    // A style cannot run script; what it can do (cover the page) is measured in the browser.
    if (key === 'popover' || key === 'srcdoc' || key === 'target') found.push(`<${localName} ${name}>`);
    const url = value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '').toLowerCase();
    if (URL_ATTRIBUTES.includes(key) && SCRIPT_SCHEMES.test(url)) found.push(`<${localName} ${name}="${value.slice(0, 30)}">`);
  }
  return found;
}
