#!/usr/bin/env bash
# Build the release wasm and its JS glue into www/pkg (what the page and the widget load).
set -euo pipefail
cd "$(dirname "$0")/.."
# binaryen from npm first on PATH: never Debian's old wasm-opt, whose output fails to load.
export PATH="$PWD/node_modules/.bin:$PATH"
wasm-opt --version >/dev/null   # --mode no-install skips a missing wasm-opt silently: fail instead
# size first: opt-level "z", with the inlining threshold of .cargo/config.toml (see there)
CARGO_PROFILE_RELEASE_OPT_LEVEL=z wasm-pack build --release --target web --mode no-install --no-pack --out-dir www/pkg --out-name quotelens
rm -f www/pkg/.gitignore
echo "built: $(ls -l www/pkg/quotelens_bg.wasm | awk '{print $5}') bytes of wasm, $(gzip -9c www/pkg/quotelens_bg.wasm | wc -c) gzipped"

# The widget as shipped to other sites: www/dist/ holds one minified module (the element, the
# renderer, the engine and the wasm glue), its worker, its two style sheets and the wasm. Same
# source files, bundled and minified by esbuild (npm), so an embedding site downloads the least.
rm -rf www/dist && mkdir -p www/dist/pkg
esbuild=node_modules/.bin/esbuild
"$esbuild" www/quote-lens.js --bundle --minify --format=esm --log-level=warning --outfile=www/dist/quote-lens.js
"$esbuild" www/worker.js --bundle --minify --format=esm --log-level=warning --outfile=www/dist/worker.js
"$esbuild" www/lens.css www/quote-lens.css --minify --log-level=warning --outdir=www/dist
cp www/pkg/quotelens_bg.wasm www/dist/pkg/
echo "widget: www/dist/ ($(cat www/dist/*.js www/dist/*.css www/dist/pkg/*.wasm | wc -c) bytes)"
