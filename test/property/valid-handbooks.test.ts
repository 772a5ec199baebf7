/**
 * Issue 6 (hostile and broken input): random handbooks that follow docs/format.md pass validation,
 * build, and export journeys whose JSON (docs/format.md#journey-json) says exactly what the author
 * wrote. Many are checked in-process (validator → model → JSON writer); a few go through the real
 * build, where the served /journeys/<slug>.json and every page's HTML are checked too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { journeyToJson } from '../../src/export/journey-json.ts';
import { buildHandbook } from '../../src/handbook/build-model.ts';
import { resolveSettings } from '../../src/validate/settings.ts';
import { validateHtml } from '../../e2e/lib/html-validator.ts';
import { htmlPages } from '../../e2e/lib/site-pages.ts';
import { createFixture } from '../build/harness.ts';
import { check } from '../helpers/content-sources.ts';
import { expectedJourneyJson } from './expected-json.ts';
import { handbookFiles, REVIEW_MONTHS, TODAY, validHandbook } from './handbook-arbitrary.ts';

/** Cheap runs: validation and export in-process. */
const IN_PROCESS_RUNS = 300;
/** Expensive runs: a real build each (about ten seconds). */
const BUILT_RUNS = 3;

const tried = { inProcess: 0, built: 0, pages: 0 };

describe('random valid handbooks', () => {
  afterAll(() => {
    console.info(`valid handbooks tried: ${tried.inProcess} validated and exported in-process, ${tried.built} built (${tried.pages} pages through html-validate)`);
  });

  it(`pass validation and export the JSON their author meant (${IN_PROCESS_RUNS} handbooks, in-process)`, () => {
    const settings = resolveSettings({ locale: 'es', reviewIntervalMonths: REVIEW_MONTHS }, {}, {});
    fc.assert(
      fc.property(validHandbook(), (spec) => {
        tried.inProcess++;
        const checked = check(handbookFiles(spec), { today: TODAY, reviewIntervalMonths: REVIEW_MONTHS });
        expect(checked.errors).toEqual([]);
        const handbook = buildHandbook(checked.result, settings, { today: new Date(`${TODAY}T00:00:00Z`) });
        for (const journey of spec.journeys) {
          const model = handbook.journeyBySlug.get(journey.slug);
          expect(model, journey.slug).toBeDefined();
          // Through JSON text, as the file is served: what a consumer parses is what is compared.
          const exported = JSON.parse(JSON.stringify(journeyToJson(model!, handbook)));
          expect(exported).toEqual(expectedJourneyJson(journey, spec));
        }
      }),
      // Shrinking a whole handbook takes long and much memory; the failing case is printed as is.
      { numRuns: IN_PROCESS_RUNS, endOnFailure: true },
    );
  });

  it('read a field whose value ends in three dashes: only a line of its own closes the frontmatter', () => {
    // Found by the properties above: ids such as "paso---" and text such as "Descubrir ---" are
    // valid, but a closing-fence pattern that accepts "---" at the end of any line cut the
    // frontmatter there and reported the fields after it as missing.
    const checked = check({
      'content/personas/ana.md': '---\nname: Ana\n---\n',
      'content/journeys/alta.md': '---\ntitle: Descubrir ---\npersona: ana\nphases:\n  - id: paso---\n    name: Paso\ntouchpoints:\n  - phase: paso---\n    title: Lee la web\n    channel: web\n    emotion: 1\n---\n',
    });
    expect(checked.errors).toEqual([]);
    expect(checked.result.journeys[0]?.data.title).toBe('Descubrir ---');
  });

  it(`build into valid pages whose /journeys/<slug>.json agrees with the source (${BUILT_RUNS} handbooks built)`, async () => {
    await fc.assert(
      fc.asyncProperty(validHandbook({ maxPersonas: 2, maxJourneys: 3, maxTouchpoints: 6 }), async (spec) => {
        tried.built++;
        const fixture = createFixture('random-handbook', {
          files: handbookFiles(spec),
          settings: { title: 'Manual aleatorio', locale: 'es', reviewIntervalMonths: REVIEW_MONTHS },
          env: { JOURNEYBOOK_TODAY: TODAY },
        });
        try {
          const result = await fixture.run('cli/build.ts');
          expect(result.code, result.stderr).toBe(0);
          for (const journey of spec.journeys) {
            const served = JSON.parse(fixture.read(`journeys/${journey.slug}.json`));
            expect(served).toEqual(expectedJourneyJson(journey, spec));
            expect(fixture.exists(`journeys/${journey.slug}/index.html`), journey.slug).toBe(true);
          }
          for (const persona of spec.personas) expect(fixture.exists(`personas/${persona.slug}/index.html`), persona.slug).toBe(true);
          const problems: string[] = [];
          const pages = htmlPages(fixture.dist);
          tried.pages += pages.length;
          for (const page of pages) {
            for (const problem of await validateHtml(readFileSync(join(fixture.dist, page.file), 'utf8'), page.file)) {
              problems.push(`${page.file}:${problem.line}:${problem.column}: ${problem.rule}: ${problem.message}`);
            }
          }
          expect(problems).toEqual([]);
        } finally {
          fixture.remove();
        }
      }),
      { numRuns: BUILT_RUNS, endOnFailure: true },
    );
  });
});
