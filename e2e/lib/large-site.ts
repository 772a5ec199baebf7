/**
 * A generated handbook large enough that every long listing of the site has several pages
 * (docs/views.md#long-listings): the journeys index, channel and tag pages, the review schedule,
 * the stages' journeys, the insights lists and the full atlas. Built with the bench's generator
 * (bench/generate.ts: every field of the format, a thousand words of narrative per journey)
 * under a base path, once per version of the engine and generator, like the sample handbook.
 */
import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateHandbook, writeHandbook } from '../../bench/generate.ts';
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { createFixture, REPO } from '../../test/build/harness.ts';
import { launchBrowser } from './browser.ts';
import { cachedBuild, hashOfInputs } from './sample-site.ts';
import { serveStatic, type StaticSite } from './static-server.ts';

/** More journeys than a page of the journeys index holds (200 lines with folder headings), and more current ones than the filter lists at once (200). */
export const LARGE_JOURNEYS = 240;
export const LARGE_BASE = '/manual/';

const INPUTS = ['src', 'cli', 'public', 'bench/generate.ts', 'bench/lib/vocabulary.ts', 'bench/lib/random.ts', 'package-lock.json', 'test/build/harness.ts', 'e2e/lib/large-site.ts'];

export interface LargeSite {
  dist: string;
  base: string;
}

let pending: Promise<LargeSite> | undefined;

/** The built large handbook; builds it the first time (per engine and generator version). */
export function largeSite(): Promise<LargeSite> {
  pending ??= cachedBuild('large-site', inputsHash(), build).then((dist) => ({ dist, base: LARGE_BASE }));
  return pending;
}

async function build(dir: string): Promise<void> {
  const fixture = createFixture('large-handbook', { settings: { title: 'Manual grande', locale: 'es' }, env: { BASE_PATH: LARGE_BASE } });
  try {
    writeHandbook(fixture.root, generateHandbook({ journeys: LARGE_JOURNEYS }));
    cpSync(join(REPO, 'public'), join(fixture.root, 'public'), { recursive: true });
    const result = await fixture.run('cli/build.ts');
    if (result.code !== 0) throw new Error(`the large handbook did not build (exit ${result.code}):\n${result.stderr || result.stdout}`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    renameSync(fixture.dist, join(dir, 'dist'));
  } finally {
    fixture.remove();
  }
}

function inputsHash(): string {
  return hashOfInputs(INPUTS);
}

export interface LargeSiteInBrowser {
  site: LargeSite;
  server: StaticSite;
  browser: Browser;
}

/**
 * For a browser spec: the large handbook served on loopback under its base path, and a Chromium
 * to visit it, set up before the spec's tests and closed after them.
 */
export function useLargeSiteInBrowser(): () => LargeSiteInBrowser {
  let context: LargeSiteInBrowser | undefined;
  let server: StaticSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const site = await largeSite();
    server = await serveStatic(site.dist, site.base);
    browser = await launchBrowser();
    context = { site, server, browser };
    // The first spec to ask builds the handbook: minutes on a busy machine.
  }, 1_500_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return () => {
    if (!context) throw new Error('the large site is not ready: call useLargeSiteInBrowser() inside describe()');
    return context;
  };
}
