// Trunk's post-build hook (Trunk.toml). Trunk runs the hooks of a stage side by side, so the
// steps that must run in order are one hook:
// 0. in release builds, put the parts of the WebAssembly fetched on demand into the site and
//    point the glue at their loader (scripts/build/split-parts.mjs);
// 1. in release builds, minify wasm-bindgen's JavaScript glue with terser (Trunk's minifier
//    cannot read it) and write its integrity attribute again;
// 2. move Trunk's inline start-up script into a hashed file (strict CSP), adding the service
//    worker's registration to it;
// 3. write sw.js, which lists every file of the build (including that start-up file) and a hash
//    of their contents, so each build gets a new worker and cache.
import { externalizeLoader } from './externalize-loader.mjs';
import { minifyGlue } from './minify-glue.mjs';
import { placeSplitParts } from './split-parts.mjs';
import { REGISTRATION, writeServiceWorker } from './service-worker.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set (run through trunk build)');
  process.exit(1);
}
// ILACS_OFFLINE=off: no offline copy. The page registers no worker, and sw.js removes the copy
// kept by browsers that visited an earlier build (docs/administrators.md, "Switching the offline copy off").
const offline = process.env.ILACS_OFFLINE !== 'off';
try {
  if (process.env.TRUNK_PROFILE === 'release') {
    const split = await placeSplitParts(dir);
    if (split) {
      for (const part of split.parts) {
        console.log(`post-build: ${part.name} (fetched on demand) optimised, ${part.before} to ${part.after} bytes`);
      }
      console.log(`post-build: their loader is ${split.loader}`);
    }
    const { name, before, after } = await minifyGlue(dir);
    console.log(`post-build: ${name} minified, ${before} to ${after} bytes`);
  }
  const start = externalizeLoader(dir, offline ? REGISTRATION : '');
  console.log(`post-build: start-up script moved to ${start}`);
  const { build, files } = writeServiceWorker(dir, { offline });
  console.log(
    offline
      ? `post-build: sw.js written for build ${build} (${files.length} files)`
      : 'post-build: offline copy off (ILACS_OFFLINE=off); sw.js removes earlier copies',
  );
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
