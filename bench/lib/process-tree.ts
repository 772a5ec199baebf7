import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * Resident memory of a process and all its descendants, read from /proc. `/usr/bin/time -v`
 * reports the largest single process, not the sum of processes alive at the same time (the
 * build's Node process, Pagefind's binary, esbuild), so the bench also samples the whole tree.
 */
const PAGE_SIZE = Number(getconf('PAGESIZE')) || 4096;
/** Kernel clock ticks per second, the unit of CPU times in /proc/<pid>/stat. */
const CLOCK_TICKS = Number(getconf('CLK_TCK')) || 100;

function getconf(name: string): string {
  try {
    return execFileSync('getconf', [name], { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

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

/**
 * A process's program name and the CPU time (user + system, all threads) it has used so far.
 * The name comes from the command line, as Node renames its main thread ("MainThread"); it is
 * undefined while there is none (an exited process not yet reaped).
 */
export function cpuOf(pid: number): { name: string | undefined; ms: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const program = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] ?? '';
    const name = program.split('/').at(-1) || undefined;
    // Fields after the command name: state is field 3, utime 14 and stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { name, ms: ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS };
  } catch {
    return undefined;
  }
}

export interface TreeSample {
  /** Peak of the summed resident memory, in bytes. */
  peakRssBytes: number;
  /** Resident memory by command name at that peak. */
  peakRssByProcess: Record<string, number>;
  /** CPU time by command name (node, pagefind, esbuild …), as last seen before each process ended. */
  cpuByProcess: Record<string, number>;
}

export interface RssSampler {
  /** Stops sampling and returns what it saw. */
  stop(): TreeSample;
}

/**
 * Samples the summed RSS and per-process CPU time of the tree below `pid` every `intervalMs`. Pages shared between
 * processes count once per process, so the sum is an upper bound of what the tree occupies.
 * `excludeRoot` leaves out a wrapper (`/usr/bin/time`) that is not part of the build.
 */
export function sampleTreeRss(pid: number, { intervalMs = 50, excludeRoot = false } = {}): RssSampler {
  let peak = 0;
  let peakByProcess: Record<string, number> = {};
  const cpu = new Map<number, { name: string; ms: number }>();
  const sample = () => {
    const pids = processTree(pid).filter((each) => !(excludeRoot && each === pid));
    const byProcess: Record<string, number> = {};
    let total = 0;
    for (const each of pids) {
      const used = cpuOf(each);
      if (!used) continue;
      // The latest name: a child is first seen between fork and exec under its parent's name,
      // and an exited process has no command line left.
      const name = used.name ?? cpu.get(each)?.name ?? 'unknown';
      cpu.set(each, { name, ms: used.ms });
      const resident = residentBytes(each);
      byProcess[name] = (byProcess[name] ?? 0) + resident;
      total += resident;
    }
    if (total > peak) {
      peak = total;
      peakByProcess = byProcess;
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      const cpuByProcess: Record<string, number> = {};
      for (const { name, ms } of cpu.values()) cpuByProcess[name] = (cpuByProcess[name] ?? 0) + ms;
      return { peakRssBytes: peak, peakRssByProcess: peakByProcess, cpuByProcess };
    },
  };
}
