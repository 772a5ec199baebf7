import { AsyncLocalStorage } from 'node:async_hooks';
import type { LoadedContent } from './load.ts';

/*
 * In `npm run dev` a save can land while a page is being rendered. The dev server learns of it
 * from its file watcher, which may report it between the middleware that answers a broken file's
 * pages (src/integration/content-errors-dev.ts) and the page itself: the middleware let the
 * request through on the content as it was, and the page, asking again, got the content as it
 * is, without the journey it was rendering (a TypeError and a stack trace). So a request keeps
 * the content it started with: the middleware runs the rest of the request with it, and the page
 * context (src/site/page-context.ts) reads it from there. The next request sees the save.
 *
 * One store on globalThis: the middleware is loaded by Node, the pages by Astro's module runner,
 * each with its own copy of this module, in the one process.
 */
const STORAGE = Symbol.for('journeybook.requestContent');
const shared = globalThis as typeof globalThis & { [STORAGE]?: AsyncLocalStorage<LoadedContent> };
const storage = (shared[STORAGE] ??= new AsyncLocalStorage<LoadedContent>());

/** Runs `handle` (the rest of a request) so that everything it renders reads `content`. */
export function withRequestContent<T>(content: LoadedContent, handle: () => T): T {
  return storage.run(content, handle);
}

/** The content the request being handled started with, when the dev server set one. */
export function requestContent(): LoadedContent | undefined {
  return storage.getStore();
}
