import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { diffRevisions } from '../domain/revision-diff.ts';
import type { ChangedFile, HandbookChange, HandbookHistory, MapChange, MapSnapshot, Revision } from '../model/types.ts';
import { readBlobs, readGitHistory, type GitCommit, type GitFileChange } from '../sources/git-history.ts';
import { readMapSnapshot } from '../validate/revision-snapshot.ts';
import { snapshotReaderVersion } from '../validate/validator-version.ts';

export type { ChangedFile, HandbookChange, HandbookHistory, HistoryStatus, MapChange, Revision } from '../model/types.ts';

export interface HistoryOptions {
  /** Astro's cacheDir: what each old file version holds is kept there, so a warm build reads no blob. */
  cacheDir?: string | undefined;
}

const JOURNEY_FILE = /^content\/journeys\/(?:[^/]+\/)*[^/_.][^/]*\.mdx?$/i;
const hiddenPart = (path: string) => path.split('/').some((part) => part.startsWith('_') || part.startsWith('.'));

function collectionOf(path: string): ChangedFile['collection'] {
  if (JOURNEY_FILE.test(path) && !hiddenPart(path)) return 'journeys';
  if (/^content\/personas\/.*\.mdx?$/i.test(path) && !hiddenPart(path)) return 'personas';
  if (/^content\/research\/.*\.mdx?$/i.test(path) && !hiddenPart(path)) return 'research';
  return 'other';
}

/**
 * Reads the handbook's history: one git log, then one cat-file for the journey versions not
 * already in the snapshot cache. Without git history (no repository, a shallow clone), the
 * history is empty and its status says why; nothing here ever fails the build.
 */
export function readHandbookHistory(root: string, existingFiles: ReadonlySet<string>, options: HistoryOptions = {}): HandbookHistory {
  const started = performance.now();
  const git = readGitHistory(root);
  if (git.commits.length === 0) {
    const cost = { ms: Math.round(performance.now() - started), commits: 0, journeyRevisions: 0, versionsReadFromGit: 0 };
    return { status: git.status, journeyRevisions: new Map(), changes: [], lastChanged: new Map(), cost };
  }

  // Newest to oldest: follow each file back through its renames. A lineage is named by its
  // newest path, or by its deletion when it no longer exists, so a path used again later by
  // another file does not inherit the old file's past.
  const lineageAt = new Map<string, string>();
  const lineageOf = new Map<GitFileChange, string>();
  for (const commit of git.commits) {
    for (const change of commit.changes) {
      let lineage = lineageAt.get(change.path) ?? change.path;
      if (change.status === 'deleted') lineage = `deleted\0${commit.hash}\0${change.path}`;
      lineageOf.set(change, lineage);
      if (change.status === 'renamed' && change.previousPath) {
        lineageAt.delete(change.path);
        lineageAt.set(change.previousPath, lineage);
      } else if (change.status === 'added') lineageAt.delete(change.path);
      else lineageAt.set(change.path, lineage);
    }
  }
  const currentPathOf = (change: GitFileChange) => {
    const lineage = lineageOf.get(change)!;
    return existingFiles.has(lineage) ? lineage : undefined;
  };

  // What every journey version holds, from the cache or one cat-file for the rest.
  const journeyBlobs = new Set<string>();
  for (const commit of git.commits) {
    for (const change of commit.changes) {
      if (collectionOf(change.path) === 'journeys' || (change.previousPath && collectionOf(change.previousPath) === 'journeys')) journeyBlobs.add(change.blob);
    }
  }
  const { snapshots, readFromGit } = snapshotsOf(root, [...journeyBlobs], options.cacheDir);
  const snapshotOf = (blob: string): MapSnapshot => snapshots.get(blob) ?? { title: undefined, phases: [], touchpoints: [], unreadable: 'this version is missing from the repository' };

  // Each journey lineage's revisions, oldest first, to diff them in order.
  const revisionsByLineage = new Map<string, Array<{ commit: GitCommit; change: GitFileChange }>>();
  for (const commit of [...git.commits].reverse()) {
    for (const change of commit.changes) {
      if (collectionOf(change.path) !== 'journeys' || change.status === 'deleted') continue;
      const lineage = lineageOf.get(change)!;
      revisionsByLineage.set(lineage, [...(revisionsByLineage.get(lineage) ?? []), { commit, change }]);
    }
  }
  const changesOf = new Map<GitFileChange, { snapshot: MapSnapshot; changes: MapChange[] }>();
  const journeyRevisions = new Map<string, Revision[]>();
  const lastSnapshotOf = new Map<string, MapSnapshot>();
  for (const [lineage, entries] of revisionsByLineage) {
    const snapshotsInOrder = entries.map(({ change }) => snapshotOf(change.blob));
    const diffs = diffRevisions(snapshotsInOrder);
    const revisions = entries.map(({ commit, change }, index): Revision => {
      const snapshot = snapshotsInOrder[index]!;
      changesOf.set(change, { snapshot, changes: diffs[index]! });
      return {
        commit: { hash: commit.hash, date: commit.date, author: commit.author, subject: commit.subject },
        status: change.status as Revision['status'],
        path: change.path,
        ...(change.previousPath && { previousPath: change.previousPath }),
        blob: change.blob,
        snapshot,
        changes: diffs[index]!,
      };
    });
    lastSnapshotOf.set(lineage, snapshotsInOrder.at(-1)!);
    if (existingFiles.has(lineage)) journeyRevisions.set(lineage, revisions.reverse());
  }

  const lastChanged = new Map<string, string>();
  const changes: HandbookChange[] = git.commits.map((commit) => ({
    hash: commit.hash,
    date: commit.date,
    author: commit.author,
    subject: commit.subject,
    files: commit.changes.map((change): ChangedFile => {
      const currentPath = currentPathOf(change);
      if (currentPath && !lastChanged.has(currentPath)) lastChanged.set(currentPath, commit.date.slice(0, 10));
      const collection = collectionOf(change.path);
      const journey = collection === 'journeys' ? (changesOf.get(change) ?? (change.status === 'deleted' ? { snapshot: lastSnapshotOf.get(lineageOf.get(change)!) } : undefined)) : undefined;
      return {
        status: change.status,
        path: change.path,
        ...(change.previousPath && { previousPath: change.previousPath }),
        collection,
        ...(currentPath && { currentPath }),
        ...(journey?.snapshot && { snapshot: journey.snapshot }),
        ...(journey && 'changes' in journey && journey.changes && { changes: journey.changes }),
      };
    }),
  }));
  const revisionCount = [...journeyRevisions.values()].reduce((sum, revisions) => sum + revisions.length, 0);
  const cost = { ms: Math.round(performance.now() - started), commits: git.commits.length, journeyRevisions: revisionCount, versionsReadFromGit: readFromGit };
  return { status: git.status, journeyRevisions, changes, lastChanged, cost };
}

