// Figure 7: the size of what an app downloads: the wasm at each stage of `make wasm`
// (target/wasm-stages: rustc -> wasm-bindgen -> wasm-opt -Oz) and the JS glue, raw, gzip -9 and
// brotli; where the bytes of the shipped wasm go (code vs data sections); the gap to issue #6's
// budget (80 KB gzip for wasm + glue). Writes target/bench/results/sizes.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { NODE_PKG, NPM_DIST, ROOT, WEB_PKG, writeResult } from './lib/common.mjs';

const STAGES = join(ROOT, 'target', 'wasm-stages');
// Issue #6's target ("80 KB gzip"), as tests/wasm/size.test.mjs reads it from size-budget.json.
const BUDGET = JSON.parse(readFileSync(join(ROOT, 'tests', 'wasm', 'size-budget.json'), 'utf8')).target;

// zlib level 9, exactly as tests/wasm/size.test.mjs measures (GNU gzip -9 gives ~1-2 % less).
function gzip9(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}
function brotli(bytes) {
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
}
function measure(path, withBrotli = true) {
  if (!existsSync(path)) return null;
  const b = readFileSync(path);
  return { path: path.slice(ROOT.length + 1), raw: b.length, gzip: gzip9(b), brotli: withBrotli ? brotli(b) : null };
}

/** The sections of a wasm module: [{ id, name, size }]. */
function sections(bytes) {
  const names = { 0: 'custom', 1: 'type', 2: 'import', 3: 'function', 4: 'table', 5: 'memory', 6: 'global', 7: 'export', 8: 'start', 9: 'element', 10: 'code', 11: 'data', 12: 'datacount' };
  const out = [];
  let i = 8;
  const leb = () => {
    let r = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[i++];
      r += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return r;
      shift += 7;
    }
  };
  while (i < bytes.length) {
    const id = bytes[i++];
    const size = leb();
    const start = i;
    out.push({ id, name: names[id] ?? `id ${id}`, size, gzip: gzip9(bytes.subarray(start, start + size)) });
    i = start + size;
  }
  return out;
}

/**
 * The string literals of the Rust files under `dirs` (test modules left out), unescaped: what
 * the wasm's data section holds for them. Handles "…" with \n \t \" \\ \u{…} and line
 * continuations, and r"…" / r#"…"#.
 */
function literals(dirs) {
  const out = new Set();
  for (const dir of dirs) {
    const abs = join(ROOT, dir);
    const files = existsSync(abs) ? (abs.endsWith('.rs') ? [abs] : readdirSync(abs).filter((n) => n.endsWith('.rs')).map((n) => join(abs, n))) : [];
    for (const file of files) {
      let src = readFileSync(file, 'utf8');
      const t = src.indexOf('#[cfg(test)]');
      if (t >= 0) src = src.slice(0, t);
      src = src.replace(/^\s*\/\/.*$/gm, '');
      const re = /r(#*)"([\s\S]*?)"\1|"((?:[^"\\]|\\[\s\S])*)"/g;
      for (let m; (m = re.exec(src)); ) {
        const text = m[3] === undefined
          ? m[2]
          : m[3]
              .replace(/\\\n\s*/g, '')
              .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_, h) => String.fromCodePoint(parseInt(h, 16)))
              .replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t', r: '\r', 0: '\0' })[c] ?? c);
        if (text.length >= 8) out.add(text); // shorter ones are names and separators, not prose
      }
    }
  }
  return [...out];
}

/**
 * Where the text in the shipped wasm comes from: the literals of each part of src/ that occur in
 * the module (as UTF-8), their bytes and their gzip when compressed alone: a lower bound for any
 * build that keeps that text inside.
 */
function textShare(bytes) {
  const groups = [
    ['catalogue (src/catalog)', ['src/catalog']],
    ['rules (src/rules)', ['src/rules']],
    ['providers, input, build, redact', ['src/providers', 'src/input', 'src/build.rs', 'src/redact.rs', 'src/lib.rs', 'src/ids.rs']],
  ];
  const seen = new Set();
  return groups.map(([label, dirs]) => {
    const found = literals(dirs).filter((l) => !seen.has(l) && bytes.indexOf(Buffer.from(l, 'utf8')) >= 0);
    found.forEach((l) => seen.add(l));
    const joined = Buffer.from(found.join(''), 'utf8');
    return { label, strings: found.length, raw: joined.length, gzip: gzip9(joined) };
  });
}

const stages = [
  ['raw compiler output', join(STAGES, '1-rustc.wasm')],
  ['after wasm-bindgen', join(STAGES, '2-bindgen.wasm')],
  ['after wasm-opt -Oz (shipped)', join(STAGES, '3-wasm-opt.wasm')],
].map(([label, path], i) => ({ label, ...measure(path, i === 2) })); // brotli -q 11 is slow: shipped stage only
const shipped = join(WEB_PKG, 'upload_doctor_bg.wasm');
const glue = [
  ['web glue (www/dist/pkg/upload_doctor.js)', join(WEB_PKG, 'upload_doctor.js')],
  ['nodejs glue (target/pkg-node/upload_doctor.js)', join(NODE_PKG, 'upload_doctor.js')],
  ['npm wrapper (www/npm/dist/index.js)', join(NPM_DIST, 'index.js')],
  ['npm ids (www/npm/dist/ids.js)', join(NPM_DIST, 'ids.js')],
].map(([label, path]) => ({ label, ...measure(path) })).filter((g) => g.raw !== undefined);

const wasm = measure(shipped);
const web = glue[0];
const total = { raw: wasm.raw + web.raw, gzip: wasm.gzip + web.gzip, brotli: wasm.brotli + web.brotli };
const secs = sections(readFileSync(shipped));
const text = textShare(readFileSync(shipped));
writeResult('sizes', { stages, glue, wasm, total, budget: BUDGET, sections: secs, text });
console.log(`wasm ${wasm.raw} B (gzip ${wasm.gzip}), web glue ${web.raw} B (gzip ${web.gzip}); wasm + glue gzip ${total.gzip} B vs budget ${BUDGET} B`);
for (const s of secs) console.log(`  section ${s.name.padEnd(9)} ${String(s.size).padStart(8)} B  gzip ${s.gzip}`);
for (const t of text) console.log(`  text of ${t.label}: ${t.strings} strings, ${t.raw} B, gzip alone ${t.gzip}`);
