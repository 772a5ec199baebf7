import { describe, expect, it } from 'vitest';
import { atomFeed, uuidUrn } from '../../src/export/atom-feed.ts';
import { childrenNamed, parseXml } from '../helpers/xml.ts';

const entry = (n: number, extra: Partial<Parameters<typeof atomFeed>[0]['entries'][number]> = {}) => ({
  id: `https://intranet.example/handbook/changes/#c-${n}`,
  title: `Cambio ${n}`,
  link: `https://intranet.example/handbook/journeys/alta/history/#rev-${n}`,
  updated: `2026-0${n}-10T12:00:00+02:00`,
  author: 'Marta Ruiz',
  html: `<ul><li>Emoción de Llamada: −3 → −${n}</li></ul>`,
  ...extra,
});

const feed = (entries: ReturnType<typeof entry>[]) =>
  atomFeed({
    id: 'https://intranet.example/handbook/changes/',
    title: 'Manual & cambios',
    link: 'https://intranet.example/handbook/changes/',
    self: 'https://intranet.example/handbook/changes.xml',
    language: 'es',
    entries,
    updatedWhenEmpty: '2026-11-25T00:00:00.000Z',
  });

describe('the Atom feed writer', () => {
  it('writes a well-formed Atom document with its id, links and one entry per change', () => {
    const root = parseXml(feed([entry(2), entry(1)]));
    expect(root.name).toBe('feed');
    expect(root.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(childrenNamed(root, 'title')[0]!.text).toBe('Manual & cambios');
    expect(root.attributes['xml:lang']).toBe('es');
    expect(childrenNamed(root, 'link').map((link) => [link.attributes.rel, link.attributes.href])).toEqual([
      ['alternate', 'https://intranet.example/handbook/changes/'],
      ['self', 'https://intranet.example/handbook/changes.xml'],
    ]);
    const entries = childrenNamed(root, 'entry');
    expect(entries.map((item) => childrenNamed(item, 'id')[0]!.text)).toEqual(['https://intranet.example/handbook/changes/#c-2', 'https://intranet.example/handbook/changes/#c-1']);
    expect(childrenNamed(entries[0]!, 'author')[0]!.children[0]!.text).toBe('Marta Ruiz');
    expect(childrenNamed(entries[0]!, 'content')[0]!.text).toBe('<ul><li>Emoción de Llamada: −3 → −2</li></ul>');
  });

  it('dates the feed by its newest entry, so a rebuild without a new commit writes the same file', () => {
    const text = feed([entry(2), entry(1)]);
    expect(childrenNamed(parseXml(text), 'updated')[0]!.text).toBe('2026-02-10T10:00:00.000Z');
    expect(feed([entry(2), entry(1)])).toBe(text);
    expect(childrenNamed(parseXml(feed([])), 'updated')[0]!.text).toBe('2026-11-25T00:00:00.000Z');
  });

  it('keeps markup in a commit message as text, and HTML content that contains "]]>" well-formed', () => {
    const root = parseXml(feed([entry(1, { title: 'Quita <br> & "comillas"', html: '<p>a ]]> b</p>' })]));
    const item = childrenNamed(root, 'entry')[0]!;
    const title = childrenNamed(item, 'title')[0]!;
    expect(title.attributes.type).toBe('text');
    expect(title.text).toBe('Quita <br> & "comillas"');
    expect(childrenNamed(item, 'content')[0]!.text).toBe('<p>a ]]> b</p>');
  });

  it('drops characters XML cannot hold, such as a control character in a commit message', () => {
    const root = parseXml(feed([entry(1, { title: 'Cambio\u0007 con campana', author: 'Ana\u0000' })]));
    const item = childrenNamed(root, 'entry')[0]!;
    expect(childrenNamed(item, 'title')[0]!.text).toBe('Cambio con campana');
  });

  it('writes links relative to the feed when the handbook has no site address', () => {
    const text = atomFeed({ id: uuidUrn('x'), title: 'Manual', link: '/changes/', self: '/changes.xml', language: 'es', entries: [entry(1, { link: '/journeys/alta/history/#rev-1' })], updatedWhenEmpty: '2026-11-25T00:00:00Z' });
    const root = parseXml(text);
    expect(childrenNamed(childrenNamed(root, 'entry')[0]!, 'link')[0]!.attributes.href).toBe('/journeys/alta/history/#rev-1');
    expect(childrenNamed(root, 'id')[0]!.text).toMatch(/^urn:uuid:/);
  });
});

describe('ids without a site address', () => {
  it('are name-based UUID URNs, the same in every build and different per name', () => {
    expect(uuidUrn('Manual\0abc')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidUrn('Manual\0abc')).toBe(uuidUrn('Manual\0abc'));
    expect(uuidUrn('Manual\0abd')).not.toBe(uuidUrn('Manual\0abc'));
  });
});
