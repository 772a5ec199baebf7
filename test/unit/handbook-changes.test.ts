import { describe, expect, it } from 'vitest';
import { handbookChanges } from '../../src/domain/handbook-changes.ts';
import type { ChangedFile, HandbookHistory } from '../../src/model/types.ts';
import { handbookOf, tp } from '../helpers/handbook-of.ts';

const base = handbookOf({
  personas: { ana: { name: 'Ana' } },
  journeys: { alta: { title: 'Abrir una cuenta', persona: 'ana', phases: [{ id: 'p', name: 'P' }], touchpoints: [tp('p', 'Entra', 1)] } },
});

const commit = (hash: string, files: ChangedFile[]) => ({ hash, date: '2026-03-01T10:00:00+01:00', author: 'Luis Gil', subject: `Commit ${hash}`, files });

function withHistory(changes: HandbookHistory['changes']) {
  return { ...base, history: { status: 'complete' as const, journeyRevisions: new Map(), changes, lastChanged: new Map() } };
}

describe('the changes of the handbook', () => {
  it('names each file by what it is today, and a deleted journey by its last title', () => {
    const entries = handbookChanges(
      withHistory([
        commit('b', [
          { status: 'modified', path: 'content/journeys/alta.md', collection: 'journeys', currentPath: 'content/journeys/alta.md', changes: [] },
          { status: 'deleted', path: 'content/journeys/baja.md', collection: 'journeys', snapshot: { title: 'Darse de baja', phases: [], touchpoints: [] } },
          { status: 'modified', path: 'content/channels.yaml', collection: 'other', currentPath: 'content/channels.yaml' },
        ]),
        commit('a', [{ status: 'added', path: 'content/personas/ana.md', collection: 'personas', currentPath: 'content/personas/ana.md' }]),
      ]),
    );
    expect(entries.map((entry) => [entry.commit.hash, entry.files.map((file) => [file.name, file.journey?.slug ?? file.persona?.slug ?? null])])).toEqual([
      ['b', [['Abrir una cuenta', 'alta'], ['Darse de baja', null], ['content/channels.yaml', null]]],
      ['a', [['Ana', 'ana']]],
    ]);
  });

  it('leaves out files the build does not show, and commits left with nothing', () => {
    // A journey that exists but is not in this build's model (an internal one in a public build).
    const entries = handbookChanges(
      withHistory([
        commit('c', [{ status: 'modified', path: 'content/journeys/interno.md', collection: 'journeys', currentPath: 'content/journeys/interno.md', changes: [] }]),
        commit('d', [{ status: 'modified', path: 'content/journeys/alta.md', collection: 'journeys', currentPath: 'content/journeys/alta.md', changes: [] }]),
      ]),
    );
    expect(entries.map((entry) => entry.commit.hash)).toEqual(['d']);
  });
});
