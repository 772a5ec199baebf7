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
import { buildDate } from '../src/sources/build-date.ts';
import { readContentSources, type SourceFile } from '../src/sources/content-files.ts';
import { templateText } from '../src/i18n/index.ts';
import { closestMatch, listForMessage } from '../src/validate/did-you-mean.ts';
import { formatProblem } from '../src/validate/problem.ts';
import { contentFilePath, fileWithSlug, writeContentFile } from './lib/content-files.ts';
import { authoringCommand } from './lib/authoring-command.ts';
import { createPrompter, isInteractive, type Prompter } from './lib/prompt.ts';
import { devUrl, errorsInWrittenFiles } from './lib/written-files.ts';

const cli = await authoringCommand('new', {
  persona: { type: 'string' },
  title: { type: 'string' },
  phases: { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  interactive: { type: 'boolean' },
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

const [kind, rawSlug, ...extra] = positionals;
if (kind !== 'journey' && kind !== 'persona') usageError(kind ? say('new.unknownKind', { kind }) : say('new.sayKind'));
if (!rawSlug) usageError(say('new.saySlug', { kind }));
if (extra.length > 0) usageError(say('common.unexpected', { words: extra.map((word) => `"${word}"`).join(' ') }));
const slug = rawSlug.replace(/\.mdx?$/i, '');
if (!CONTENT_SLUG.test(slug)) {
  const suggestion = slug.split('/').map(slugify).filter(Boolean).join('/');
  usageError(suggestion ? say('new.notASlugTry', { text: rawSlug, suggestion }) : say('new.notASlug', { text: rawSlug }));
}

const { settings, lang, say: sayInLang } = cli.settle();
say = sayInLang;
const sources = readContentSources(root);
const collection = kind === 'journey' ? 'journeys' : 'personas';
const existing = fileWithSlug(sources[collection], slug);
if (existing) {
  fail(say('new.exists', { file: existing.file }));
}
const target = contentFilePath(root, collection, slug);

const prompter: Prompter | undefined = isInteractive(values.interactive) ? createPrompter() : undefined;
/** Asks when interactive; `undefined` answers (end of input) cancel the command. */
async function ask(question: string, fallback?: string): Promise<string | undefined> {
  if (!prompter) return undefined;
  const answer = await prompter.ask(question, fallback);
  if (answer === undefined) fail(say('common.cancelled'));
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
console.log(say('common.created', { file: target.relative }));
console.log(`  ${say('new.fillIn')}`);
console.log(`  ${say('common.preview', { url: devUrl(settings, collection, slug) })}`);
console.log(`  ${say('common.check')}`);
if (errors.length > 0) fail(...errors.map(formatProblem));

async function journeyText(): Promise<string> {
  requireSomePersona(sources.personas);
  const title = values.title?.trim() || (await ask(say('new.askTitle'), titleFromSlug(slug))) || titleFromSlug(slug);
  const persona = await choosePersona(sources.personas);
  let phaseNames: string[] = [];
  if (values.phases !== undefined) {
    phaseNames = parsePhaseList(values.phases);
    if (phaseNames.length === 0) usageError(say('new.phasesEmpty'));
  } else {
    phaseNames = parsePhaseList((await ask(say('new.askPhases'), templateText(lang).defaultPhases.join(', '))) ?? '');
  }
  return journeyFileText(newJourneyDraft({ title, persona, phaseNames, lang }), { lang, today });
}

async function personaText(): Promise<string> {
  const name = values.name?.trim() || (await ask(say('new.askName'), nameFromSlug(slug))) || nameFromSlug(slug);
  const role = values.role?.trim() || (await ask(say('new.askRole'))) || undefined;
  return personaFileText({ name, role }, { lang });
}

/** A journey cannot be made without a protagonist: say so before asking anything. */
function requireSomePersona(personas: readonly SourceFile[]): void {
  if (personas.length > 0) return;
  fail(say('new.noPersonas'), say('new.createPersonaFirst'));
}

/** The protagonist: --persona, else asked, else the only persona there is. */
async function choosePersona(personas: readonly SourceFile[]): Promise<string> {
  const slugs = personas.map((persona) => persona.slug);
  const unknown = (candidate: string) =>
    say('new.unknownPersona', { slug: candidate, hint: hintFor(candidate, slugs), list: listForMessage(slugs), newSlug: slugify(candidate) || '<slug>' });
  if (values.persona !== undefined) {
    if (!slugs.includes(values.persona)) fail(unknown(values.persona));
    return values.persona;
  }
  if (prompter) {
    for (;;) {
      const answer = (await ask(say('new.askPersona', { list: listForMessage(slugs, 8) }), slugs[0]))!;
      if (slugs.includes(answer)) return answer;
      console.log(say('new.notAPersona', { slug: answer, hint: hintFor(answer, slugs) }));
    }
  }
  if (slugs.length === 1) return slugs[0]!;
  fail(say('new.whichPersona', { list: listForMessage(slugs) }));
}

/** ` (did you mean "ana-perez"?)`, or nothing when no slug is close. */
function hintFor(candidate: string, slugs: readonly string[]): string {
  const match = closestMatch(candidate, slugs);
  return match === undefined || match === candidate ? '' : say('common.didYouMean', { match });
}
