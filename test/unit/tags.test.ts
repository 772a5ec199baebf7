import { describe, expect, it } from 'vitest';
import { tagSlug } from '../../src/domain/tag-slug.ts';
import { indexTags, tagSlugsOf } from '../../src/domain/tag-index.ts';
import { siteUrls } from '../../src/site/urls.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

describe('tag addresses', () => {
  it.each([
    ['Autónomos', 'autonomos'],
    ['autonomos', 'autonomos'],
    ['Atención al cliente', 'atencion-al-cliente'],
    ['  Verificación   de identidad! ', 'verificacion-de-identidad'],
    ['24 h', '24-h'],
    ['Año nuevo', 'ano-nuevo'],
    ['Çà et là', 'ca-et-la'],
    ['日本', '日本'],
    ['!!!', ''],
  ])('"%s" lives at /tags/%s/', (tag, slug) => {
    expect(tagSlug(tag)).toBe(slug);
  });

  it('is stable: the slug of a slug is itself, so a link from the tag or from its slug is the same', () => {
    for (const tag of ['Autónomos', 'Atención al cliente', '24 h']) expect(tagSlug(tagSlug(tag))).toBe(tagSlug(tag));
    const urls = siteUrls('/manual/');
    expect(urls.tag('Atención al cliente')).toBe('/manual/tags/atencion-al-cliente/');
    expect(urls.tag('atencion-al-cliente')).toBe('/manual/tags/atencion-al-cliente/');
    expect(urls.tag('日本')).toBe('/manual/tags/%E6%97%A5%E6%9C%AC/');
  });
});

describe('the tag index', () => {
  const handbook = handbookOf({
    personas: { ana: { name: 'Ana' } },
    journeys: {
      alta: {
        title: 'Alta',
        persona: 'ana',
        tags: ['Autónomos', 'banca'],
        phases: [{ id: 'f', name: 'F' }],
        touchpoints: [tp('f', 'Formulario', -2, { tags: ['autonomos', 'Papeleo'] }), tp('f', 'Firma', 1, { tags: ['Autónomos', 'AUTÓNOMOS'] })],
      },
      cuenta: {
        title: 'Cuenta',
        persona: 'ana',
        state: 'future',
        tags: ['Autónomos'],
        phases: [{ id: 'f', name: 'F' }],
        touchpoints: [tp('f', 'Abre la app', 2)],
      },
    },
  });
  const tags = indexTags(handbook.journeys, 'es');
  const bySlug = new Map(tags.map((tag) => [tag.slug, tag]));

  it('makes one tag of every spelling with the same slug, named by the spelling most used', () => {
    expect(tags.map((tag) => [tag.slug, tag.name])).toEqual([
      ['autonomos', 'Autónomos'],
      ['banca', 'banca'],
      ['papeleo', 'Papeleo'],
    ]);
  });

  it('lists the journeys and touchpoints that carry a tag, current and future, each once', () => {
    const autonomos = bySlug.get('autonomos')!;
    expect(autonomos.journeys.map((journey) => journey.slug)).toEqual(['alta', 'cuenta']);
    expect(autonomos.touchpoints.map((entry) => `${entry.journey.slug}#${entry.touchpoint.id}`)).toEqual(['alta#t1', 'alta#t2']);
    expect(bySlug.get('papeleo')!.journeys).toEqual([]);
  });

  it("gives a journey its own tags and its touchpoints', as slugs, for the journeys filter", () => {
    expect(tagSlugsOf(handbook.journeyBySlug.get('alta')!)).toEqual(['autonomos', 'banca', 'papeleo']);
  });
});
