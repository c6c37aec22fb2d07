#!/usr/bin/env bash
# Installs what is missing for building and testing ILACS Planner on Debian 12, and nothing else.
# Safe to run again: each step checks the exact version it needs first.
# Usage: scripts/setup.sh [--for-tests]   (--for-tests also installs Chromium, ChromeDriver and the Liberation fonts)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
for_tests=false
[ "${1:-}" = "--for-tests" ] && for_tests=true

say() { printf 'setup: %s\n' "$*"; }
need_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"

# 1. Debian packages. Chromium and ChromeDriver are only needed for the browser tiers.
apt_missing=()
command -v node >/dev/null 2>&1 || apt_missing+=(nodejs)
command -v npm >/dev/null 2>&1 || apt_missing+=(npm)
command -v cc >/dev/null 2>&1 || apt_missing+=(build-essential)
if $for_tests; then
  [ -x /usr/bin/chromium ] || apt_missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || apt_missing+=(chromium-driver)
  # Liberation Sans has Arial's widths, as on a council PC, so layout tests measure what users
  # see. (The presenter is also tested with a wider font, as on a machine without it.)
  dpkg -s fonts-liberation2 >/dev/null 2>&1 || apt_missing+=(fonts-liberation2)
fi
if [ ${#apt_missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${apt_missing[*]}"
  need_root apt-get update -qq
  need_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_missing[@]}"
else
  say "Debian packages present"
fi

# 2. Rust toolchain pieces.
if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: cargo is missing; this machine should come with a Rust toolchain (rustup)." >&2
  exit 1
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must be exactly the version in Cargo.lock, or the build and tests break. Its own
# lock file pins a dependency version the registry no longer serves, so it is installed from its
# source with the lock file kept here (scripts/build/tools/), and every dependency is exactly as tested.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
install_bindgen() {
  local lock="$root/scripts/build/tools/wasm-bindgen-cli-$1.Cargo.lock"
  if [ ! -f "$lock" ]; then
    echo "setup: no lock file for wasm-bindgen-cli $1 in scripts/build/tools/ (Cargo.lock moved to a new wasm-bindgen)." >&2
    echo "setup: make one: unpack the crate's source, delete its Cargo.lock, run 'cargo generate-lockfile', copy it there." >&2
    return 1
  fi
  local work; work=$(mktemp -d)
  # A manifest that depends on the crate makes cargo download its source into its cache.
  mkdir -p "$work/fetch/src"
  : > "$work/fetch/src/lib.rs"
  printf '[package]\nname = "fetch-wasm-bindgen-cli"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\nwasm-bindgen-cli = "=%s"\n' "$1" > "$work/fetch/Cargo.toml"
  cargo fetch --quiet --manifest-path "$work/fetch/Cargo.toml"
  local crate
  crate=$(find "${CARGO_HOME:-$HOME/.cargo}/registry/cache" -name "wasm-bindgen-cli-$1.crate" | head -n 1)
  [ -n "$crate" ] || { echo "setup: wasm-bindgen-cli $1 was not downloaded" >&2; return 1; }
  tar -xzf "$crate" -C "$work"
  cp "$lock" "$work/wasm-bindgen-cli-$1/Cargo.lock"
  cargo install --force --locked --path "$work/wasm-bindgen-cli-$1"
  rm -rf "$work"
}
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ] ||
   [ "$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (about 2 minutes)"
  install_bindgen "$bindgen_version"
else
  say "wasm-bindgen-cli $bindgen_version present"
fi

trunk_version=0.21.14
if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$trunk_version" ]; then
  say "installing trunk $trunk_version (about 6 minutes)"
  cargo install --force trunk --version "$trunk_version" --locked
else
  say "trunk $trunk_version present"
fi

# wasm-split-cli splits the release WebAssembly by page (scripts/build/split/wasm-bindgen). Its runtime
# half, wasm_split_helpers, comes with leptos; this is the build half, same release line.
split_version=0.2.4
# The tool has no --version; cargo's list of installed crates says which one is there.
if ! cargo install --list | grep -qx "wasm_split_cli_support v$split_version:"; then
  say "installing wasm-split-cli $split_version (about 1 minute)"
  cargo install --force wasm_split_cli_support --version "$split_version" --features build-binary --locked
else
  say "wasm-split-cli $split_version present"
fi

# 3. npm packages (wasm-opt from binaryen, and the test tools), exactly as locked.
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f node_modules/.lock-sum ] || [ "$(cat node_modules/.lock-sum)" != "$lock_sum" ]; then
  say "installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_sum" > node_modules/.lock-sum
else
  say "npm packages present"
fi

# 4. Crates, so that Trunk's offline cargo build finds everything.
cargo fetch --quiet
say "ready"
