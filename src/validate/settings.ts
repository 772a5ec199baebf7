import { AUDIENCES, type Audience } from '../schema/audience.ts';
import { settingsSchema, type SettingsInput, type SiteSettings } from '../schema/settings.ts';
import { friendlyIssues } from './schema-issues.ts';
import { keysAt } from './schema-keys.ts';

/** Thrown for invalid settings; its message lines name the setting and the fix. */
export class SettingsError extends Error {
  readonly lines: string[];
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.name = 'SettingsError';
    this.lines = lines;
  }
}

export interface DeploymentInput {
  /** Astro's `site`, possibly overridden by SITE_URL. */
  site?: string | undefined;
  /** Astro's `base`, possibly overridden by BASE_PATH. */
  base?: string | undefined;
}

/**
 * Validates the integration's options and the deployment settings, applying the `SITE_URL` and
 * `BASE_PATH` environment overrides (docs/format.md#settings). Every invalid setting is reported at
 * once.
 */
export function resolveSettings(
  input: SettingsInput | undefined,
  deployment: DeploymentInput,
  env: Record<string, string | undefined> = process.env,
): SiteSettings {
  const lines: string[] = [];
  const parsed = settingsSchema.safeParse(input ?? {}, { reportInput: true });
  if (!parsed.success) {
    for (const issue of friendlyIssues(parsed.error.issues, (path) => keysAt(settingsSchema, path))) {
      lines.push(`astro.config.mjs: journeybook({ ${issue.field} }): ${issue.message}`);
    }
  }
  const siteSource = env.SITE_URL ? 'SITE_URL' : 'site';
  const site = normalizeSite(env.SITE_URL || deployment.site, siteSource, lines);
  const baseSource = env.BASE_PATH ? 'BASE_PATH' : 'base';
  const base = normalizeBase(env.BASE_PATH || deployment.base, baseSource, lines);
  const audience = audienceOf(env.JOURNEYBOOK_AUDIENCE, lines);
  if (lines.length > 0 || !parsed.success) throw new SettingsError(lines);
  return { ...parsed.data, site, base, audience };
}

/** `JOURNEYBOOK_AUDIENCE` (which `--audience` sets): the audience of this build, `internal` when unset. */
function audienceOf(value: string | undefined, lines: string[]): Audience {
  if (!value) return 'internal';
  if ((AUDIENCES as readonly string[]).includes(value)) return value as Audience;
  lines.push(`JOURNEYBOOK_AUDIENCE (or --audience): "${value}" is not an audience; write ${AUDIENCES.join(' or ')}`);
  return 'internal';
}

function normalizeSite(value: string | undefined, source: string, lines: string[]): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    lines.push(`${source === 'site' ? 'astro.config.mjs: site' : source}: "${value}" is not an absolute URL; write it like "https://intranet.example"`);
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    lines.push(`${source === 'site' ? 'astro.config.mjs: site' : source}: "${value}" must start with http:// or https://`);
    return undefined;
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

function normalizeBase(value: string | undefined, source: string, lines: string[]): string {
  if (!value || value === '/') return '/';
  if (/[\s?#]/.test(value) || value.includes('://')) {
    lines.push(`${source === 'base' ? 'astro.config.mjs: base' : source}: "${value}" is not a path; write it like "/handbook/"`);
    return '/';
  }
  // "handbook", "/handbook", "//handbook//" all mean "/handbook/"; repeated slashes inside collapse too.
  const segments = value.split('/').filter(Boolean);
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
