// A tiny static server for the end-to-end tests: serves dist/ under a sub-path, on a port chosen
// by the operating system, so a stale server can never answer in its place.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

export const SUB_PATH = '/intranet/tools/ilacs/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Starts serving `distDir` at http://127.0.0.1:PORT/intranet/tools/ilacs/.
 * `headers` are added to every response (the CSP run uses this). `requests` lists every path
 * asked for (with its query), so a test can tell whether anything reached the server;
 * `serve(dir)` switches to another folder, as a new deployment would.
 */
export async function startServer({ distDir, headers = {} } = {}) {
  let root = resolve(distDir);
  const requests = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname + url.search);
    if (!url.pathname.startsWith(SUB_PATH)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not under the sub-path');
      return;
    }
    let relative = decodeURIComponent(url.pathname.slice(SUB_PATH.length)) || 'index.html';
    const file = normalize(join(root, relative));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      const path = info.isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(path);
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${SUB_PATH}`,
    requests,
    serve(dir) {
      root = resolve(dir);
    },
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        // Kept-alive connections (a service worker's, say) would hold the server open.
        server.closeAllConnections();
      }),
  };
}
