/**
 * `npm run check [-- --format json] [--due] [--audience public]`: validates the handbook's content without building it
 * (docs/format.md#validation). Exit code 0 when there is no error (warnings allowed), 1 otherwise,
 * 2 for a mistake in the command itself. With `--due` it also lists the journeys whose review is
 * overdue and exits with 1 when there is one, for a scheduled CI job that reminds their owners. With `--format json` everything, settings errors included,
 * is one JSON document on stdout: `{ ok, errors, warnings, problems: [{ file, field, message,
 * severity, line?, column? }] }`, for editors and CI annotations.
 */
import { parseArgs } from 'node:util';
import { readContentSources } from '../src/sources/content-files.ts';
import { buildDate } from '../src/sources/build-date.ts';
import { validateContentCached } from '../src/validate/validation-cache.ts';
import { errorsIn, formatProblem, sortProblems, warningsIn, type Problem } from '../src/validate/problem.ts';
import { validationOptionsFor } from '../src/validate/validate-content.ts';
import { cliTranslator } from '../src/i18n/index.ts';
import { handbookLanguage } from './lib/command-language.ts';
import { reviewSchedule } from '../src/domain/review-schedule.ts';
import { projectRoot, readCacheDir } from './lib/project.ts';
import { takeAudienceFlag } from './lib/audience-flag.ts';
import { readSettingsForCli } from './lib/settings-for-cli.ts';

const root = projectRoot();
const started = performance.now();
// `--audience` first: it is JOURNEYBOOK_AUDIENCE, which the settings read.
const audience = takeAudienceFlag(process.argv.slice(2));
// The settings next: they say which language to speak, even to explain a wrong command.
const settings = await readSettingsForCli(root);
const say = cliTranslator(handbookLanguage(settings));

let format: string;
let due: boolean;
try {
  if ('mistake' in audience) throw new Error(audience.mistake);
  const { values } = parseArgs({ args: audience.rest, options: { format: { type: 'string', default: 'text' }, due: { type: 'boolean', default: false } } });
  format = values.format;
  due = values.due;
} catch (error) {
  console.error(`check: ${(error as Error).message}`);
  console.error(say('check.usage'));
  process.exit(2);
}
if (format !== 'text' && format !== 'json') {
  console.error(`check: ${say('check.badFormat', { format })}`);
  process.exit(2);
}

if (!settings.ok) {
  if (format === 'json') {
    // Settings problems have no field path or position: the line itself names the setting.
    const problems: Problem[] = settings.lines.map((line) => ({
      file: 'astro.config.mjs',
      field: 'settings',
      message: line.replace(/^astro\.config\.mjs: /, ''),
      severity: 'error',
    }));
    console.log(JSON.stringify({ ok: false, errors: problems.length, warnings: 0, problems }, null, 2));
  } else {
    for (const line of settings.lines) console.error(line);
  }
  process.exit(1);
}

const sources = readContentSources(root);
// The same per-file cache as the build's: files unchanged since the last check or build are not parsed again.
const options = validationOptionsFor(settings.settings, buildDate());
const result = validateContentCached(sources, options, { cacheDir: await readCacheDir(root, settings.settings.audience) });
const problems = sortProblems(result.problems);
const errors = errorsIn(problems);
const warnings = warningsIn(problems);
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

// --due: the journeys (among those that passed validation) whose next review has passed.
const overdue = due
  ? result.journeys
      .map(({ source, data }) => ({ source, data, schedule: reviewSchedule(data, options.reviewIntervalMonths, options.today) }))
      .filter(({ schedule }) => schedule.overdue)
      .sort((a, b) => (a.schedule.nextReview ?? '').localeCompare(b.schedule.nextReview ?? '') || a.source.file.localeCompare(b.source.file))
      .map(({ source, data, schedule }) => ({
        file: source.file,
        slug: source.slug,
        title: data.title,
        owner: data.owner ?? null,
        reviewed: data.reviewed!,
        reviewEveryMonths: schedule.intervalMonths,
        nextReview: schedule.nextReview!,
      }))
  : [];

if (format === 'json') {
  console.log(JSON.stringify({ ok: result.ok, errors: errors.length, warnings: warnings.length, problems, ...(due && { due: overdue }) }, null, 2));
} else {
  for (const problem of errors) console.error(formatProblem(problem));
  for (const problem of warnings) console.warn(`warning: ${formatProblem(problem)}`);
  for (const journey of overdue) {
    const owner = journey.owner ? `; owner: ${journey.owner}` : '';
    console.error(`overdue: ${journey.file}: "${journey.title}" was due for review on ${journey.nextReview} (last reviewed ${journey.reviewed}, every ${journey.reviewEveryMonths} months${owner})`);
  }
  const files = sources.personas.length + sources.journeys.length + sources.research.length + sources.tracks.length;
  const summary = say('check.summary', {
    files: say('check.files', { count: files }),
    // Milliseconds as a plain integer, like every timing the build prints.
    ms: String(Math.round(performance.now() - started)),
    errors: say('check.errors', { count: errors.length }),
    warnings: say('check.warnings', { count: warnings.length }),
  });
  const dueSummary = due ? `, ${say('check.overdue', { count: overdue.length })}` : '';
  (result.ok && overdue.length === 0 ? console.log : console.error)(summary + dueSummary);
}
process.exitCode = result.ok && overdue.length === 0 ? 0 : 1;
