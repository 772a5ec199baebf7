import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, restoredPages, type Fixture } from './harness.ts';
import { expectSameSite } from './same-site.ts';

/*
 * Astro's incremental builds copy a page from the previous build when its cacheKey
 * (src/site/page-keys.ts) is unchanged. A key that misses something a page shows would leave
 * a stale page behind: these builds change one thing at a time and check every page that shows
 * it, then compare the whole site with a build from scratch.
 */

const SETTINGS = { title: 'Incremental handbook', locale: 'en' as const };
const JOURNEY = 'content/journeys/banking/open-account.mdx';
const FUTURE = 'content/journeys/banking/open-account-future.mdx';
const PERSONA = 'content/personas/ana.mdx';
const FOLDER = 'content/journeys/banking/_folder.yaml';
const TRACK = 'content/tracks/first-week.md';
const trackFile = (title: string) => `---\ntitle: ${title}\nsteps:\n  - persona: ana\n  - journey: banking/open-account\n---\n\nWelcome.\n`;

describe('incremental builds', () => {
  let fixture: Fixture;
  const shows = (page: string, text: string) => expect(fixture.read(page).includes(text), `${page} shows “${text}”`).toBe(true);
  const edit = (path: string, change: (text: string) => string) => writeFileSync(join(fixture.root, path), change(readFileSync(join(fixture.root, path), 'utf8')));
  const build = async () => {
    const result = await fixture.run('cli/build.ts', ['--verbose']);
    expect(result.code, result.stderr).toBe(0);
    return result;
  };

  beforeAll(async () => {
    fixture = createFixture('valid', { settings: SETTINGS });
    const first = await build();
    expect(restoredPages(first)).toEqual([]);
  });
  afterAll(() => fixture.remove());

  it('copies every journey, export, compare and persona page, and the search index, when nothing changed', async () => {
    const result = await build();
    expect(result.stdout).toContain('search index: unchanged pages, copied from the cache');
    expect(fixture.exists('pagefind/pagefind-entry.json')).toBe(true);
    const restored = restoredPages(result);
    for (const slug of ['banking/open-account', 'banking/open-account-future', 'health/appointment']) {
      for (const page of [`/journeys/${slug}/index.html`, `/journeys/${slug}/blueprint/index.html`, `/journeys/${slug}.json`, `/journeys/${slug}.mmd`]) {
        expect(restored).toContain(page);
      }
    }
    expect(restored).toContain('/compare/banking/open-account-future/index.html');
    expect(restored).toContain('/personas/ana/index.html');
  });

  it('renders again every page that shows a renamed journey, and only copies unrelated exports', async () => {
    edit(FUTURE, (text) => text.replace(/^title: .*$/m, 'title: Open an account in one sitting, renamed'));
    const result = await build();
    expect(result.stdout).toMatch(/search index: \d+ pages in/);
    const restored = restoredPages(result);
    for (const page of ['journeys/banking/open-account/index.html', 'journeys/banking/open-account-future/index.html', 'compare/banking/open-account-future/index.html', 'personas/ana/index.html']) {
      shows(page, 'Open an account in one sitting, renamed');
    }
    shows('journeys/banking/open-account-future.json', 'Open an account in one sitting, renamed');
    expect(restored).toContain('/journeys/health/appointment.json');
  });

  it('renders again the journeys of a renamed persona', async () => {
    edit(PERSONA, (text) => text.replace(/^name: .*$/m, 'name: Ana Renamed'));
    await build();
    for (const page of ['journeys/banking/open-account/index.html', 'journeys/banking/open-account/blueprint/index.html', 'journeys/banking/open-account.json', 'personas/ana/index.html']) {
      shows(page, 'Ana Renamed');
    }
  });

  it('renders again a journey whose narrative alone changed', async () => {
    edit(JOURNEY, (text) => `${text}\nA sentence added to the narrative only.\n`);
    const result = await build();
    // Only the search shard holding that page (banking: 2 journeys) is indexed again (src/integration/search-shards.ts).
    expect(result.stdout).toMatch(/search index: 2 pages in \d+ ms \(1 of 4 shards indexed, 3 copied\)/);
    const restored = restoredPages(result);
    shows('journeys/banking/open-account/index.html', 'A sentence added to the narrative only.');
    expect(restored).not.toContain('/journeys/banking/open-account/index.html');
  });

  it('renders again the pages that show a folder whose label is new', async () => {
    writeFileSync(join(fixture.root, FOLDER), 'label: Banca para autónomos\n');
    const result = await build();
    const restored = restoredPages(result);
    // The breadcrumbs of its journeys and the sidebar of every keyed page name the group.
    for (const page of ['journeys/banking/open-account/index.html', 'journeys/banking/open-account/blueprint/index.html', 'compare/banking/open-account-future/index.html', 'personas/ana/index.html', 'journeys/health/appointment/index.html']) {
      shows(page, 'Banca para autónomos');
      expect(restored).not.toContain(`/${page}`);
    }
    expect(restored).toContain('/journeys/health/appointment.json');
  });

  it('gives the pages a track leads to their place in it, and renders them again when the track is renamed', async () => {
    mkdirSync(join(fixture.root, 'content', 'tracks'), { recursive: true });
    writeFileSync(join(fixture.root, TRACK), trackFile('First week'));
    await build();
    shows('journeys/banking/open-account/index.html', 'data-track-bar="first-week"');
    shows('personas/ana/index.html', 'data-track-bar="first-week"');
    edit(TRACK, (text) => text.replace('title: First week', 'title: First week, renamed'));
    const restored = restoredPages(await build());
    for (const page of ['journeys/banking/open-account/index.html', 'personas/ana/index.html', 'tracks/first-week/index.html']) shows(page, 'First week, renamed');
    // A journey no track leads to, and the presentations and embeds, show no track.
    for (const page of ['/journeys/health/appointment/index.html', '/journeys/banking/open-account/present/index.html', '/journeys/banking/open-account/embed/index.html']) {
      expect(restored).toContain(page);
    }
  });

  it('ends with the same site as a build from scratch', async () => {
    const fresh = createFixture('valid', { settings: SETTINGS });
    try {
      mkdirSync(join(fresh.root, 'content', 'tracks'), { recursive: true });
      for (const path of [JOURNEY, FUTURE, PERSONA, FOLDER, TRACK]) if (existsSync(join(fixture.root, path))) writeFileSync(join(fresh.root, path), readFileSync(join(fixture.root, path)));
      const result = await fresh.run('cli/build.ts');
      expect(result.code, result.stderr).toBe(0);
      expectSameSite(fixture.dist, fresh.dist);
    } finally {
      fresh.remove();
    }
  });
});