/** The snapshot of each blob: from the cache under `cacheDir`, the rest read from git in one pass. */
function snapshotsOf(root: string, blobs: readonly string[], cacheDir: string | undefined): { snapshots: Map<string, MapSnapshot>; readFromGit: number } {
  const version = cacheDir ? snapshotReaderVersion() : undefined;
  const path = cacheDir ? join(cacheDir, 'journeybook', 'history', 'snapshots.json') : undefined;
  const stored = path && version ? readCache(path, version) : {};
  const snapshots = new Map<string, MapSnapshot>();
  const missing: string[] = [];
  for (const blob of blobs) {
    const cached = stored[blob];
    if (cached && typeof cached === 'object' && Array.isArray(cached.touchpoints)) snapshots.set(blob, cached);
    else missing.push(blob);
  }
  if (missing.length === 0 && Object.keys(stored).length === blobs.length) return { snapshots, readFromGit: 0 };
  for (const [blob, text] of readBlobs(root, missing)) snapshots.set(blob, readMapSnapshot(text));
  if (path && version) writeCache(path, version, snapshots);
  return { snapshots, readFromGit: missing.length };
}

interface SnapshotCache {
  version: string;
  entries: Record<string, MapSnapshot>;
}

function readCache(path: string, version: string): Record<string, MapSnapshot> {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<SnapshotCache> | null;
    if (parsed?.version !== version || typeof parsed.entries !== 'object' || parsed.entries === null) return {};
    return parsed.entries;
  } catch {
    return {};
  }
}

/** Written atomically; a cache that cannot be written only makes the next build slower. */
function writeCache(path: string, version: string, snapshots: Map<string, MapSnapshot>): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, JSON.stringify({ version, entries: Object.fromEntries(snapshots) } satisfies SnapshotCache));
    renameSync(temporary, path);
  } catch {
    rmSync(temporary, { force: true });
  }
}
