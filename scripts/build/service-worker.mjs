// The offline copy: writes sw.js (from static/sw-template.js) into a finished build, listing
// every file of the build and a hash of their contents, and the code that registers it. Run by
// scripts/build/post-build.mjs; the end-to-end tests call `writeServiceWorker` to make a "new build".
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const WORKER = 'sw.js';

/**
 * Added to the start-up script. Registers sw.js from the folder the start-up script came from
 * (any sub-path), after the app has started. Fails quietly wherever service workers are not
 * available or refused (plain http on another host, file:, a sandboxed iframe without
 * same-origin, a browser policy): the planner then works online exactly as before.
 */
export const REGISTRATION = `
// Offline copy (docs/administrators.md): fails quietly where service workers are refused.
try {
  const workers = navigator.serviceWorker;
  if (workers && location.protocol !== 'file:') {
    workers.register(new URL('./${WORKER}', import.meta.url)).catch(() => {});
  }
} catch (_) {}
`;

/** Every file of the build under `dir`, as URL paths relative to it, sorted; not sw.js itself. */
export function buildFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => String(name))
    .filter((name) => !name.split(/[\\/]/).some((part) => part.startsWith('.')))
    .filter((name) => name !== WORKER && statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

/**
 * Writes `dir`/sw.js for the build in `dir`. Returns `{ build, files }`. With `offline: false`
 * (ILACS_OFFLINE=off) sw.js is instead the worker that removes an earlier offline copy.
 */
export function writeServiceWorker(dir, { offline = true } = {}) {
  if (!offline) {
    writeFileSync(join(dir, WORKER), readFileSync(join(here, '../../static/sw-remove.js'), 'utf8'));
    return { build: null, files: [] };
  }
  const files = buildFiles(dir);
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file + '\0');
    hash.update(readFileSync(join(dir, file)));
    hash.update('\0');
  }
  const build = hash.digest('hex').slice(0, 16);
  const template = readFileSync(join(here, '../../static/sw-template.js'), 'utf8');
  const code = template.replace("'__BUILD__'", JSON.stringify(build)).replace('__FILES__', JSON.stringify(files));
  if (code.includes('__BUILD__') || code.includes('__FILES__')) {
    throw new Error('service-worker: the template was not filled in');
  }
  writeFileSync(join(dir, WORKER), code);
  return { build, files };
}
