/**
 * The site half of `npm run build`, run by cli/build.ts in a child process: validates the
 * content and has Astro build the pages and share images into the staging folder. The search
 * index and the swap into `dist/` are cli/build.ts's, once this process (and its memory) is gone.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { templateLeftovers } from '../src/authoring/template-leftovers.ts';
import { loadContent } from '../src/handbook/load.ts';
import { SettingsError } from '../src/validate/settings.ts';
import { buildDate } from '../src/sources/build-date.ts';
import { errorsIn, formatProblem, sortProblems, warningsIn } from '../src/validate/problem.ts';
import { reportBuildEvent } from '../src/integration/build-events.ts';
import { buildFolders } from './lib/build-folders.ts';
import { failBuild } from './lib/fail-build.ts';
import { projectRoot, readCacheDir, readSiteSettings } from './lib/project.ts';

// cli/build.ts holds the build lock: should it die (even by kill -9), this process must not go on
// writing into a staging folder the next build is about to use.
process.channel?.unref();
process.on('disconnect', () => process.exit(1));
// It may have died while this process was still loading its modules, before anyone listened.
if (process.send && !process.connected) process.exit(1);

const root = projectRoot();
const { staging: stagingDir } = buildFolders(root);

let settings;
try {
  settings = await readSiteSettings(root);
} catch (error) {
  if (error instanceof SettingsError) failBuild(error.lines);
  throw error;
}

// Astro's pages and the share images reuse this result (see loadContent): one validation per
// build, and only of the files that changed since the last one (the rest come from the cacheDir).
const validated = { total: 0, made: 0, reused: 0 };
const { validation, handbook } = loadContent(root, settings, buildDate(), {
  cacheDir: await readCacheDir(root, settings.audience),
  progress: {
    // Again, from zero, when validation starts over (a damaged validation cache).
    files(total) {
      Object.assign(validated, { total, made: 0, reused: 0 });
      reportBuildEvent({ type: 'start', phase: 'validation', total });
    },
    validated(fromCache) {
      validated[fromCache ? 'reused' : 'made']++;
      reportBuildEvent({ type: 'progress', phase: 'validation', ...(fromCache ? { reused: 1 } : { made: 1 }) });
    },
  },
});
const history = handbook?.history;
const WITHOUT_HISTORY = {
  shallow: 'a shallow clone: fetch the full history (fetch-depth: 0, or git fetch --unshallow) to show it',
  'no-repository': 'not a git repository',
  'no-git': 'git is not installed',
  withheld: 'not shown in a build for this audience',
};
if (history && history.status !== 'complete') console.log(`history: not read, ${WITHOUT_HISTORY[history.status]}`);
else if (history?.cost) {
  const { ms, commits, journeyRevisions, versionsReadFromGit, filesCompared } = history.cost;
  console.log(`history: ${commits} commits, ${journeyRevisions} journey revisions in ${ms} ms (${versionsReadFromGit} old versions read from git, ${filesCompared} files' revisions compared, the rest cached)`);
}
// Text left as the templates wrote it is a warning here too: the build says so, and publishes it.
const leftovers = templateLeftovers([...validation.personas, ...validation.journeys].map((validated) => validated.source));
const problems = sortProblems([...validation.problems, ...leftovers]);
for (const warning of warningsIn(problems)) console.warn(`warning: ${formatProblem(warning)}`);
if (!validation.ok) failBuild(errorsIn(problems).map(formatProblem));
reportBuildEvent({ type: 'end', phase: 'validation', ...validated });

rmSync(stagingDir, { recursive: true, force: true });
reportBuildEvent({ type: 'start', phase: 'pages' });
try {
  const { build } = await import('astro');
  await build({
    root,
    outDir: stagingDir,
    logLevel: process.env.JOURNEYBOOK_LOG_LEVEL === 'debug' ? 'debug' : 'info',
    // Warnings and errors as whole lines, and no line per page unless --verbose (src/integration/build-log.ts).
    logger: { entrypoint: fileURLToPath(new URL('../src/integration/build-log.ts', import.meta.url)) },
  });
} catch (error) {
  rmSync(stagingDir, { recursive: true, force: true });
  failBuild([`Build failed: ${error instanceof Error ? error.message : String(error)}`]);
}
