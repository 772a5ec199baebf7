import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { readCacheDir } from '../../cli/lib/project.ts';
import { audienceCacheDir } from '../../src/sources/audience-cache-dir.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'journeybook-project-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it("is Astro's default, node_modules/.astro under the root, when the config does not set one", async () => {
  writeFileSync(join(root, 'astro.config.mjs'), 'export default { site: "https://x.example" };\n');
  expect(await readCacheDir(root, 'internal')).toBe(join(root, 'node_modules', '.astro'));
});

it('is the configured cacheDir, relative to the root', async () => {
  writeFileSync(join(root, 'astro.config.mjs'), 'export default { cacheDir: "./.cache" };\n');
  expect(await readCacheDir(root, 'internal')).toBe(join(root, '.cache'));
});

it('is the default when there is no config at all', async () => {
  expect(await readCacheDir(root, 'internal')).toBe(join(root, 'node_modules', '.astro'));
});

it('keeps a public build’s caches apart from the internal ones', async () => {
  expect(await readCacheDir(root, 'public')).toBe(join(root, 'node_modules', '.astro-public'));
  expect(audienceCacheDir('/p/node_modules/.astro/', 'public')).toBe('/p/node_modules/.astro-public');
  expect(audienceCacheDir('/p/node_modules/.astro', 'internal')).toBe('/p/node_modules/.astro');
});
