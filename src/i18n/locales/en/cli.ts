import type { CliMessages } from '../../catalogue.ts';

/** What `npm run new`, `npm run import` and `npm run check` say, in British English. */
export const cli: CliMessages = {
  'new.usage':
    'Usage:\n' +
    '  npm run new -- journey <slug> [--persona <slug>] [--title "…"] [--phases "Discover, Sign up, Use"] [--lang {langs}]\n' +
    '  npm run new -- persona <slug> [--name "…"] [--role "…"] [--lang {langs}]\n' +
    '\n' +
    'A slug is the file\'s name without extension; "/" makes sub-folders (banking/sign-up).\n' +
    'In a terminal, what is not given as a flag is asked; --interactive asks even when input is piped.',
  'new.unknownKind': 'unknown kind "{kind}": write "journey" or "persona"',
  'new.sayKind': 'say what to create: journey or persona',
  'new.saySlug': 'say which {kind} to create: npm run new -- {kind} <slug>',
  'new.notASlug': '"{text}" is not a slug: use lower-case letters, digits and "-", with "/" for sub-folders',
  'new.notASlugTry': '"{text}" is not a slug: use lower-case letters, digits and "-", with "/" for sub-folders (try "{suggestion}")',
  'new.phasesEmpty': '--phases needs at least one name, e.g. --phases "Discover, Sign up, Use"',
  'new.exists': 'new: {file} already exists; nothing was written. Choose another slug, or edit that file.',
  'new.noPersonas': 'new: a journey needs a persona as its protagonist, and this handbook has none yet.',
  'new.createPersonaFirst': '  Create one first: npm run new -- persona <slug>   (for example: npm run new -- persona maria-gomez)',
  'new.unknownPersona': 'new: unknown persona "{slug}"{hint} (personas: {list}). To create it: npm run new -- persona {newSlug}',
  'new.whichPersona': 'new: which persona is the protagonist? Pass --persona <slug> (personas: {list})',
  'new.askTitle': 'Journey title',
  'new.askPersona': 'Protagonist persona ({list})',
  'new.askPhases': 'Phases, separated by commas',
  'new.askName': 'The persona’s name',
  'new.askRole': 'One line that describes them (optional)',
  'new.notAPersona': 'There is no persona "{slug}"{hint}. Type one of the slugs listed.',
  'new.fillIn': 'Fill it in: every field has a comment that says what to write.',

  'import.usage':
    'Usage:\n' +
    '  npm run import -- mermaid <file.mmd> [--persona <slug>] [--slug <slug>] [--force] [--lang {langs}]\n' +
    '\n' +
    '  --persona  the protagonist\'s slug (default: the diagram\'s first actor; a persona file is created if needed)\n' +
    '  --slug     the journey\'s slug (default: from the diagram\'s title); "/" makes sub-folders\n' +
    '  --force    replace an existing journey with the same slug (personas are never replaced)',
  'import.unknownFormat': 'unknown format "{format}": only "mermaid" can be imported',
  'import.sayFormat': 'say what to import: npm run import -- mermaid <file.mmd>',
  'import.sayFile': 'say which diagram to import: npm run import -- mermaid <file.mmd>',
  'import.flagNotASlug': '{flag} "{value}" is not a slug: use lower-case letters, digits and "-", with "/" for sub-folders',
  'import.cannotRead': 'import: cannot read {file}: {reason}',
  'import.noSuchFile': 'no such file',
  'import.isFolder': 'it is a folder',
  'import.titleWithoutSlug': '{file}: cannot make a slug from the title "{title}": pass --slug <slug>',
  'import.exists': 'import: {file} already exists; nothing was written. Pass --force to replace it, or --slug <another-slug>.',
  'import.usesPersona': 'Protagonist: the existing persona "{slug}".',
  'import.otherActors': 'Other characters in the diagram, noted in a comment: {names}.',
  'import.looseTasks': 'The tasks before the first section are in a phase called "{phase}"; rename it if you like.',
  'import.setChannels': 'Check the channels: Mermaid does not say where each step happens, so every one is "web".',

  'check.usage': 'Usage: npm run check [-- --format text|json] [--strict] [--due] [--audience internal|public]',
  'check.badFormat': '--format must be "text" or "json", got "{format}"',
  'check.files': { one: '{count} file checked', other: '{count} files checked' },
  'check.errors': { one: '{count} error', other: '{count} errors' },
  'check.warnings': { one: '{count} warning', other: '{count} warnings' },
  'check.overdue': { one: '{count} journey overdue for review', other: '{count} journeys overdue for review' },
  'check.summary': '{files} in {ms} ms: {errors}, {warnings}',

  'common.langMustBe': '--lang must be one of {langs}, got "{lang}"',
  'common.unexpected': 'unexpected {words} (quote a value that has spaces)',
  'common.didYouMean': ' (did you mean "{match}"?)',
  'common.created': 'Created {file}',
  'common.check': 'Check it: npm run check',
  'common.preview': 'Preview it: npm run dev, then open {url}',
  'common.cancelled': 'Cancelled: nothing was written.',

  // Mermaid import of what Mermaid accepts, and check --strict (issue 13)
  'import.placeholderPersona': 'The diagram names nobody: the persona "{slug}" stands in. Give it a name (or import again with --persona <slug>).',
  'import.titleFromFile': 'The diagram has no title: the journey is named after the file {file}. Change its "title".',
  'import.placeholderTouchpoint': 'The diagram has no tasks: the journey has one example touchpoint for you to replace.',
  'check.strictFailed': ' (--strict: warnings fail the check)',

  // Build progress
  'build.phase.validation': 'Validation',
  'build.phase.pages': 'Pages',
  'build.phase.images': 'Share images',
  'build.phase.search': 'Search index',
  'build.files': { one: '{count} file', other: '{count} files' },
  'build.pages': { one: '{count} page', other: '{count} pages' },
  'build.images': { one: '{count} image', other: '{count} images' },
  'build.timeLeft': '~{time} left',
  'build.preparing': 'Astro is preparing the site ({time})',
  'build.working': 'under way ({time})',
  'build.starting': 'started',
  'build.doneIn': '{what} in {time}',
  'build.summary': 'Built in {time}:',
  'build.summary.validation': '{files} in {time}: {validated}, {cached}',
  'build.validated': { one: '{count} validated', other: '{count} validated' },
  'build.fromCache': '{count} from the cache',
  'build.summary.pages': '{files} in {time}: {rendered}, {copied}',
  'build.renderedFiles': { one: '{count} rendered', other: '{count} rendered' },
  'build.copiedFromAstro': { one: '{count} copied from Astro’s cache', other: '{count} copied from Astro’s cache' },
  'build.summary.images': '{images} in {time}: {rendered}, {cached}',
  'build.renderedImages': { one: '{count} rendered', other: '{count} rendered' },
  'build.summary.search': '{pages} in {time}: {indexed}, {copied}',
  'build.shardsIndexed': { one: '{count} shard indexed', other: '{count} shards indexed' },
  'build.shardsCopied': { one: '{count} copied from the cache', other: '{count} copied from the cache' },
};
