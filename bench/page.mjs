// The browser side of figure 2 (bench/browser.mjs drives it with playwright-core): explain() from
// the web build (www/dist/pkg, loaded with init()) side by side with DOMParser / JSON.parse / a
// regex + the lookup table; and from bench/boundary the shipped boundary (built member by member,
// constants decoded once), the others (serde-wasm-bindgen; serde_json + JSON.parse) and the
// analysis alone. performance.now() over
// batches; the page is cross-origin isolated, so the clock has 5 µs resolution.
import { baselineJson, baselineText, htmlCode, lookup } from './lib/baseline.js';

let ud;
let bd;

export async function setup() {
  ud = await import('/pkg/upload_doctor.js');
  await ud.default();
  bd = await import('/boundary/upload_doctor_bench_boundary.js');
  await bd.default();
  return ud.version();
}

const parser = new DOMParser();
const BASELINES = {
  xml(body) {
    const doc = parser.parseFromString(body, 'text/xml');
    const el = doc.getElementsByTagName('Code')[0];
    const code = el ? el.textContent : null;
    return { code, message: lookup(code) };
  },
  html(body) {
    const doc = parser.parseFromString(body, 'text/html');
    const code = htmlCode(doc.title);
    return { code, message: lookup(code) };
  },
  json: baselineJson,
  text: baselineText,
};

function options(c) {
  const o = {};
  if (c.status !== undefined && c.status !== null) o.status = c.status;
  if (c.headers && c.headers.length) o.headers = c.headers;
  if (c.request !== undefined && c.request !== null) o.request = c.request;
  return Object.keys(o).length ? o : undefined;
}

function batch(fn, n) {
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) if (fn() != null) sink++;
  const t = performance.now() - t0;
  if (sink < 0) console.log(sink);
  return (t * 1e6) / n; // ns per call
}

function calibrate(fn, targetMs) {
  let n = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    const ms = performance.now() - t0;
    if (ms >= targetMs / 4 || n >= 1e6) return Math.max(1, Math.round((n * targetMs) / Math.max(ms, 0.005)));
    n *= 4;
  }
}

function warm(variants, ms) {
  for (const v of variants) {
    const end = performance.now() + ms;
    while (performance.now() < end) v.fn();
  }
}

function variantsOf(c) {
  const o = options(c);
  return [
    { name: 'ours', fn: () => ud.explain(c.body, o) },
    { name: 'baseline', fn: () => BASELINES[c.kind](c.body) },
    { name: 'json', fn: () => bd.explainViaJson(c.body, o) },
    { name: 'serde', fn: () => bd.explainViaSerde(c.body, o) },
    { name: 'object', fn: () => bd.explain(c.body, o) },
    { name: 'analysis', fn: () => bd.explainNoConversion(c.body, o) },
  ];
}

/** Every case, side by side: { id: { ours: [ns], baseline: [ns], json, object, analysis: [ns], code, baselineCode } }. */
export function run(cases, { rounds, batchMs, warmMs }) {
  for (const c of cases) warm(variantsOf(c), warmMs);
  const out = {};
  for (const c of cases) {
    const variants = variantsOf(c);
    warm(variants, warmMs);
    const sizes = variants.map((v) => calibrate(v.fn, batchMs));
    const r = Object.fromEntries(variants.map((v) => [v.name, []]));
    for (let k = 0; k < rounds; k++) {
      const order = variants.map((_, i) => i);
      if (k % 2) order.reverse();
      for (const i of order) r[variants[i].name].push(batch(variants[i].fn, sizes[i]));
    }
    const d = ud.explain(c.body, options(c));
    r.code = d.code;
    r.baselineCode = BASELINES[c.kind](c.body).code;
    out[c.id] = r;
  }
  return out;
}
