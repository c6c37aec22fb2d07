// The post-build step (scripts/build/post-build.mjs, Trunk's hook) on a small made-up build: the inline
// start-up script moves to a hashed file with the service worker's registration added, and sw.js
// lists every file with a build id that changes when any file does. ILACS_OFFLINE=off leaves the
// registration out and ships the worker that removes an earlier offline copy. Release builds also
// minify the JavaScript glue and write its integrity attribute again, and a split build's parts
// and their loader are placed in the site, named by content (scripts/build/split-parts.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function fakeBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'ilacs-post-build-'));
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><title>t</title><script type=module>import init from "./app-1.js"; await init();</script></head><body></body></html>',
  );
  writeFileSync(join(dir, 'app-1.js'), 'export default async function init() {}\n');
  writeFileSync(join(dir, 'app-1_bg.wasm'), 'wasm');
  mkdirSync(join(dir, 'snippets'));
  writeFileSync(join(dir, 'snippets', 'inline0.js'), 'export const x = 1;\n');
  return dir;
}

function postBuild(dir, env = {}) {
  execFileSync(process.execPath, [join(root, 'scripts/build/post-build.mjs')], {
    env: { ...process.env, TRUNK_STAGING_DIR: dir, ...env },
    stdio: 'pipe',
  });
}

/** Writes the glue as `name` and a page that starts it and preloads it, as Trunk does. */
function writeGlue(dir, name, glue) {
  writeFileSync(join(dir, name), glue);
  const integrity = 'sha384-' + createHash('sha384').update(glue).digest('base64');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><title>t</title><script type=module>import init from "./${name}"; await init();</script>` +
      `<link crossorigin href=./${name} integrity=${integrity} rel=modulepreload></head><body></body></html>`,
  );
}

function startFile(dir) {
  const name = readdirSync(dir).find((f) => /^start-[0-9a-f]{16}\.js$/.test(f));
  assert.ok(name, 'a hashed start-up file');
  return name;
}

test('the start-up script moves to a file that registers the worker; sw.js lists the build', () => {
  const dir = fakeBuild();
  try {
    postBuild(dir);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const start = startFile(dir);
    assert.match(html, new RegExp(`<script type="module" src="\\./${start}" integrity="sha384-[^"]+" crossorigin="anonymous"></script>`));
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script left');
    const code = readFileSync(join(dir, start), 'utf8');
    assert.match(code, /await init\(\);/);
    assert.match(code, /register\(new URL\('\.\/sw\.js', import\.meta\.url\)\)\.catch\(\(\) => \{\}\)/);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const files = JSON.parse(sw.match(/const FILES = (\[.*\]);/)[1]);
    assert.deepEqual(files, ['app-1.js', 'app-1_bg.wasm', 'index.html', 'snippets/inline0.js', start]);
    const build = sw.match(/const BUILD = "([0-9a-f]{16})";/)[1];

    // Same files, same id; one byte changed, a new id (so browsers install a new worker).
    postBuildAgain(dir);
    assert.equal(readFileSync(join(dir, 'sw.js'), 'utf8').match(/const BUILD = "([0-9a-f]{16})";/)[1], build);
    writeFileSync(join(dir, 'app-1_bg.wasm'), 'wasm2');
    postBuildAgain(dir);
    assert.notEqual(readFileSync(join(dir, 'sw.js'), 'utf8').match(/const BUILD = "([0-9a-f]{16})";/)[1], build);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Rewrites only sw.js (the start-up script has already been moved). */
function postBuildAgain(dir) {
  execFileSync(
    process.execPath,
    ['--input-type=module', '-e', `import { writeServiceWorker } from ${JSON.stringify(join(root, 'scripts/build/service-worker.mjs'))}; writeServiceWorker(${JSON.stringify(dir)});`],
    { stdio: 'pipe' },
  );
}

