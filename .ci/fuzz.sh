#!/bin/sh
# Fuzzing with cargo-fuzz (libFuzzer). `make test` runs every target briefly; `make fuzz` long.
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_TARGETS   space-separated targets (default: all in fuzz/Cargo.toml)
# There is no nightly toolchain on these machines: RUSTC_BOOTSTRAP=1 lets the stable compiler
# accept the sanitizer flags cargo-fuzz passes. The corpus is seeded from tests/fixtures; a crash
# leaves its input in fuzz/artifacts/TARGET/ — turn it into a fixture and fix the decoder.
set -eu
cd "$(dirname "$0")/.."
. .ci/lib.sh

SECONDS_PER_TARGET=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-$(sed -n 's/^name = "\(.*\)"$/\1/p' fuzz/Cargo.toml | grep -v '^upload-doctor-fuzz$')}

if ! command -v cargo-fuzz >/dev/null 2>&1; then
  log "cargo install cargo-fuzz (once, ~1 min)"
  cargo install cargo-fuzz
fi

export RUSTC_BOOTSTRAP=1
log "cargo fuzz build (release, address sanitizer)"
cargo fuzz build -O

summary=''
for t in $TARGETS; do
  corpus=fuzz/corpus/$t
  mkdir -p "$corpus"
  # Seed from every fixture's text (the whole file is fine: headers are just more input).
  for f in tests/fixtures/*/*.txt; do
    cp "$f" "$corpus/seed-$(basename "$(dirname "$f")")-$(basename "$f")"
  done
  # HAR captures (browser tests record real ones) seed every target too.
  find tests www -name '*.har' -not -path '*/node_modules/*' 2>/dev/null | while read -r f; do
    cp "$f" "$corpus/seed-har-$(basename "$f")"
  done
  log "cargo fuzz run $t for ${SECONDS_PER_TARGET}s"
  out=$(mktemp)
  if cargo fuzz run -O "$t" "$corpus" -- -max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=4096 -max_len=65536 >"$out" 2>&1; then
    runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1 runs in \2 s/p' "$out" | tail -n 1)
    summary="$summary$(printf '%-10s ok     %s' "$t" "${runs:-?}")
"
  else
    tail -n 40 "$out"
    summary="$summary$(printf '%-10s CRASH  see fuzz/artifacts/%s/' "$t" "$t")
"
    printf '\nfuzz summary\n%s' "$summary"
    rm -f "$out"
    exit 1
  fi
  rm -f "$out"
done
printf '\nfuzz summary (%ss per target)\n%s' "$SECONDS_PER_TARGET" "$summary"
