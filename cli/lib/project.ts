import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SettingsInput, SiteSettings } from '../../src/schema/settings.ts';
import { resolveSettings } from '../../src/handbook/settings.ts';

/** The project the command runs in: the current directory, as npm scripts run there. */
export function projectRoot(): string {
  return process.cwd();
}

/**
 * Reads the site settings from astro.config.mjs without starting Astro: the journeybook()
 * integration keeps its options on the integration object.
 */
export async function readSiteSettings(root: string): Promise<SiteSettings> {
  const configPath = ['astro.config.mjs', 'astro.config.ts', 'astro.config.js'].map((name) => join(root, name)).find(existsSync);
  let options: SettingsInput | undefined;
  let site: string | undefined;
  let base: string | undefined;
  if (configPath) {
    const config = (await import(pathToFileURL(configPath).href)).default as {
      site?: string;
      base?: string;
      integrations?: Array<{ name?: string; journeybookOptions?: SettingsInput } | unknown[]>;
    };
    site = config.site;
    base = config.base;
    const integration = (config.integrations ?? []).flat().find(
      (item): item is { name: string; journeybookOptions: SettingsInput } => (item as { name?: string })?.name === 'journeybook',
    );
    options = integration?.journeybookOptions;
  }
  return resolveSettings(options, { site, base });
}
