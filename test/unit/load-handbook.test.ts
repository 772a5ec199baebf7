import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadHandbook } from '../../src/handbook/load.ts';
import { resolveSettings } from '../../src/validate/settings.ts';
import { ContentError, formatProblem } from '../../src/validate/problem.ts';
import { lines } from '../helpers/content-sources.ts';

const settings = resolveSettings({}, {}, {});
const today = new Date('2026-11-25T00:00:00Z');
const roots: string[] = [];

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'journeybook-load-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

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
