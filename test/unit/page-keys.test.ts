import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../src/handbook/load.ts';
import { buildHandbook, NO_HISTORY } from '../../src/handbook/build-model.ts';
import type { HandbookHistory, Revision } from '../../src/model/types.ts';
import { changesPageKey, digest, journeyExportKey, journeyHistoryKey, journeyPageKey, journeyStandaloneKey, listingPageKey, personaPageKey, tagPageKey, trackPageKey } from '../../src/site/page-keys.ts';
import { aggregatesOf } from '../../src/handbook/aggregates.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';
import { resolveSettings } from '../../src/validate/settings.ts';

const ROOT = join(import.meta.dirname, '..', 'build', 'fixtures', 'valid');
const settings = resolveSettings({ title: 'Keys', locale: 'en' }, {});
const today = new Date('2026-11-25');

type Validation = ReturnType<typeof loadContent>['validation'];

/**
 * A fresh model of the fixture handbook, with `change` applied to its validated journeys (and,
 * for `changeAll`, to the rest), and `history` as its git history.
 */
function handbook(change: (journeys: Validation['journeys']) => void = () => {}, history: HandbookHistory = NO_HISTORY, changeAll: (validation: Validation) => void = () => {}) {
  const { validation } = loadContent(ROOT, settings, today);
  const copy = structuredClone(validation);
  change(copy.journeys);
  changeAll(copy);
  return buildHandbook(copy, settings, { today, history });
}

