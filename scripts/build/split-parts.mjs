// Puts the parts of the WebAssembly that are fetched on demand into the site (issue 17). The
// release build's wasm-bindgen (scripts/build/split/wasm-bindgen) leaves them in $ILACS_SPLIT_DIR: one
// .wasm file per page or per group of pages that share code, and __wasm_split.js, which fetches
// them. Here each part is optimised with wasm-opt (as Trunk does the main module), every file is
// named by its contents (so a new build is never mixed with an old cached part), and the glue's
// import of the loader and the loader's import of the glue are pointed at the real names.
// Run by scripts/build/post-build.mjs before the glue is minified and the service worker is written.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, basename } from 'node:path';
import { minify } from 'terser';

const LOADER = '__wasm_split.js';

/** The glue's file name and Trunk's modulepreload link to it in index.html. Throws on a surprise. */
export function glueName(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const preloads = [...html.matchAll(/<link\b[^>]*\bmodulepreload\b[^>]*>/g)].map((m) => m[0]);
  if (preloads.length !== 1) {
    throw new Error(`expected one modulepreload link in index.html, found ${preloads.length}`);
  }
  const name = preloads[0].match(/\bhref=["']?\.\/([^"'\s>]+\.js)/)?.[1];
  if (!name) throw new Error(`no .js file in ${preloads[0]}`);
  return { name, link: preloads[0] };
}

function hashed(stem, ext, bytes) {
  return `${stem}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${ext}`;
}

/**
 * Returns `{ loader, parts: [{ name, before, after }] }`, or null for a build that was not split
 * (the glue imports no loader). Throws on a surprise.
 */
export async function placeSplitParts(dir) {
  const { name: glue } = glueName(dir);
  const glueSource = readFileSync(join(dir, glue), 'utf8');
  const importsLoader = glueSource.includes(`./${LOADER}`);
  if (!importsLoader) return null;
  const from = process.env.ILACS_SPLIT_DIR;
  if (!from || !existsSync(join(from, LOADER))) {
    throw new Error(`split-parts: the glue imports ${LOADER} but ILACS_SPLIT_DIR (${from}) has none`);
  }
  // The glue's unhashed name, which the loader imports: Trunk's name without "-<hash>". Trunk
  // writes its hash without leading zeros, so one build in sixteen has fewer than 16 digits.
  const glueStem = glue.replace(/-[0-9a-f]{1,16}\.js$/, '');
  let loader = readFileSync(join(from, LOADER), 'utf8');
  const mainImport = `"./${glueStem}.js"`;
  if (!loader.includes(mainImport)) {
    throw new Error(`split-parts: ${LOADER} does not import ${mainImport}`);
  }
  loader = loader.replace(mainImport, JSON.stringify(`./${glue}`));
  const parts = [];
  for (const file of readdirSync(from).sort()) {
    if (!file.endsWith('.wasm') || file === `${glueStem}.wasm`) continue;
    const reference = JSON.stringify(`./${file}`);
    if (!loader.includes(reference)) continue; // an empty part, never fetched
    const before = statSync(join(from, file)).size;
    const optimised = join(from, `opt-${file}`);
    // As the main module: flattened and re-looped, then optimised for size again in a second run
    // (one run with both does less). Names and producer notes are for debugging; Trunk's wasm-opt
    // run leaves none in the main module either.
    const first = ['--flatten', '--rereloop', '-Oz', join(from, file), `--output=${optimised}`];
    execFileSync('wasm-opt', first, { stdio: 'inherit' });
    const args = ['-Oz', '--strip-debug', '--strip-producers', optimised, `--output=${optimised}`];
    execFileSync('wasm-opt', args, { stdio: 'inherit' });
    const bytes = readFileSync(optimised);
    const name = hashed(basename(file, '.wasm'), 'wasm', bytes);
    writeFileSync(join(dir, name), bytes);
    loader = loader.replaceAll(reference, JSON.stringify(`./${name}`));
    parts.push({ name, before, after: bytes.length });
  }
  if (parts.length === 0) throw new Error(`split-parts: ${LOADER} fetches no part`);
  const minified = await minify(loader, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!minified.code) throw new Error('split-parts: terser returned nothing for the loader');
  const loaderName = hashed('split-loader', 'js', minified.code);
  writeFileSync(join(dir, loaderName), minified.code);
  // Only the module specifiers: the key of the WebAssembly's imports stays "./__wasm_split.js",
  // the name the main module was linked with.
  const imports = /(\bfrom\s*)(["'])\.\/__wasm_split\.js\2/g;
  const glueOut = glueSource.replace(imports, (_, from, quote) => `${from}${quote}./${loaderName}${quote}`);
  if (glueOut === glueSource) throw new Error(`split-parts: the glue has no import from ./${LOADER}`);
  writeFileSync(join(dir, glue), glueOut);
  return { loader: loaderName, parts };
}
