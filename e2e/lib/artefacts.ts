import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../../test/build/harness.ts';

/** Screenshots and PDFs the browser specs leave for people to look at (gitignored, kept by CI). */
export const ARTEFACTS = join(REPO, 'test-results', 'e2e');

/** The path of an artefact file, its folder created. */
export function artefact(name: string): string {
  mkdirSync(ARTEFACTS, { recursive: true });
  return join(ARTEFACTS, name);
}
