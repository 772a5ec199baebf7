import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SettingsInput } from '../../src/schema/settings.ts';
import { createFixture, type CommandResult } from './harness.ts';

/*
 * docs/format.md#validation end to end: a handbook with errors does not build. For one broken
 * handbook per kind of error (test/build/fixtures/error-*), both `npm run check` and
 * `npm run build` must exit non-zero, print the format's line for the problem, print no stack
 * trace, and leave no dist/ behind. Validation fails before Astro starts, so these scenarios are cheap.
 */

interface Scenario {
  /** Fixture folder under test/build/fixtures/. */
  fixture: string;
  /** Lines both commands must print, exactly. */
  expected: string[];
  settings?: SettingsInput;
}

const CHANNELS = 'web, app, email, phone, chat, social, store, in-person, postal, sms, event, partner, product, word-of-mouth';

const SCENARIOS: Scenario[] = [
  {
    fixture: 'error-unknown-persona',
    expected: ['content/journeys/alta.mdx:3:1: persona: unknown persona "anna" (did you mean "ana"?) (personas: ana)'],
  },
  {
    fixture: 'error-unknown-phase',
    expected: ['content/journeys/alta.mdx:20:5: touchpoints[2].phase: unknown phase "compra" (phases: descubrir, contratar)'],
  },
  {
    fixture: 'error-phase-order',
    expected: [
      'content/journeys/alta.mdx:20:5: touchpoints[2].phase: phase "descubrir" comes before "contratar", used by an earlier touchpoint: list touchpoints in the order of the phases',
    ],
  },
  {
    fixture: 'error-unknown-channel',
    expected: [`content/journeys/alta.mdx:18:5: touchpoints[1].channel: unknown channel "telefono" (channels: ${CHANNELS}; add new ones in content/channels.yaml)`],
  },
  {
    fixture: 'error-duplicate-phase',
    expected: ['content/journeys/alta.mdx:10:5: phases[2].id: duplicate phase id "descubrir": phase ids must be unique in the journey'],
  },
  {
    fixture: 'error-duplicate-touchpoint',
    expected: ['content/journeys/alta.mdx:20:5: touchpoints[2].id: duplicate touchpoint id "llamada": touchpoints[1] already has it; give each touchpoint its own id'],
  },
  {
    fixture: 'error-compares',
    expected: ['content/journeys/alta-futuro.mdx:6:1: compares: unknown journey "alto" (did you mean "alta"?) (journeys: alta)'],
  },
  {
    fixture: 'error-body-touchpoint',
    expected: ['content/journeys/alta.mdx:28:1: body <Touchpoint>: unknown touchpoint id "lamada" (did you mean "llamada"?) (touchpoints: t1, llamada, t3)'],
  },
  {
    fixture: 'error-body-persona',
    expected: ['content/journeys/alta.mdx:28:1: body <Persona>: unknown persona "anna" (did you mean "ana"?) (personas: ana)'],
  },
  {
    fixture: 'error-body-component',
    expected: [
      'content/journeys/alta.mdx:28:1: body <EmotionCurve>: unknown component <EmotionCurve> (did you mean "EmotionChart"?) (available here: Touchpoint, EmotionChart, Persona, Callout)',
    ],
  },
  {
    fixture: 'error-callout-type',
    expected: ['content/journeys/alta.mdx:28:1: body <Callout>: type must be one of note, tip, warning, got "danger"'],
  },
  {
    fixture: 'error-mdx-syntax',
    expected: [
      'content/journeys/alta.mdx:28:16: body: <strong> is never closed: add </strong> after its content in the same paragraph, or, if it has no content, write <strong … /> (to show "<" as text, write &lt;)',
    ],
  },
  {
    fixture: 'error-yaml-syntax',
    expected: ['content/journeys/alta.mdx:4:10: summary: the double quote (") that opens this value is never closed: add the closing " at the end of the value'],
  },
  {
    fixture: 'error-no-frontmatter',
    expected: ['content/journeys/alta.mdx:1:1: frontmatter: no frontmatter: start the file with a "---" line, the fields, and another "---" line'],
  },
  {
    fixture: 'error-empty-file',
    expected: ['content/journeys/alta.mdx:1:1: frontmatter: no frontmatter: start the file with a "---" line, the fields, and another "---" line'],
  },
  {
    fixture: 'error-duplicate-slug',
    expected: ['content/journeys/alta.mdx: file: has the same slug "alta" as content/journeys/alta.md: rename one of the two files'],
  },
  {
    fixture: 'error-emotion',
    expected: ['content/journeys/alta.mdx:23:5: touchpoints[2].emotion: expected a whole number from -3 to 3, or positive, neutral or negative; got "feliz"'],
  },
  {
    fixture: 'error-importance',
    expected: ['content/journeys/alta.mdx:24:5: touchpoints[2].importance: must be at most 5, got 7'],
  },
  {
    fixture: 'error-date',
    expected: ['content/journeys/alta.mdx:5:1: reviewed: is not a real calendar date; got "2026-02-30"'],
  },
  {
    fixture: 'error-avatar',
    expected: ['content/personas/ana.mdx:4:1: avatar: no image at "./img/ana.png" next to this file; give a path relative to the file (e.g. "./maria.jpg") or a single emoji'],
  },
  {
    fixture: 'error-channels-yaml',
    expected: [
      'content/channels.yaml:1:1: oficina.label: is required: add "label: …"',
      'content/channels.yaml:2:3: oficina.icono: unknown field "icono" (did you mean "icon"?)',
    ],
  },
  {
    fixture: 'error-unknown-field',
    expected: ['content/journeys/alta.mdx:24:5: touchpoints[2].feelings: unknown field "feelings" (did you mean "feeling"?)'],
  },
  {
    fixture: 'error-missing-field',
    expected: ['content/journeys/alta.mdx:11:5: touchpoints[0].title: is required: add "title: …"'],
  },
  {
    fixture: 'error-many',
    expected: [
      'content/journeys/alta.mdx:3:1: persona: unknown persona "anna" (did you mean "ana"?) (personas: ana, bea)',
      `content/journeys/alta.mdx:18:5: touchpoints[1].channel: unknown channel "fax" (channels: ${CHANNELS}; add new ones in content/channels.yaml)`,
      'content/journeys/baja.mdx:23:5: touchpoints[2].emotion: must be at most 3, got 4',
      'content/journeys/baja.mdx:28:1: body <Touchpoint>: unknown touchpoint id "t9" (did you mean "t1"?) (touchpoints: t1, llamada, t3)',
      `content/personas/bea.mdx:3:17: channels[1]: unknown channel "fax" (channels: ${CHANNELS}; add new ones in content/channels.yaml)`,
    ],
  },
  {
    fixture: 'error-unknown-stage',
    expected: ['content/journeys/alta.mdx:11:5: phases[1].stage: unknown stage "contrato" (did you mean "contratar"?) (stages: descubrir, contratar)'],
  },
  {
    fixture: 'error-stages-yaml',
    expected: [
      'content/stages.yaml:5:3: stages[1].descripcion: unknown field "descripcion" (did you mean "description"?)',
      'content/stages.yaml:6:3: stages[2].id: is required: add "id: …"',
    ],
  },
  {
    fixture: 'error-folder-yaml',
    expected: ['content/journeys/banca/_folder.yaml:2:1: orden: unknown field "orden" (did you mean "order"?)'],
  },
  {
    fixture: 'error-unknown-detail',
    expected: ['content/journeys/alta.mdx:22:5: touchpoints[1].detail: unknown journey "banca/hipotec" (did you mean "banca/hipoteca"?) (journeys: banca/hipoteca)'],
  },
  {
    fixture: 'error-track-step',
    expected: [
      'content/tracks/primera-semana.md:5:5: steps[1].journey: unknown journey "alto" (did you mean "alta"?) (journeys: alta)',
      'content/tracks/primera-semana.md:8:5: steps[3].research: unknown research source "entrevista" (did you mean "entrevistas"?) (research: entrevistas)',
      'content/tracks/primera-semana.md:9:5: steps[4].page: "inicio" is not one of home, insights, channels, personas, journeys',
    ],
  },
  {
    fixture: 'error-settings',
    settings: { title: 'Manual', locale: 'fr' as 'es', accent: 'teal' },
    expected: [
      'astro.config.mjs: journeybook({ locale }): "fr" is not one of es, en, pt',
      'astro.config.mjs: journeybook({ accent }): write a colour as #rrggbb, e.g. "#0b6e6e"; got "teal"',
    ],
  },
];

