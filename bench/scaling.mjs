// Figure 4: how explain() scales with the input size in Node, 1 KB to 10 MB, per kind of body,
// side by side with the baseline parser on the same body. Reports ns per input byte. Inputs
// beyond upload-doctor's 1 MiB cap are cut (only the first 1 MiB is examined): the check that the
// diagnosis's notes say so is recorded too. Writes target/bench/results/scaling.json.
// Usage: node bench/scaling.mjs [--quick]
import { loadBuild, nodeBaselines, ratioStats, sideBySide, stats, warm, writeResult } from './lib/common.mjs';
import { KINDS } from './lib/inputs.mjs';

const quick = process.argv.includes('--quick');
const SIZES = quick ? [1e3, 1e4, 1e5, 1e6] : [1e3, 1e4, 1e5, 1e6, 1e7];
const CAP = 1 << 20;

const ud = await loadBuild();
const base = await nodeBaselines();

const sizeOf = (b) => (typeof b === 'string' ? b.length : b.byteLength);

// Warm-up on the small sizes.
for (const k of Object.values(KINDS)) {
  for (const size of [1e3, 1e4]) {
    const b = k.make(size);
    warm([{ fn: () => ud.explain(b) }, { fn: () => base[k.baseline](b) }], quick ? 20 : 80);
  }
}

const results = [];
for (const [id, k] of Object.entries(KINDS)) {
  const row = { id, label: k.label, sizes: [] };
  for (const size of SIZES) {
    const body = k.make(size);
    const bytes = sizeOf(body);
    if (bytes !== size) throw new Error(`${id} ${size}: made ${bytes} bytes`);
    const d = ud.explain(body);
    const cut = bytes > CAP;
    const noteSaysCut = d.notes.some((n) => /only the first \d+ bytes were examined/.test(n));
    let baselineError = null;
    let baselineCode = null;
    try {
      baselineCode = base[k.baseline](body).code;
    } catch (e) {
      baselineError = String(e && e.message ? e.message : e).slice(0, 80);
    }
    const variants = [{ name: 'ours', fn: () => ud.explain(body) }];
    if (!baselineError) variants.push({ name: 'baseline', fn: () => base[k.baseline](body) });
    const big = size >= 1e7;
    const t = sideBySide(variants, { rounds: quick ? 3 : big ? 5 : 7, batchMs: quick ? 20 : 50, max: 1e5 });
    const cell = {
      size,
      ours: stats(t.ours),
      baseline: t.baseline ? stats(t.baseline) : null,
      ratio: t.baseline ? ratioStats(t.baseline, t.ours) : null,
      cut,
      noteSaysCut,
      provider: d.provider,
      code: d.code,
      format: d.format,
      baselineCode: baselineCode === null ? null : String(baselineCode),
      baselineError,
    };
    row.sizes.push(cell);
    const nsb = (s) => (s ? (s.median / size).toFixed(1) : '—');
    console.log(`${id.padEnd(9)} ${String(size).padStart(8)} B  ours ${nsb(cell.ours)} ns/B  baseline ${nsb(cell.baseline)} ns/B${cut ? `  (cut; note ${noteSaysCut ? 'present' : 'MISSING'})` : ''}`);
  }
  results.push(row);
}

writeResult('scaling', { build: ud.build.label, cap: CAP, sizes: SIZES, results });
