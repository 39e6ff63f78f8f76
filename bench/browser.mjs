// Figures 2 and 3 in headless Chromium (playwright-core, Debian's /usr/bin/chromium):
//  2. explain() per call from the web build vs DOMParser / JSON.parse + lookup (bench/page.mjs);
//  3. cold start: import() of the web build -> init() -> first diagnosis, in fresh browser
//     contexts; and the same with the wasm already compiled (a WebAssembly.Module to initSync).
// Serves the files from 127.0.0.1 (a random free port) and stops the server and the browser at the
// end. Writes target/bench/results/browser.json. Usage: node bench/browser.mjs [--quick]
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

import { BENCH, BOUNDARY_WEB, WEB_PKG, fixture, perCallCases, ratioStats, require, stats, writeResult } from './lib/common.mjs';

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 3 : 11;
const BATCH_MS = quick ? 10 : 20;
const LOADS = quick ? 3 : 21; // fresh page loads per cold-start variant (9 left the 10 ms verdict to noise)
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// A watchdog: whatever happens, this script ends.
const watchdog = setTimeout(() => {
  console.error('browser.mjs: timed out after 8 minutes');
  process.exit(1);
}, 8 * 60 * 1000);
watchdog.unref();

const PAGE = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>upload-doctor bench</title>';
// URL path -> file. Nothing else is served.
const FILES = {
  '/bench/page.mjs': join(BENCH, 'page.mjs'),
  '/bench/lib/baseline.js': join(BENCH, 'lib', 'baseline.js'),
  '/pkg/upload_doctor.js': join(WEB_PKG, 'upload_doctor.js'),
  '/pkg/upload_doctor_bg.wasm': join(WEB_PKG, 'upload_doctor_bg.wasm'),
  '/boundary/upload_doctor_bench_boundary.js': join(BOUNDARY_WEB, 'upload_doctor_bench_boundary.js'),
  '/boundary/upload_doctor_bench_boundary_bg.wasm': join(BOUNDARY_WEB, 'upload_doctor_bench_boundary_bg.wasm'),
};
const TYPES = { '.mjs': 'text/javascript', '.js': 'text/javascript', '.wasm': 'application/wasm' };
for (const [url, path] of Object.entries(FILES)) {
  if (!existsSync(path)) throw new Error(`${path} is missing (for ${url}): run \`make wasm\` / bench/run.sh`);
}

