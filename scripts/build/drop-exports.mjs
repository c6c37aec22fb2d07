// Removes named exports from a WebAssembly module, so that wasm-opt (run next by Trunk) can drop
// the code only they reach. The release build's wasm-bindgen wrapper (scripts/build/split/wasm-bindgen)
// uses it for the readable- and writable-stream glue that Leptos's server functions export
// (server_fn's "browser" feature, which Leptos always turns on): this planner has no server, so
// nothing ever calls it, and it cost about 2 KB brotli of the first load (issue 23). The
// JavaScript glue's classes for it are no longer exported either, so the glue's minifier drops
// them.
//
// Usage: node scripts/build/drop-exports.mjs <module.wasm> <name pattern> [<glue.js> <class prefix>]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function leb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return out;
}

/**
 * The module without the exports whose names match `pattern`, and the names removed. Throws on
 * bytes that are not a WebAssembly module.
 */
export function dropExports(bytes, pattern) {
  const magic = [0x00, 0x61, 0x73, 0x6d];
  if (bytes.length < 8 || magic.some((b, i) => bytes[i] !== b)) {
    throw new Error('drop-exports: not a WebAssembly module');
  }
  const parts = [bytes.subarray(0, 8)];
  const dropped = [];
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    let size;
    [size, at] = readLeb(bytes, at);
    const end = at + size;
    if (id !== 7) {
      parts.push(bytes.subarray(start, end));
      at = end;
      continue;
    }
    let count;
    [count, at] = readLeb(bytes, at);
    const kept = [];
    for (let i = 0; i < count; i++) {
      const entry = at;
      let length;
      [length, at] = readLeb(bytes, at);
      const name = Buffer.from(bytes.subarray(at, at + length)).toString('utf8');
      at += length + 1; // the name, then its kind
      [, at] = readLeb(bytes, at); // its index
      if (pattern.test(name)) dropped.push(name);
      else kept.push(bytes.subarray(entry, at));
    }
    if (at !== end) throw new Error('drop-exports: the export section does not add up');
    const body = Buffer.concat([Buffer.from(leb(kept.length)), ...kept]);
    parts.push(Buffer.from([7, ...leb(body.length)]), body);
  }
  return { bytes: Buffer.concat(parts), dropped };
}

/**
 * wasm-bindgen's glue with the classes named by `pattern` (a class-name prefix, letters only) no
 * longer exported, their dispose hooks gone and their finalization registries marked pure, so
 * terser (scripts/build/minify-glue.mjs) drops them as unused. Returns the glue and the classes.
 */
export function unexportGlueClasses(js, prefix) {
  if (!/^[A-Za-z]+$/.test(prefix)) throw new Error('drop-exports: a class prefix is letters only');
  const classes = [...js.matchAll(new RegExp(`^export class (${prefix}\\w*) \\{`, 'gm'))].map((m) => m[1]);
  let out = js.replace(new RegExp(`^export class (${prefix}\\w*) \\{`, 'gm'), 'class $1 {');
  for (const name of classes) {
    out = out
      .replace(`if (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;\n`, '')
      .replace(new RegExp(`(const ${name}Finalization = [^;]*?)\\bnew FinalizationRegistry\\(`), '$1/*#__PURE__*/ new FinalizationRegistry(');
  }
  return { js: out, classes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, source, glue, prefix] = process.argv.slice(2);
  if (!file || !source || (glue && !prefix)) {
    console.error('usage: node scripts/build/drop-exports.mjs <module.wasm> <name pattern> [<glue.js> <class prefix>]');
    process.exit(2);
  }
  const { bytes, dropped } = dropExports(readFileSync(file), new RegExp(source));
  writeFileSync(file, bytes);
  console.log(`drop-exports: ${dropped.length} exports removed from ${file}${dropped.length ? `: ${dropped.join(', ')}` : ''}`);
  if (glue) {
    const { js, classes } = unexportGlueClasses(readFileSync(glue, 'utf8'), prefix);
    writeFileSync(glue, js);
    console.log(`drop-exports: ${classes.length} classes no longer exported from ${glue}${classes.length ? `: ${classes.join(', ')}` : ''}`);
  }
}
