// Minifies wasm-bindgen's JavaScript glue with terser. Trunk's own minifier cannot read it
// ("Failed to minify JS") and ships it as it is. The file keeps its name (the hash in it is of
// the unminified glue, from which this output always follows); its integrity attribute in
// index.html is written again for the new contents. Run by scripts/build/post-build.mjs, before the
// service worker's list and hash are made.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';
import { glueName } from './split-parts.mjs';

/** Returns `{ name, before, after }` (bytes). Throws on a surprise. */
export async function minifyGlue(dir) {
  const file = join(dir, 'index.html');
  const html = readFileSync(file, 'utf8');
  // Trunk preloads the glue: `<link ... href=./NAME.js integrity=sha384-... rel=modulepreload>`.
  const { name, link } = glueName(dir);
  const source = readFileSync(join(dir, name), 'utf8');
  const result = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!result.code) throw new Error('minify-glue: terser returned nothing');
  writeFileSync(join(dir, name), result.code);
  const integrity = 'sha384-' + createHash('sha384').update(result.code).digest('base64');
  const updated = link.replace(/\bintegrity=("?)sha384-[A-Za-z0-9+/=]+\1/, `integrity="${integrity}"`);
  if (updated === link) throw new Error(`minify-glue: no integrity attribute in ${link}`);
  writeFileSync(file, html.replace(link, updated));
  return { name, before: Buffer.byteLength(source), after: Buffer.byteLength(result.code) };
}
