import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readHandbookHistory } from '../../src/handbook/history.ts';
import { parseRawLog, readGitHistory } from '../../src/sources/git-history.ts';
import { gitRepo } from '../helpers/git-repo.ts';

const scratch = mkdtempSync(join(tmpdir(), 'journeybook-git-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const journey = (title: string, llamada: number, extra = '') =>
  [
    '---',
    `title: ${title}`,
    'persona: ana',
    'phases: [{ id: llegar, name: Llegar }]',
    'touchpoints:',
    `  - { phase: llegar, title: Llamada, channel: phone, emotion: ${llamada} }`,
    extra,
    '---',
    '',
  ].join('\n');

/** A handbook whose history has every kind of change the history pages tell. */
function handbookRepo() {
  const root = join(scratch, 'handbook');
  const repo = gitRepo(root);
  repo.write('content/personas/ana.md', '---\nname: Ana\n---\n');
  repo.write('content/journeys/urgencias.md', journey('Urgencias', -3, '  - { phase: llegar, title: Triaje, channel: in-person, emotion: -1 }'));
  repo.write('content/journeys/cita.md', journey('Cita', 0));
  repo.commit('Primer mapa de urgencias', 'Marta Ruiz', '2026-01-10');
  repo.write('content/journeys/urgencias.md', journey('Urgencias', -1, '  - { phase: llegar, title: Triaje, channel: in-person, emotion: -1 }'));
  repo.commit('La llamada mejora tras el nuevo protocolo', 'Luis Gil', '2026-02-10');
  repo.move('content/journeys/urgencias.md', 'content/journeys/salud/urgencias.md');
  repo.remove('content/journeys/cita.md');
  repo.commit('Urgencias pasa a la carpeta de salud; cita se retira', 'Marta Ruiz', '2026-03-10');
  repo.write('content/journeys/salud/urgencias.md', journey('Urgencias', -1));
  repo.commit('Quita el triaje', 'Luis Gil', '2026-04-10');
  return { root, repo };
}

describe('the handbook history from git', () => {
  const { root } = handbookRepo();
  const existing = new Set(['content/personas/ana.md', 'content/journeys/salud/urgencias.md']);
  const history = readHandbookHistory(root, existing);

  it('follows a journey through its rename, newest revision first, with what each changed', () => {
    const revisions = history.journeyRevisions.get('content/journeys/salud/urgencias.md')!;
    expect(revisions.map((revision) => [revision.commit.date.slice(0, 10), revision.commit.author, revision.path, revision.changes])).toEqual([
      ['2026-04-10', 'Luis Gil', 'content/journeys/salud/urgencias.md', [{ kind: 'touchpoint-removed', title: 'Triaje', phase: 'Llegar' }]],
      ['2026-03-10', 'Marta Ruiz', 'content/journeys/salud/urgencias.md', []],
      ['2026-02-10', 'Luis Gil', 'content/journeys/urgencias.md', [{ kind: 'emotion-changed', title: 'Llamada', from: -3, to: -1 }]],
      ['2026-01-10', 'Marta Ruiz', 'content/journeys/urgencias.md', [{ kind: 'created', phases: 1, touchpoints: 2 }]],
    ]);
    expect(revisions[1]).toMatchObject({ status: 'renamed', previousPath: 'content/journeys/urgencias.md' });
  });

  it('lists every commit that touched content/, newest first, deleted journeys with their last map', () => {
    expect(history.status).toBe('complete');
    expect(history.changes.map((change) => change.subject)).toEqual([
      'Quita el triaje',
      'Urgencias pasa a la carpeta de salud; cita se retira',
      'La llamada mejora tras el nuevo protocolo',
      'Primer mapa de urgencias',
    ]);
    const deleted = history.changes[1]!.files.find((file) => file.status === 'deleted')!;
    expect(deleted).toMatchObject({ path: 'content/journeys/cita.md', collection: 'journeys', snapshot: { title: 'Cita' } });
    expect(deleted.currentPath).toBeUndefined();
    expect(history.changes[3]!.files.find((file) => file.collection === 'personas')).toMatchObject({ status: 'added', currentPath: 'content/personas/ana.md' });
  });

  it('knows when each file last changed, under its name today', () => {
    expect(Object.fromEntries(history.lastChanged)).toEqual({ 'content/journeys/salud/urgencias.md': '2026-04-10', 'content/personas/ana.md': '2026-01-10' });
  });

  it('reads the same history again from the snapshot cache, without reading old versions from git', () => {
    const cacheDir = join(scratch, 'cache');
    const { cost: firstCost, ...first } = readHandbookHistory(root, existing, { cacheDir });
    const { cost: againCost, ...again } = readHandbookHistory(root, existing, { cacheDir });
    expect(again).toEqual(first);
    expect(first.journeyRevisions).toEqual(history.journeyRevisions);
    // Urgencias in three versions (the rename kept its blob) and the deleted cita.
    expect(firstCost?.versionsReadFromGit).toBe(4);
    expect(againCost?.versionsReadFromGit).toBe(0);
  });

  it('says a shallow clone has no history to show', () => {
    const clone = join(scratch, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${root}`, clone]);
    expect(readGitHistory(clone)).toEqual({ status: 'shallow', commits: [] });
  });

  it('says a folder outside any repository has no history', () => {
    const plain = join(tmpdir(), `journeybook-plain-${process.pid}`);
    mkdirSync(join(plain, 'content'), { recursive: true });
    writeFileSync(join(plain, 'content', 'x.md'), 'x');
    try {
      expect(readGitHistory(plain)).toEqual({ status: 'no-repository', commits: [] });
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe('the raw log', () => {
  it('reads paths with accents and spaces as git wrote them, and takes off the handbook\'s folder', () => {
    const blob = 'a'.repeat(40);
    const zero = '0'.repeat(40);
    const output = `\x1e${'1'.repeat(40)}\x1f2026-01-01T10:00:00+01:00\x1fAna\x1fAlta\0\n:000000 100644 ${zero} ${blob} A\0manual/content/journeys/señal de alta.md\0`;
    expect(parseRawLog(output, 'manual/')).toEqual([
      { hash: '1'.repeat(40), date: '2026-01-01T10:00:00+01:00', author: 'Ana', subject: 'Alta', changes: [{ status: 'added', path: 'content/journeys/señal de alta.md', blob }] },
    ]);
  });
});
