import { execFileSync } from 'node:child_process';

/**
 * When each file under content/ last changed, from git history: one `git log` for the whole
 * folder (not one per file), newest commit first, so the first date seen for a path is its
 * latest. Outside a git checkout, or without git, the map is empty and pages omit the date.
 */
export function lastChangedDates(root: string): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=@%cs', '--name-only', '--no-renames', '--', 'content'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return dates;
  }
  // The paths git prints are relative to the repository's top, which may be above `root`.
  let prefix = '';
  try {
    prefix = execFileSync('git', ['rev-parse', '--show-prefix'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return dates;
  }
  let current = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) current = line.slice(1);
    else if (line && current) {
      const path = prefix && line.startsWith(prefix) ? line.slice(prefix.length) : line;
      if (!dates.has(path)) dates.set(path, current);
    }
  }
  return dates;
}
