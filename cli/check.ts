/**
 * `npm run check [-- --format json]`: validates the handbook's content without building it
 * (FORMAT.md §4). Exit code 0 when there is no error (warnings allowed), 1 otherwise.
 */
import { parseArgs } from 'node:util';
import { readContentSources } from '../src/handbook/sources.ts';
import { buildDate, SettingsError } from '../src/handbook/settings.ts';
import { validateContent } from '../src/validate/validate-content.ts';
import { errorsIn, formatProblem, sortProblems, warningsIn } from '../src/validate/problem.ts';
import { projectRoot, readSiteSettings } from './lib/project.ts';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'text' } } });
if (values.format !== 'text' && values.format !== 'json') {
  console.error(`check: --format must be "text" or "json", got "${values.format}"`);
  process.exit(2);
}

const root = projectRoot();
try {
  const settings = await readSiteSettings(root);
  const started = performance.now();
  const sources = readContentSources(root);
  const result = validateContent(sources, { reviewIntervalMonths: settings.reviewIntervalMonths, today: buildDate() });
  const problems = sortProblems(result.problems);
  const errors = errorsIn(problems);
  const warnings = warningsIn(problems);
  if (values.format === 'json') {
    console.log(JSON.stringify({ ok: result.ok, errors: errors.length, warnings: warnings.length, problems }, null, 2));
  } else {
    for (const problem of errors) console.error(formatProblem(problem));
    for (const problem of warnings) console.warn(`warning: ${formatProblem(problem)}`);
    const files = sources.personas.length + sources.journeys.length;
    const summary = `${files} files checked in ${Math.round(performance.now() - started)} ms: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`;
    (result.ok ? console.log : console.error)(summary);
  }
  process.exitCode = result.ok ? 0 : 1;
} catch (error) {
  if (error instanceof SettingsError) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
}
