// Reports the release bundle's size (wasm, js, css; raw, gzip, brotli) and fails when a budget
// written in docs/performance.md is exceeded, so that page is the one place the budgets live
// (1 KB = 1,000 bytes, brotli). Each budget is a line of its own there, exactly:
// - "First-load budget: N KB": what a first visit to the start page or a visit link fetches
//   before the page works: the CSS, the scripts and the main WebAssembly. Not the parts fetched
//   on demand (the other pages' code, issue 17) and not sw.js, which the browser fetches after
//   the page has started;
// - "Total budget: N KB": every file, on-demand parts and sw.js included (the offline copy).
// Usage: node scripts/build/bundle-size.mjs [folder, default dist]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, extname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const BUDGETS = join(dirname(fileURLToPath(import.meta.url)), '../../docs/performance.md');
const page = readFileSync(BUDGETS, 'utf8');
const budget = (label) => {
  // One line, alone, so a figure quoted elsewhere on the page is never read as the budget.
  const lines = page.match(new RegExp(`^${label}: (\\d+) KB$`, 'gm')) ?? [];
  if (lines.length !== 1) {
    console.error(`bundle: docs/performance.md needs exactly one line "${label}: N KB" (found ${lines.length})`);
    process.exit(1);
  }
  return Number(lines[0].match(/(\d+) KB$/)[1]) * 1000;
};
const firstLoadBudget = budget('First-load budget');
const totalBudget = budget('Total budget');

// The main module is wasm-bindgen's `<name>_bg.wasm`; every other .wasm is a part fetched on
// demand.
const onDemand = (name) => (extname(name) === '.wasm' && !name.endsWith('_bg.wasm')) || basename(name) === 'sw.js';

const totals = {};
let firstLoad = 0;
let total = 0;
for (const name of readdirSync(dist, { recursive: true })) {
  // Trunk's staging folder (.stage) is not part of the site.
  if (name.split(/[\\/]/).some((part) => part.startsWith('.'))) continue;
  const kind = extname(name).slice(1);
  if (!['wasm', 'js', 'css'].includes(kind)) continue;
  const bytes = readFileSync(join(dist, name));
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const later = onDemand(name);
  const key = `${kind}${later ? ' (on demand)' : ''}`;
  const t = (totals[key] ??= { files: 0, raw: 0, gzip: 0, brotli: 0 });
  t.files += 1;
  t.raw += bytes.length;
  t.gzip += gzipSync(bytes, { level: 9 }).length;
  t.brotli += brotli;
  total += brotli;
  if (!later) firstLoad += brotli;
}
for (const [key, t] of Object.entries(totals)) {
  console.log(`bundle: ${key.padEnd(16)} ${String(t.files).padStart(2)} files, raw ${t.raw} B, gzip ${t.gzip} B, brotli ${t.brotli} B`);
}
if (!Object.keys(totals).some((key) => key.startsWith('wasm'))) {
  console.error('bundle: no .wasm file in dist/; was the release build run?');
  process.exit(1);
}
console.log(`bundle: first load brotli ${firstLoad} B of a ${firstLoadBudget} B budget`);
console.log(`bundle: total brotli ${total} B of a ${totalBudget} B budget`);
let over = false;
if (firstLoad > firstLoadBudget) {
  console.error(`bundle: first load over budget by ${firstLoad - firstLoadBudget} B`);
  over = true;
}
if (total > totalBudget) {
  console.error(`bundle: total over budget by ${total - totalBudget} B`);
  over = true;
}
process.exit(over ? 1 : 0);
