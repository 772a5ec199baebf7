import { describe, expect, it } from 'vitest';
import { buildOutput, progressMode, type ProgressMode } from '../../cli/lib/progress-display.ts';
import { cliTranslator } from '../../src/i18n/index.ts';
import { terminalScreen } from '../helpers/terminal-screen.ts';

/** A terminal of `columns` that keeps what it was sent. */
function fakeTerminal(columns = 100) {
  const raw: string[] = [];
  return {
    columns,
    raw,
    screen: () => terminalScreen(raw.join('')),
    write(text: string) {
      raw.push(text);
      return true;
    },
  };
}

function display(mode: ProgressMode) {
  const terminal = fakeTerminal();
  let clock = 0;
  const output = buildOutput({ mode, speech: { say: cliTranslator('en'), locale: 'en' }, stdout: terminal, stderr: terminal, now: () => clock });
  return { terminal, output, at: (ms: number) => (clock = ms) };
}

describe('the build’s output on a terminal', () => {
  it('keeps one line per phase at the bottom, and writes the build’s own lines whole above it', () => {
    const { terminal, output, at } = display('live');
    output.event({ type: 'start', phase: 'validation', total: 20 });
    at(500);
    output.event({ type: 'end', phase: 'validation', total: 20, made: 20, reused: 0 });
    output.event({ type: 'start', phase: 'pages' });
    output.line('warning: content/journeys/a.mdx:3:1: reviewed: more than 6 months ago', 'stderr');
    at(2_000);
    output.event({ type: 'total', phase: 'pages', total: 40 });
    output.event({ type: 'start', phase: 'images', total: 4 });
    expect(terminal.screen()).toEqual([
      'warning: content/journeys/a.mdx:3:1: reviewed: more than 6 months ago',
      expect.stringMatching(/^✓ Validation +20 files in 500 ms$/),
      expect.stringMatching(/^› Pages +0\/40 files {2}0%$/),
      expect.stringMatching(/^› Share images +0\/4 images {2}0%$/),
    ]);
    output.stop();
  });

  it('gives way to the summary when the build succeeds', () => {
    const { terminal, output, at } = display('live');
    output.event({ type: 'start', phase: 'validation', total: 2 });
    at(100);
    output.event({ type: 'end', phase: 'validation', total: 2, made: 1, reused: 1 });
    output.finish(100);
    expect(terminal.screen()).toEqual(['Built in 100 ms:', expect.stringMatching(/^ {2}Validation +2 files in 100 ms: 1 validated, 1 from the cache$/)]);
  });

  it('leaves only what went wrong when the build fails', () => {
    const { terminal, output } = display('live');
    output.event({ type: 'start', phase: 'validation', total: 2 });
    output.line('content/journeys/a.mdx:2:1: title: required', 'stderr');
    output.stop();
    expect(terminal.screen()).toEqual(['content/journeys/a.mdx:2:1: title: required']);
  });

  it('cuts a line the terminal is too narrow for, so the block never wraps', () => {
    const terminal = fakeTerminal(30);
    const output = buildOutput({ mode: 'live', speech: { say: cliTranslator('es'), locale: 'es' }, stdout: terminal, stderr: terminal, now: () => 0 });
    output.event({ type: 'start', phase: 'images', total: 1200 });
    expect(terminal.screen()).toEqual(['› Imágenes para compartir  0…']);
    expect(terminal.screen()[0]).toHaveLength(29);
    output.stop();
  });
});

describe('the build’s output in a log', () => {
  it('is plain whole lines, and the summary', () => {
    const { terminal, output, at } = display('plain');
    output.event({ type: 'start', phase: 'validation', total: 2 });
    output.line('history: not read, not a git repository', 'stdout');
    at(300);
    output.event({ type: 'end', phase: 'validation', total: 2, made: 2, reused: 0 });
    output.finish(300);
    expect(terminal.raw.join('')).toBe(
      ['Validation: started, 2 files', 'history: not read, not a git repository', 'Validation: 2 files in 300 ms', 'Built in 300 ms:', '  Validation    2 files in 300 ms: 2 validated, 0 from the cache', ''].join('\n'),
    );
  });

  it('is only the summary with --verbose, where Astro’s log says where the build is', () => {
    const { terminal, output, at } = display('verbose');
    output.event({ type: 'start', phase: 'validation', total: 2 });
    at(300);
    output.event({ type: 'end', phase: 'validation', total: 2, made: 2, reused: 0 });
    output.finish(300);
    expect(terminal.raw.join('')).toBe('Built in 300 ms:\n  Validation    2 files in 300 ms: 2 validated, 0 from the cache\n');
  });

  it('is chosen by where the output goes', () => {
    expect(progressMode({ verbose: false, isTTY: true, term: 'xterm-256color' })).toBe('live');
    expect(progressMode({ verbose: false, isTTY: undefined, term: 'xterm-256color' })).toBe('plain');
    expect(progressMode({ verbose: false, isTTY: true, term: 'dumb' })).toBe('plain');
    expect(progressMode({ verbose: true, isTTY: true, term: 'xterm' })).toBe('verbose');
  });
});
