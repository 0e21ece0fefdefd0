#!/usr/bin/env bash
# Build the release wasm and its JS glue into www/pkg (what the page and the widget load).
set -euo pipefail
cd "$(dirname "$0")/.."
# binaryen from npm first on PATH: never Debian's old wasm-opt, whose output fails to load.
export PATH="$PWD/node_modules/.bin:$PATH"
wasm-opt --version >/dev/null   # --mode no-install skips a missing wasm-opt silently: fail instead
wasm-pack build --release --target web --mode no-install --no-pack --out-dir www/pkg --out-name quotelens
rm -f www/pkg/.gitignore
echo "built: $(ls -l www/pkg/quotelens_bg.wasm | awk '{print $5}') bytes of wasm, $(gzip -9c www/pkg/quotelens_bg.wasm | wc -c) gzipped"
