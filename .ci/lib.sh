# Shared by the .ci/*.sh scripts (sourced, not run).
# Puts cargo's bin directory on PATH and reads the pinned wasm-bindgen version from Cargo.lock.

CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in
  *":$CARGO_BIN:"*) ;;
  *) PATH="$CARGO_BIN:$PATH"; export PATH ;;
esac

CRATE=upload_doctor
WASM_TARGET=wasm32-unknown-unknown
# Honour CARGO_TARGET_DIR for the compiler output; the packages always go to the fixed paths below.
WASM_RAW="${CARGO_TARGET_DIR:-target}/$WASM_TARGET/release/$CRATE.wasm"
WEB_PKG=www/dist/pkg
NODE_PKG=target/pkg-node
STAGES=target/wasm-stages
WASM_OPT=www/node_modules/.bin/wasm-opt

# wasm-opt's flags for every shipped wasm (.ci/wasm.sh) and the bench's boundary module
# (bench/run.sh), which must be built the same way.
# The features rustc 1.95 enables by default for wasm32-unknown-unknown (all supported by Node 20
# and current browsers); wasm-opt also reads them from the target_features section.
OPT_FEATURES="--enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
--enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue"
# -ocimfs 20: binaryen inlines a function with one caller whatever its size (default -1), which
# folded the whole analysis into one 142 KB `explain` function. V8 compiles a wasm function on its
# first call, and its baseline compiler (Liftoff) is slower per byte on one huge function than on
# many small ones: measured in Node 20, the first explain() after instantiation (lazy compilation)
# took ~23 ms with the default and ~10 ms with 20, and the whole module compiled eagerly in ~27 ms
# against ~19 ms. It is also 6.7 KB smaller gzipped (290,984 against 297,688 B), and per call
# 1-4 % slower once tiered up (A/B in one process). An error decoder is called once or a few times
# per page, so the first call is the one that counts. Sizes at 0/20/50/100/200/500/2000:
# 291,165 / 290,984 / 292,434 / 293,867 / 294,923 / 296,992 / 297,451 B gzip.
WASM_OPT_FLAGS="-Oz $OPT_FEATURES --one-caller-inline-max-function-size 20 --strip-debug --strip-producers"

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# The version of the `wasm-bindgen` package in Cargo.lock (the CLI must match it exactly).
bindgen_version() {
  [ -f Cargo.lock ] || cargo generate-lockfile >&2 || die "could not create Cargo.lock"
  v=$(awk '
    /^\[\[package\]\]/ { name = "" }
    /^name = / { name = $3; gsub(/"/, "", name) }
    /^version = / && name == "wasm-bindgen" { v = $3; gsub(/"/, "", v); print v; exit }
  ' Cargo.lock)
  [ -n "$v" ] || die "no wasm-bindgen package in Cargo.lock"
  printf '%s\n' "$v"
}
