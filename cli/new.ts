/**
 * `npm run new -- journey <slug>` and `npm run new -- persona <slug>`: write a commented file that
 * already passes `npm run check`, asking for what is missing when run in a terminal
 * (docs/format.md#commands). Never overwrites: an existing slug is refused with exit code 1. Usage
 * mistakes exit with 2.
 */
import { journeyFileText } from '../src/authoring/journey-file.ts';
import { newJourneyDraft, parsePhaseList } from '../src/authoring/new-journey.ts';
import { personaFileText } from '../src/authoring/persona-file.ts';
import { CONTENT_SLUG, nameFromSlug, slugify, titleFromSlug } from '../src/authoring/slugify.ts';
import { templateText } from '../src/authoring/template-text.ts';
import { buildDate } from '../src/sources/build-date.ts';
import { readContentSources, type SourceFile } from '../src/sources/content-files.ts';
import { LOCALES, type Locale, type SiteSettings } from '../src/schema/settings.ts';
import { didYouMean, listForMessage } from '../src/validate/did-you-mean.ts';
import { formatProblem } from '../src/validate/problem.ts';
import { cliText, type CliText } from './lib/cli-text.ts';
import { contentFilePath, fileWithSlug, writeContentFile } from './lib/content-files.ts';
import { projectRoot } from './lib/project.ts';
import { commandLine } from './lib/command-line.ts';
import { readSettingsForCli } from './lib/settings-for-cli.ts';
import { createPrompter, isInteractive, type Prompter } from './lib/prompt.ts';
import { devUrl, errorsInWrittenFiles } from './lib/written-files.ts';

const USAGE = `Usage:
  npm run new -- journey <slug> [--persona <slug>] [--title "…"] [--phases "Descubrir, Contratar, Usar"] [--lang es|en]
  npm run new -- persona <slug> [--name "…"] [--role "…"] [--lang es|en]

A slug is the file's name without extension; "/" makes sub-folders (banca/alta-online).
In a terminal, what is not given as a flag is asked; --interactive asks even when input is piped.`;

const cli = commandLine('new', USAGE, {
  persona: { type: 'string' },
  title: { type: 'string' },
  phases: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  lang: { type: 'string' },
  interactive: { type: 'boolean' },
});
const { values, positionals } = cli;
// Declared functions, so TypeScript knows the code after a call does not run.
function usageError(message: string): never {
  return cli.usageError(message);
}
function fail(...lines: string[]): never {
  return cli.fail(...lines);
}

const [kind, rawSlug, ...extra] = positionals;
if (kind !== 'journey' && kind !== 'persona') usageError(kind ? `unknown kind "${kind}": write "journey" or "persona"` : 'say what to create: journey or persona');
if (!rawSlug) usageError(`say which ${kind} to create: npm run new -- ${kind} <slug>`);
if (extra.length > 0) usageError(`unexpected ${extra.map((word) => `"${word}"`).join(' ')} (quote a value that has spaces)`);
const slug = rawSlug.replace(/\.mdx?$/i, '');
if (!CONTENT_SLUG.test(slug)) {
  const suggestion = slug.split('/').map(slugify).filter(Boolean).join('/');
  usageError(`"${rawSlug}" is not a slug: use lower-case letters, digits and "-", with "/" for sub-folders${suggestion ? ` (try "${suggestion}")` : ''}`);
}

const root = projectRoot();
const read = await readSettingsForCli(root);
if (!read.ok) fail(...read.lines);
const settings: SiteSettings = read.settings;
if (values.lang !== undefined && !(LOCALES as readonly string[]).includes(values.lang)) {
  usageError(`--lang must be one of ${LOCALES.join(', ')}, got "${values.lang}"`);
}
const lang = (values.lang as Locale | undefined) ?? settings.locale;
const say = cliText(lang);
const sources = readContentSources(root);
const collection = kind === 'journey' ? 'journeys' : 'personas';
const existing = fileWithSlug(sources[collection], slug);
if (existing) {
  fail(`new: ${existing.file} already exists; nothing was written. Choose another slug, or edit that file.`);
}
const target = contentFilePath(root, collection, slug);

const prompter: Prompter | undefined = isInteractive(values.interactive) ? createPrompter() : undefined;
/** Asks when interactive; `undefined` answers (end of input) cancel the command. */
async function ask(question: string, fallback?: string): Promise<string | undefined> {
  if (!prompter) return undefined;
  const answer = await prompter.ask(question, fallback);
  if (answer === undefined) fail(say.cancelled);
  return answer;
}

const today = buildDate().toISOString().slice(0, 10);
let text: string;
try {
  text = kind === 'journey' ? await journeyText() : await personaText();
} finally {
  prompter?.close();
}

writeContentFile(target.absolute, text);
const errors = errorsInWrittenFiles(root, settings, [target.relative]);
console.log(say.created(target.relative));
console.log(`  ${say.fillIn}`);
console.log(`  ${say.preview(devUrl(settings, collection, slug))}`);
console.log(`  ${say.check}`);
if (errors.length > 0) fail(...errors.map(formatProblem));

async function journeyText(): Promise<string> {
  requireSomePersona(sources.personas);
  const title = values.title?.trim() || (await ask(say.askTitle, titleFromSlug(slug))) || titleFromSlug(slug);
  const persona = await choosePersona(sources.personas, say);
  let phaseNames: string[] = [];
  if (values.phases !== undefined) {
    phaseNames = parsePhaseList(values.phases);
    if (phaseNames.length === 0) usageError('--phases needs at least one name, e.g. --phases "Descubrir, Contratar, Usar"');
  } else {
    phaseNames = parsePhaseList((await ask(say.askPhases, templateText(lang).defaultPhases.join(', '))) ?? '');
  }
  return journeyFileText(newJourneyDraft({ title, persona, phaseNames, lang }), { lang, today });
}

async function personaText(): Promise<string> {
  const name = values.name?.trim() || (await ask(say.askName, nameFromSlug(slug))) || nameFromSlug(slug);
  const role = values.role?.trim() || (await ask(say.askRole)) || undefined;
  return personaFileText({ name, role }, { lang });
}

/** A journey cannot be made without a protagonist: say so before asking anything. */
function requireSomePersona(personas: readonly SourceFile[]): void {
  if (personas.length > 0) return;
  fail(
    'new: a journey needs a persona as its protagonist, and this handbook has none yet.',
    '  Create one first: npm run new -- persona <slug>   (for example: npm run new -- persona maria-gomez)',
  );
}

/** The protagonist: --persona, else asked, else the only persona there is. */
async function choosePersona(personas: readonly SourceFile[], text: CliText): Promise<string> {
  const slugs = personas.map((persona) => persona.slug);
  const unknown = (candidate: string) =>
    `new: unknown persona "${candidate}"${didYouMean(candidate, slugs)} (personas: ${listForMessage(slugs)}). To create it: npm run new -- persona ${slugify(candidate) || '<slug>'}`;
  if (values.persona !== undefined) {
    if (!slugs.includes(values.persona)) fail(unknown(values.persona));
    return values.persona;
  }
  if (prompter) {
    for (;;) {
      const answer = (await ask(text.askPersona(listForMessage(slugs, 8)), slugs[0]))!;
      if (slugs.includes(answer)) return answer;
      console.log(text.unknownPersona(answer, didYouMean(answer, slugs)));
    }
  }
  if (slugs.length === 1) return slugs[0]!;
  fail(`new: which persona is the protagonist? Pass --persona <slug> (personas: ${listForMessage(slugs)})`);
}
