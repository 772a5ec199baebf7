import { spawnSync } from 'node:child_process';

/*
 * The handbook's history, read from git in one pass (docs/format.md#history-and-changes-v2): one
 * `git rev-parse` to learn whether there is a repository and whether it is shallow, one `git log`
 * with the raw diff (blob ids, renames) of every commit that touched content/, and later one
 * `git cat-file --batch` for whichever old file versions are wanted. Never one process per file
 * or per revision: at 1,000 journeys with 10 revisions each that would be 10,000 processes.
 */

/** Whether the history could be read, and if not, why (the pages say so, with what to do). */
export type HistoryStatus =
  /** The whole history is there. */
  | 'complete'
  /** A shallow clone (CI's default): only the latest commits, so the history is left out. */
  | 'shallow'
  /** The handbook is not inside a git repository (a downloaded archive, a copy). */
  | 'no-repository'
  /** The `git` command is not installed where the handbook is built. */
  | 'no-git'
  /**
   * Not published for this build's audience: past revisions and commit messages may hold what
   * was internal then, so a public build shows no history (docs/format.md#audiences-v2).
   */
  | 'withheld';

export interface GitCommit {
  hash: string;
  /** When the change was written (author date), ISO 8601 with its time zone. */
  date: string;
  author: string;
  /** The first line of the commit message. */
  subject: string;
}

/** One file a commit added, modified, deleted or renamed under content/. */
export interface GitFileChange {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** Path relative to the handbook's root (where content/ is), after the commit. */
  path: string;
  /** For a rename: the path before it. */
  previousPath?: string;
  /** The file's blob after the commit; for a deletion, the blob it had before. */
  blob: string;
  /** The blob before the commit; undefined for an addition. */
  previousBlob?: string;
}

export interface GitCommitWithChanges extends GitCommit {
  changes: GitFileChange[];
}

export interface GitHistory {
  status: HistoryStatus;
  /** Commits that touched content/, newest first (empty unless the status is complete). */
  commits: GitCommitWithChanges[];
}

const RECORD = '\x1e';
const FIELD = '\x1f';
const ZERO_BLOB = /^0+$/;
/** Large enough for the log of a handbook with 100,000 file revisions, and its old versions. */
const MAX_BUFFER = 1024 * 1024 * 1024;

function git(root: string, args: string[], input?: string) {
  return spawnSync('git', args, { cwd: root, input, encoding: 'utf8', maxBuffer: MAX_BUFFER, stdio: ['pipe', 'pipe', 'pipe'] });
}

/** Every commit that touched `<root>/content`, with what it did to each file there. */
export function readGitHistory(root: string): GitHistory {
  const facts = git(root, ['rev-parse', '--is-inside-work-tree', '--is-shallow-repository', '--show-prefix']);
  if (facts.error) return { status: 'no-git', commits: [] };
  if (facts.status !== 0) return { status: 'no-repository', commits: [] };
  const [inside, shallow, prefix = ''] = facts.stdout.split('\n');
  if (inside !== 'true') return { status: 'no-repository', commits: [] };
  if (shallow === 'true') return { status: 'shallow', commits: [] };
  const log = git(root, ['-c', 'core.quotePath=false', 'log', `--format=${RECORD}%H${FIELD}%aI${FIELD}%an${FIELD}%s`, '--raw', '-M', '--no-abbrev', '-z', '--', 'content']);
  // A repository without a single commit yet has no history, and that is complete.
  if (log.status !== 0) return { status: 'complete', commits: [] };
  return { status: 'complete', commits: parseRawLog(log.stdout, prefix) };
}

/**
 * Parses `git log --format=<RS>%H<US>%aI<US>%an<US>%s --raw -M --no-abbrev -z`: each record is
 * the header, a NUL, then for every file `:<modes> <old blob> <new blob> <status>` NUL `<path>`
 * NUL (and a second path for a rename or copy). Paths are relative to the repository's top and
 * have `prefix` (where the handbook sits inside it) taken off. Commits without a change under
 * content/ (merges, whose diff `git log` leaves out) are dropped.
 */
export function parseRawLog(output: string, prefix = ''): GitCommitWithChanges[] {
  const commits: GitCommitWithChanges[] = [];
  const local = (path: string) => (prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path);
  for (const record of output.split(RECORD)) {
    if (!record) continue;
    const headerEnd = record.indexOf('\0');
    const header = headerEnd === -1 ? record : record.slice(0, headerEnd);
    const [hash = '', date = '', author = '', subject = ''] = header.split(FIELD);
    const tokens = headerEnd === -1 ? [] : record.slice(headerEnd + 1).split('\0');
    const changes: GitFileChange[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const meta = tokens[i]!.trim();
      if (!meta.startsWith(':')) continue;
      const [, , oldBlob = '', newBlob = '', code = ''] = meta.slice(1).split(' ');
      const letter = code[0];
      const first = local(tokens[++i] ?? '');
      const previousBlob = ZERO_BLOB.test(oldBlob) ? undefined : oldBlob;
      if (letter === 'R' || letter === 'C') {
        const second = local(tokens[++i] ?? '');
        // A copy leaves the original in place: for the new file it is an addition with a past.
        changes.push({ status: letter === 'R' ? 'renamed' : 'added', path: second, previousPath: first, blob: newBlob, ...(previousBlob && { previousBlob }) });
      } else if (letter === 'A') changes.push({ status: 'added', path: first, blob: newBlob });
      else if (letter === 'D') changes.push({ status: 'deleted', path: first, blob: oldBlob });
      else changes.push({ status: 'modified', path: first, blob: newBlob, ...(previousBlob && { previousBlob }) });
    }
    if (hash && changes.length > 0) commits.push({ hash, date, author, subject, changes });
  }
  return commits;
}

/**
 * The text of each blob, from one `git cat-file --batch`. Blobs git cannot find (a broken
 * repository) are left out: the past is shown as far as it can be read.
 */
export function readBlobs(root: string, blobs: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  const wanted = [...new Set(blobs)];
  if (wanted.length === 0) return texts;
  const result = spawnSync('git', ['cat-file', '--batch'], { cwd: root, input: `${wanted.join('\n')}\n`, maxBuffer: MAX_BUFFER, stdio: ['pipe', 'pipe', 'pipe'] });
  if (result.error || result.status !== 0) return texts;
  const output = result.stdout;
  let offset = 0;
  while (offset < output.length) {
    const lineEnd = output.indexOf(10, offset);
    if (lineEnd === -1) break;
    const [id = '', type, size] = output.subarray(offset, lineEnd).toString('utf8').split(' ');
    offset = lineEnd + 1;
    if (type === 'missing' || size === undefined) continue;
    const length = Number(size);
    texts.set(id, output.subarray(offset, offset + length).toString('utf8'));
    // The object is followed by a newline.
    offset += length + 1;
  }
  return texts;
}
