import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SettingsInput, SiteSettings } from '../../src/schema/settings.ts';
import { resolveSettings } from '../../src/validate/settings.ts';
import { audienceCacheDir } from '../../src/sources/audience-cache-dir.ts';
import type { Audience } from '../../src/schema/audience.ts';

/** The project the command runs in: the current directory, as npm scripts run there. */
export function projectRoot(): string {
  return process.cwd();
}

/** The parts of astro.config.mjs the commands read. */
interface AstroConfigFile {
  site?: string;
  base?: string;
  cacheDir?: string | URL;
  integrations?: Array<{ name?: string; journeybookOptions?: SettingsInput } | unknown[]>;
}

/** The project's Astro config as written, without starting Astro; empty when there is none. */
async function readAstroConfig(root: string): Promise<AstroConfigFile> {
  const configPath = ['astro.config.mjs', 'astro.config.ts', 'astro.config.js'].map((name) => join(root, name)).find(existsSync);
  // Node caches the import: reading the settings and the cacheDir loads the file once.
  return configPath ? ((await import(pathToFileURL(configPath).href)).default as AstroConfigFile) : {};
}

/**
 * Reads the site settings from astro.config.mjs without starting Astro: the journeybook()
 * integration keeps its options on the integration object.
 */
export async function readSiteSettings(root: string): Promise<SiteSettings> {
  const config = await readAstroConfig(root);
  const integration = (config.integrations ?? []).flat().find(
    (item): item is { name: string; journeybookOptions: SettingsInput } => (item as { name?: string })?.name === 'journeybook',
  );
  return resolveSettings(integration?.journeybookOptions, { site: config.site, base: config.base });
}

/**
 * Astro's cacheDir as Astro resolves it — `cacheDir` from astro.config.mjs relative to the root,
 * or `<root>/node_modules/.astro` — for the audience's build (src/sources/audience-cache-dir.ts).
 * The commands keep their caches there, next to Astro's.
 */
export async function readCacheDir(root: string, audience: Audience): Promise<string> {
  const { cacheDir } = await readAstroConfig(root);
  const astroCacheDir = cacheDir instanceof URL ? fileURLToPath(cacheDir) : resolve(root, cacheDir ?? join('node_modules', '.astro'));
  return audienceCacheDir(astroCacheDir, audience);
}
