import { SettingsError } from '../../src/validate/settings.ts';
import type { SiteSettings } from '../../src/schema/settings.ts';
import { readSiteSettings } from './project.ts';

export type SettingsRead = { ok: true; settings: SiteSettings } | { ok: false; lines: string[] };

/**
 * The site settings, or the lines that say why they cannot be had: invalid settings (each line
 * names the setting), or an astro.config.mjs that does not load at all (a syntax error, a missing
 * import). Either way a command can print a message instead of a stack trace.
 */
export async function readSettingsForCli(root: string): Promise<SettingsRead> {
  try {
    return { ok: true, settings: await readSiteSettings(root) };
  } catch (error) {
    if (error instanceof SettingsError) return { ok: false, lines: error.lines };
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, lines: [`astro.config.mjs: cannot be loaded: ${message}`] };
  }
}