test('ILACS_OFFLINE=off: no registration, and sw.js removes an earlier copy', () => {
  const dir = fakeBuild();
  try {
    postBuild(dir, { ILACS_OFFLINE: 'off' });
    const code = readFileSync(join(dir, startFile(dir)), 'utf8');
    assert.doesNotMatch(code, /serviceWorker/);
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    assert.equal(sw, readFileSync(join(root, 'static/sw-remove.js'), 'utf8'));
    assert.match(sw, /unregister\(\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('trunk serve: its development reloader stays inline, the start-up script still moves', () => {
  const dir = fakeBuild();
  try {
    const reloader = "<script>(function () { const url = 'ws://' + '127.0.0.1:8080' + '/' + '.well-known/trunk/ws'; })();</script>";
    const html = readFileSync(join(dir, 'index.html'), 'utf8').replace('</body>', `${reloader}</body>`);
    writeFileSync(join(dir, 'index.html'), html);
    postBuild(dir);
    const after = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.ok(after.includes(reloader), 'the reloader is left as it was');
    assert.match(after, new RegExp(`<script type="module" src="./${startFile(dir)}"`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a page with no inline script, or two, stops the build', () => {
  const dir = fakeBuild();
  try {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script>a()</script><script>b()</script>');
    assert.throws(() => postBuild(dir), /Command failed/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('release builds: the glue is minified and its integrity written again, before sw.js is made', () => {
  const dir = fakeBuild();
  try {
    const glue = [
      '// wasm-bindgen glue, much shortened',
      'let wasm;',
      'function addOne(value) { const result = value + 1; return result; }',
      'export function initSync(module) { wasm = module; return addOne(1); }',
      'async function __wbg_init(path) { wasm = await fetch(new URL(path, import.meta.url)); return wasm; }',
      'export { initSync };',
      'export default __wbg_init;',
      '',
    ].join('\n');
    writeGlue(dir, 'app-1.js', glue);
    postBuild(dir, { TRUNK_PROFILE: 'release' });
    const minified = readFileSync(join(dir, 'app-1.js'), 'utf8');
    assert.ok(minified.length < glue.length, 'smaller');
    assert.doesNotMatch(minified, /much shortened/);
    assert.match(minified, /import\.meta\.url/);
    assert.match(minified, /export\s*\{[^}]*\binitSync\b[^}]*\}/);
    assert.match(minified, /\bas default\b|export default/);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const integrity = 'sha384-' + createHash('sha384').update(minified).digest('base64');
    assert.ok(html.includes(`href=./app-1.js integrity="${integrity}" rel=modulepreload`), html);
    // sw.js is written from the minified file: writing it again gives the same build id.
    const build = readFileSync(join(dir, 'sw.js'), 'utf8').match(/const BUILD = "([0-9a-f]{16})";/)[1];
    postBuildAgain(dir);
    assert.equal(readFileSync(join(dir, 'sw.js'), 'utf8').match(/const BUILD = "([0-9a-f]{16})";/)[1], build);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Trunk writes its hash without leading zeros: one build in sixteen has a shorter one.
for (const glueFile of ['app-0123456789abcdef.js', 'app-123456789abcdef.js']) test(`split release builds (glue ${glueFile}): each part optimised and named by content; loader and glue point at each other`, () => {
  const dir = fakeBuild();
  const split = mkdtempSync(join(tmpdir(), 'ilacs-split-'));
  try {
    // What scripts/build/split/wasm-bindgen leaves: the loader, the parts, and the main part (which
    // wasm-bindgen has already turned into the glue and its module).
    writeFileSync(
      join(split, '__wasm_split.js'),
      'import { initSync } from "./app.js";\nexport const loadX = () => fetch(new URL("./split_page_x.wasm", import.meta.url)).then(() => initSync());\n',
    );
    const emptyModule = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
    writeFileSync(join(split, 'split_page_x.wasm'), emptyModule);
    writeFileSync(join(split, 'chunk_9.wasm'), emptyModule); // never fetched: left out
    writeFileSync(join(split, 'app.wasm'), emptyModule); // the main part: not a part
    const glue = 'import * as import1 from "./__wasm_split.js"\nconst imports = { "./__wasm_split.js": import1 };\nexport function initSync() { return imports; }\nexport default async function init() { return imports; }\n';
    writeGlue(dir, glueFile, glue);
    postBuild(dir, { TRUNK_PROFILE: 'release', ILACS_SPLIT_DIR: split });
    const files = readdirSync(dir);
    const parts = files.filter((f) => f.endsWith('.wasm') && !f.endsWith('_bg.wasm'));
    assert.equal(parts.length, 1, `one part, the one the loader fetches: ${parts}`);
    assert.match(parts[0], /^split_page_x-[0-9a-f]{16}\.wasm$/);
    const loaderName = files.find((f) => /^split-loader-[0-9a-f]{16}\.js$/.test(f));
    assert.ok(loaderName, 'the loader, named by its contents');
    const loader = readFileSync(join(dir, loaderName), 'utf8');
    assert.ok(loader.includes(`./${glueFile}`), 'the loader imports the hashed glue');
    assert.ok(loader.includes(`./${parts[0]}`), 'the loader fetches the hashed part');
    const minified = readFileSync(join(dir, glueFile), 'utf8');
    assert.ok(minified.includes(`from"./${loaderName}"`) || minified.includes(`from "./${loaderName}"`), minified);
    // The WebAssembly's import key is the name it was linked with, not the file's.
    assert.match(minified, /["']\.\/__wasm_split\.js["']\s*:/);
    const listed = readFileSync(join(dir, 'sw.js'), 'utf8');
    for (const file of [parts[0], loaderName]) assert.ok(listed.includes(`"${file}"`), `sw.js keeps ${file}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(split, { recursive: true, force: true });
  }
});

// The release build removes the stream glue of Leptos's server functions from the main module's
// exports (scripts/build/drop-exports.mjs), so wasm-opt can drop the code. Here on a module made by
// hand: two functions, three exports.
test('drop-exports removes only the exports it names, and the module stays valid', async () => {
  const { dropExports } = await import('./drop-exports.mjs');
  const name = (s) => [s.length, ...Buffer.from(s)];
  const exportsBody = [3, ...name('keep'), 0, 0, ...name('intounderlyingsink_close'), 0, 1, ...name('__wbg_intounderlyingsource_free'), 0, 1];
  const module = Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // one type: () -> ()
    0x03, 0x03, 0x02, 0x00, 0x00, // two functions of that type
    0x07, exportsBody.length, ...exportsBody,
    0x0a, 0x07, 0x02, 0x02, 0x00, 0x0b, 0x02, 0x00, 0x0b, // their empty bodies
  ]);
  assert.deepEqual(WebAssembly.Module.exports(new WebAssembly.Module(module)).map((e) => e.name), ['keep', 'intounderlyingsink_close', '__wbg_intounderlyingsource_free']);
  const { bytes, dropped } = dropExports(module, /^(__wbg_)?intounderlying(bytesource|sink|source)_/);
  assert.deepEqual(dropped, ['intounderlyingsink_close', '__wbg_intounderlyingsource_free']);
  assert.deepEqual(WebAssembly.Module.exports(new WebAssembly.Module(bytes)).map((e) => e.name), ['keep']);
  // Nothing named: the module is unchanged.
  assert.deepEqual(dropExports(module, /^nothing$/).bytes, module);
  assert.throws(() => dropExports(Buffer.from('wasm'), /x/), /not a WebAssembly module/);
});

// The glue's classes for the removed exports are no longer exported, so terser drops them; a
// class with another name stays. The glue below has the shape wasm-bindgen 0.2.130 writes.
test('drop-exports unexports the glue classes it names, and the minifier then drops them', async () => {
  const { unexportGlueClasses } = await import('./drop-exports.mjs');
  const { minify } = await import('terser');
  const glue = [
    'let wasm;',
    'export class IntoUnderlyingSink {',
    '    free() { const ptr = this.__wbg_ptr; IntoUnderlyingSinkFinalization.unregister(this); wasm.__wbg_intounderlyingsink_free(ptr, 0); }',
    '    close() { return wasm.intounderlyingsink_close(this.__wbg_ptr); }',
    '}',
    'if (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;',
    'export class Kept {',
    '    run() { return wasm.kept_run(); }',
    '}',
    "const IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')",
    '    ? { register: () => {}, unregister: () => {} }',
    '    : new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr, 1));',
    'export default function init(m) { wasm = m; }',
    '',
  ].join('\n');
  const { js, classes } = unexportGlueClasses(glue, 'IntoUnderlying');
  assert.deepEqual(classes, ['IntoUnderlyingSink']);
  const { code } = await minify(js, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  assert.doesNotMatch(code, /ntoUnderlying|intounderlying|FinalizationRegistry/);
  assert.match(code, /export class Kept\{/);
  assert.throws(() => unexportGlueClasses(glue, 'Into.*'), /letters only/);
});
