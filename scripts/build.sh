#!/usr/bin/env bash
# Build the release wasm and its JS glue into www/pkg (what the page and the widget load).
set -euo pipefail
cd "$(dirname "$0")/.."
# binaryen from npm first on PATH: never Debian's old wasm-opt, whose output fails to load.
export PATH="$PWD/node_modules/.bin:$PATH"
wasm-opt --version >/dev/null   # --mode no-install skips a missing wasm-opt silently: fail instead
# size first: opt-level "z", with the inlining threshold of .cargo/config.toml (see there), and
# the standard library rebuilt with the crate (-Zbuild-std, source from rustup's rust-src) so
# that a panic aborts at once (-Cpanic=immediate-abort): the panic machinery (message
# formatting, locations, the Debug and Display code it pulls in) is not shipped, 14 KB
# gzipped less (2026-11-22). Nothing changes for users: analyze() never panics, and a panic
# in wasm was an abort ("unreachable") before too, its message printed nowhere.
# These two flags are unstable: RUSTC_BOOTSTRAP=1 lets this build of the pinned stable
# compiler accept them (no nightly toolchain to fetch). The wasm tests and native builds do
# not use them.
RUSTC_BOOTSTRAP=1 CARGO_PROFILE_RELEASE_OPT_LEVEL=z wasm-pack build --release --target web --mode no-install --no-pack \
  --out-dir www/pkg --out-name quotelens . -- -Zbuild-std=std,panic_abort \
  --config 'target.wasm32-unknown-unknown.rustflags=["-Zunstable-options", "-Cpanic=immediate-abort"]'
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
