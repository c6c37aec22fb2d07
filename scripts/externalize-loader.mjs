// Trunk post-build hook: moves Trunk's inline start-up script out of index.html into a file of
// its own, so the site runs under a Content-Security-Policy without 'unsafe-inline'
// (script-src 'self'). The new file gets a content hash in its name and an integrity attribute,
// like the files Trunk writes itself.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('externalize-loader: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
const file = join(dir, 'index.html');
const html = readFileSync(file, 'utf8');
// Any script without a src (Trunk writes `<script type="module">`, or `<script type=module>` when
// it minifies the page).
const inline = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const found = [...html.matchAll(inline)];
if (found.length !== 1) {
  console.error(`externalize-loader: expected one inline module script, found ${found.length}`);
  process.exit(1);
}
const code = found[0][1].trim() + '\n';
const name = `start-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
const integrity = 'sha384-' + createHash('sha384').update(code).digest('base64');
writeFileSync(join(dir, name), code);
const tag = `<script type="module" src="./${name}" integrity="${integrity}" crossorigin="anonymous"></script>`;
writeFileSync(file, html.replace(found[0][0], tag));
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(readFileSync(file, 'utf8'))) {
  console.error('externalize-loader: an inline script is still in index.html');
  process.exit(1);
}
console.log(`externalize-loader: start-up script moved to ${name}`);
