import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/handbook/load.ts';
import { buildHandbook } from '../../src/handbook/build-model.ts';
import { digest, journeyExportKey, journeyPageKey, personaPageKey, tagPageKey } from '../../src/site/page-keys.ts';
import { aggregatesOf } from '../../src/handbook/aggregates.ts';
import { resolveSettings } from '../../src/validate/settings.ts';

const ROOT = join(import.meta.dirname, '..', 'build', 'fixtures', 'valid');
const settings = resolveSettings({ title: 'Keys', locale: 'en' }, {});
const today = new Date('2026-11-25');

type Validation = ReturnType<typeof loadContent>['validation'];

/** A fresh model of the fixture handbook, with `change` applied to its validated journeys (and, for `changeAll`, to the rest). */
function handbook(change: (journeys: Validation['journeys']) => void = () => {}, changeAll: (validation: Validation) => void = () => {}) {
  const { validation } = loadContent(ROOT, settings, today);
  const copy = structuredClone(validation);
  change(copy.journeys);
  changeAll(copy);
  return buildHandbook(copy, settings, { today });
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
    const after = keysOf(handbook(() => {}, (validation) => validation.folders.set('banking', { label: 'Banca para autónomos' })));
    expect(after['banking/open-account']!.page).not.toBe(before['banking/open-account']!.page);
    expect(after['banking/open-account']!.data).toBe(before['banking/open-account']!.data);
  });

  it('change the pages of journeys in a stage when the stage is renamed', () => {
    const staged = (name: string) =>
      keysOf(
        handbook(
          (journeys) => (journeyData(journeys, 'banking/open-account').phases[0]!.stage = 'discover'),
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

  it("change a tag page's key when a journey it lists changes, and not when an unrelated one does", () => {
    const tagKey = (book: ReturnType<typeof handbook>) => tagPageKey(book, aggregatesOf(book).tagBySlug.get('identity')!);
    const before = tagKey(handbook());
    expect(tagKey(handbook((journeys) => (journeyData(journeys, 'banking/open-account').title = 'Renamed')))).not.toBe(before);
    expect(tagKey(handbook((journeys) => (journeyData(journeys, 'health/appointment').touchpoints[0]!.emotion = 3)))).toBe(before);
  });
});
