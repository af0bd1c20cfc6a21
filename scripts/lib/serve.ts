/**
 * Serves a production build on 127.0.0.1 the way a static host does:
 * `/x` -> `/x/index.html` or `/x.html`, unknown paths -> `404.html` (the
 * locale's, under `/<locale>/`) with status 404. Used by `npm run pdf`, the benchmarks and the browser tests.
 */
import {createReadStream, existsSync, statSync} from 'node:fs';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
};

/** Starts serving `dir`; resolves with its origin and a `close` function. */
export async function serveBuild(dir: string): Promise<{origin: string; close: () => Promise<void>}> {
  const root = path.resolve(dir);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const candidates = [pathname, path.posix.join(pathname, 'index.html'), `${pathname.replace(/\/$/, '')}.html`];
    for (const candidate of candidates) {
      const file = path.join(root, candidate);
      if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) {
        response.writeHead(200, {'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'content-length': statSync(file).size});
        if (request.method === 'HEAD') response.end();
        else createReadStream(file).pipe(response);
        return;
      }
    }
    // A locale's pages have their own 404 page (`/sr/404.html`), as hosts serving Docusaurus are set up.
    const localeNotFound = path.join(root, pathname.split('/')[1] ?? '', '404.html');
    const notFound = localeNotFound.startsWith(root) && existsSync(localeNotFound) ? localeNotFound : path.join(root, '404.html');
    response.writeHead(404, {'content-type': types['.html']});
    if (existsSync(notFound)) createReadStream(notFound).pipe(response);
    else response.end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
