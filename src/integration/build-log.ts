/**
 * The Astro logger `npm run build` gives Astro (cli/build-site.ts passes it as `logger`, see
 * https://docs.astro.build/en/reference/logger-reference/). Astro's build log names every page it
 * writes — thousands of lines, which with eight pages rendered at a time even run together — and
 * cli/build.ts shows one progress line per phase instead. So this destination passes on, in
 * Astro's own format and as whole lines: every warning and error, and the notes of the
 * journeybook integration; Astro's info lines are dropped. With `--verbose`
 * (JOURNEYBOOK_VERBOSE=1) it passes on everything, as Astro's own logger would.
 *
 * It also counts the pages Astro copies from its incremental cache, which only its log tells, for
 * the live progress line (src/integration/astro-route-log.ts).
 *
 * Astro imports this module twice: in the build process, and bundled into the prerendering code.
 * Both copies behave the same; the verbosity is read from the environment, never from the config,
 * so the bundle — and every page's cache key with it — is the same with and without --verbose.
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';
import astroNodeLog from 'astro/logger/node';
import { routeLogEntry } from './astro-route-log.ts';
import { reportBuildEvent, verboseBuildLog } from './build-events.ts';

/** Whether a quiet build still shows the message: warnings and errors, and our own notes. */
export function shownWhenQuiet(message: Pick<AstroLoggerMessage, 'level' | 'label'>): boolean {
  if (message.level === 'warn' || message.level === 'error') return true;
  return message.level === 'info' && (message.label === 'journeybook' || message.label?.startsWith('journeybook/') === true);
}

export default function buildLog(): AstroLoggerDestination {
  // Astro's logger has already applied the level (`logLevel`): its destination prints what it is handed.
  const astro = astroNodeLog({ level: 'debug' });
  const verbose = verboseBuildLog();
  return {
    write(message) {
      if (routeLogEntry(message) === 'reused') reportBuildEvent({ type: 'progress', phase: 'pages', reused: 1 });
      if (verbose || shownWhenQuiet(message)) astro.write(message);
    },
  };
}
