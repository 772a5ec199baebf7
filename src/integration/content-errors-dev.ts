import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AstroIntegrationLogger } from 'astro';
import { loadContent, type LoadedContent } from '../handbook/load.ts';
import { withRequestContent } from '../handbook/request-content.ts';
import type { WithheldFile } from '../handbook/usable-content.ts';
import { translator } from '../i18n/index.ts';
import type { SiteSettings } from '../schema/settings.ts';
import { contentOfRoute } from '../site/urls.ts';
import { buildDate } from '../sources/build-date.ts';
import { errorsIn, formatProblem, sortProblems } from '../validate/problem.ts';
import { isPageRequest } from './fresh-static-paths.ts';

type Next = (error?: unknown) => void;

interface Options {
  root: string;
  settings: SiteSettings;
  cacheDir: string;
  logger: AstroIntegrationLogger;
}

/**
 * Content errors in `npm run dev`. The pages are built from the files that can be shown
 * (src/handbook/usable-content.ts); this answers the requests for a broken file's own pages with
 * its errors, one line each and no stack trace, and prints the same lines in the terminal once
 * per change, so the author reads what to fix first, wherever they look.
 */
export function contentErrorsDev(options: Options) {
  const t = translator(options.settings.locale);
  const loaded = () => loadContent(options.root, options.settings, buildDate(), { cacheDir: options.cacheDir, partial: true });
  let reported = '';

  /** Prints every error line once, when the content's errors change. */
  const report = () => {
    let lines: string[];
    try {
      lines = sortProblems(errorsIn(loaded().validation.problems)).map(formatProblem);
    } catch (error) {
      // Reading the content itself failed (a folder vanished mid-save): the next change tells again.
      lines = [`content: ${error instanceof Error ? error.message : String(error)}`];
    }
    const key = lines.join('\n');
    if (key === reported) return;
    if (lines.length === 0) options.logger.info('content: no errors left');
    for (const line of lines) options.logger.error(line);
    reported = key;
  };

  const middleware = (request: IncomingMessage, response: ServerResponse, next: Next) => {
    const base = options.settings.base;
    const pathname = pathOf(request.url);
    if (pathname === undefined || !pathname.startsWith(base) || !isPageRequest(request.url)) return next();
    let content: LoadedContent;
    try {
      content = loaded();
    } catch {
      return next();
    }
    const route = contentOfRoute(pathname.slice(base.length));
    const withheld: WithheldFile | undefined = route && content.withheld.find((file) => file.collection === route.collection && file.slug === route.slug);
    // The page renders from the content this answer was decided on, whatever a save changes meanwhile (src/handbook/request-content.ts).
    if (!withheld) return withRequestContent(content, () => next());
    report();
    const html = errorPage(withheld, t, options.settings.locale);
    response.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(html);
  };

  return { report, middleware };
}

/**
 * A page of its own, not the site's layout: the site's pages need the model, and the point of
 * this one is that its file is not in it. It checks every two seconds whether the page renders
 * again, and reloads when it does.
 */
function errorPage(file: WithheldFile, t: ReturnType<typeof translator>, locale: string): string {
  const title = file.needs ? t('devErrors.needsTitle', { file: file.needs }) : t('devErrors.title', { file: file.file });
  const lines = file.problems.map(formatProblem);
  return `<!doctype html>
<html lang="${escapeHtml(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d1d1f; }
  h1 { font-size: 1.25rem; color: #9b1c1c; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #fdf2f2; border-left: 4px solid #9b1c1c; padding: 0.75rem 1rem; font-size: 0.9rem; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${lines.length > 0 ? `<pre data-content-errors>${lines.map(escapeHtml).join('\n')}</pre>` : ''}
<p>${escapeHtml(t('devErrors.fix'))}</p>
<p>${escapeHtml(t('devErrors.build'))}</p>
</main>
<script>
  setInterval(async () => {
    try {
      const answer = await fetch(location.href, { cache: 'no-store' });
      if (answer.status !== 500) location.reload();
    } catch {}
  }, 2000);
</script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The decoded path of a request URL, or undefined for a malformed one (left to the server to answer). */
function pathOf(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://dev').pathname);
  } catch {
    return undefined;
  }
}
