import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SettingsInput, SiteSettings } from '../schema/settings.ts';
import { resolveSettings } from '../validate/settings.ts';
import { configModulePlugin } from './config-module.ts';
import { audienceCacheDir } from '../sources/audience-cache-dir.ts';

/**
 * Every MDX narrative makes the bundler warn that Astro's own "use astro:head-inject" directive
 * "may not be preserved" — 13 lines per file, 13,000 for a large handbook, and nothing an author
 * can act on. Only that warning is dropped; every other log passes through.
 */
function quietAstroDirectiveWarnings(level: string, log: { code?: string; message: string }, handler: (level: string, log: unknown) => void) {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
  handler(level, log);
}

export interface JourneybookIntegration extends AstroIntegration {
  /** The options as written in astro.config.mjs, so the CLI can validate them without Astro. */
  journeybookOptions: SettingsInput;
}

/**
 * The Journeybook integration: validates the site settings (docs/format.md#settings), applies the
 * SITE_URL / BASE_PATH overrides, exposes the settings to pages, and after a build writes
 * share images and the search index.
 */
export default function journeybook(options: SettingsInput = {}): JourneybookIntegration {
  let settings: SiteSettings;
  let root: string;
  let cacheDir: string;
  let shareImages: import('./finish-build.ts').ShareImagesInProgress | undefined;
  let keptPages: import('./astro-page-cache.ts').VerifiedPages | undefined;
  return {
    name: 'journeybook',
    journeybookOptions: options,
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        root = fileURLToPath(config.root);
        settings = resolveSettings(options, { site: config.site, base: config.base });
        updateConfig({
          site: settings.site,
          base: settings.base,
          // One cached stylesheet for every page, instead of each page carrying its own copy.
          // Several pages at a time: a rebuild mostly copies unchanged pages from Astro's cache,
          // which waits on the disk (measured at 1,000 journeys: 6–8 s instead of 9–13 s).
          build: { inlineStylesheets: 'never', concurrency: 8 },
          // Pages whose cacheKey (src/site/page-keys.ts) and code are unchanged are copied
          // from the previous build instead of rendered again (docs/performance.md).
          experimental: { incrementalBuild: true },
          // Each audience keeps its own caches: a public build never reuses an internal page, card or shard.
          ...(settings.audience === 'internal' ? {} : { cacheDir: pathToFileURL(`${audienceCacheDir(fileURLToPath(config.cacheDir), settings.audience)}/`) }),
          vite: {
            plugins: [configModulePlugin(() => ({ settings, root, cacheDir, devServer: command === 'dev' }))],
            build: { rolldownOptions: { onLog: quietAstroDirectiveWarnings } },
          },
        });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      // The share-image and search modules load satori, sharp and Pagefind: imported only when a
      // hook needs them, so `check`, `new` and `import` (which read this file) start fast.
      'astro:server:setup': async ({ server, logger }) => {
        // Every file validated in workers while Vite starts here, and here too once the server
        // listens; requests wait for it (validate-ahead.ts).
        const { validateAhead, waitFor } = await import('./validate-ahead.ts');
        const listening = server.httpServer ? new Promise((resolve) => server.httpServer!.once('listening', resolve)) : Promise.resolve();
        const validated = validateAhead({ root, cacheDir }, listening);
        server.middlewares.use(waitFor(validated));
        const [{ shareImageMiddleware }, { contentErrorsDev }, { freshStaticPaths }, { contentChanged, watchContentChanges }] = await Promise.all([
          import('./share-images-dev.ts'),
          import('./content-errors-dev.ts'),
          import('./fresh-static-paths.ts'),
          import('../sources/content-version.ts'),
        ]);
        // The handbook in memory is made again after a change the watcher reports, not after
        // stat'ing content/ on every request (src/sources/content-version.ts).
        watchContentChanges(root);
        server.middlewares.use(freshStaticPaths(server, root));
        // A file with errors: its own pages show them, every other page works (docs/authoring.md).
        const contentErrors = contentErrorsDev({ root, settings, cacheDir, logger });
        server.middlewares.use(contentErrors.middleware);
        server.middlewares.use(shareImageMiddleware({ root, settings, cacheDir, logger }));
        void validated.then(contentErrors.report);
        const contentDir = join(root, 'content');
        let pending: ReturnType<typeof setTimeout> | undefined;
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(`${contentDir}${sep}`)) return;
          contentChanged(root);
          // One report per save, however many events an editor's save makes.
          clearTimeout(pending);
          pending = setTimeout(contentErrors.report, 150);
        });
      },
      'astro:build:start': async ({ logger, setPrerenderer }) => {
        // `npm run build` shows how far the pages are: the prerenderer knows how many there are and which it renders.
        const { buildEventsListened } = await import('./build-events.ts');
        if (buildEventsListened()) {
          const { prerendererWithProgress } = await import('./page-progress.ts');
          setPrerenderer((astroPrerenderer) => prerendererWithProgress(astroPrerenderer));
        }
        // Before Astro reads its cache of pages: a damaged page is deleted, so Astro renders it again.
        const { verifyAstroPageCache } = await import('./astro-page-cache.ts');
        const { verified, discarded } = verifyAstroPageCache(cacheDir);
        keptPages = verified;
        if (discarded.includes('incremental-build.json')) logger.info('incremental pages: Astro’s list of cached pages is not as the last build left it, every page rendered again');
        else if (discarded.length > 0) logger.info(`incremental pages: ${discarded.length} cached page(s) not as the last build left them, rendered again`);
        const { startBuild } = await import('./finish-build.ts');
        shareImages = startBuild({ root, settings, cacheDir });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { recordAstroPageCache } = await import('./astro-page-cache.ts');
        recordAstroPageCache(cacheDir, keptPages ?? new Map());
        const { finishBuild } = await import('./finish-build.ts');
        await finishBuild({ root, settings, outDir: fileURLToPath(dir), cacheDir, logger }, shareImages);
      },
    },
  };
}
