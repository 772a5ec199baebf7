import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/handbook/load.ts';
import { buildHandbook } from '../../src/handbook/build-model.ts';
import { digest, journeyExportKey, journeyPageKey, personaPageKey } from '../../src/site/page-keys.ts';
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
