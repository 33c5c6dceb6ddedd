// A static server on loopback for the benchmark pages: only the folders the pages need, and a
// record of what each path weighs gzipped, so a page's payload is counted from what it loaded.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const SERVED = [
  '/bench/pages/',
  '/bench/.cache/unminified/',
  '/bench/.cache/long-tasks/',
  '/demo/',
  '/bench/generate.mjs',
  '/bench/convert.mjs',
  '/dist/',
  '/src/data/',
  '/node_modules/vis-timeline/standalone/umd/',
  '/node_modules/vis-timeline/styles/',
  '/node_modules/@knight-lab/timelinejs/dist/',
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A build made before the browser files moved to dist/browser/ has them in dist/ itself. */
function olderBuild(distFrom, path) {
  return path.startsWith('/dist/browser/') && !existsSync(join(distFrom, 'dist/browser')) ? path.replace('/dist/browser/', '/dist/') : path;
}

/**
 * Starts the server on a free port; resolves with its origin, `gzipSize(path)` and `close()`.
 * `distFrom`: another checkout whose `dist/` is served instead of this one's (`bench/ab.mjs`), so
 * that two builds meet the same pages and data. `delayMs`: every answer waits that long, as
 * over a slow network (bench/layout-shift.mjs).
 */
export function serve({ distFrom, delayMs = 0 } = {}) {
  const gzipped = new Map();
  const server = createServer(async (request, response) => {
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname));
    if (!SERVED.some((prefix) => path.startsWith(prefix))) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    try {
      const fromBase = distFrom && path.startsWith('/dist/');
      const body = await readFile(fromBase ? join(distFrom, olderBuild(distFrom, path)) : join(root, path));
      if (!gzipped.has(path)) gzipped.set(path, gzipSync(body, { level: 9 }).length);
      response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({
        origin: `http://127.0.0.1:${server.address().port}`,
        gzipSize: (path) => gzipped.get(path),
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
