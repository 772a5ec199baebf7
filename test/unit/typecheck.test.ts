import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { REPO } from '../build/harness.ts';

const run = promisify(execFile);

// The code runs with types stripped, so only the compiler notices a wrong type: run it in the suite.
it('type-checks the whole project with the strict settings of tsconfig.json', async () => {
  const tsc = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = await run(process.execPath, [tsc, '--noEmit', '-p', REPO], { cwd: REPO, maxBuffer: 16 * 1024 * 1024 }).then(
    () => '',
    (error: { stdout?: string }) => error.stdout ?? String(error),
  );
  expect(result).toBe('');
});
