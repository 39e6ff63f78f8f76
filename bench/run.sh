#!/bin/sh
# `make bench` (issue #6): installs what is missing, builds, runs every benchmark and writes
# bench/RESULTS.md. Not part of `make test`. About 5-8 minutes on 2 cores (see bench/README.md).
#
#   sh bench/run.sh            everything
#   sh bench/run.sh --quick    fewer rounds, shorter batches, a tenth of the fixtures under callgrind
#                              (a smoke run of the scripts; its numbers are not for quoting)
#
# BENCH_WASM_BUILT=1 skips `make wasm` (set by the Makefile target, which depends on `wasm`).
set -eu
cd "$(dirname "$0")/.."
. .ci/lib.sh

QUICK=
case "${1:-}" in
  --quick) QUICK=--quick ;;
  "") ;;
  *) die "usage: sh bench/run.sh [--quick]" ;;
esac

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else return 1; fi
}
APT_UPDATED=
apt_install() {
  command -v apt-get >/dev/null 2>&1 || return 1
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq || return 1; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"
}

BENCH_LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
export BENCH_LOAD_START

# --- what the benchmarks need ------------------------------------------------------------------
command -v node >/dev/null 2>&1 || die "node is missing (the wasm tests need it too: see README.md)"
# bench/node_modules is git-ignored; package-lock.json pins what `npm ci` installs.
if [ ! -d bench/node_modules/fast-xml-parser ] || [ ! -d bench/node_modules/playwright-core ] ||
  [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  log "npm ci (bench/)"
  (cd bench && npm ci --no-audit --no-fund --loglevel=error)
fi
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
  log "apt-get install chromium (no $CHROMIUM)"
  apt_install chromium || log "could not install Chromium: figures 2 and 3 will be skipped"
fi
if ! command -v valgrind >/dev/null 2>&1; then
  log "apt-get install valgrind"
  apt_install valgrind || log "could not install valgrind: figure 6 will be skipped"
fi

# --- builds --------------------------------------------------------------------------------------
if [ "${BENCH_WASM_BUILT:-}" != 1 ]; then
  log "make wasm"
  ${MAKE:-make} --no-print-directory wasm
fi
[ -x "$WASM_OPT" ] || die "$WASM_OPT is missing: run \`make tools\`"

# src/wasm.rs as shipped next to the other boundaries (serde-wasm-bindgen; serde_json +
# JSON.parse) and the analysis alone, in one wasm-bindgen module (bench/boundary): figures 1b, 2b.
log "cargo build bench/boundary (wasm32, release) -> target/bench/boundary-{node,web}"
CARGO_TARGET_DIR=target/bench cargo build --quiet --release --target "$WASM_TARGET" \
  --manifest-path bench/boundary/Cargo.toml
rm -rf target/bench/boundary-node target/bench/boundary-web
wasm-bindgen --target nodejs --out-dir target/bench/boundary-node \
  "target/bench/$WASM_TARGET/release/upload_doctor_bench_boundary.wasm"
wasm-bindgen --target web --out-dir target/bench/boundary-web \
  "target/bench/$WASM_TARGET/release/upload_doctor_bench_boundary.wasm"
for f in target/bench/boundary-node/upload_doctor_bench_boundary_bg.wasm \
  target/bench/boundary-web/upload_doctor_bench_boundary_bg.wasm; do
  # shellcheck disable=SC2086
  "$WASM_OPT" $WASM_OPT_FLAGS "$f" -o "$f.opt"
  mv "$f.opt" "$f"
done

# Figure 1 goes through the npm package (www/npm/dist) when it is current; build it from this wasm.
log "sh .ci/npm.sh (the npm package, for figure 1)"
sh .ci/npm.sh >/dev/null 2>&1 || log "could not build the npm package: figure 1 uses target/pkg-node"

log "cargo build --release --bin upload-doctor"
cargo build --quiet --release --bin upload-doctor

# --- the benchmarks ------------------------------------------------------------------------------
# One at a time: the timed ones must not share the 2 cores with anything else.
rm -rf target/bench/results
FAILED=
step() {
  name=$1
  shift
  log "$name"
  t0=$(date +%s)
  if "$@"; then
    log "$name: $(($(date +%s) - t0)) s"
  else
    log "$name FAILED"
    FAILED="$FAILED $name"
  fi
}
step "7. size" node bench/sizes.mjs
step "1. per call, Node" node bench/node.mjs $QUICK
step "4. scaling, Node" node bench/scaling.mjs $QUICK
step "5. memory, Node" node bench/memory.mjs $QUICK
if [ -x "$CHROMIUM" ]; then
  step "2-3. per call and cold start, Chromium" env CHROMIUM="$CHROMIUM" node bench/browser.mjs $QUICK
fi
if command -v valgrind >/dev/null 2>&1; then
  step "6. instruction counts (callgrind)" node bench/callgrind.mjs $QUICK
fi
node bench/report.mjs

[ -z "$FAILED" ] || die "failed:$FAILED (bench/RESULTS.md has the rest)"
