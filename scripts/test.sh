#!/usr/bin/env bash
# Sets up what is missing, then runs every test tier in order and prints one summary line per tier.
# Exits non-zero if any tier fails. This is what .ci/run calls.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/setup.sh --for-tests || { echo "setup failed"; exit 1; }
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CARGO_TERM_COLOR=never

results=()
failed=0
passed=0
tier() {
  local name=$1; shift
  local started=$SECONDS
  echo "=== tier: $name"
  if "$@"; then
    results+=("tier $name: passed ($((SECONDS - started)) s)")
    passed=$((passed + 1))
  else
    results+=("tier $name: FAILED ($((SECONDS - started)) s)")
    failed=$((failed + 1))
  fi
}

tier format cargo fmt --check
tier lint cargo clippy --all-targets -- -D warnings
tier lint-wasm cargo clippy --target wasm32-unknown-unknown --lib --bins --test browser -- -D warnings
# The release build's split points (--cfg ilacs_split, scripts/build.sh) compile only there; lint
# them too, in a target folder of their own so the two sets of flags do not rebuild each other.
tier lint-wasm-split env RUSTFLAGS="--cfg erase_components --cfg ilacs_split" CARGO_TARGET_DIR=target/split-check \
  cargo clippy --target wasm32-unknown-unknown --lib --bins -- -D warnings
tier host-tests cargo test
tier browser-tests cargo test --target wasm32-unknown-unknown --test browser
# The release build's own steps (scripts/build/), on small made-up builds.
tier build-scripts node --test scripts/build/build-scripts.test.mjs
if SKIP_SETUP=1 scripts/build.sh; then
  tier bundle-size node scripts/build/bundle-size.mjs dist
  tier end-to-end node --test --test-concurrency=1 tests/e2e/*.test.mjs
  # The whole suite again with the strict Content-Security-Policy an intranet may set.
  tier end-to-end-csp env E2E_CSP=1 node --test --test-concurrency=1 tests/e2e/*.test.mjs
  # And inside the sandboxed iframe councils copied from the guide (no allow-forms), on an
  # intranet page of another origin (issue 22).
  tier end-to-end-iframe env E2E_IFRAME=1 node --test --test-concurrency=1 tests/e2e/*.test.mjs
else
  results+=("tier release-build: FAILED")
  failed=$((failed + 1))
fi

echo
printf '%s\n' "${results[@]}"
echo "tiers: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
