// Shared by the tests in this folder: loads the Node build of the wasm package and parses fixtures
// the way tests/common/mod.rs does. Not a test file itself (node --test runs only *.test.mjs here).
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
export const SNAPSHOTS = join(ROOT, 'tests', 'snapshots');
const PKG = join(ROOT, 'target', 'pkg-node', 'upload_doctor.js');

if (!existsSync(PKG)) {
  throw new Error(`${PKG} is missing: run \`make wasm\` first`);
}
/** The wasm build for Node (`wasm-bindgen --target nodejs`, CommonJS). */
export const wasm = createRequire(import.meta.url)(PKG);

export { parseFixture } from '../common/fixture.mjs';

/** Every fixture as { id: 'folder/stem', name: 'folder__stem', path }, sorted by id. */
export function listFixtures() {
  const out = [];
  const dirs = readdirSync(FIXTURES)
    .filter((d) => statSync(join(FIXTURES, d)).isDirectory())
    .sort();
  for (const dir of dirs) {
    const files = readdirSync(join(FIXTURES, dir))
      .filter((n) => n.endsWith('.txt'))
      .sort();
    for (const file of files) {
      const stem = file.slice(0, -'.txt'.length);
      out.push({ id: `${dir}/${stem}`, name: `${dir}__${stem}`, path: join(FIXTURES, dir, file) });
    }
  }
  return out;
}

/** The value of an insta snapshot file: the JSON after its `---` front-matter block. */
export function readSnapshot(path) {
  const lines = readFileSync(path, 'utf8').split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].replace(/\r$/, '') === '---' && ++seen === 2) {
      return JSON.parse(lines.slice(i + 1).join('\n'));
    }
  }
  throw new Error(`${path}: no \`---\` front matter`);
}

/** The options object `explain` gets for a fixture; absent keys are omitted. */
export function optionsFor(f) {
  const options = {};
  if (f.status !== undefined) options.status = f.status;
  if (f.headers.length > 0) options.headers = f.headers;
  if (f.request !== undefined) options.request = f.request;
  return options;
}
