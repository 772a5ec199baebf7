import { cpSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, loadHandbook } from '../../src/handbook/load.ts';
import { contentChanged, watchContentChanges } from '../../src/sources/content-version.ts';
import { resolveSettings } from '../../src/validate/settings.ts';
import { ContentError, formatProblem } from '../../src/validate/problem.ts';
import { lines } from '../helpers/content-sources.ts';
import { tempProjects } from '../helpers/temp-projects.ts';

const settings = resolveSettings({}, {}, {});
const today = new Date('2026-11-25T00:00:00Z');
const project = tempProjects('load');

const ANA = lines('---', 'name: Ana', '---');
const journey = (channel: string) =>
  lines('---', 'title: Alta', 'persona: ana', 'phases:', '  - id: a', '    name: A', 'touchpoints:', '  - phase: a', '    title: Lee', `    channel: ${channel}`, '    emotion: 1', '---');

describe('loading a handbook', () => {
  it('reads, validates and models the content of a project', () => {
    const handbook = loadHandbook(project({ 'content/personas/ana.mdx': ANA, 'content/journeys/alta.mdx': journey('web') }), settings, today);
    expect(handbook.journeys.map((j) => j.slug)).toEqual(['alta']);
    expect(handbook.personaBySlug.get('ana')!.journeys).toHaveLength(1);
  });

  it('throws one ContentError that carries every error, formatted as the commands print them', () => {
    const root = project({ 'content/personas/ana.mdx': ANA, 'content/journeys/alta.mdx': journey('fax'), 'content/journeys/baja.mdx': '' });
    let thrown: unknown;
    try {
      loadHandbook(root, settings, today);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    const error = thrown as ContentError;
    expect(error.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}: ${p.field}`)).toEqual([
      'content/journeys/alta.mdx: touchpoints[0].channel',
      'content/journeys/baja.mdx: frontmatter',
    ]);
    expect(error.message.split('\n')).toEqual([
      'The handbook has 2 content errors:',
      ...error.problems.filter((p) => p.severity === 'error').map(formatProblem),
    ]);
  });
});

/** A copy of the build tests' valid handbook, to edit as an author would while `npm run dev` runs. */
function validProject(): string {
  const root = project({});
  cpSync(join(import.meta.dirname, '..', 'build', 'fixtures', 'valid', 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** Saves a file as an editor does; its modification time moves on even within the same millisecond. */
function save(root: string, path: string, change: (text: string) => string): void {
  const file = join(root, path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  const later = new Date(Date.now() + 5000);
  utimesSync(file, later, later);
}

const OPEN_ACCOUNT = 'content/journeys/banking/open-account.mdx';
const dev = { partial: true } as const;

describe('loading the handbook again after a save (npm run dev)', () => {
  it('reads and analyses again only the saved file, and reuses every other file as it was', () => {
    const root = validProject();
    const before = loadContent(root, settings, today, dev);
    save(root, OPEN_ACCOUNT, (text) => text.replace('title: Open an account online', 'title: Open an account from the phone'));
    const after = loadContent(root, settings, today, dev);
    expect(after).not.toBe(before);
    const sourceOf = (loaded: typeof before, slug: string) => loaded.validation.journeys.find((journey) => journey.source.slug === slug)!;
    for (const slug of ['banking/open-account-future', 'health/appointment']) {
      // The same SourceFile and the same analysed data: the file was neither read nor parsed again.
      expect(sourceOf(after, slug).source).toBe(sourceOf(before, slug).source);
      expect(sourceOf(after, slug).data).toBe(sourceOf(before, slug).data);
    }
    expect(after.validation.personas.map((persona) => persona.source)).toEqual(before.validation.personas.map((persona) => persona.source));
    expect(after.validation.personas[0]!.source).toBe(before.validation.personas[0]!.source);
    expect(sourceOf(after, 'banking/open-account').source).not.toBe(sourceOf(before, 'banking/open-account').source);
    expect(after.handbook!.journeyBySlug.get('banking/open-account')!.title).toBe('Open an account from the phone');
  });

  it('ends with the same handbook and errors as a load from scratch, through saves, a new file, a broken file and a removed one', () => {
    const root = validProject();
    loadContent(root, settings, today, dev);
    save(root, OPEN_ACCOUNT, (text) => text.replace('title: Open an account online', 'title: Open an account from the phone'));
    loadContent(root, settings, today, dev);
    writeFileSync(join(root, 'content/journeys/health/renew.mdx'), journey('web').replace('title: Alta', 'title: Renew a prescription'));
    loadContent(root, settings, today, dev);
    save(root, 'content/journeys/health/appointment.md', (text) => text.replace(/^title: .*$/m, 'title: Appointments: by phone'));
    loadContent(root, settings, today, dev);
    rmSync(join(root, 'content/journeys/banking/open-account-future.mdx'));
    const incremental = loadContent(root, settings, today, dev);
    // Another project in between: the next load of this one starts from nothing.
    loadContent(validProject(), settings, today, dev);
    const fromScratch = loadContent(root, settings, today, dev);
    expect(fromScratch).not.toBe(incremental);
    expect(incremental.validation.problems).toEqual(fromScratch.validation.problems);
    expect(incremental.withheld).toEqual(fromScratch.withheld);
    // How long reading the history took is the one thing allowed to differ.
    const timeless = (loaded: typeof incremental) => ({ ...loaded.handbook!, history: { ...loaded.handbook!.history, cost: undefined } });
    expect(timeless(incremental)).toEqual(timeless(fromScratch));
    expect(incremental.handbook!.journeys.map((j) => j.slug)).toEqual(['banking/open-account', 'health/renew']);
    expect(incremental.withheld.map((file) => file.slug)).toEqual(['health/appointment']);
  });

  it('gives the error middleware, the share images and the pages one model per change', () => {
    const root = validProject();
    watchContentChanges(root);
    // What content-errors-dev.ts, share-images-dev.ts and page-context.ts each ask for.
    const middleware = loadContent(root, settings, today, { cacheDir: join(root, '.cache'), partial: true });
    expect(loadContent(root, settings, today, { partial: true })).toBe(middleware);
    expect(loadContent(root, settings, today, { cacheDir: join(root, '.cache'), partial: true })).toBe(middleware);
    save(root, OPEN_ACCOUNT, (text) => text.replace('title: Open an account online', 'title: Open an account from the phone'));
    contentChanged(root);
    const next = loadContent(root, settings, today, { partial: true });
    expect(next).not.toBe(middleware);
    expect(loadContent(root, settings, today, { cacheDir: join(root, '.cache'), partial: true })).toBe(next);
  });
});
