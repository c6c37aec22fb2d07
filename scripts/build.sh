#!/usr/bin/env bash
# Builds the release site into dist/: static files with relative URLs and hashed names, ready to
# copy under any path of any web server.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
[ "${SKIP_SETUP:-}" = 1 ] || scripts/setup.sh
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
trunk build --release
