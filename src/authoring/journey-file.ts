/**
 * The text of a new journey file (`content/journeys/<slug>.mdx`) as `npm run new` and
 * `npm run import` write it: valid frontmatter (it passes `npm run check` as written) where every
 * field has a comment saying what to put there, optional fields commented out with an example,
 * and an MDX body that lists the components a narrative can use.
 */
import type { Locale } from '../schema/settings.ts';
import { templateText, type TemplateText } from '../i18n/index.ts';
import { commentLines, yamlScalar } from './yaml-text.ts';

export interface JourneyDraft {
  title: string;
  /** Slug of an existing (or just created) persona. */
  persona: string;
  summary?: string | undefined;
  phases: ReadonlyArray<{ id: string; name: string }>;
  touchpoints: ReadonlyArray<{ phase: string; title: string; channel: string; emotion: number }>;
}

export interface JourneyFileOptions {
  lang: Locale;
  /** Today, YYYY-MM-DD, shown as the example review date. */
  today: string;
  /** Extra comment lines for the top of the frontmatter ("imported from …"). */
  notes?: readonly string[];
  /** A comment beside every `channel:` line, when the channels are guesses. */
  channelNote?: string | undefined;
}

export function journeyFileText(draft: JourneyDraft, options: JourneyFileOptions): string {
  const t = templateText(options.lang);
  const lines: string[] = ['---'];
  lines.push(...commentLines('', t.journeyIntro));
  if (options.notes?.length) lines.push('#', ...commentLines('', options.notes));
  lines.push('');

  lines.push(...commentLines('', t.title), `title: ${yamlScalar(draft.title)}`);
  lines.push(...commentLines('', t.persona), `persona: ${yamlScalar(draft.persona)}`);
  lines.push(...commentLines('', t.summary));
  lines.push(draft.summary ? `summary: ${yamlScalar(draft.summary)}` : `# summary: ${yamlScalar(t.summaryExample)}`);
  lines.push(...commentLines('', t.scenario), `# scenario: ${yamlScalar(t.scenarioExample)}`);
  lines.push(...commentLines('', t.state), 'state: current');
  lines.push(...commentLines('', t.compares), '# compares: <slug>');
  lines.push(...commentLines('', t.owner), `# owner: ${yamlScalar(t.ownerExample)}`);
  lines.push(...commentLines('', t.reviewed), `# reviewed: ${options.today}`);
  lines.push(...commentLines('', t.tags), '# tags:', `#   - ${yamlScalar(t.tagExample)}`);
  lines.push(...commentLines('', t.kpis), '# kpis:', ...kpiExample('', t.kpiExample));
  lines.push('');

  lines.push(...commentLines('', t.phases), 'phases:');
  draft.phases.forEach((phase, index) => {
    if (index === 0) lines.push(...commentLines('  ', t.phaseId));
    lines.push(`  - id: ${phase.id}`, `    name: ${yamlScalar(phase.name)}`);
    if (index === 0) {
      lines.push(...commentLines('    ', t.phaseGoal), '    # goal: …');
      lines.push(...commentLines('    ', t.phaseDuration), '    # duration: …');
    }
  });
  lines.push('');

  lines.push(...commentLines('', t.touchpoints), 'touchpoints:');
  draft.touchpoints.forEach((touchpoint, index) => {
    const first = index === 0;
    const channelNote = options.channelNote ? `  # ${options.channelNote}` : '';
    lines.push(`  - phase: ${touchpoint.phase}${first ? `  # ${t.touchpointPhase}` : ''}`);
    if (first) lines.push(...commentLines('    ', t.touchpointTitle));
    lines.push(`    title: ${yamlScalar(touchpoint.title)}`);
    if (first) lines.push(...commentLines('    ', t.channel));
    lines.push(`    channel: ${touchpoint.channel}${channelNote}`);
    if (first) lines.push(...commentLines('    ', t.emotion));
    lines.push(`    emotion: ${touchpoint.emotion}`);
    if (first) lines.push(...optionalTouchpointFields(t));
  });
  lines.push('---', '');

  lines.push(t.journeyBody, '');
  lines.push('{/*', `  ${t.componentsIntro}`, ...componentHelp(t, draft.persona), '*/}', '');
  return lines.join('\n');
}

/** The narrative components (docs/format.md#the-narrative) as an MDX comment: shown in the editor, not on the page. */
function componentHelp(t: TemplateText, personaSlug: string): string[] {
  const examples: Array<[string, string]> = [
    ['<EmotionChart />', t.components.EmotionChart],
    ['<Touchpoint id="t1" />', t.components.Touchpoint],
    [`<Persona slug="${personaSlug}" />`, t.components.Persona],
    ['<Callout type="tip">…</Callout>', t.components.Callout],
  ];
  const width = Math.max(...examples.map(([code]) => code.length)) + 2;
  return examples.map(([code, note]) => `    ${code.padEnd(width)}${note}`);
}

/** The optional touchpoint fields, commented out, each with an example and what it is for. */
function optionalTouchpointFields(t: TemplateText): string[] {
  const e = t.optionalExamples;
  const field = (text: string, note: string) => `    # ${text.padEnd(32)} # ${note}`;
  return [
    ...commentLines('    ', t.optionalFields),
    field(`id: ${e.id}`, t.optional.id),
    field(`feeling: ${yamlScalar(e.feeling)}`, t.optional.feeling),
    field(`thought: ${yamlScalar(e.thought)}`, t.optional.thought),
    field(`pain: ${yamlScalar(e.pain)}`, t.optional.pain),
    field(`opportunity: ${yamlScalar(e.opportunity)}`, t.optional.opportunity),
    field('moment: truth', t.optional.moment),
    field('importance: 3', t.optional.importance),
    field(`owner: ${yamlScalar(e.owner)}`, t.optional.owner),
    field('evidence:', t.optional.evidence),
    `    #   - ${yamlScalar(e.evidence)}`,
    field('backstage:', t.optional.backstage),
    `    #   - ${yamlScalar(e.backstage)}`,
    field('support:', t.optional.support),
    `    #   - ${yamlScalar(e.support)}`,
    field('kpis:', t.optional.kpis),
    ...kpiExample('    ', e.kpi),
  ];
}

function kpiExample(indent: string, kpi: { name: string; value: number; unit: string; target: number }): string[] {
  return [
    `${indent}#   - name: ${yamlScalar(kpi.name)}`,
    `${indent}#     value: ${kpi.value}`,
    `${indent}#     unit: ${JSON.stringify(kpi.unit)}`,
    `${indent}#     target: ${kpi.target}`,
  ];
}
