#!/usr/bin/env bash
# Builds the release site into dist/: static files with relative URLs and hashed names, ready to
# copy under any path of any web server.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[ "${SKIP_SETUP:-}" = 1 ] || scripts/setup.sh
# scripts/build/split first: Trunk's wasm-bindgen there splits the WebAssembly by page (issue 17).
export PATH="$root/scripts/build/split:$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
export ILACS_SPLIT_DIR="$root/target/wasm-split"
# The split points exist only in this build (--cfg ilacs_split; src/ui/pages/on_demand.rs), and
# wasm-split-cli needs the linker's relocations. RUSTFLAGS replaces .cargo/config.toml's flags
# for this build, so erase_components is repeated here.
export RUSTFLAGS="--cfg erase_components --cfg ilacs_split -Clink-args=--emit-relocs"
# Source paths kept for panic messages are written relative (crates/<crate>/src/…, src/…): the
# bundle names no folder of the machine that built it, and is a little smaller.
cargo_home=${CARGO_HOME:-$HOME/.cargo}
for registry in "$cargo_home"/registry/src/*/; do
  [ -d "$registry" ] && RUSTFLAGS+=" --remap-path-prefix=${registry%/}=crates"
done
RUSTFLAGS+=" --remap-path-prefix=$root/="
trunk build --release
