import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.mmd': 'text/plain; charset=utf-8',
  '.pf_meta': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built handbook on loopback under `base` (e.g. "/handbook/"), the way an intranet
 * web server would: directories serve index.html, unknown paths serve 404.html with status 404.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) return notFound();
    path = normalize(`/${path.slice(base.length)}`);
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return notFound();
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);

    function notFound() {
      const page = join(dir, '404.html');
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      if (existsSync(page)) createReadStream(page).pipe(response);
      else response.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
