#!/bin/sh
# Prints a size table (bytes and KiB, raw and gzip -9) for the given wasm files, one per stage.
# Usage: sh .ci/sizes.sh 1-rustc.wasm 2-bindgen.wasm 3-wasm-opt.wasm
set -eu
printf '\n%-24s %12s %10s %12s %10s\n' stage raw KiB 'gzip -9' KiB
for f in "$@"; do
  raw=$(wc -c <"$f" | tr -d ' ')
  gz=$(gzip -9 -c "$f" | wc -c | tr -d ' ')
  name=$(basename "$f" .wasm | sed 's/^[0-9]*-//')
  case $name in
    rustc) name='raw compiler output' ;;
    bindgen) name='after wasm-bindgen' ;;
    wasm-opt) name='after wasm-opt -Oz' ;;
  esac
  printf '%-24s %12s %10s %12s %10s\n' "$name" "$raw" \
    "$(awk -v n="$raw" 'BEGIN { printf "%.1f", n / 1024 }')" "$gz" \
    "$(awk -v n="$gz" 'BEGIN { printf "%.1f", n / 1024 }')"
done
printf '\n'
