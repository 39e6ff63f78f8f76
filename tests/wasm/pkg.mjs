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

/**
 * Parses one fixture file exactly like `common::parse` (tests/common/mod.rs): the header ends at
 * the first line that is exactly `---`, the body is the rest with one final `\n` dropped, and a
 * file ending in `\n---` has an empty body.
 */
export function parseFixture(path) {
  // Like String::from_utf8_lossy: invalid UTF-8 becomes U+FFFD, a BOM is kept.
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(readFileSync(path));
  let head;
  let body;
  const sep = text.indexOf('\n---\n');
  if (sep >= 0) {
    head = text.slice(0, sep);
    body = text.slice(sep + '\n---\n'.length);
  } else if (text.endsWith('\n---')) {
    head = text.slice(0, -'\n---'.length);
    body = '';
  } else {
    throw new Error(`${path}: no \`---\` line`);
  }
  if (body.endsWith('\n')) body = body.slice(0, -1);

  const f = { path, sources: [], status: undefined, headers: [], request: undefined, expect: [], body };
  // str::lines: split on \n, drop one trailing \r per line.
  for (const rawLine of head.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') continue;
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`${path}: header line without \`:\`: ${line}`);
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    switch (key) {
      case 'source':
        f.sources.push(value);
        break;
      case 'status':
        // u16::from_str: optional '+', digits, at most 65535.
        if (!/^\+?[0-9]+$/.test(value) || Number(value) > 65535) {
          throw new Error(`${path}: bad status ${value}`);
        }
        f.status = Number(value);
        break;
      case 'header': {
        const c = value.indexOf(':');
        if (c < 0) throw new Error(`${path}: header: needs Name: value`);
        f.headers.push([value.slice(0, c).trim(), value.slice(c + 1).trim()]);
        break;
      }
      case 'request':
        try {
          f.request = JSON.parse(value);
        } catch (e) {
          throw new Error(`${path}: bad request JSON: ${e.message}`);
        }
        break;
      case 'expect':
        f.expect.push(value);
        break;
      case 'note':
        break;
      default:
        throw new Error(`${path}: unknown header \`${key}\``);
    }
  }
  if (f.sources.length === 0) throw new Error(`${path}: no source:`);
  if (f.expect.length === 0) throw new Error(`${path}: no expect:`);
  return f;
}

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
