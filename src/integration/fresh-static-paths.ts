import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ViteDevServer } from 'vite';
import { contentVersion, lookAtContent } from '../sources/content-version.ts';

type Next = (error?: unknown) => void;

/** Astro's dev environments; its route cache lives in whichever renders the pages. */
const ENVIRONMENTS = ['ssr', 'prerender', 'astro'] as const;

/*
 * In `npm run dev`, Astro keeps each route's getStaticPaths between requests and forgets them only
 * when it saves its content store, which it does on a timer that every further save restarts.
 * The pages read content/ themselves (src/site/page-context.ts), so a page asked for in between
 * is listed from the content as it was: a journey left out while a research source it cites had
 * errors stays "404" after the fix until the store's next save. This middleware, ahead of Astro's,
 * tells Astro to forget the lists as soon as content/ differs from what the last page request saw.
 */
export function freshStaticPaths(server: ViteDevServer, root: string) {
  let seen = contentVersion(root);
  return (request: IncomingMessage, _response: ServerResponse, next: Next) => {
    if (!isPageRequest(request.url)) return next();
    // Once per page request: a save the watcher has not told of yet is seen by this very request.
    lookAtContent(root);
    const now = contentVersion(root);
    if (now === seen) return next();
    seen = now;
    // The message Astro itself sends when its content store changes.
    for (const name of ENVIRONMENTS) server.environments[name]?.hot.send('astro:content-changed', {});
    // The module runner takes messages on a queue of its own: let it empty before Astro answers.
    setImmediate(next);
  };
}

/** Requests Astro answers from a route (pages, JSON, feeds), not Vite's modules and assets. */
export function isPageRequest(url: string | undefined): boolean {
  const path = url ?? '/';
  return !/^\/(@|_astro\/|node_modules\/|src\/|\.astro\/)/.test(path) && !path.includes('/@');
}
