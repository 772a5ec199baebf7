import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'vitest';

/** Every page and export a build wrote (search index and images aside), path → text. */
function siteTexts(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[]) {
    if (/\.(html|json|mmd|csv)$/.test(name) && !name.startsWith('pagefind')) files.set(relative(dist, join(dist, name)), readFileSync(join(dist, name), 'utf8'));
  }
  return files;
}

/** An incremental build's site equals a build from scratch of the same content: the same files, each with the same text. */
export function expectSameSite(incrementalDist: string, scratchDist: string): void {
  const incremental = siteTexts(incrementalDist);
  const scratch = siteTexts(scratchDist);
  expect([...incremental.keys()].sort()).toEqual([...scratch.keys()].sort());
  for (const [path, text] of scratch) expect(incremental.get(path), path).toBe(text);
}
