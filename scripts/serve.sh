#!/usr/bin/env bash
# The main job: install what is missing, build the wasm, and serve the page on localhost.
#   bash scripts/serve.sh [port]     (default 8080)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/server.mjs "${1:-8080}"
