// A tiny static server for the end-to-end tests: serves dist/ under a sub-path, on a port chosen
// by the operating system, so a stale server can never answer in its place.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';

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

// Types worth compressing (everything the build writes but images).
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.webmanifest']);

/**
 * Starts serving `distDir` at http://127.0.0.1:PORT/intranet/tools/ilacs/.
 * `headers` are added to every response (the CSP run uses this). `requests` lists every path
 * asked for (with its query), so a test can tell whether anything reached the server;
 * `serve(dir)` switches to another folder, as a new deployment would. With `brotli: true`
 * (off by default; the cold-load benchmark uses it) text and WebAssembly go out brotli-compressed
 * (quality 11, as a web server would serve pre-compressed files) to browsers that accept it.
 */
export async function startServer({ distDir, headers = {}, brotli = false } = {}) {
  let root = resolve(distDir);
  const requests = [];
  const compressed = new Map();
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
      let body = await readFile(path);
      const encoding = {};
      const accepts = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
      if (brotli && accepts && COMPRESSIBLE.has(extname(path))) {
        const key = createHash('sha256').update(body).digest('hex');
        if (!compressed.has(key)) {
          compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        }
        body = compressed.get(key);
        Object.assign(encoding, { 'content-encoding': 'br', vary: 'accept-encoding' });
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...encoding,
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