/** A history in which the fixture's journey `file` has these revisions (commit hash, blob). */
function historyOf(file: string, revisions: Array<[hash: string, blob: string]>, status: HandbookHistory['status'] = 'complete'): HandbookHistory {
  const revision = ([hash, blob]: [string, string]): Revision => ({
    commit: { hash, date: '2026-01-10T12:00:00+00:00', author: 'Marta Ruiz', subject: 'Cambio' },
    status: 'modified',
    path: file,
    blob,
    snapshot: { title: 'Open an account', phases: [], touchpoints: [] },
    changes: [],
  });
  return { status, journeyRevisions: new Map([[file, revisions.map(revision)]]), changes: [], lastChanged: new Map() };
}
const journeyData = (journeys: Validation['journeys'], slug: string) => journeys.find((entry) => entry.source.slug === slug)!.data;

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

  it('change the pages of a folder when its label changes, and not their data', () => {
    const before = keysOf(handbook());
    const after = keysOf(handbook(() => {}, NO_HISTORY, (validation) => validation.folders.set('banking', { label: 'Banca para autónomos' })));
    expect(after['banking/open-account']!.page).not.toBe(before['banking/open-account']!.page);
    expect(after['banking/open-account']!.data).toBe(before['banking/open-account']!.data);
  });

  it('change the pages of journeys in a stage when the stage is renamed', () => {
    const staged = (name: string) =>
      keysOf(
        handbook(
          (journeys) => (journeyData(journeys, 'banking/open-account').phases[0]!.stage = 'discover'),
          NO_HISTORY,
          (validation) => (validation.stages = [{ id: 'discover', name }]),
        ),
      );
    expect(staged('Renamed')['banking/open-account']!.page).not.toBe(staged('Discover')['banking/open-account']!.page);
  });

  it('change the page of a journey when a journey it details is renamed, and the detailed journey when its parent is', () => {
    const detail = (journeys: Validation['journeys']) => (journeyData(journeys, 'banking/open-account').touchpoints[0]!.detail = 'health/appointment');
    const before = keysOf(handbook(detail));
    const renamedDetail = keysOf(handbook((journeys) => (detail(journeys), (journeyData(journeys, 'health/appointment').title = 'Renamed'))));
    expect(renamedDetail['banking/open-account']!.page).not.toBe(before['banking/open-account']!.page);
    const renamedParent = keysOf(handbook((journeys) => (detail(journeys), (journeyData(journeys, 'banking/open-account').title = 'Renamed'))));
    expect(renamedParent['health/appointment']!.page).not.toBe(before['health/appointment']!.page);
  });

  it('change a later page of a listing when a journey it lists changes, when it moves or the listing grows, and not when a journey on another page does', () => {
    const pageKey = (book: ReturnType<typeof handbook>, page = { number: 2, count: 3 }, shown: unknown = [10, ['banking/open-account#t1']]) =>
      listingPageKey(book, 'channel:web', page, shown, [book.journeyBySlug.get('banking/open-account')!]);
    const before = pageKey(handbook());
    expect(pageKey(handbook())).toBe(before);
    expect(pageKey(handbook((journeys) => (journeyData(journeys, 'banking/open-account').touchpoints[0]!.emotion = -3)))).not.toBe(before);
    expect(pageKey(handbook((journeys) => (journeyData(journeys, 'health/appointment').touchpoints[0]!.emotion = 3)))).toBe(before);
    expect(pageKey(handbook(), { number: 2, count: 4 })).not.toBe(before);
    expect(pageKey(handbook(), { number: 3, count: 3 })).not.toBe(before);
    expect(pageKey(handbook(), undefined, [11, ['banking/open-account#t1']])).not.toBe(before);
  });

  it('change a page of /changes/ with its place among the pages', () => {
    const book = handbook();
    expect(changesPageKey(book, [], 0, { number: 1, count: 1 })).toBe(changesPageKey(book, [], 0));
    expect(changesPageKey(book, [], 0, { number: 2, count: 2 })).not.toBe(changesPageKey(book, [], 0, { number: 1, count: 2 }));
  });

  it("change a tag page's key when a journey it lists changes, and not when an unrelated one does", () => {
    const tagKey = (book: ReturnType<typeof handbook>) => tagPageKey(book, aggregatesOf(book).tagBySlug.get('identity')!);
    const before = tagKey(handbook());
    expect(tagKey(handbook((journeys) => (journeyData(journeys, 'banking/open-account').title = 'Renamed')))).not.toBe(before);
    expect(tagKey(handbook((journeys) => (journeyData(journeys, 'health/appointment').touchpoints[0]!.emotion = 3)))).toBe(before);
  });

  it('change a history page’s key with a new revision of its file or a fetched history, and no other page’s', () => {
    const file = 'content/journeys/banking/open-account.mdx';
    const keys = (history: HandbookHistory) => {
      const book = handbook(undefined, history);
      return Object.fromEntries(book.journeys.map((journey) => [journey.slug, { history: journeyHistoryKey(book, journey), page: journeyPageKey(book, journey) }]));
    };
    const one = keys(historyOf(file, [['a'.repeat(40), '1'.repeat(40)]]));
    const two = keys(historyOf(file, [['b'.repeat(40), '2'.repeat(40)], ['a'.repeat(40), '1'.repeat(40)]]));
    const shallow = keys(historyOf(file, [], 'shallow'));
    expect(keys(historyOf(file, [['a'.repeat(40), '1'.repeat(40)]]))).toEqual(one);
    expect(two['banking/open-account']!.history).not.toBe(one['banking/open-account']!.history);
    expect(shallow['banking/open-account']!.history).not.toBe(keys(historyOf(file, []))['banking/open-account']!.history);
    expect(two['health/appointment']).toEqual(one['health/appointment']);
    expect(two['banking/open-account']!.page).toBe(one['banking/open-account']!.page);
  });

  it('change a journey page’s key when a study it cites is retitled, and not the pages that cite none', () => {
    const withResearch = (title: string) => {
      const { validation } = loadContent(ROOT, settings, today);
      const copy = structuredClone(validation);
      copy.journeys.find((entry) => entry.source.slug === 'banking/open-account')!.data.touchpoints[0]!.sources = ['interviews'];
      copy.research = [{ source: { collection: 'research', slug: 'interviews', file: 'content/research/interviews.md', absolutePath: '', format: 'md', text: '' }, data: { title, method: 'interview', date: '2026-03-01' }, body: '' }];
      const book = buildHandbook(copy, settings, { today });
      return Object.fromEntries(book.journeys.map((journey) => [journey.slug, journeyPageKey(book, journey)]));
    };
    const before = withResearch('Interviews, March');
    const after = withResearch('Interviews with new customers, March');
    expect(after['banking/open-account']).not.toBe(before['banking/open-account']);
    expect(after['health/appointment']).toBe(before['health/appointment']);
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

describe('page keys in the dev server', () => {
  it('are not computed once the dev server leaves them out: astro dev never reads a cacheKey', async () => {
    // A fresh copy of the module: leaving the keys out lasts for the rest of the process.
    vi.resetModules();
    const keys = await import('../../src/site/page-keys.ts');
    const book = handbook();
    const [first, second] = book.journeys;
    expect(keys.journeyPageKey(book, first!)).not.toBe(keys.journeyPageKey(book, second!));
    keys.leavePageKeysOut();
    const left = [keys.journeyPageKey(book, first!), keys.journeyPageKey(book, second!), keys.journeyExportKey(book, first!), keys.personaPageKey(book, book.personas[0]!)];
    expect(new Set(left).size).toBe(1);
    expect(left[0]).not.toBe(journeyPageKey(book, first!));
  });
});
