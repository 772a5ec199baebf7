import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A scratch git repository for history specs: files written and committed with a fixed author
 * and date per commit, so what the history pages show is known in advance.
 */
export function gitRepo(root: string) {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  mkdirSync(root, { recursive: true });
  git('init', '-q', '-b', 'main');
  return {
    git,
    write(path: string, text: string) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    move(from: string, to: string) {
      mkdirSync(dirname(join(root, to)), { recursive: true });
      renameSync(join(root, from), join(root, to));
    },
    remove(path: string) {
      rmSync(join(root, path));
    },
    /** Commits everything as `author` on `date` (YYYY-MM-DD, noon UTC). */
    commit(message: string, author: string, date: string) {
      git('add', '-A');
      const when = `${date}T12:00:00Z`;
      execFileSync('git', ['-c', `user.name=${author}`, '-c', 'user.email=autor@example.org', 'commit', '-q', '-m', message], {
        cwd: root,
        env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
      });
    },
  };
}
