// Figure 7: the size of what an app downloads: the wasm at each stage of `make wasm`
// (target/wasm-stages: rustc -> wasm-bindgen -> wasm-opt -Oz) and the JS glue, raw, gzip -9 and
// brotli; where the bytes of the shipped wasm go (code vs data sections); the gap to issue #6's
// budget (80 KB gzip for wasm + glue). Writes target/bench/results/sizes.json.
import { existsSync, readFileSync } from 'node:fs';
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
writeResult('sizes', { stages, glue, wasm, total, budget: BUDGET, sections: secs });
console.log(`wasm ${wasm.raw} B (gzip ${wasm.gzip}), web glue ${web.raw} B (gzip ${web.gzip}); wasm + glue gzip ${total.gzip} B vs budget ${BUDGET} B`);
for (const s of secs) console.log(`  section ${s.name.padEnd(9)} ${String(s.size).padStart(8)} B  gzip ${s.gzip}`);
