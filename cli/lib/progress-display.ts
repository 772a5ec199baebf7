/**
 * Writes what `npm run build` says while it works (the text is cli/lib/build-progress.ts's):
 *
 * - on a terminal, one line per phase, redrawn in place a few times a second, with the lines the
 *   build prints (warnings, errors, notes) written above them, whole;
 * - into a pipe or a CI log, a few plain lines per phase;
 * - with `--verbose`, nothing but the summary: Astro's own log says where the build is.
 *
 * Whatever the mode, a successful build ends with the summary.
 */
import type { BuildEvent } from '../../src/integration/build-events.ts';
import { BuildProgress, PlainLines, liveLine, summaryLines, type Speech } from './build-progress.ts';

export type ProgressMode = 'live' | 'plain' | 'verbose';

/** A stream the display writes to; `columns` when it is a terminal. */
export interface OutputStream {
  write(text: string): unknown;
  columns?: number;
}

export interface BuildOutput {
  /** A step of the build, as it happens. */
  event(event: BuildEvent): void;
  /** A whole line printed by some part of the build, for `stream`. */
  line(text: string, stream: 'stdout' | 'stderr'): void;
  /** The build succeeded: the progress gives way to the summary. */
  finish(totalMs: number): void;
  /** The build failed: the progress lines go; what went wrong stays on screen. */
  stop(): void;
}

/** The mode for a stdout: lines in place on a terminal that can move its cursor, plain lines otherwise. */
export function progressMode(options: { verbose: boolean; isTTY: boolean | undefined; term: string | undefined }): ProgressMode {
  if (options.verbose) return 'verbose';
  return options.isTTY && options.term !== 'dumb' ? 'live' : 'plain';
}

/** A terminal's lines are redrawn this often; a plain log is checked for a silent phase this often. */
const REDRAW_MS = 150;
const PLAIN_CHECK_MS = 5_000;

const CURSOR_UP_TO_LINE_START = (lines: number) => `\u001b[${lines}F`;
const ERASE_LINE = '\u001b[2K';
const ERASE_BELOW = '\u001b[J';

export function buildOutput(options: { mode: ProgressMode; speech: Speech; stdout: OutputStream; stderr: OutputStream; now?: () => number }): BuildOutput {
  const { mode, speech, stdout, stderr } = options;
  const now = options.now ?? (() => performance.now());
  const progress = new BuildProgress();
  const write = (stream: 'stdout' | 'stderr', text: string) => (stream === 'stdout' ? stdout : stderr).write(`${text}\n`);

  if (mode === 'verbose') {
    return {
      event: (event) => void progress.apply(event, now()),
      line: (text, stream) => write(stream, text),
      finish: (totalMs) => summaryLines(progress, totalMs, now(), speech).forEach((text) => write('stdout', text)),
      stop: () => {},
    };
  }

  if (mode === 'plain') {
    const plain = new PlainLines(speech);
    // A timer, not an event, notices a phase that has been silent for a minute; it never keeps the build alive.
    const timer = setInterval(() => plain.due(progress, now()).forEach((text) => write('stdout', text)), PLAIN_CHECK_MS);
    timer.unref();
    return {
      event(event) {
        const at = now();
        const phase = progress.apply(event, at);
        for (const text of plain.after(event, phase, at)) write('stdout', text);
      },
      line: (text, stream) => write(stream, text),
      finish(totalMs) {
        clearInterval(timer);
        for (const text of summaryLines(progress, totalMs, now(), speech)) write('stdout', text);
      },
      stop: () => clearInterval(timer),
    };
  }

  // On a terminal: the block of phase lines sits below everything else and is redrawn in place.
  let drawn = 0;
  let dirty = false;
  let lastDraw = 0;
  const fit = (text: string) => {
    // A pseudo-terminal may not know its width (0): then the usual 80 columns.
    const width = (stdout.columns || 80) - 1;
    // A line wider than the terminal wraps, and moving the cursor up would then miss the block's top.
    return text.length > width ? `${text.slice(0, Math.max(0, width - 1))}…` : text;
  };
  const erase = () => {
    if (drawn > 0) stdout.write(`${CURSOR_UP_TO_LINE_START(drawn)}${ERASE_BELOW}`);
    drawn = 0;
  };
  const draw = () => {
    const at = now();
    const lines = progress.started().map((phase) => fit(liveLine(phase, at, speech)));
    const up = drawn > 0 ? CURSOR_UP_TO_LINE_START(drawn) : '';
    const rest = lines.length < drawn ? ERASE_BELOW : '';
    stdout.write(`${up}${lines.map((text) => `${ERASE_LINE}${text}\n`).join('')}${rest}`);
    drawn = lines.length;
    dirty = false;
    lastDraw = at;
  };
  // Redrawn when something changed, and every second anyway: the elapsed time and the time left move on.
  const timer = setInterval(() => {
    if (dirty || now() - lastDraw >= 1_000) draw();
  }, REDRAW_MS);
  timer.unref();
  return {
    event(event) {
      progress.apply(event, now());
      dirty = true;
      // A phase that starts or ends shows at once; counts wait for the next redraw.
      if (event.type === 'start' || event.type === 'end') draw();
    },
    line(text, stream) {
      erase();
      write(stream, text);
      draw();
    },
    finish(totalMs) {
      clearInterval(timer);
      erase();
      for (const text of summaryLines(progress, totalMs, now(), speech)) write('stdout', text);
    },
    stop() {
      clearInterval(timer);
      erase();
    },
  };
}
