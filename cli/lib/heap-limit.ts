import { listContentFiles } from '../../src/sources/content-files.ts';

/**
 * The V8 heap limit (MB) for building a handbook of `contentFiles` journeys, personas and
 * research sources.
 *
 * V8 sizes its heap by the machine's memory, not by what the build keeps alive: uncapped, a
 * build of 1,000 journeys holds 1.6–2.4 GB that a 1 GB limit serves at no measurable extra CPU
 * (docs/performance.md). Live memory grows with the handbook, but far slower than 1 MB a file:
 * after full collections it is at most 251 MB at 1,000 journeys (1,150 files). So the limit is
 * 1 MB a file, never below 1 GB, up to 3 GB; a handbook that outgrows 3 GB at that rate gets
 * 0.27 MB a file, the rate that built 10,000 journeys (11,500 files) in 3 GB, where 1 MB a file
 * (11.5 GB) let the build's memory reach 9.6 GB and took 24 % longer.
 */
export function heapLimitMb(contentFiles: number): number {
  const perFile = Math.ceil(contentFiles * 1.0);
  const largeHandbook = Math.max(3072, Math.ceil(contentFiles * 0.27));
  return Math.max(1024, Math.min(perFile, largeHandbook));
}

/** How many journey and persona files the project has (a cheap directory walk, no parsing). */
export function countContentFiles(root: string): number {
  try {
    return listContentFiles(root, 'journeys').length + listContentFiles(root, 'personas').length + listContentFiles(root, 'research').length;
  } catch {
    // an unreadable folder: validation reports what matters; the smallest limit serves meanwhile
    return 0;
  }
}

/** Whether the user already chose a heap limit (in NODE_OPTIONS or Node's own arguments). */
export function heapLimitChosen(nodeOptions: string | undefined, execArgv: readonly string[]): boolean {
  return [...(nodeOptions ?? '').split(/\s+/), ...execArgv].some((option) => option.startsWith('--max-old-space-size'));
}
