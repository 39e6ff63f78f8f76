// Figure 1: explain() per call in Node, side by side with the baseline (fast-xml-parser / JSON.parse
// / a regex + a lookup table); 1b/1c: the cost split of explain() (analysis vs conversion to a JS
// value) and the boundaries (as shipped; serde-wasm-bindgen; serde_json + JSON.parse), all
// in the same run on the same inputs. Writes target/bench/results/node.json.
// Usage: node bench/node.mjs [--quick]
import { isDeepStrictEqual } from 'node:util';

import {
  loadBoundary, loadBuild, nodeBaselines, optionsOf, perCallCases, ratioStats, sideBySide, stats, warm, writeResult,
} from './lib/common.mjs';

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 3 : 11;
const BATCH_MS = quick ? 10 : 20;

const ud = await loadBuild();
const bd = loadBoundary();
const base = await nodeBaselines();
const cases = perCallCases().filter((c) => !c.missing);

function variantsOf(c) {
  const o = optionsOf(c.status, c.headers, c.request);
  const v = [
    { name: 'ours', fn: () => ud.explain(c.body, c.status, c.headers, c.request) },
    { name: 'baseline', fn: () => base[c.kind](c.body) },
  ];
  if (ud.build.kind === 'npm') v.push({ name: 'glue', fn: () => ud.glueExplain(c.body, o) });
  v.push({ name: 'json', fn: () => bd.explainViaJson(c.body, o) });
  v.push({ name: 'serde', fn: () => bd.explainViaSerde(c.body, o) });
  v.push({ name: 'object', fn: () => bd.explain(c.body, o) });
  v.push({ name: 'analysis', fn: () => bd.explainNoConversion(c.body, o) });
  return v;
}

// Global warm-up: every path through the code gets hot before anything is timed.
for (const c of cases) warm(variantsOf(c), quick ? 20 : 120);

const results = [];
for (const c of cases) {
  const o = optionsOf(c.status, c.headers, c.request);
  const variants = variantsOf(c);
  const d = ud.explain(c.body, c.status, c.headers, c.request);
  const b = base[c.kind](c.body);
  warm(variants, quick ? 20 : 100);
  const t = sideBySide(variants, { rounds: ROUNDS, batchMs: BATCH_MS });
  const row = {
    id: c.id,
    label: c.label,
    source: c.source,
    kind: c.kind,
    bytes: Buffer.byteLength(c.body),
    ours: stats(t.ours),
    baseline: stats(t.baseline),
    ratio: ratioStats(t.baseline, t.ours),
    glue: t.glue ? stats(t.glue) : undefined,
    json: stats(t.json),
    serde: stats(t.serde),
    object: stats(t.object),
    analysis: stats(t.analysis),
    // The other boundaries / the shipped one, per round: > 1 means the shipped one is faster.
    serdeRatio: ratioStats(t.serde, t.object),
    jsonRatio: ratioStats(t.json, t.object),
    diagnosisJsonBytes: JSON.stringify(d).length,
    oursCode: d.code,
    oursProvider: d.provider,
    oursTop: d.causes[0] ? d.causes[0].id : null,
    baselineCode: b.code === null ? null : String(b.code),
    // Every boundary must hand over the same value.
    boundariesEqual: isDeepStrictEqual(bd.explain(c.body, o), bd.explainViaJson(c.body, o)) &&
      isDeepStrictEqual(bd.explain(c.body, o), bd.explainViaSerde(c.body, o)),
  };
  results.push(row);
  const f = (s) => `${(s.median / 1000).toFixed(1)} µs`;
  console.log(`${c.id.padEnd(10)} ours ${f(row.ours)}  baseline ${f(row.baseline)}  ratio ${row.ratio.median.toFixed(2)}  ` +
    `analysis ${f(row.analysis)}  shipped ${f(row.object)}  serde ${f(row.serde)}  json ${f(row.json)}  serde/shipped ${row.serdeRatio.median.toFixed(2)}${row.boundariesEqual ? '' : '  VALUES DIFFER'}`);
}

writeResult('node', { build: ud.build.label, buildKind: ud.build.kind, version: ud.version, rounds: ROUNDS, batchMs: BATCH_MS, node: process.version, results });
