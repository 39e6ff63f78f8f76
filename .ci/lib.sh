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
