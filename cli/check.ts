/**
 * `npm run check [-- --format json]`: validates the handbook's content without building it
 * (docs/format.md#validation). Exit code 0 when there is no error (warnings allowed), 1 otherwise,
 * 2 for a mistake in the command itself. With `--format json` everything, settings errors included,
 * is one JSON document on stdout: `{ ok, errors, warnings, problems: [{ file, field, message,
 * severity, line?, column? }] }`, for editors and CI annotations.
 */
import { parseArgs } from 'node:util';
import { readContentSources } from '../src/sources/content-files.ts';
import { buildDate } from '../src/sources/build-date.ts';
import { validateContentCached } from '../src/validate/validation-cache.ts';
import { errorsIn, formatProblem, sortProblems, warningsIn, type Problem } from '../src/validate/problem.ts';
import { projectRoot, readCacheDir } from './lib/project.ts';
import { readSettingsForCli } from './lib/settings-for-cli.ts';

const USAGE = 'Usage: npm run check [-- --format text|json]';

let format: string;
try {
  format = parseArgs({ options: { format: { type: 'string', default: 'text' } } }).values.format;
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
if (format === 'json') {
  console.log(JSON.stringify({ ok: result.ok, errors: errors.length, warnings: warnings.length, problems }, null, 2));
} else {
  for (const problem of errors) console.error(formatProblem(problem));
  for (const problem of warnings) console.warn(`warning: ${formatProblem(problem)}`);
  const files = sources.personas.length + sources.journeys.length + sources.tracks.length;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const summary = `${plural(files, 'file')} checked in ${Math.round(performance.now() - started)} ms: ${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')}`;
  (result.ok ? console.log : console.error)(summary);
}
process.exitCode = result.ok ? 0 : 1;
