#!/usr/bin/env bash
# The benchmark in one command: install what is missing, build the release wasm, and run
# quotelens and compromise over ../shared/eval/polnear-dev in headless Chromium.
#   bash scripts/bench.sh [GOLD.jsonl]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
bash scripts/build.sh
echo
echo "== native (cargo run --release --example bench)"
cargo run --release --quiet --example bench -- "$@"
echo
echo "== browser (node scripts/bench.mjs)"
node scripts/bench.mjs "$@"