// Every file is served twice: as itself with `Cache-Control: no-store` (a first visit), and under
// /c/ with `max-age=600` (a returning visitor: the browser's HTTP cache has it).
const server = createServer((req, res) => {
  let path = new URL(req.url, 'http://127.0.0.1').pathname;
  const cacheable = path.startsWith('/c/');
  if (cacheable) path = path.slice(2);
  const headers = {
    'cache-control': cacheable ? 'max-age=600' : 'no-store',
    // Cross-origin isolation: performance.now() gets its fine resolution.
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  };
  if (path === '/bench/noop.mjs' || path === '/bench/app.mjs') {
    res.writeHead(200, { ...headers, 'content-type': 'text/javascript' });
    res.end(`export const ${path === '/bench/app.mjs' ? 'app' : 'noop'} = 1;\n`);
  } else if (path === '/' || path === '/bench/page.html') {
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  } else if (FILES[path]) {
    res.writeHead(200, { ...headers, 'content-type': TYPES[extname(path)] });
    res.end(readFileSync(FILES[path]));
  } else {
    res.writeHead(404, headers);
    res.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const { chromium } = require(join(BENCH, 'node_modules', 'playwright-core'));
let browser;
try {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const chromiumVersion = browser.version();

  // --- Figure 2: per call ---------------------------------------------------------------------
  const cases = perCallCases()
    .filter((c) => !c.missing)
    .map(({ id, label, kind, body, status, headers, request }) => ({ id, label, kind, body, status, headers, request }));
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${origin}/bench/page.html`);
  const isolated = await page.evaluate(() => self.crossOriginIsolated);
  const version = await page.evaluate(async () => (await import('/bench/page.mjs')).setup());
  const perCall = await page.evaluate(
    async ([cs, opts]) => (await import('/bench/page.mjs')).run(cs, opts),
    [cases, { rounds: ROUNDS, batchMs: BATCH_MS, warmMs: quick ? 20 : 150 }],
  );
  await ctx.close();
  const results = cases.map((c) => {
    const r = perCall[c.id];
    const row = {
      id: c.id,
      label: c.label,
      kind: c.kind,
      bytes: Buffer.byteLength(c.body),
      ours: stats(r.ours),
      baseline: stats(r.baseline),
      ratio: ratioStats(r.baseline, r.ours),
      json: stats(r.json),
      serde: stats(r.serde),
      object: stats(r.object),
      analysis: stats(r.analysis),
      serdeRatio: ratioStats(r.serde, r.object),
      jsonRatio: ratioStats(r.json, r.object),
      oursCode: r.code,
      baselineCode: r.baselineCode === null ? null : String(r.baselineCode),
    };
    console.log(`${c.id.padEnd(10)} ours ${(row.ours.median / 1000).toFixed(1)} µs  baseline ${(row.baseline.median / 1000).toFixed(1)} µs  ratio ${row.ratio.median.toFixed(2)}  analysis ${(row.analysis.median / 1000).toFixed(1)} µs  serde/shipped ${row.serdeRatio.median.toFixed(2)}`);
    return row;
  });

  // --- Figure 3: cold start -------------------------------------------------------------------
  const body = fixture('aws-s3/access-denied-plain').body;
  // control: import() of a one-line module, to see what the module loader and the loopback
  // fetch cost by themselves in a fresh page.
  // warm*: a returning visitor. A first page of the same context imports the glue and fetches the
  // wasm from /c/ (cacheable), then a second page is timed: the glue comes from the HTTP cache
  // (checked: its resource entry's transferSize is 0) and the module is compiled before timing.
  // app*: the same returning visitor, in a running app: the timed page has imported a module of
  // its own (/c/bench/app.mjs, untimed) before it imports the glue, as an upload component's error
  // path does; the page's first module load is then not in the figure.
  async function coldLoad(b, variant) {
    const c = await b.newContext(); // a fresh context: empty HTTP cache
    try {
      const app = variant.startsWith('app');
      const warm = app || variant.startsWith('warm');
      const prefix = warm ? '/c' : '';
      if (warm) {
        const first = await c.newPage();
        await first.goto(`${origin}/bench/page.html`);
        await first.evaluate(async () => {
          await import('/c/pkg/upload_doctor.js');
          await import('/c/bench/noop.mjs');
          await import('/c/bench/app.mjs');
          await (await fetch('/c/pkg/upload_doctor_bg.wasm')).arrayBuffer();
        });
        await first.close();
      }
      const p = await c.newPage();
      p.on('pageerror', (e) => errors.push(String(e)));
      await p.goto(`${origin}/bench/page.html`);
      const r = await p.evaluate(
        async ([v, b, prefix, app]) => {
          const fromCache = (url) => performance.getEntriesByName(new URL(url, location.href).href).every((e) => e.transferSize === 0);
          if (app) await import('/c/bench/app.mjs');
          if (v.endsWith('control')) {
            const url = `${prefix}/bench/noop.mjs`;
            const t0 = performance.now();
            await import(url);
            return { import: performance.now() - t0, init: 0, first: 0, total: performance.now() - t0, second: 0, code: 'AccessDenied', fromCache: fromCache(url) };
          }
          const url = `${prefix}/pkg/upload_doctor.js`;
          let module;
          if (v !== 'init') module = await WebAssembly.compileStreaming(fetch(`${prefix}/pkg/upload_doctor_bg.wasm`));
          const t0 = performance.now();
          const m = await import(url);
          const t1 = performance.now();
          if (v !== 'init') m.initSync({ module });
          else await m.default();
          const t2 = performance.now();
          const d = m.explain(b);
          const t3 = performance.now();
          m.explain(b);
          const t4 = performance.now();
          return { import: t1 - t0, init: t2 - t1, first: t3 - t2, total: t3 - t0, second: t4 - t3, code: d.code, fromCache: fromCache(url) };
        },
        [variant, body, prefix, app],
      );
      if (r.code !== 'AccessDenied') errors.push(`cold start ${variant}: code ${r.code}`);
      if (r.fromCache !== warm) errors.push(`cold start ${variant}: the glue ${r.fromCache ? 'came from' : 'missed'} the HTTP cache`);
      return r;
    } finally {
      await c.close();
    }
  }
  const cold = { init: [], cached: [], control: [], warm: [], 'warm-control': [], app: [], 'app-control': [], eager: [], 'warm-eager': [], 'app-eager': [] };
  for (let i = 0; i < LOADS; i++) {
    // Rotate which variant goes first.
    const order = ['init', 'cached', 'control', 'warm', 'warm-control', 'app', 'app-control'];
    for (let k = 0; k < i % order.length; k++) order.push(order.shift());
    for (const variant of order) cold[variant].push(await coldLoad(browser, variant));
  }
  // V8 compiles wasm functions lazily, on their first call, even in a module from
  // compileStreaming: the "cached" module above is mostly not compiled yet. The same with
  // eager compilation shows what a fully compiled module (e.g. from V8's code cache) gives.
  const eagerBrowser = await chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, '--js-flags=--no-wasm-lazy-compilation'] });
  try {
    for (let i = 0; i < LOADS; i++) {
      const order = ['eager', 'warm-eager', 'app-eager'];
      for (let k = 0; k < i % order.length; k++) order.push(order.shift());
      for (const variant of order) cold[variant].push(await coldLoad(eagerBrowser, variant));
    }
  } finally {
    await eagerBrowser.close();
  }
  const summarise = (rs) => Object.fromEntries(['import', 'init', 'first', 'total', 'second'].map((k) => [k, stats(rs.map((r) => r[k]))]));
  const coldOut = { loads: LOADS };
  for (const [v, rs] of Object.entries(cold)) coldOut[v] = summarise(rs);
  for (const v of Object.keys(cold)) {
    const s = coldOut[v];
    console.log(`cold start ${v.padEnd(6)} total ${s.total.median.toFixed(2)} ms (import ${s.import.median.toFixed(2)}, init ${s.init.median.toFixed(2)}, first explain ${s.first.median.toFixed(2)})`);
  }

  writeResult('browser', { chromium: chromiumVersion, version, crossOriginIsolated: isolated, rounds: ROUNDS, batchMs: BATCH_MS, results, cold: coldOut, errors });
  if (errors.length) console.error(`page errors:\n  ${errors.join('\n  ')}`);
} finally {
  if (browser) await browser.close();
  await new Promise((resolve) => server.close(resolve));
}
