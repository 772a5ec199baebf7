/**
 * What a build tells `npm run build` about how far it is. cli/build.ts runs the pages and share
 * images in a child process (cli/build-site.ts) and shows one progress line per phase: the child
 * reports each step over the IPC channel its parent opened, as these events, and the parent —
 * the only one writing to the terminal — draws them, times the phases and sums them up at the end
 * (cli/lib/build-progress.ts). Run any other way (`astro build`, the dev server, tests), nothing
 * is listening and reporting is a no-op.
 */

/** The phases of a build, in the order they start; images overlap the pages. */
export const BUILD_PHASES = ['validation', 'pages', 'images', 'search'] as const;
export type BuildPhase = (typeof BUILD_PHASES)[number];

export type BuildEvent =
  /** A phase begins; `total` is the number of units (files, pages, images) when already known. */
  | { type: 'start'; phase: BuildPhase; total?: number }
  /** The number of units, learnt after the phase began (Astro lists the pages after bundling). */
  | { type: 'total'; phase: BuildPhase; total: number }
  /** Units finished since the last event: `made` from scratch, `reused` from a cache. */
  | { type: 'progress'; phase: BuildPhase; made?: number; reused?: number }
  /**
   * A phase has finished. Its figures are the phase's own account, which the summary prints (a
   * second end corrects them); `shards` is the search index's: shards indexed again, and copied
   * from the cache; `ms` the phase's own working time, when it differs from start to end (the
   * share images, done early, wait for the pages before they are written).
   */
  | { type: 'end'; phase: BuildPhase; total: number; made: number; reused: number; shards?: { indexed: number; copied: number }; ms?: number };

/** The variable cli/build.ts sets for its child so the child reports to it. */
export const BUILD_EVENTS_ENV = 'JOURNEYBOOK_BUILD_EVENTS';

/** Whether someone listens: the build's child process, with its parent's channel open. */
export function buildEventsListened(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[BUILD_EVENTS_ENV] === 'ipc' && typeof process.send === 'function' && process.connected;
}

/**
 * Tells the parent build about a step. Never throws and never waits: progress is a courtesy, and
 * a parent that has gone (the child then stops, see cli/build-site.ts) must not fail the step.
 */
export function reportBuildEvent(event: BuildEvent): void {
  if (!buildEventsListened()) return;
  try {
    process.send!({ journeybookBuild: event });
  } catch {
    // the channel closed between the check and the send: nobody to tell
  }
}

/** The event inside an IPC message, when the message is one. */
export function buildEventIn(message: unknown): BuildEvent | undefined {
  if (typeof message !== 'object' || message === null || !('journeybookBuild' in message)) return undefined;
  const event = (message as { journeybookBuild: unknown }).journeybookBuild;
  if (typeof event !== 'object' || event === null) return undefined;
  const { type, phase } = event as { type?: unknown; phase?: unknown };
  if (typeof type !== 'string' || !(BUILD_PHASES as readonly unknown[]).includes(phase)) return undefined;
  return event as BuildEvent;
}

/**
 * Whether the build prints Astro's whole log, every page included, instead of progress lines:
 * `npm run build -- --verbose` (which sets JOURNEYBOOK_VERBOSE=1 for its child), the variable
 * itself, or `JOURNEYBOOK_LOG_LEVEL=debug`.
 */
export function verboseBuildLog(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.JOURNEYBOOK_VERBOSE === '1' || env.JOURNEYBOOK_VERBOSE === 'true' || env.JOURNEYBOOK_LOG_LEVEL === 'debug';
}
