import { readdirSync, readFileSync } from 'node:fs';

/**
 * Resident memory of a process and all its descendants, read from /proc. `/usr/bin/time -v`
 * reports the largest single process, not the sum of processes alive at the same time (the
 * build's Node process, Pagefind's binary, esbuild), so the bench also samples the whole tree.
 */
const PAGE_SIZE = 4096;

/** Pids of `pid` and all its descendants, alive now. */
export function processTree(pid: number): number[] {
  const seen: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop()!;
    seen.push(current);
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${current}/task`);
    } catch {
      continue; // exited meanwhile
    }
    for (const task of tasks) {
      try {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
        if (children) queue.push(...children.split(/\s+/).map(Number));
      } catch {
        // the thread or process exited meanwhile
      }
    }
  }
  return seen;
}

/** Resident set size of one process in bytes (0 once it has exited). */
export function residentBytes(pid: number): number {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    return Number.isFinite(pages) ? pages * PAGE_SIZE : 0;
  } catch {
    return 0;
  }
}

export interface RssSampler {
  /** Stops sampling and returns the peak of the summed resident memory, in bytes. */
  stop(): number;
}

/**
 * Samples the summed RSS of the tree below `pid` every `intervalMs`. Pages shared between
 * processes count once per process, so the sum is an upper bound of what the tree occupies.
 * `excludeRoot` leaves out a wrapper (`/usr/bin/time`) that is not part of the build.
 */
export function sampleTreeRss(pid: number, { intervalMs = 50, excludeRoot = false } = {}): RssSampler {
  let peak = 0;
  const sample = () => {
    const pids = processTree(pid).filter((each) => !(excludeRoot && each === pid));
    const total = pids.reduce((sum, each) => sum + residentBytes(each), 0);
    if (total > peak) peak = total;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
