#!/usr/bin/env bash
# Every test, in three layers, after installing what is missing:
#   1. native `cargo test`: unit tests, corpus regression tests (../shared/eval), property tests, doc tests;
#   2. wasm tests in headless Chromium (`wasm-pack test --headless --chrome`);
#   3. the release wasm build, its size budget, and end-to-end tests of the page and the widget
#      (playwright-core driving Debian's Chromium).
# Every layer runs even when an earlier one fails; the exit status is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh --browser || { echo "setup failed"; exit 1; }

logs=$(mktemp -d)
failed_layers=()
run() {  # run NAME CMD... ; output teed to $logs/NAME.log
  local name=$1; shift
  printf '\n\033[1m== %s\033[0m: %s\n' "$name" "$*"
  if "$@" 2>&1 | tee "$logs/$name.log"; then :; else failed_layers+=("$name"); fi
}

run native cargo test
run wasm wasm-pack test --headless --chrome --mode no-install
run build bash scripts/build.sh
run size node scripts/size.mjs --check
run e2e node --test --test-concurrency=1 tests/e2e/

# One summary line over all layers (cargo and wasm-bindgen-test "test result:" lines, node's "# pass/# fail").
read -r passed failed < <(cat "$logs"/*.log | awk '/test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed/ {
  for (i = 1; i <= NF; i++) { if ($i ~ /^passed;?$/) p += $(i-1); if ($i ~ /^failed;?$/) f += $(i-1) } }
  END { print p + 0, f + 0 }')
npass=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$logs/e2e.log" 2>/dev/null | tail -1)
nfail=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$logs/e2e.log" 2>/dev/null | tail -1)
passed=$(( ${passed:-0} + ${npass:-0} ))
failed=$(( ${failed:-0} + ${nfail:-0} + ${#failed_layers[@]} ))
rm -rf "$logs"
echo
if [ ${#failed_layers[@]} -ne 0 ]; then
  echo "failed layers: ${failed_layers[*]}"
fi
echo "all layers: $passed passed, $failed failed"
[ ${#failed_layers[@]} -eq 0 ]
