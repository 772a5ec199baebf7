/**
 * Issue 16 (audiences), as a property: for random handbooks with random visibilities, the public
 * handbook either fails validation — each public file that leans on an internal one named with
 * both files — or holds nothing internal in any output: the model's every figure, the JSON,
 * Mermaid and CSV exports, the share cards, the aggregates. One random handbook per run also goes
 * through the real public build, whose dist/ is scanned byte by byte.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { journeyToJson } from '../../src/export/journey-json.ts';
import { writeMermaidJourney } from '../../src/export/mermaid-write.ts';
import { touchpointsCsv } from '../../src/export/touchpoints-csv.ts';
import { aggregatesOf } from '../../src/handbook/aggregates.ts';
import { contentForAudience } from '../../src/handbook/audience.ts';
import { buildHandbook } from '../../src/handbook/build-model.ts';
import { shareImageJobs } from '../../src/og/card-data.ts';
import { validateContent, validationOptionsFor } from '../../src/validate/validate-content.ts';
import { errorsIn } from '../../src/validate/problem.ts';
import { resolveSettings } from '../../src/validate/settings.ts';
import type { Audience } from '../../src/schema/audience.ts';
import { contentSources } from '../helpers/content-sources.ts';
import { canary } from '../helpers/audience-handbook.ts';
import { findInSite } from '../helpers/scan-site.ts';
import { createFixture } from '../build/harness.ts';

const TODAY = new Date('2026-11-25T00:00:00Z');
const tried = { handbooks: 0, refused: 0, built: 0 };

interface Item {
  visibility: Audience | undefined;
}
interface RandomHandbook {
  defaultVisibility: Audience;
  personas: Item[];
  journeys: Array<Item & { persona: number; future: boolean; compares: number; mentions: number | undefined }>;
}

const visibility = fc.constantFrom<Audience | undefined>('public', 'internal', undefined);
const randomHandbook: fc.Arbitrary<RandomHandbook> = fc
  .record({
    defaultVisibility: fc.constantFrom<Audience>('internal', 'public'),
    personas: fc.array(fc.record({ visibility }), { minLength: 1, maxLength: 4 }),
    journeys: fc.array(
      fc.record({ visibility, persona: fc.nat(), future: fc.boolean(), compares: fc.nat(), mentions: fc.option(fc.nat(), { nil: undefined }) }),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map((spec) => spec);

const isPublic = (item: Item, spec: RandomHandbook) => (item.visibility ?? spec.defaultVisibility) === 'public';
const personaSlug = (index: number, spec: RandomHandbook) => `p${index % spec.personas.length}`;

/** The files of a random handbook: every internal file's texts carry canaries of its own. */
function filesOf(spec: RandomHandbook): { files: Record<string, string>; canaries: string[] } {
  const files: Record<string, string> = {};
  const canaries: string[] = [];
  const mark = (item: Item, label: string) => {
    if (isPublic(item, spec)) return `Público ${label}`;
    const value = canary(label);
    canaries.push(value);
    return value;
  };
  const line = (item: Item) => (item.visibility ? `visibility: ${item.visibility}\n` : '');
  spec.personas.forEach((persona, index) => {
    files[`content/personas/p${index}.mdx`] = `---\nname: ${mark(persona, `pn${index}`)}\nrole: ${mark(persona, `pr${index}`)}\nquote: ${mark(persona, `pq${index}`)}\n${line(persona)}---\n\n${mark(persona, `pb${index}`)}\n`;
  });
  const currents = spec.journeys.map((journey, index) => ({ journey, index })).filter(({ journey }) => !journey.future);
  spec.journeys.forEach((journey, index) => {
    const compared = journey.future && currents.length > 0 ? currents[journey.compares % currents.length]!.index : undefined;
    const mention = journey.mentions === undefined ? '' : `\n<Persona slug="${personaSlug(journey.mentions, spec)}" />\n`;
    files[`content/journeys/j${index}.mdx`] = `---
title: ${mark(journey, `jt${index}`)}
persona: ${personaSlug(journey.persona, spec)}
summary: ${mark(journey, `js${index}`)}
owner: ${mark(journey, `jo${index}`)}
${journey.future ? 'state: future\n' : ''}${compared === undefined ? '' : `compares: j${compared}\n`}${line(journey)}phases:
  - { id: a, name: ${mark(journey, `jp${index}`)} }
touchpoints:
  - { phase: a, title: ${mark(journey, `jtt${index}`)}, channel: web, emotion: -2, pain: ${mark(journey, `jpain${index}`)}, opportunity: ${mark(journey, `jop${index}`)}, moment: pain }
---

${mark(journey, `jb${index}`)}
${mention}`;
  });
  return { files, canaries };
}

