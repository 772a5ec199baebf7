/**
 * The rooms of src/ and the one direction imports flow in (README, "How it works").
 *
 * A room may import from rooms on its own level or below it, never from a higher one, and no
 * import may close a cycle — type-only imports included, since a type that runs back up a floor
 * is the first step of a code import that does. `npm test` runs this file through
 * test/unit/import-graph.test.ts.
 */

/** Lowest first. Each entry: a level's rooms under src/ (a regular-expression alternative). */
const LEVELS = [
  ['schema'], // the format: Zod schemas of every file kind, reserved names
  ['i18n', 'sources', 'model'], // catalogues; reading files, git and the build date; the model's types
  ['domain'], // pure figures over the model
  ['chart', 'export'], // pure geometry; JSON, CSV, Mermaid writers and reader
  ['validate'], // per-file analysis, cross-file rules, messages, settings
  ['handbook'], // builds the model once per build: load, model, aggregates
  ['site'], // what every page shares: URLs, page context, navigation, page keys
  ['og', 'authoring'], // share cards; templates for `new` and `import`
  ['integration'], // the Astro integration: settings, share images, search index
  ['components', 'layouts'], // the Astro site's parts
  ['pages'], // routes
];

const room = (name) => `^src/${name}/`;
const rules = [];
LEVELS.forEach((level, index) => {
  const higher = LEVELS.slice(index + 1).flat();
  if (higher.length === 0) return;
  rules.push({
    name: `no-upward-from-${level.join('-')}`,
    comment: `${level.join(', ')} sit below ${higher.join(', ')} and may not import from them`,
    severity: 'error',
    from: { path: `^src/(${level.join('|')})/` },
    to: { path: `^src/(${higher.join('|')})/` },
  });
});

/** The pure rooms never import Astro, so their tests and the CLI run without it. */
const PURE = ['schema', 'model', 'domain', 'chart', 'export', 'validate', 'i18n'];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle, even through types only, ties two rooms into one.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...rules,
    {
      name: 'pure-rooms-without-astro',
      comment: `${PURE.join(', ')} are plain TypeScript: no Astro, no virtual modules`,
      severity: 'error',
      from: { path: `^src/(${PURE.join('|')})/` },
      to: { path: '^(node_modules/astro/|virtual:|astro:)|\\.astro$' },
    },
    {
      name: 'src-never-imports-cli-or-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(cli|test|e2e|bench)/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'Every relative import names a file that exists.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^(virtual:|astro:)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|\\.astro|\\.journeybook)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.mjs', '.astro', '.json'] },
    moduleSystems: ['es6', 'cjs'],
  },
};
