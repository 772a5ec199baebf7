import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.ts';
import { stepView } from '../../src/site/track-steps.ts';
import { siteUrls } from '../../src/site/urls.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const book = handbookOf({
  personas: { ana: { name: 'Ana Fernández', role: 'Clienta, 41 años' }, bea: { name: 'Beatriz Soler' } },
  journeys: {
    'banca/alta': { title: 'Abrir una cuenta', summary: 'Ana abre una cuenta desde el móvil.', persona: 'ana', phases: [{ id: 'a', name: 'A' }], touchpoints: [tp('a', 'Lee la web', 1)] },
    'banca/tarjeta': { title: 'Perder la tarjeta', persona: 'bea', phases: [{ id: 'a', name: 'A' }], touchpoints: [tp('a', 'Llama', -1)] },
  },
  research: { entrevistas: { title: 'Entrevistas a autónomos', method: 'interview', date: '2026-03-28' } },
  tracks: {
    'primera-semana': {
      title: 'Primera semana',
      steps: [{ page: 'home' }, { persona: 'ana' }, { journey: 'banca/alta' }, { journey: 'banca/tarjeta' }, { research: 'entrevistas' }, { persona: 'bea' }, { page: 'insights' }],
    },
  },
});
const urls = siteUrls('/handbook/');
const views = book.tracks[0]!.steps.map((step) => stepView(step, book, urls, translator('es')));

describe('what a track shows of each step', () => {
  it('links each step to its page under the base path', () => {
    expect(views.map((view) => view.href)).toEqual([
      '/handbook/',
      '/handbook/personas/ana/',
      '/handbook/journeys/banca/alta/',
      '/handbook/journeys/banca/tarjeta/',
      '/handbook/research/entrevistas/',
      '/handbook/personas/bea/',
      '/handbook/insights/',
    ]);
  });

  it('names each step as its page is named, and says what kind of page it is', () => {
    expect(views.map((view) => [view.kindLabel, view.title])).toEqual([
      ['Página del manual', 'Inicio'],
      ['Persona', 'Ana Fernández'],
      ['Recorrido', 'Abrir una cuenta'],
      ['Recorrido', 'Perder la tarjeta'],
      ['Investigación', 'Entrevistas a autónomos'],
      ['Persona', 'Beatriz Soler'],
      ['Página del manual', 'Dónde actuar'],
    ]);
  });

  it('says what is in each page: a journey’s summary and protagonist, a persona’s role, what a site page holds', () => {
    expect(views.map((view) => view.about)).toEqual([
      'Qué contiene el manual, el atlas de emociones y por dónde empezar.',
      'Clienta, 41 años',
      'Ana abre una cuenta desde el móvil. Protagonista: Ana Fernández.',
      'Protagonista: Beatriz Soler.',
      undefined,
      undefined,
      'Dónde actuar primero: los dolores más graves, las oportunidades y los indicadores que no llegan a su objetivo.',
    ]);
  });

  it('adds the track to a step’s address, so the page shows that track’s bar', () => {
    expect(urls.inTrack(views[2]!.href, 'primera-semana')).toBe('/handbook/journeys/banca/alta/?track=primera-semana');
    expect(urls.inTrack('/handbook/', 'a b/ñ')).toBe('/handbook/?track=a%20b%2F%C3%B1');
  });
});