/** Which public journeys lean on an internal file: the errors a public check must report. */
function expectedRefusals(spec: RandomHandbook, files: Record<string, string>): string[] {
  const refusals: string[] = [];
  spec.journeys.forEach((journey, index) => {
    if (!isPublic(journey, spec)) return;
    const text = files[`content/journeys/j${index}.mdx`]!;
    const persona = Number(personaSlug(journey.persona, spec).slice(1));
    if (!isPublic(spec.personas[persona]!, spec)) refusals.push(`content/journeys/j${index}.mdx persona content/personas/p${persona}.mdx`);
    const compares = /compares: j(\d+)/.exec(text)?.[1];
    if (compares !== undefined && !isPublic(spec.journeys[Number(compares)]!, spec)) refusals.push(`content/journeys/j${index}.mdx compares content/journeys/j${compares}.mdx`);
    const mention = /<Persona slug="p(\d+)"/.exec(text)?.[1];
    if (mention !== undefined && !isPublic(spec.personas[Number(mention)]!, spec)) refusals.push(`content/journeys/j${index}.mdx body <Persona> content/personas/p${mention}.mdx`);
  });
  return refusals.sort();
}

/** Everything a public build makes from the model, as text. */
function everythingPublished(files: Record<string, string>, defaultVisibility: Audience): { text: string; errors: string[] } {
  const settings = resolveSettings({ locale: 'es', defaultVisibility }, { site: 'https://intranet.example', base: '/' }, { JOURNEYBOOK_AUDIENCE: 'public' });
  const validated = validateContent(contentSources(files), validationOptionsFor(settings, TODAY));
  const errors = errorsIn(validated.problems).map((problem) => `${problem.file} ${problem.field} ${/\((content\/[^)]+)\)/.exec(problem.message)?.[1] ?? problem.message}`);
  if (!validated.ok) return { text: '', errors };
  const handbook = buildHandbook(contentForAudience(validated, settings), settings, { today: TODAY });
  const aggregates = aggregatesOf(handbook);
  const outputs = [
    handbook.journeys.map((journey) => journeyToJson(journey, handbook)),
    handbook.journeys.map((journey) => writeMermaidJourney(journey, handbook.personaBySlug.get(journey.personaSlug)?.name ?? '')),
    touchpointsCsv(handbook, { touchpointUrl: (slug, id) => `/journeys/${slug}/#tp-${id}` }),
    shareImageJobs(handbook, '/handbook'),
    [aggregates.atlas, aggregates.attention, aggregates.channels, aggregates.pains, aggregates.opportunities, aggregates.missedKpis, aggregates.stale, [...aggregates.comparisons], [...aggregates.comparedBy]],
    handbook.personas,
    handbook.journeys,
  ];
  const text = JSON.stringify(outputs, (_key, value: unknown) => (value instanceof Map ? [...value] : value instanceof Set ? [...value] : value));
  return { text, errors };
}

describe('random handbooks with random visibilities, built for the public', () => {
  afterAll(() => console.info(`audience handbooks tried: ${tried.handbooks} in-process (${tried.refused} refused as expected), ${tried.built} built and scanned`));

  it('either refuse every public file that leans on an internal one, naming both, or publish nothing internal (400 handbooks)', () => {
    fc.assert(
      fc.property(randomHandbook, (spec) => {
        tried.handbooks++;
        const { files, canaries } = filesOf(spec);
        const published = everythingPublished(files, spec.defaultVisibility);
        expect(published.errors.sort()).toEqual(expectedRefusals(spec, files));
        if (published.errors.length > 0) {
          tried.refused++;
          return;
        }
        for (const value of canaries) expect(published.text, value).not.toContain(value);
        // And what is public is there: the scan above looked at something.
        spec.journeys.forEach((journey, index) => {
          if (isPublic(journey, spec)) expect(published.text).toContain(`Público jtt${index}`);
        });
      }),
      { numRuns: 400, endOnFailure: true },
    );
  });

  it('publish nothing internal from a real build (one random handbook per run)', async () => {
    const spec = fc.sample(
      randomHandbook.filter((candidate) => {
        const { files } = filesOf(candidate);
        return expectedRefusals(candidate, files).length === 0 && candidate.journeys.some((journey) => isPublic(journey, candidate)) && candidate.journeys.some((journey) => !isPublic(journey, candidate));
      }),
      1,
    )[0]!;
    const { files, canaries } = filesOf(spec);
    const fixture = createFixture('audience-random', { files, settings: { title: 'Manual', locale: 'es', defaultVisibility: spec.defaultVisibility } });
    try {
      const built = await fixture.run('cli/build.ts', ['--audience', 'public']);
      expect(built.code, built.stderr).toBe(0);
      tried.built++;
      expect(findInSite(fixture.dist, canaries)).toEqual([]);
      expect(findInSite(fixture.dist, ['Público jtt']).length).toBeGreaterThan(0);
    } finally {
      fixture.remove();
    }
  }, 300_000);
});
