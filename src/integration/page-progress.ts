import type { AstroPrerenderer } from 'astro';
import { reportBuildEvent } from './build-events.ts';

/**
 * Astro's prerenderer, wrapped so the build can say how far the pages are: Astro hands it the
 * list of every page to write (so the total is known once bundling is done) and asks it to render
 * each page that its incremental cache cannot supply. The pages not rendered were copied from
 * that cache, so the summary's figures need nothing from Astro's log. Everything else is the
 * wrapped prerenderer's own.
 */
export function prerendererWithProgress(prerenderer: AstroPrerenderer): AstroPrerenderer {
  let total = 0;
  let rendered = 0;
  return {
    name: prerenderer.name,
    setup: prerenderer.setup && (() => prerenderer.setup!()),
    async getStaticPaths() {
      const paths = await prerenderer.getStaticPaths();
      // Astro writes a path once, however many routes claim it (with or without its final slash).
      total = new Set(paths.map(({ pathname }) => (pathname.endsWith('/') ? pathname.slice(0, -1) : pathname))).size;
      reportBuildEvent({ type: 'total', phase: 'pages', total });
      return paths;
    },
    async render(request, options) {
      const response = await prerenderer.render(request, options);
      rendered++;
      reportBuildEvent({ type: 'progress', phase: 'pages', made: 1 });
      return response;
    },
    collectStaticImages: prerenderer.collectStaticImages && (() => prerenderer.collectStaticImages!()),
    async teardown() {
      await prerenderer.teardown?.();
      reportBuildEvent({ type: 'end', phase: 'pages', total, made: rendered, reused: Math.max(0, total - rendered) });
    },
  };
}
