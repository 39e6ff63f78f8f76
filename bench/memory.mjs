// Figure 5: wasm linear memory (memory.buffer.byteLength of the instance) in Node after the first
// 1,000 explain() calls and after 100,000 (they must be equal: nothing leaks across the boundary),
// with the externref table and the JS heap alongside; and the peak linear memory on a 10 MB input
// (a fresh process per measurement: linear memory never shrinks, so its size is the peak).
// Writes target/bench/results/memory.json. Usage: node bench/memory.mjs [--quick]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { listFixtures, loadBuild, parseFixture, writeResult } from './lib/common.mjs';

const SELF = fileURLToPath(import.meta.url);
const quick = process.argv.includes('--quick');

function snapshot(ud) {
  if (global.gc) global.gc();
  const table = ud.exports.__wbindgen_externrefs;
  return {
    linear: ud.exports.memory.buffer.byteLength,
    externrefs: table ? table.length : null,
    jsHeap: process.memoryUsage().heapUsed,
  };
}

async function child(what) {
  const ud = await loadBuild();
  if (what === 'calls') {
    const total = Number(process.argv[4]);
    const fixtures = listFixtures().map(({ path }) => parseFixture(path));
    const marks = new Set([1, 1000, 10000, total]);
    const out = { fixtures: fixtures.length, at: {} };
    const t0 = Date.now();
    for (let i = 1; i <= total; i++) {
      const f = fixtures[(i - 1) % fixtures.length];
      ud.explain(f.body, f.status, f.headers, f.request);
      if (marks.has(i)) out.at[i] = snapshot(ud);
    }
    out.seconds = (Date.now() - t0) / 1000;
    return out;
  }
  // Peak on one 10 MB input.
  const size = 10_000_000;
  const before = snapshot(ud);
  let input;
  if (what === 'peak-xml') {
    const head = '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>EntityTooLarge</Code><Message>';
    const tail = '</Message></Error>';
    input = head + 'x'.repeat(size - head.length - tail.length) + tail;
  } else if (what === 'peak-bytes') {
    input = new Uint8Array(size);
    for (let i = 0; i < size; i++) input[i] = (i * 2654435761) >>> 24;
  } else if (what === 'peak-line') {
    input = 'Error: '.padEnd(size, 'y');
  }
  const d = ud.explain(input);
  const after = snapshot(ud);
  for (let i = 0; i < 3; i++) ud.explain(input);
  const afterMore = snapshot(ud);
  return { before, after, afterMore, notes: d.notes, build: ud.build.label };
}

if (process.argv[2] === 'child') {
  const r = await child(process.argv[3]);
  process.stdout.write(JSON.stringify(r));
  process.exit(0);
}

function run(...args) {
  const r = spawnSync(process.execPath, ['--expose-gc', SELF, 'child', ...args], { encoding: 'utf8', timeout: 5 * 60 * 1000, maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`memory.mjs child ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const total = quick ? 10_000 : 100_000;
const calls = run('calls', String(total));
const peaks = {
  'S3 XML, 10 MB string': run('peak-xml'),
  'one line, 10 MB string': run('peak-line'),
  'bytes, 10 MB Uint8Array': run('peak-bytes'),
};
const mib = (n) => (n / 1048576).toFixed(2);
for (const [k, v] of Object.entries(calls.at)) console.log(`after ${k.padStart(6)} calls: linear ${mib(v.linear)} MiB, externrefs ${v.externrefs}, JS heap ${mib(v.jsHeap)} MiB`);
for (const [k, v] of Object.entries(peaks)) console.log(`${k}: linear ${mib(v.before.linear)} -> ${mib(v.after.linear)} MiB (after 3 more: ${mib(v.afterMore.linear)})`);
writeResult('memory', { total, calls, peaks });
