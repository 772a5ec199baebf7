/**
 * `npm run import -- mermaid <file.mmd> [--persona <slug>] [--slug <slug>] [--force]`: turns a
 * Mermaid `journey` diagram into a journey file that passes `npm run check`
 * (docs/format.md#importing-a-mermaid-diagram).
 * The diagram's first actor is the persona: an existing one when a persona has that slug or
 * name (or --persona's), otherwise a minimal new persona file whose supporting characters are the
 * other actors.
 * A problem in the diagram prints `file:line: message` and exits 1; usage mistakes exit 2.
 */
import { readFileSync } from 'node:fs';
import { journeyDraftFromMermaid } from '../src/authoring/journey-from-mermaid.ts';
import { journeyFileText } from '../src/authoring/journey-file.ts';
import { personaFileText } from '../src/authoring/persona-file.ts';
import { CONTENT_SLUG, nameFromSlug, slugify } from '../src/authoring/slugify.ts';
import { formatMermaidProblem, readMermaidJourney } from '../src/export/mermaid-read.ts';
import { buildDate } from '../src/sources/build-date.ts';
import { readContentSources, type SourceFile } from '../src/sources/content-files.ts';
import { fillPlaceholders, templateText } from '../src/i18n/index.ts';
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
const t = templateText(lang);

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
const diagram = read.diagram;

const sources = readContentSources(root);

// The protagonist: --persona, else the persona the first actor names, else a new one.
const [firstActor, ...otherActors] = diagram.actors;
let personaSlug: string;
let existingPersona: SourceFile | undefined;
if (values.persona !== undefined) {
  personaSlug = values.persona;
  existingPersona = fileWithSlug(sources.personas, personaSlug);
} else {
  if (!firstActor) fail(say('import.noActor', { file }));
  existingPersona = personaNamed(sources.personas, firstActor);
  personaSlug = existingPersona?.slug ?? slugify(firstActor);
  if (!personaSlug) fail(say('import.actorWithoutSlug', { file, actor: firstActor }));
}
// The first actor is the protagonist (under --persona's slug when given); everyone else is a
// supporting character: listed on a new persona, or in a comment when the persona exists.
const personaName = firstActor ?? nameFromSlug(personaSlug);
const supporting = otherActors;

const journeySlug = values.slug ?? slugify(diagram.title);
if (!journeySlug) fail(say('import.titleWithoutSlug', { file, title: diagram.title }));
const existingJourney = fileWithSlug(sources.journeys, journeySlug);
if (existingJourney && !values.force) {
  fail(say('import.exists', { file: existingJourney.file }));
}

const journeyPath = contentFilePath(root, 'journeys', journeySlug);
const personaPath = contentFilePath(root, 'personas', personaSlug);
const today = buildDate().toISOString().slice(0, 10);
const looseTasks = diagram.sections.some((section) => section.name === undefined);
const notes = [fillPlaceholders(t.importedFrom, { file }), t.importedChannels];
if (existingPersona && supporting.length > 0) notes.push(...fillPlaceholders(t.otherActors, { names: supporting.join(', ') }).split('\n'));

const written: string[] = [];
if (!existingPersona) {
  writeContentFile(
    personaPath.absolute,
    personaFileText({ name: personaName, supporting: supporting.map((name) => ({ name })) }, { lang, notes: [fillPlaceholders(t.importedPersona, { file })] }),
  );
  written.push(personaPath.relative);
}
writeContentFile(
  journeyPath.absolute,
  journeyFileText(journeyDraftFromMermaid(diagram, personaSlug, lang), { lang, today, notes, channelNote: t.channelToCheck }),
  existingJourney,
);
written.push(journeyPath.relative);

for (const path of written) console.log(say('common.created', { file: path }));
if (existingPersona) console.log(`  ${say('import.usesPersona', { slug: personaSlug })}`);
if (existingPersona && supporting.length > 0) console.log(`  ${say('import.otherActors', { names: supporting.join(', ') })}`);
if (looseTasks) console.log(`  ${say('import.looseTasks', { phase: t.looseTasksPhase })}`);
console.log(`  ${say('import.setChannels')}`);
console.log(`  ${say('common.preview', { url: devUrl(settings, 'journeys', journeySlug) })}`);
console.log(`  ${say('common.check')}`);
const errors = errorsInWrittenFiles(root, settings, written);
if (errors.length > 0) fail(...errors.map(formatProblem));

/** The persona an actor names: by slug ("maria-gomez" ← "María Gómez") or by display name. */
function personaNamed(personas: readonly SourceFile[], actor: string): SourceFile | undefined {
  const slug = slugify(actor);
  return (
    personas.find((persona) => persona.slug === slug || persona.slug.split('/').at(-1) === slug) ??
    personas.find((persona) => sameName(nameOf(persona), actor))
  );
}

function nameOf(persona: SourceFile): string {
  const name = (parseSource(persona.text).data as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' ? name : persona.slug;
}

/** Names compared the way people read them: case, accents and spacing do not matter. */
function sameName(a: string, b: string): boolean {
  return slugify(a) === slugify(b);
}
