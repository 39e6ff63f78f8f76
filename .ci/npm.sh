#!/bin/sh
# `make npm` (after `make wasm`): builds the page and the devtools snippet (www/dist), the npm
# package (www/npm/dist) and packs it into target/npm/upload-doctor-VERSION.tgz; prints the sizes.
set -eu
cd "$(dirname "$0")/.."
. .ci/lib.sh

[ -f "$WEB_PKG/${CRATE}_bg.wasm" ] || die "$WEB_PKG is missing: run \`make wasm\`"

log "node www/scripts/build-site.mjs"
node www/scripts/build-site.mjs
log "node www/npm/scripts/build.mjs"
node www/npm/scripts/build.mjs

mkdir -p target/npm
rm -f target/npm/upload-doctor-*.tgz
log "npm pack -> target/npm/"
(cd www/npm && npm pack --silent --json --pack-destination ../../target/npm >../../target/npm/pack.json)
node -e '
const [p] = JSON.parse(require("fs").readFileSync("target/npm/pack.json", "utf8"));
const kib = (n) => (n / 1024).toFixed(1) + " KiB";
console.log(`\n${p.filename}: ${kib(p.size)} packed, ${kib(p.unpackedSize)} unpacked, ${p.entryCount} files`);
for (const f of p.files) console.log(`  ${f.path.padEnd(28)} ${kib(f.size).padStart(10)}`);
'
# What an app downloads: the wasm and the JS, each gzip -9.
for f in www/npm/dist/upload_doctor_bg.wasm www/npm/dist/index.js www/npm/dist/upload_doctor.js www/npm/dist/ids.js www/npm/dist/react.js; do
  printf '  %-40s gzip -9 %8s bytes\n' "$f" "$(gzip -9 -c "$f" | wc -c | tr -d ' ')"
done
