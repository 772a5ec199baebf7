import { stringify } from 'yaml';
import { buildHandbook, type Handbook } from '../../src/handbook/build-model.ts';
import { resolveSettings } from '../../src/validate/settings.ts';
import type { SettingsInput } from '../../src/schema/settings.ts';
import { formatProblem } from '../../src/validate/problem.ts';
import { validateContent } from '../../src/validate/validate-content.ts';
import { contentSources } from './content-sources.ts';

export interface HandbookSpec {
  /** slug → persona frontmatter. */
  personas: Record<string, Record<string, unknown>>;
  /** slug → journey frontmatter. */
  journeys: Record<string, Record<string, unknown>>;
  /** id → track frontmatter. */
  tracks?: Record<string, Record<string, unknown>>;
  /** id → research frontmatter. */
  research?: Record<string, Record<string, unknown>>;
  /** channels.yaml as an object. */
  channels?: Record<string, { label: string; icon?: string }>;
  /** stages.yaml as a list. */
  stages?: Array<{ id: string; name: string; description?: string }>;
  /** folder → _folder.yaml as an object. */
  folders?: Record<string, { label: string; description?: string; order?: number }>;
  settings?: SettingsInput;
  base?: string;
  today?: string;
}

/**
 * The handbook model of content written as objects (turned into the frontmatter an author
 * would write, then validated and modelled like a build does), so domain specs read like
 * small handbooks and exercise the same defaults (ids t1…, importance 3, emotion words).
 */
export function handbookOf(spec: HandbookSpec): Handbook {
  const files: Record<string, string> = {};
  for (const [slug, data] of Object.entries(spec.personas)) files[`content/personas/${slug}.md`] = `---\n${stringify(data)}---\n`;
  for (const [slug, data] of Object.entries(spec.journeys)) files[`content/journeys/${slug}.md`] = `---\n${stringify(data)}---\n`;
  for (const [id, data] of Object.entries(spec.tracks ?? {})) files[`content/tracks/${id}.md`] = `---\n${stringify(data)}---\n`;
  for (const [id, data] of Object.entries(spec.research ?? {})) files[`content/research/${id}.md`] = `---\n${stringify(data)}---\n`;
  if (spec.channels) files['content/channels.yaml'] = stringify(spec.channels);
  if (spec.stages) files['content/stages.yaml'] = stringify(spec.stages);
  for (const [folder, data] of Object.entries(spec.folders ?? {})) files[`content/journeys/${folder}/_folder.yaml`] = stringify(data);
  const today = new Date(`${spec.today ?? '2026-11-25'}T00:00:00Z`);
  const settings = resolveSettings(spec.settings ?? { locale: 'es' }, { base: spec.base ?? '/' }, {});
  const validated = validateContent(contentSources(files), { reviewIntervalMonths: settings.reviewIntervalMonths, today });
  if (!validated.ok) throw new Error(`fixture handbook is invalid:\n${validated.problems.map(formatProblem).join('\n')}`);
  return buildHandbook(validated, settings, { today });
}

/** A touchpoint with just the fields a spec cares about. */
export function tp(phase: string, title: string, emotion: number | string, extra: Record<string, unknown> = {}) {
  return { phase, title, channel: 'web', emotion, ...extra };
}
