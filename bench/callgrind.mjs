// Figure 6: instruction counts (valgrind --tool=callgrind, Ir) of the native explain, through the
// CLI `target/release/upload-doctor explain FILE --json`:
//  - every fixture, one process each, counting only inside `upload_doctor::explain`
//    (--toggle-collect);
//  - the per-call cases of figures 1-2, inside explain and for the whole process;
//  - all fixture bodies concatenated into one input;
//  - an empty input (the fixed cost of the process);
//  - the synthetic inputs of figure 4 at 10 KB, 100 KB and 1 MB: Ir per byte, a flatness check
//    that the machine's noise cannot blur.
// Deterministic: Ir does not depend on the machine's load. Writes target/bench/results/callgrind.json.
// Usage: node bench/callgrind.mjs [--quick]
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

import { ROOT, listFixtures, parseFixture, perCallCases, stats, writeResult } from './lib/common.mjs';
import { KINDS } from './lib/inputs.mjs';

const quick = process.argv.includes('--quick');
const CLI = join(ROOT, 'target', 'release', 'upload-doctor');
const WORK = join(ROOT, 'target', 'bench', 'callgrind');
rmSync(WORK, { recursive: true, force: true });
mkdirSync(WORK, { recursive: true });

let seq = 0;
/** Runs the CLI under callgrind; returns { explainIr, processIr }. */
function callgrind(body, { status, headers = [], request } = {}, whole = true) {
  const n = seq++;
  const input = join(WORK, `${n}.in`);
  writeFileSync(input, typeof body === 'string' ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength));
  const args = ['explain', input, '--json'];
  if (status !== undefined) args.push('--status', String(status));
  for (const [k, v] of headers) args.push('--header', `${k}: ${v}`);
  if (request !== undefined) {
    writeFileSync(join(WORK, `${n}.request.json`), JSON.stringify(request));
    args.push('--request', join(WORK, `${n}.request.json`));
  }
  const one = (extra, out) =>
    new Promise((resolve, reject) => {
      const p = spawn('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, ...extra, CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      p.stderr.on('data', (d) => (err += d));
      const timer = setTimeout(() => p.kill('SIGKILL'), 300_000);
      p.on('close', (code) => {
        clearTimeout(timer);
        if (code !== 0) return reject(new Error(`callgrind exited ${code}: ${err.slice(-500)}`));
        const m = /^summary:\s*(\d+)/m.exec(readFileSync(out, 'utf8'));
        rmSync(out, { force: true });
        resolve(m ? Number(m[1]) : 0);
      });
    });
  return Promise.all([
    one(['--toggle-collect=upload_doctor::explain'], join(WORK, `${n}.explain.cg`)),
    whole ? one([], join(WORK, `${n}.all.cg`)) : null,
  ]).then(([explainIr, processIr]) => ({ explainIr, processIr }));
}

/** Runs the jobs with at most `limit` at a time. */
async function pool(jobs, limit) {
  const out = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await jobs[i]();
      }
    }),
  );
  return out;
}

const limit = Math.max(1, cpus().length);
const all = listFixtures().map(({ id, path }) => ({ id, ...parseFixture(path) }));
const fixtures = quick ? all.filter((_, i) => i % 10 === 0) : all;

const empty = await callgrind('');
const perFixture = await pool(
  fixtures.map((f) => async () => ({ id: f.id, bytes: Buffer.byteLength(f.body), ...(await callgrind(f.body, f, false)) })),
  limit,
);
const concatenated = all.map((f) => f.body).join('\n\n');
const concat = { bytes: Buffer.byteLength(concatenated), ...(await callgrind(concatenated)) };
const representative = await pool(
  perCallCases()
    .filter((c) => !c.missing)
    .map((c) => async () => ({ id: c.id, label: c.label, bytes: Buffer.byteLength(c.body), ...(await callgrind(c.body, c)) })),
  Math.max(1, Math.floor(limit / 2)),
);
const SCALE = quick ? [1e4, 1e5] : [1e4, 1e5, 1e6];
const scaling = await pool(
  Object.entries(KINDS).flatMap(([id, k]) =>
    SCALE.map((size) => async () => ({ id, label: k.label, size, explainIr: (await callgrind(k.make(size), {}, false)).explainIr })),
  ),
  limit,
);

const ex = perFixture.map((r) => r.explainIr);
const sum = ex.reduce((a, b) => a + b, 0);
const heaviest = [...perFixture].sort((a, b) => b.explainIr - a.explainIr).slice(0, 5);
console.log(`empty input: process ${empty.processIr.toLocaleString('en')} Ir, explain ${empty.explainIr.toLocaleString('en')} Ir`);
console.log(`${perFixture.length} fixtures: explain Ir total ${sum.toLocaleString('en')}, median ${stats(ex).median.toLocaleString('en')}, max ${Math.max(...ex).toLocaleString('en')}`);
console.log(`concatenated (${concat.bytes} B): explain ${concat.explainIr.toLocaleString('en')} Ir, process ${concat.processIr.toLocaleString('en')} Ir`);
for (const r of representative) console.log(`  ${r.id.padEnd(10)} explain ${r.explainIr.toLocaleString('en')} Ir`);
for (const r of scaling) console.log(`  ${r.id.padEnd(10)} ${String(r.size).padStart(8)} B: ${(r.explainIr / r.size).toFixed(0)} Ir/byte`);
writeResult('callgrind', {
  valgrind: process.env.VALGRIND_VERSION || null,
  empty,
  fixtures: { count: perFixture.length, of: all.length, explainIrTotal: sum, explainIr: stats(ex), bytes: perFixture.reduce((a, r) => a + r.bytes, 0), heaviest },
  concatenated: concat,
  representative,
  scaling,
});
rmSync(WORK, { recursive: true, force: true });
