#!/usr/bin/env node
// Builds the npm package in www/npm/dist/ (git-ignored): the `--target web` output of
// `make wasm` (www/dist/pkg: glue + optimised .wasm) next to the hand-written sources of src/.
// Checks first that src/ids.* are up to date and that the package version is the crate's.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { generate } from './gen-ids.mjs';

const PKG = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = join(PKG, '..', '..');
const WEB = join(ROOT, 'www', 'dist', 'pkg');
const DIST = join(PKG, 'dist');

function die(msg) {
  console.error(`npm build: ${msg}`);
  process.exit(1);
}

for (const [path, text] of Object.entries(generate())) {
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
    die(`${path} is stale: run \`node www/npm/scripts/gen-ids.mjs\``);
  }
}

const crate = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];
const pkg = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));
if (pkg.version !== crate) die(`www/npm/package.json has version ${pkg.version}, Cargo.toml ${crate}: keep them equal`);

for (const f of ['upload_doctor.js', 'upload_doctor_bg.wasm']) {
  if (!existsSync(join(WEB, f))) die(`${join(WEB, f)} is missing: run \`make wasm\` first`);
}

rmSync(DIST, { recursive: true, force: true });
mkdirSync(DIST, { recursive: true });
// The wasm-bindgen glue; its d.ts is not shipped (index.d.ts types the public API).
writeFileSync(join(DIST, 'upload_doctor.js'),
  readFileSync(join(WEB, 'upload_doctor.js'), 'utf8').replace(/^\/\* @ts-self-types="[^"]*" \*\/\n/, ''));
copyFileSync(join(WEB, 'upload_doctor_bg.wasm'), join(DIST, 'upload_doctor_bg.wasm'));
for (const f of readdirSync(join(PKG, 'src'))) {
  if (f.endsWith('.js') || f.endsWith('.d.ts')) copyFileSync(join(PKG, 'src', f), join(DIST, f));
}
console.log(`built www/npm/dist (upload-doctor ${pkg.version}): ${readdirSync(DIST).sort().join(', ')}`);
