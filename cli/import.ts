/**
 * `npm run import -- mermaid <file.mmd> [--persona <slug>] [--slug <slug>] [--force]`: turns a
 * Mermaid `journey` diagram into a journey file that passes `npm run check`
 * (docs/format.md#importing-a-mermaid-diagram).
 * What is written is decided by src/authoring/mermaid-import.ts: the protagonist is --persona,
 * else the persona the first actor names, else a new persona file (a placeholder one for a
 * diagram that names nobody), whose supporting characters are the other actors.
 * A problem in the diagram prints `file:line: message` and exits 1; usage mistakes exit 2.
 */
import { readFileSync } from 'node:fs';
import { planMermaidImport } from '../src/authoring/mermaid-import.ts';
import { CONTENT_SLUG } from '../src/authoring/slugify.ts';
import { templateText } from '../src/authoring/template-text.ts';
import { formatMermaidProblem, readMermaidJourney } from '../src/export/mermaid-read.ts';
import { buildDate } from '../src/sources/build-date.ts';
import { readContentSources, type SourceFile } from '../src/sources/content-files.ts';
import { LOCALES, type Locale, type SiteSettings } from '../src/schema/settings.ts';
import { parseSource } from '../src/validate/frontmatter.ts';
import { formatProblem } from '../src/validate/problem.ts';
import { cliText } from './lib/cli-text.ts';
import { contentFilePath, fileWithSlug, writeContentFile } from './lib/content-files.ts';
import { projectRoot } from './lib/project.ts';
import { commandLine } from './lib/command-line.ts';
import { readSettingsForCli } from './lib/settings-for-cli.ts';
import { devUrl, errorsInWrittenFiles } from './lib/written-files.ts';

const USAGE = `Usage:
  npm run import -- mermaid <file.mmd> [--persona <slug>] [--slug <slug>] [--force] [--lang es|en]

  --persona  the protagonist's slug (default: the diagram's first actor; a persona file is created if needed)
  --slug     the journey's slug (default: from the diagram's title); "/" makes sub-folders
  --force    replace an existing journey with the same slug (personas are never replaced)`;

const cli = commandLine('import', USAGE, {
  persona: { type: 'string' },
  slug: { type: 'string' },
  force: { type: 'boolean' },
  lang: { type: 'string' },
});
const { values, positionals } = cli;
// Declared functions, so TypeScript knows the code after a call does not run.
function usageError(message: string): never {
  return cli.usageError(message);
}
function fail(...lines: string[]): never {
  return cli.fail(...lines);
}
const [format, file, ...extra] = positionals;
if (format !== 'mermaid') usageError(format ? `unknown format "${format}": only "mermaid" can be imported` : 'say what to import: npm run import -- mermaid <file.mmd>');
if (!file) usageError('say which diagram to import: npm run import -- mermaid <file.mmd>');
if (extra.length > 0) usageError(`unexpected ${extra.map((word) => `"${word}"`).join(' ')}`);
for (const [flag, value] of [['--persona', values.persona], ['--slug', values.slug]] as const) {
  if (value !== undefined && !CONTENT_SLUG.test(value)) {
    usageError(`${flag} "${value}" is not a slug: use lower-case letters, digits and "-", with "/" for sub-folders`);
  }
}

let source: string;
try {
  source = readFileSync(file, 'utf8');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(`import: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message}`);
}
const read = readMermaidJourney(source);
if (!read.ok) fail(...read.problems.map((problem) => formatMermaidProblem(file, problem)));

const root = projectRoot();
const settingsRead = await readSettingsForCli(root);
if (!settingsRead.ok) fail(...settingsRead.lines);
const settings: SiteSettings = settingsRead.settings;
if (values.lang !== undefined && !(LOCALES as readonly string[]).includes(values.lang)) {
  usageError(`--lang must be one of ${LOCALES.join(', ')}, got "${values.lang}"`);
}
const lang = (values.lang as Locale | undefined) ?? settings.locale;
const say = cliText(lang);
const sources = readContentSources(root);

const planned = planMermaidImport({
  diagram: read.diagram,
  file,
  personas: sources.personas.map((persona) => ({ slug: persona.slug, name: nameOf(persona) })),
  persona: values.persona,
  slug: values.slug,
  lang,
  today: buildDate().toISOString().slice(0, 10),
});
if (!planned.ok) fail(planned.message);
const plan = planned.plan;

const existingJourney = fileWithSlug(sources.journeys, plan.journey.slug);
if (existingJourney && !values.force) {
  fail(`import: ${existingJourney.file} already exists; nothing was written. Pass --force to replace it, or --slug <another-slug>.`);
}

const written: string[] = [];
if (plan.newPersona) {
  const personaPath = contentFilePath(root, 'personas', plan.newPersona.slug);
  writeContentFile(personaPath.absolute, plan.newPersona.text);
  written.push(personaPath.relative);
}
const journeyPath = contentFilePath(root, 'journeys', plan.journey.slug);
writeContentFile(journeyPath.absolute, plan.journey.text, existingJourney);
written.push(journeyPath.relative);

for (const path of written) console.log(say.created(path));
if (!plan.newPersona) console.log(`  ${say.usesPersona(plan.personaSlug)}`);
if (!plan.newPersona && plan.otherActors.length > 0) console.log(`  ${say.otherActors(plan.otherActors.join(', '))}`);
if (plan.placeholderPersona) console.log(`  ${say.placeholderPersona(plan.personaSlug)}`);
if (plan.titleFromFile) console.log(`  ${say.titleFromFile(file)}`);
if (plan.looseTasks) console.log(`  ${say.looseTasks(templateText(lang).looseTasksPhase)}`);
if (plan.placeholderTouchpoint) console.log(`  ${say.placeholderTouchpoint}`);
console.log(`  ${say.setChannels}`);
console.log(`  ${say.preview(devUrl(settings, 'journeys', plan.journey.slug))}`);
console.log(`  ${say.check}`);
const errors = errorsInWrittenFiles(root, settings, written);
if (errors.length > 0) fail(...errors.map(formatProblem));

function nameOf(persona: SourceFile): string {
  const name = (parseSource(persona.text).data as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name : persona.slug;
}
