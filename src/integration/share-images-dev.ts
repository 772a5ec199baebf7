import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegrationLogger } from 'astro';
import { loadContent } from '../handbook/load.ts';
import type { ShareImageJob } from '../og/card-data.ts';
import { routes } from '../site/urls.ts';
import { buildDate } from '../sources/build-date.ts';
import { contentVersion } from '../sources/content-version.ts';
import type { SiteSettings } from '../schema/settings.ts';
import { createShareImageStudio, type ShareImageStudio } from './share-images.ts';

type Next = (error?: unknown) => void;

/**
 * Serves `/og/…png` in `npm run dev`, rendering a card on request (and caching it like a build
 * does), so the share images can be previewed while writing. The handbook is reloaded when a
 * file under content/ changes; a file with errors has no image until it is fixed (its pages show
 * the errors), every other file keeps its image.
 */
export function shareImageMiddleware(options: { root: string; settings: SiteSettings; cacheDir: string; logger: AstroIntegrationLogger }) {
  const prefix = `${options.settings.base}${routes.shareImages()}`;
  let studio: ShareImageStudio | undefined;
  let current: { signature: string; jobs: Map<string, ShareImageJob> } | undefined;

  const jobsNow = () => {
    const signature = contentVersion(options.root);
    if (current?.signature !== signature) {
      studio ??= createShareImageStudio(options);
      // The same model as the dev pages': the files that can be shown, whatever the errors elsewhere.
      const handbook = loadContent(options.root, options.settings, buildDate(), { partial: true }).handbook!;
      current = { signature, jobs: new Map(studio.jobs(handbook).map((job) => [job.path, job])) };
    }
    return current.jobs;
  };

  return async (request: IncomingMessage, response: ServerResponse, next: Next) => {
    const pathname = pathOf(request.url);
    if (!pathname?.startsWith(prefix) || !pathname.endsWith('.png')) return next();
    let job: ShareImageJob | undefined;
    try {
      job = jobsNow().get(`${routes.shareImages()}${pathname.slice(prefix.length)}`);
    } catch {
      // Content with errors: the pages show them; the image simply is not there yet.
      return next();
    }
    if (!job) return next();
    try {
      const png = await studio!.image(job);
      response.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': png.length, 'Cache-Control': 'no-cache' });
      response.end(png);
    } catch (error) {
      options.logger.error(`share image ${pathname}: ${error instanceof Error ? error.message : String(error)}`);
      next(error);
    }
  };
}

/** The decoded path of a request URL, or undefined for a malformed one (left to the server to answer). */
function pathOf(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://dev').pathname);
  } catch {
    return undefined;
  }
}
