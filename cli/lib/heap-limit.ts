import { listContentFiles } from '../../src/sources/content-files.ts';

/**
 * The V8 heap limit (MB) for building a handbook of `contentFiles` journeys and personas.
 *
 * V8 sizes its heap by the machine's memory, not by what the build keeps alive: uncapped, a
 * build of 1,000 journeys holds 1.6–2.4 GB that a 1 GB limit serves at no measurable extra CPU
 * (docs/performance.md). Live memory grows with the handbook, so the limit does too, about 1 MB
 * per file, never below 1 GB.
 */
export function heapLimitMb(contentFiles: number): number {
  return Math.max(1024, Math.ceil(contentFiles * 1.0));
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
