#!/usr/bin/env bash
# Sets up what is missing, then serves the app on http://127.0.0.1:8080 (rebuilds on change).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
# A dist folder of its own, so a dev build never stands in for the release build the tests use.
exec trunk serve --address 127.0.0.1 --port 8080 --dist target/serve-dist
