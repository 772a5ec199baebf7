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
import { formatMermaidProblem, readMermaidJourney } from '../src/export/mermaid-read.ts';
import { buildDate } from '../src/sources/build-date.ts';
import { readContentSources, type SourceFile } from '../src/sources/content-files.ts';
import { templateText } from '../src/i18n/index.ts';
import { parseSource } from '../src/validate/frontmatter.ts';
import { formatProblem } from '../src/validate/problem.ts';
import { contentFilePath, fileWithSlug, writeContentFile } from './lib/content-files.ts';
import { authoringCommand } from './lib/authoring-command.ts';
import { devUrl, errorsInWrittenFiles } from './lib/written-files.ts';

const cli = await authoringCommand('import', {
  persona: { type: 'string' },
  slug: { type: 'string' },
  force: { type: 'boolean' },
});
const { root, values, positionals } = cli;
let say = cli.say;
// Declared functions, so TypeScript knows the code after a call does not run.
function usageError(message: string): never {
  return cli.usageError(message);
}
function fail(...lines: string[]): never {
  return cli.fail(...lines);
}
const [format, file, ...extra] = positionals;
if (format !== 'mermaid') usageError(format ? say('import.unknownFormat', { format }) : say('import.sayFormat'));
if (!file) usageError(say('import.sayFile'));
if (extra.length > 0) usageError(say('common.unexpected', { words: extra.map((word) => `"${word}"`).join(' ') }));
for (const [flag, value] of [['--persona', values.persona], ['--slug', values.slug]] as const) {
  if (value !== undefined && !CONTENT_SLUG.test(value)) {
    usageError(say('import.flagNotASlug', { flag, value }));
  }
}
const { settings, lang, say: sayInLang } = cli.settle();
say = sayInLang;

let source: string;
try {
  source = readFileSync(file, 'utf8');
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? say('import.noSuchFile') : code === 'EISDIR' ? say('import.isFolder') : (error as Error).message;
  fail(say('import.cannotRead', { file, reason }));
}
const read = readMermaidJourney(source);
if (!read.ok) fail(...read.problems.map((problem) => formatMermaidProblem(file, problem)));

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
if (!planned.ok) fail(say('import.titleWithoutSlug', { file, title: planned.title }));
const plan = planned.plan;

const existingJourney = fileWithSlug(sources.journeys, plan.journey.slug);
if (existingJourney && !values.force) {
  fail(say('import.exists', { file: existingJourney.file }));
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

for (const path of written) console.log(say('common.created', { file: path }));
if (!plan.newPersona) console.log(`  ${say('import.usesPersona', { slug: plan.personaSlug })}`);
if (!plan.newPersona && plan.otherActors.length > 0) console.log(`  ${say('import.otherActors', { names: plan.otherActors.join(', ') })}`);
if (plan.placeholderPersona) console.log(`  ${say('import.placeholderPersona', { slug: plan.personaSlug })}`);
if (plan.titleFromFile) console.log(`  ${say('import.titleFromFile', { file })}`);
if (plan.looseTasks) console.log(`  ${say('import.looseTasks', { phase: templateText(lang).looseTasksPhase })}`);
if (plan.placeholderTouchpoint) console.log(`  ${say('import.placeholderTouchpoint')}`);
console.log(`  ${say('import.setChannels')}`);
console.log(`  ${say('common.preview', { url: devUrl(settings, 'journeys', plan.journey.slug) })}`);
console.log(`  ${say('common.check')}`);
const errors = errorsInWrittenFiles(root, settings, written);
if (errors.length > 0) fail(...errors.map(formatProblem));

function nameOf(persona: SourceFile): string {
  const name = (parseSource(persona.text).data as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name : persona.slug;
}
