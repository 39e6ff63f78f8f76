#!/bin/sh
# `make tools`: installs what the build and the tests need, skipping whatever is already there.
#   - the wasm32-unknown-unknown target, rustfmt and clippy (rustup)
#   - the wasm-bindgen CLI at exactly the version of the wasm-bindgen crate in Cargo.lock
#   - the npm dev tools of www/ (binaryen's wasm-opt, typescript, playwright-core, react for the
#     tests), from www/package-lock.json
#   - Chromium from Debian for the browser tests (only when /usr/bin/chromium is missing)
set -eu
cd "$(dirname "$0")/.."
. .ci/lib.sh

command -v cargo >/dev/null 2>&1 || die "cargo is not installed (https://rustup.rs)"
command -v node >/dev/null 2>&1 || die "node is not installed (apt-get install nodejs npm)"
command -v npm >/dev/null 2>&1 || die "npm is not installed (apt-get install npm)"

# 1. Rust target and components.
if command -v rustup >/dev/null 2>&1; then
  if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
    log "rustup target add $WASM_TARGET"
    rustup target add "$WASM_TARGET"
  fi
  for c in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$c"; then
      log "rustup component add $c"
      rustup component add "$c"
    fi
  done
else
  log "no rustup: assuming the $WASM_TARGET target, rustfmt and clippy are installed"
fi

# 2. wasm-bindgen CLI, pinned to Cargo.lock. No --locked: the registry mirror lacks some of the
#    CLI's locked dependencies (see shared/toolchain.md).
want=$(bindgen_version)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  log "cargo install wasm-bindgen-cli --version $want (have: ${have:-none}; takes ~3 min)"
  cargo install wasm-bindgen-cli --version "$want" --force
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  [ "$have" = "$want" ] || die "wasm-bindgen on PATH is ${have:-missing} ($(command -v wasm-bindgen || echo none)), Cargo.lock wants $want"
fi

# 3. npm dev tools. `npm ci` when package-lock.json changed since the last install.
stamp=www/node_modules/.package-lock.json
if [ ! -x "$WASM_OPT" ] || [ ! -f "$stamp" ] || [ ! -x www/node_modules/.bin/tsc ] \
   || [ ! -d www/node_modules/playwright-core ] \
   || [ www/package-lock.json -nt "$stamp" ] || [ www/package.json -nt "$stamp" ]; then
  log "npm ci (www/)"
  (cd www && npm ci --no-audit --no-fund)
  touch "$stamp"
fi
"$WASM_OPT" --version >/dev/null || die "$WASM_OPT does not run"

# 4. Chromium for the browser tests: Debian's package (playwright-core drives it; never
#    `npx playwright install`, which downloads a browser build and cannot work here).
CHROMIUM=/usr/bin/chromium
if [ ! -x "$CHROMIUM" ]; then
  command -v apt-get >/dev/null 2>&1 || die "$CHROMIUM is missing and there is no apt-get: install Chromium"
  SUDO=
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  log "apt-get install chromium (~45 s)"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q chromium
  [ -x "$CHROMIUM" ] || die "apt-get did not install $CHROMIUM"
fi

log "tools ready: $(rustc --version), wasm-bindgen $have, $("$WASM_OPT" --version), node $(node --version), $("$CHROMIUM" --version 2>/dev/null | head -n 1)"
