#!/bin/sh
# `make test`: every check in order, a summary at the end, non-zero exit if any failed.
# Order: tools, fmt, clippy, clippy-wasm, cargo-test, fuzz (every target briefly), wasm, node-test
# (wasm in Node), npm (page, snippet, npm package + pack), npm-test, tsc (types of the package),
# browser (Chromium), live (real failing uploads against local storage emulators).
# Steps after a failure still run when they can (so one run shows every problem); steps that
# need a failed one are reported as skipped (and count as failed).
set -u
cd "$(dirname "$0")/.."
. .ci/lib.sh
MAKE=${MAKE:-make}

# Never let insta write or accept snapshots here: a missing or changed snapshot is a failure.
export INSTA_UPDATE=no
unset INSTA_FORCE_PASS 2>/dev/null || true
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

results=''
passed=0
failed=0

# step NAME COMMAND...: runs the command, records PASS/FAIL and its time.
step() {
  name=$1
  shift
  printf '\n======== %s: %s\n' "$name" "$*"
  start=$(date +%s)
  if "$@"; then
    status=PASS
    passed=$((passed + 1))
  else
    status=FAIL
    failed=$((failed + 1))
  fi
  secs=$(($(date +%s) - start))
  results="$results$(printf '%-6s %-14s %5ss  %s' "$status" "$name" "$secs" "$*")
"
  [ "$status" = PASS ]
}

skip() {
  failed=$((failed + 1))
  results="$results$(printf '%-6s %-14s %5s   %s' SKIP "$1" - "(needs $2)")
"
  printf '\n======== %s: skipped (needs %s)\n' "$1" "$2"
}

if step tools "$MAKE" --no-print-directory tools; then
  step fmt cargo fmt --check
  step clippy cargo clippy --all-targets -- -D warnings
  step clippy-wasm cargo clippy --lib --target "$WASM_TARGET" --no-default-features --features wasm -- -D warnings
  # --no-fail-fast: unit, integration and doc tests all run even when one binary fails.
  step cargo-test cargo test --no-fail-fast
  # A short fuzz run of every target (FUZZ_SECONDS each, default 60); `make fuzz` runs long.
  step fuzz sh .ci/fuzz.sh
  if step wasm "$MAKE" --no-print-directory wasm; then
    # The shell expands the glob, which works on every Node version (Node 21+ no longer
    # accepts a bare directory): same files as `node --test tests/wasm/`.
    step node-test node --test tests/wasm/*.test.mjs
    # The page, the devtools snippet and the npm package (tarball in target/npm/), then their tests.
    if step npm sh .ci/npm.sh; then
      step npm-test node --test www/npm/test/*.test.mjs
      step tsc www/node_modules/.bin/tsc -p www/npm/test
      # One file at a time: each launches Chromium, and the machine has 2 cores.
      step browser node --test --test-concurrency=1 tests/browser/*.test.mjs
    else
      for s in npm-test tsc browser; do skip "$s" npm; done
    fi
  else
    for s in node-test npm npm-test tsc browser; do skip "$s" wasm; done
  fi
else
  for s in fmt clippy clippy-wasm cargo-test fuzz wasm node-test npm npm-test tsc browser; do skip "$s" tools; done
fi
# Real failing uploads against local storage emulators, diagnosed by the CLI (tests/live; LIVE_SKIP=1 skips).
step live sh tests/live/run.sh

printf '\n======== make test summary\n%s' "$results"
if [ "$failed" -eq 0 ]; then
  printf 'make test: all %s steps passed\n' "$passed"
else
  printf 'make test: %s of %s steps FAILED\n' "$failed" "$((passed + failed))"
fi
printf 'steps: %s passed, %s failed\n' "$passed" "$failed"
[ "$failed" -eq 0 ]
