import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleTreeRss } from './process-tree.ts';

const GNU_TIME = '/usr/bin/time';

export interface CommandSpec {
  command: string;
  args: string[];
  cwd: string;
  env?: Record<string, string>;
  /** Where the command's stdout and stderr are written, for reading after the run. */
  logFile: string;
}

export interface Measurement {
  exitCode: number;
  wallMs: number;
  /** User + system CPU time of the whole process tree. */
  cpuMs: number | undefined;
  /** Peak of the summed resident memory of the process tree, sampled from /proc. */
  peakTreeRssBytes: number;
  /** GNU time's "maximum resident set size": the largest single process. */
  peakProcessRssBytes: number | undefined;
  /** CPU time by process name, sampled from /proc (a process's last ~50 ms may be missed). */
  cpuByProcess: Record<string, number>;
  /** Resident memory by process name at the peak of the tree. */
  peakRssByProcess: Record<string, number>;
  /** 1-minute load average when the command started and when it ended. */
  loadBefore: number;
  loadAfter: number;
  output: string;
}

/** Whether GNU time is installed (Debian package `time`); without it CPU time is not reported. */
export const hasGnuTime = existsSync(GNU_TIME);

/** Runs a command to completion and measures its wall time, CPU time and peak memory. */
export async function measureCommand(spec: CommandSpec): Promise<Measurement> {
  const scratch = mkdtempSync(join(tmpdir(), 'journeybook-bench-time-'));
  const timeFile = join(scratch, 'time.txt');
  const [command, args] = hasGnuTime ? [GNU_TIME, ['-v', '-o', timeFile, spec.command, ...spec.args]] : [spec.command, spec.args];
  const log = createWriteStream(spec.logFile);
  const chunks: Buffer[] = [];
  const loadBefore = loadavg()[0]!;
  const started = performance.now();
  const child = spawn(command, args, { cwd: spec.cwd, env: { ...process.env, ...spec.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleTreeRss(child.pid!, { excludeRoot: hasGnuTime });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      log.write(chunk);
    });
  }
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  const wallMs = performance.now() - started;
  const tree = sampler.stop();
  await new Promise<void>((resolve) => log.end(resolve));
  const rusage = hasGnuTime && existsSync(timeFile) ? parseGnuTime(readFileSync(timeFile, 'utf8')) : undefined;
  rmSync(scratch, { recursive: true, force: true });
  return {
    exitCode,
    wallMs,
    // GNU time counts the build process and the children it waited for; Pagefind's service is
    // not waited for, so the sampled per-process sum is the fuller figure when it is larger.
    cpuMs: Math.max(rusage?.cpuMs ?? 0, Object.values(tree.cpuByProcess).reduce((sum, ms) => sum + ms, 0)) || undefined,
    peakTreeRssBytes: Math.max(tree.peakRssBytes, rusage?.maxRssBytes ?? 0),
    peakProcessRssBytes: rusage?.maxRssBytes,
    cpuByProcess: tree.cpuByProcess,
    peakRssByProcess: tree.peakRssByProcess,
    loadBefore,
    loadAfter: loadavg()[0]!,
    output: Buffer.concat(chunks).toString('utf8'),
  };
}

/** Reads `/usr/bin/time -v` output: user and system seconds, and maximum resident set size. */
export function parseGnuTime(text: string): { cpuMs: number; maxRssBytes: number } | undefined {
  const number = (label: string) => {
    const match = new RegExp(`${label}:\\s*([\\d.]+)`).exec(text);
    return match ? Number(match[1]) : undefined;
  };
  const user = number('User time \\(seconds\\)');
  const system = number('System time \\(seconds\\)');
  const maxRss = number('Maximum resident set size \\(kbytes\\)');
  if (user === undefined || system === undefined || maxRss === undefined) return undefined;
  return { cpuMs: (user + system) * 1000, maxRssBytes: maxRss * 1024 };
}
