import { createInterface } from 'node:readline/promises';

export interface Prompter {
  /** Asks one question; an empty answer means `fallback`. Undefined when input ended (Ctrl+D). */
  ask(question: string, fallback?: string): Promise<string | undefined>;
  close(): void;
}

/**
 * Questions on stdin/stdout. Lines are read through one async iterator rather than
 * `rl.question()`, so answers piped in all at once (tests, scripts) are not lost between questions.
 */
export function createPrompter(): Prompter {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question, fallback) {
      rl.setPrompt(fallback ? `${question} [${fallback}]: ` : `${question}: `);
      rl.prompt();
      const next = await lines.next();
      if (next.done) {
        process.stdout.write('\n');
        return undefined;
      }
      if (!process.stdin.isTTY) process.stdout.write('\n');
      const answer = String(next.value).trim();
      return answer || fallback || '';
    },
    close: () => rl.close(),
  };
}

/** Prompts only in a terminal, or when asked to with --interactive (for scripts and tests). */
export function isInteractive(forced: boolean | undefined): boolean {
  return Boolean(forced || process.stdin.isTTY);
}
