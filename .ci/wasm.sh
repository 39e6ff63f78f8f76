#!/bin/sh
# `make wasm`: compiles the crate to wasm32, runs wasm-bindgen for the browser (www/dist/pkg,
# --target web) and for Node (target/pkg-node, --target nodejs), shrinks both with binaryen's
# wasm-opt (npm binaryen, never Debian's), checks that both load, and prints the sizes.
set -eu
cd "$(dirname "$0")/.."
. .ci/lib.sh

[ -x "$WASM_OPT" ] || die "$WASM_OPT is missing: run \`make tools\`"
command -v wasm-bindgen >/dev/null 2>&1 || die "wasm-bindgen is missing: run \`make tools\`"

# Profile `release` has `strip = true`, which also strips the `target_features` custom section:
# wasm-bindgen then cannot tell that reference types are on (it warns and falls back to the
# heap-slab glue) and wasm-opt cannot detect the features. Keep the section for this build only;
# wasm-opt drops the debug info and names afterwards, so the shipped size is unaffected.
log "cargo build --release --target $WASM_TARGET --no-default-features --features wasm"
CARGO_PROFILE_RELEASE_STRIP=debuginfo \
  cargo build --release --target "$WASM_TARGET" --no-default-features --features wasm
[ -f "$WASM_RAW" ] || die "$WASM_RAW was not produced"

rm -rf "$WEB_PKG" "$NODE_PKG" "$STAGES"
mkdir -p "$WEB_PKG" "$NODE_PKG" "$STAGES"
cp "$WASM_RAW" "$STAGES/1-rustc.wasm"

log "wasm-bindgen --target web --out-dir $WEB_PKG"
wasm-bindgen --target web --out-dir "$WEB_PKG" "$WASM_RAW"
log "wasm-bindgen --target nodejs --out-dir $NODE_PKG"
wasm-bindgen --target nodejs --out-dir "$NODE_PKG" "$WASM_RAW"
cp "$WEB_PKG/${CRATE}_bg.wasm" "$STAGES/2-bindgen.wasm"

# Both in parallel (~7 s each), each in place.
pids=
for f in "$WEB_PKG/${CRATE}_bg.wasm" "$NODE_PKG/${CRATE}_bg.wasm"; do
  log "wasm-opt $WASM_OPT_FLAGS $f"
  # shellcheck disable=SC2086
  { "$WASM_OPT" $WASM_OPT_FLAGS "$f" -o "$f.opt" && mv "$f.opt" "$f"; } &
  pids="$pids $!"
done
for p in $pids; do wait "$p" || die "wasm-opt failed"; done
cp "$WEB_PKG/${CRATE}_bg.wasm" "$STAGES/3-wasm-opt.wasm"

# Both optimized builds must still load and answer.
log "checking that both builds load in Node"
node .ci/wasm-smoke.mjs "$NODE_PKG/$CRATE.js" "$WEB_PKG/$CRATE.js"

sh .ci/sizes.sh "$STAGES/1-rustc.wasm" "$STAGES/2-bindgen.wasm" "$STAGES/3-wasm-opt.wasm"
