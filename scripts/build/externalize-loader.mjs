// Moves Trunk's inline start-up script out of index.html into a file of its own, so the site runs
// under a Content-Security-Policy without 'unsafe-inline' (script-src 'self'). The new file gets
// a content hash in its name and an integrity attribute, like the files Trunk writes itself.
// `extra` is code added after Trunk's (the service worker's registration). Run by
// scripts/build/post-build.mjs, Trunk's post-build hook.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** Returns the start-up file's name, e.g. `start-0123456789abcdef.js`. Throws on a surprise. */
export function externalizeLoader(dir, extra = '') {
  const file = join(dir, 'index.html');
  const html = readFileSync(file, 'utf8');
  // Any script without a src (Trunk writes `<script type="module">`, or `<script type=module>`
  // when it minifies the page), except the page reloader `trunk serve` adds in development, which
  // never reaches a server (the strict policy is for deployed builds).
  const found = inlineScripts(html);
  if (found.length !== 1) {
    throw new Error(`externalize-loader: expected one inline module script, found ${found.length}`);
  }
  const code = found[0][1].trim() + '\n' + extra;
  const name = `start-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  const integrity = 'sha384-' + createHash('sha384').update(code).digest('base64');
  writeFileSync(join(dir, name), code);
  const tag = `<script type="module" src="./${name}" integrity="${integrity}" crossorigin="anonymous"></script>`;
  writeFileSync(file, html.replace(found[0][0], tag));
  if (inlineScripts(readFileSync(file, 'utf8')).length > 0) {
    throw new Error('externalize-loader: an inline script is still in index.html');
  }
  return name;
}

/** The page's inline scripts, as regex matches (whole tag, code), Trunk's development reloader
 * left out: it talks to `trunk serve` over a WebSocket. */
function inlineScripts(html) {
  const inline = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
  return [...html.matchAll(inline)].filter((m) => !m[1].includes('.well-known/trunk/ws'));
}