/** The problem lines a command printed, in order: everything but warnings and summaries. */
function problemLines(result: CommandResult): string[] {
  return `${result.stdout}\n${result.stderr}`
    .split('\n')
    .filter((line) => /^(content\/|astro\.config\.mjs)/.test(line));
}

function expectNoStackTrace(result: CommandResult) {
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output).not.toMatch(/^\s+at /m);
  expect(output).not.toMatch(/\b\w*Error:/);
  expect(output).not.toContain('node:internal');
}

describe('a handbook with errors', () => {
  it('has one fixture folder per scenario', () => {
    for (const { fixture } of SCENARIOS) expect(existsSync(new URL(`./fixtures/${fixture}/content`, import.meta.url)), fixture).toBe(true);
  });

  it.each(SCENARIOS)('$fixture: check and build both fail with the spec\'s message, and nothing is built', async ({ fixture: name, expected, settings }) => {
    const fixture = createFixture(name, settings ? { settings } : {});
    try {
      const [check, build] = await Promise.all([fixture.run('cli/check.ts'), fixture.run('cli/build.ts')]);
      for (const [command, result] of [['check', check], ['build', build]] as const) {
        expect(result.code, `${command} exit code\n${result.stderr}`).not.toBe(0);
        expect(problemLines(result), command).toEqual(expected);
        expectNoStackTrace(result);
      }
      expect(build.stderr).toContain('Build failed: nothing was written to dist/.');
      expect(existsSync(fixture.dist)).toBe(false);
      expect(existsSync(join(fixture.root, '.journeybook', 'staging'))).toBe(false);
    } finally {
      fixture.remove();
    }
  });

  it('leaves the previous good dist/ exactly as it was', async () => {
    const fixture = createFixture('error-unknown-phase');
    try {
      mkdirSync(fixture.dist, { recursive: true });
      writeFileSync(join(fixture.dist, 'index.html'), '<!doctype html><title>The last good build</title>');
      const build = await fixture.run('cli/build.ts');
      expect(build.code).not.toBe(0);
      expect(readFileSync(join(fixture.dist, 'index.html'), 'utf8')).toBe('<!doctype html><title>The last good build</title>');
    } finally {
      fixture.remove();
    }
  });
});
