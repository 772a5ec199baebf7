import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/handbook/load.ts';
import { buildHandbook } from '../../src/handbook/build-model.ts';
import { digest, journeyExportKey, journeyPageKey, journeyStandaloneKey, personaPageKey, trackPageKey } from '../../src/site/page-keys.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';
import { resolveSettings } from '../../src/validate/settings.ts';

const ROOT = join(import.meta.dirname, '..', 'build', 'fixtures', 'valid');
const settings = resolveSettings({ title: 'Keys', locale: 'en' }, {});
const today = new Date('2026-11-25');

/** A fresh model of the fixture handbook, with `change` applied to its validated journeys. */
function handbook(change: (journeys: ReturnType<typeof loadContent>['validation']['journeys']) => void = () => {}) {
  const { validation } = loadContent(ROOT, settings, today);
  const copy = structuredClone(validation);
  change(copy.journeys);
  return buildHandbook(copy, settings, { today });
}

const keysOf = (book: ReturnType<typeof handbook>) =>
  Object.fromEntries(book.journeys.map((journey) => [journey.slug, { page: journeyPageKey(book, journey), data: journeyExportKey(book, journey) }]));

describe('page keys', () => {
  it('are the same for the same content, whatever the objects', () => {
    expect(keysOf(handbook())).toEqual(keysOf(handbook()));
  });

  it('hash the entries of Maps and Sets, not an empty object', () => {
    expect(digest(new Map([['a', 1]]))).not.toBe(digest(new Map([['a', 2]])));
    expect(digest(new Set([1]))).not.toBe(digest(new Set([2])));
  });

  it('change a neighbour’s page key but not its data key when a journey is renamed', () => {
    const before = keysOf(handbook());
    const after = keysOf(handbook((journeys) => (journeys.find((entry) => entry.source.slug === 'banking/open-account-future')!.data.title = 'Renamed')));
    expect(after['banking/open-account-future']!.data).not.toBe(before['banking/open-account-future']!.data);
    expect(after['banking/open-account']!.page).not.toBe(before['banking/open-account']!.page);
    expect(after['banking/open-account']!.data).toBe(before['banking/open-account']!.data);
    expect(after['health/appointment']!.data).toBe(before['health/appointment']!.data);
  });

  it('change a persona page’s key when one of its journeys changes', () => {
    const before = handbook();
    const after = handbook((journeys) => (journeys.find((entry) => entry.source.slug === 'banking/open-account')!.data.touchpoints[0]!.emotion = -3));
    const personaOf = (book: ReturnType<typeof handbook>) => book.personaBySlug.get('ana')!;
    expect(personaPageKey(after, personaOf(after))).not.toBe(personaPageKey(before, personaOf(before)));
  });
});

describe('page keys with tracks', () => {
  const journey = (title: string, persona = 'ana', summary?: string) => ({
    title,
    persona,
    ...(summary ? { summary } : {}),
    phases: [{ id: 'a', name: 'A' }],
    touchpoints: [tp('a', 'Lee la web', 1)],
  });
  const spec = (change: { trackTitle?: string; secondTitle?: string; secondSummary?: string; extraJourney?: boolean; noTracks?: boolean; outsideEmotion?: number } = {}) =>
    handbookOf({
      personas: { ana: { name: 'Ana Fernández' } },
      journeys: {
        primero: journey('Primero'),
        segundo: journey(change.secondTitle ?? 'Segundo', 'ana', change.secondSummary),
        fuera: { ...journey('Fuera de todo itinerario'), touchpoints: [tp('a', 'Lee la web', change.outsideEmotion ?? 1)] },
        ...(change.extraJourney ? { zeta: journey('Zeta') } : {}),
      },
      tracks: change.noTracks ? {} : { semana: { title: change.trackTitle ?? 'Primera semana', steps: [{ journey: 'primero' }, { journey: 'segundo' }] } },
    });
  const pageKey = (book: ReturnType<typeof spec>, slug: string) => journeyPageKey(book, book.journeyBySlug.get(slug)!);

  it('change a journey page’s key when a track that leads to it is renamed, and only theirs', () => {
    const before = spec();
    const after = spec({ trackTitle: 'Semana uno' });
    expect(pageKey(after, 'primero')).not.toBe(pageKey(before, 'primero'));
    expect(pageKey(after, 'fuera')).toBe(pageKey(before, 'fuera'));
  });

  it('change the key of the step before a journey when that journey is renamed: its track bar names the next step', () => {
    expect(pageKey(spec({ secondTitle: 'Segundo paso' }), 'primero')).not.toBe(pageKey(spec(), 'primero'));
  });

  it('change a track page’s key when what it shows of a step changes, not when a journey outside it does', () => {
    const key = (book: ReturnType<typeof spec>) => trackPageKey(book, book.trackById.get('semana')!);
    expect(key(spec({ secondSummary: 'Ahora con resumen.' }))).not.toBe(key(spec()));
    expect(key(spec({ outsideEmotion: -3 }))).toBe(key(spec()));
    // Its sidebar counts the journeys of each group.
    expect(key(spec({ extraJourney: true }))).not.toBe(key(spec()));
  });

  it('change every page with a sidebar when the first track comes, since the sidebar then links to tracks', () => {
    expect(pageKey(spec(), 'fuera')).not.toBe(pageKey(spec({ noTracks: true }), 'fuera'));
  });

  it('keep a presentation’s and an embed’s key whatever the tracks and the other journeys, which they do not show', () => {
    const key = (book: ReturnType<typeof spec>) => journeyStandaloneKey(book, book.journeyBySlug.get('primero')!);
    expect(key(spec({ trackTitle: 'Semana uno' }))).toBe(key(spec()));
    expect(key(spec({ noTracks: true }))).toBe(key(spec()));
    expect(key(spec({ outsideEmotion: -3 }))).toBe(key(spec()));
    expect(key(spec({ secondTitle: 'Otro' }))).toBe(key(spec()));
  });
});
