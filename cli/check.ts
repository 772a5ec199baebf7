/**
 * `npm run check [-- --format json] [-- --due]`: validates the handbook's content without building it
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
import { reviewSchedule } from '../src/domain/review-schedule.ts';
import { projectRoot, readCacheDir } from './lib/project.ts';
import { readSettingsForCli } from './lib/settings-for-cli.ts';

const USAGE = 'Usage: npm run check [-- --format text|json] [--due]';

let format: string;
let due: boolean;
try {
  const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' }, due: { type: 'boolean', default: false } } });
  format = values.format;
  due = values.due;
} catch (error) {
  console.error(`check: ${(error as Error).message}`);
  console.error(USAGE);
  process.exit(2);
}
if (format !== 'text' && format !== 'json') {
  console.error(`check: --format must be "text" or "json", got "${format}"`);
  process.exit(2);
}

const root = projectRoot();
const started = performance.now();
const settings = await readSettingsForCli(root);
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
const options = { reviewIntervalMonths: settings.settings.reviewIntervalMonths, today: buildDate() };
const result = validateContentCached(sources, options, { cacheDir: await readCacheDir(root) });
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
    console.error(`overdue: ${journey.file}: "${journey.title}" was due for review on ${journey.nextReview} (last reviewed ${journey.reviewed}, every ${plural(journey.reviewEveryMonths, 'month')}${owner})`);
  }
  const files = sources.personas.length + sources.journeys.length + sources.research.length;
  const dueSummary = due ? `, ${plural(overdue.length, 'journey')} overdue for review` : '';
  const summary = `${plural(files, 'file')} checked in ${Math.round(performance.now() - started)} ms: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}${dueSummary}`;
  (result.ok && overdue.length === 0 ? console.log : console.error)(summary);
}
process.exitCode = result.ok && overdue.length === 0 ? 0 : 1;
