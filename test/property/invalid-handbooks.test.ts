/**
 * Issue 6 (hostile and broken input) and docs/format.md#validation: a handbook broken in any one
 * way fails validation with a line that names the file and the field — never a crash, a stack trace
 * or a hang. Many broken handbooks go through the validator in-process; a few through
 * `npm run check` (cli/check.ts) as an author would run it.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createFixture } from '../build/harness.ts';
import { check } from '../helpers/content-sources.ts';
import { brokenHandbook, MUTATION_NAMES, type Broken } from './handbook-mutations.ts';
import { REVIEW_MONTHS, TODAY, validHandbook } from './handbook-arbitrary.ts';

const IN_PROCESS_RUNS = 500;
const CLI_RUNS = 5;
/** Validation of a small handbook takes milliseconds; this much means it hangs. */
const HANG_MS = 5_000;

/** Signs that an error escaped as a crash rather than a message: stack frames, raw error names. */
const STACK_TRACE = /^\s+at |node:internal|node_modules\/|\bTypeError\b|\bReferenceError\b|\bZodError\b|\[object Object\]/m;

const tried = { inProcess: 0, cli: 0, mutations: new Set<string>() };

/** The error line that names the broken file and field, if there is one. */
function lineFor(broken: Broken, lines: string[]): string | undefined {
  return lines.find((line) => {
    if (!line.startsWith(`${broken.file}:`)) return false;
    // `file[:line:col]: field: message`
    const rest = line.slice(broken.file.length + 1).replace(/^\d+:\d+: /, '').replace(/^ /, '');
    return typeof broken.field === 'string' ? rest.startsWith(`${broken.field}: `) && rest.length > broken.field.length + 3 : broken.field.test(rest.split(': ')[0]!);
  });
}

describe('random broken handbooks', () => {
  afterAll(() => {
    console.info(`broken handbooks tried: ${tried.inProcess} in-process, ${tried.cli} through cli/check.ts; ${tried.mutations.size} kinds of breakage`);
  });

  it(`fail validation with a line naming the file and the field (${IN_PROCESS_RUNS} handbooks, in-process)`, () => {
    fc.assert(
      fc.property(brokenHandbook(validHandbook({ maxJourneys: 3, maxTouchpoints: 6 })), (broken) => {
        tried.inProcess++;
        tried.mutations.add(broken.mutation.split(' — ')[0]!);
        const started = performance.now();
        const checked = check(broken.files, { today: TODAY, reviewIntervalMonths: REVIEW_MONTHS });
        expect(performance.now() - started, broken.mutation).toBeLessThan(HANG_MS);
        expect(checked.ok, broken.mutation).toBe(false);
        expect(lineFor(broken, checked.errors), `${broken.mutation}\n${checked.errors.join('\n')}`).toBeDefined();
        for (const line of [...checked.errors, ...checked.warnings]) expect(line, broken.mutation).not.toMatch(STACK_TRACE);
      }),
      // Shrinking a whole handbook takes long and much memory; the failing case is printed as is.
      { numRuns: IN_PROCESS_RUNS, endOnFailure: true },
    );
    // Every kind of breakage came up (fast-check draws them uniformly).
    expect([...tried.mutations].sort()).toEqual([...MUTATION_NAMES].sort());
  });

  it(`make npm run check exit 1 with that line and no stack trace (${CLI_RUNS} handbooks)`, async () => {
    await fc.assert(
      fc.asyncProperty(brokenHandbook(validHandbook({ maxPersonas: 2, maxJourneys: 2, maxTouchpoints: 4 })), async (broken) => {
        tried.cli++;
        const fixture = createFixture('broken-handbook', { files: broken.files, env: { JOURNEYBOOK_TODAY: TODAY } });
        try {
          const started = performance.now();
          const result = await fixture.run('cli/check.ts');
          expect(performance.now() - started, broken.mutation).toBeLessThan(60_000);
          expect(result.code, `${broken.mutation}\n${result.stdout}${result.stderr}`).toBe(1);
          const lines = result.stderr.split('\n');
          expect(lineFor(broken, lines), `${broken.mutation}\n${result.stderr}`).toBeDefined();
          expect(result.stderr + result.stdout, broken.mutation).not.toMatch(STACK_TRACE);
        } finally {
          fixture.remove();
        }
      }),
      { numRuns: CLI_RUNS, endOnFailure: true },
    );
  });
});
