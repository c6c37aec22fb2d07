// Reports the release bundle's size (wasm, js, css; raw, gzip, brotli) and fails when the brotli
// total exceeds the budget written in README.md ("Bundle budget: N KB", 1 KB = 1,000 bytes), so
// the README is the one place the budget lives.
import { readdirSync, readFileSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const readme = readFileSync('README.md', 'utf8');
const match = readme.match(/Bundle budget: (\d+) KB/);
if (!match) {
  console.error('bundle: README.md has no "Bundle budget: N KB" line');
  process.exit(1);
}
const budget = Number(match[1]) * 1000;

const totals = {};
for (const name of readdirSync(dist, { recursive: true })) {
  // Trunk's staging folder (.stage) is not part of the site.
  if (name.split(/[\\/]/).some((part) => part.startsWith('.'))) continue;
  const kind = extname(name).slice(1);
  if (!['wasm', 'js', 'css'].includes(kind)) continue;
  const bytes = readFileSync(join(dist, name));
  const t = (totals[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
  t.raw += bytes.length;
  t.gzip += gzipSync(bytes, { level: 9 }).length;
  t.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
let brotli = 0;
for (const [kind, t] of Object.entries(totals)) {
  console.log(`bundle: ${kind.padEnd(4)} raw ${t.raw} B, gzip ${t.gzip} B, brotli ${t.brotli} B`);
  brotli += t.brotli;
}
if (!totals.wasm) {
  console.error('bundle: no .wasm file in dist/; was the release build run?');
  process.exit(1);
}
console.log(`bundle: total brotli ${brotli} B of a ${budget} B budget`);
if (brotli > budget) {
  console.error(`bundle: over budget by ${brotli - budget} B`);
  process.exit(1);
}
