// Shared by the Node-side benchmark scripts: paths, fixtures, the builds, timing and statistics.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const BENCH = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = join(BENCH, '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** Raw results (JSON) of each script; bench/report.mjs turns them into bench/RESULTS.md. */
export const OUT = join(ROOT, 'target', 'bench', 'results');
/** bench/boundary built by bench/run.sh: src/wasm.rs + explainViaJson + explainNoConversion. */
export const BOUNDARY_NODE = join(ROOT, 'target', 'bench', 'boundary-node', 'upload_doctor_bench_boundary.js');
export const BOUNDARY_WEB = join(ROOT, 'target', 'bench', 'boundary-web');
export const NODE_PKG = join(ROOT, 'target', 'pkg-node');
export const WEB_PKG = join(ROOT, 'www', 'dist', 'pkg');
export const NPM_DIST = join(ROOT, 'www', 'npm', 'dist');

export const require = createRequire(import.meta.url);

export function writeResult(name, value) {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, `${name}.json`), `${JSON.stringify(value, null, 1)}\n`);
}

export function readResult(name) {
  const p = join(OUT, `${name}.json`);
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Fixtures (format: tests/fixtures/README.md), read by tests/common/fixture.mjs.

export { parseFixture } from '../../tests/common/fixture.mjs';
import { parseFixture } from '../../tests/common/fixture.mjs';

/** Every fixture, sorted: { id: 'folder/stem', path }. */
export function listFixtures() {
  const out = [];
  for (const dir of readdirSync(FIXTURES).sort()) {
    if (!statSync(join(FIXTURES, dir)).isDirectory()) continue;
    for (const file of readdirSync(join(FIXTURES, dir)).sort()) {
      if (file.endsWith('.txt')) out.push({ id: `${dir}/${file.slice(0, -4)}`, path: join(FIXTURES, dir, file) });
    }
  }
  return out;
}

export function fixture(id) {
  return parseFixture(join(FIXTURES, `${id}.txt`));
}

/**
 * The per-call cases (figures 1 and 2): one per fixture class. `kind` picks the baseline parser.
 * Each case: { id, label, source, kind, body, status?, headers?, request? }.
 */
export function perCallCases() {
  const cases = [];
  const add = (id, label, fixtureId, kind, transform) => {
    const path = join(FIXTURES, `${fixtureId}.txt`);
    if (!existsSync(path)) {
      cases.push({ id, label, source: `${fixtureId} (missing)`, kind, missing: true });
      return;
    }
    const f = parseFixture(path);
    const body = transform ? transform(f.body) : f.body;
    cases.push({ id, label, source: fixtureId + (transform ? ' (see note)' : ''), kind, body, status: f.status, headers: f.headers, request: f.request });
  };
  add('s3-small', 'S3 XML, small (AccessDenied)', 'aws-s3/access-denied-plain', 'xml');
  // The longest StringToSign echo in tests/fixtures/aws-s3 (StringToSign + StringToSignBytes,
  // 1.8 KB); the fixture is knitr output with every line prefixed "## ": the prefix is removed
  // so that both sides read the XML exactly as S3 sent it.
  add('s3-sig', 'S3 XML SignatureDoesNotMatch, StringToSign(+Bytes) echo', 'aws-s3/signature-does-not-match-sigv4-post-policy', 'xml',
    (b) => b.split('\n').map((l) => l.replace(/^## ?/, '')).join('\n').trim());
  add('s3-sig-v2', 'S3 XML SignatureDoesNotMatch, SigV2 echo (verbatim)', 'aws-s3/signature-does-not-match-sigv2-put-signature-space', 'xml');
  add('supabase', 'Supabase JSON (403 wrapped in 400)', 'supabase-storage/rls-new-row-violates-wrapped-400', 'json');
  add('problem', 'problem+json', 'problem-json/spring-problemdetail-about-blank-400', 'json');
  add('azure', 'Azure XML (AuthenticationFailed + string to sign)', 'azure-blob/authentication-failed-shared-key-mac-postman', 'xml');
  add('gcs', 'GCS JSON (forbidden)', 'gcs/forbidden-buckets-create-service-account', 'json');
  add('html', 'HTML proxy page (nginx 413)', 'nginx/nginx-413-ubuntu-avatar-upload', 'html');
  add('boto3', 'pasted SDK text (botocore "An error occurred (…)")', 'aws-s3/illegal-location-constraint-putobject-boto3', 'text');
  return cases;
}

// ---------------------------------------------------------------------------------------------
// The builds.

/** Which build the Node figures use: the npm package when it is built and current, else the nodejs target. */
export function pickBuild() {
  const npmGlue = join(NPM_DIST, 'upload_doctor.js');
  const npmWasm = join(NPM_DIST, 'upload_doctor_bg.wasm');
  if (existsSync(join(NPM_DIST, 'index.js')) && existsSync(npmGlue) && existsSync(npmWasm)) {
    const webGlue = join(WEB_PKG, 'upload_doctor.js');
    const webWasm = join(WEB_PKG, 'upload_doctor_bg.wasm');
    const same =
      existsSync(webWasm) &&
      readFileSync(npmWasm).equals(readFileSync(webWasm)) &&
      readFileSync(npmGlue, 'utf8') === readFileSync(webGlue, 'utf8').replace(/^\/\* @ts-self-types="[^"]*" \*\/\n/, '');
    if (same) return { kind: 'npm', label: 'npm package (www/npm/dist, web glue + wrapper)', wasmPath: npmWasm };
    return {
      kind: 'node',
      label: 'nodejs target (target/pkg-node); www/npm/dist exists but is older than `make wasm`\'s output (run `make npm`)',
      wasmPath: join(NODE_PKG, 'upload_doctor_bg.wasm'),
    };
  }
  return { kind: 'node', label: 'nodejs target (target/pkg-node); no npm package in www/npm/dist', wasmPath: join(NODE_PKG, 'upload_doctor_bg.wasm') };
}

/**
 * Loads the chosen build. Returns { build, explain(body, status, headers, request), glueExplain
 * (wasm-bindgen's own explain), exports (the wasm instance's exports: memory, tables) }.
 */
export async function loadBuild(build = pickBuild()) {
  if (build.kind === 'npm') {
    const bytes = readFileSync(build.wasmPath);
    const glue = await import(pathToFileURL(join(NPM_DIST, 'upload_doctor.js')).href);
    const exports = glue.initSync({ module: bytes }); // the instance the wrapper uses too
    const npm = await import(pathToFileURL(join(NPM_DIST, 'index.js')).href);
    npm.initSync({ module: bytes });
    return {
      build,
      exports,
      version: npm.version(),
      explain: (body, status, headers, request) =>
        npm.explain(status === undefined && !(headers && headers.length) ? body : { status, headers, body }, request),
      glueExplain: (body, options) => glue.explain(body, options),
    };
  }
  // The nodejs glue keeps its instance private: catch it as it is created.
  const Original = WebAssembly.Instance;
  let instance;
  WebAssembly.Instance = function (module, imports) {
    instance = new Original(module, imports);
    return instance;
  };
  let glue;
  try {
    glue = require(join(NODE_PKG, 'upload_doctor.js'));
  } finally {
    WebAssembly.Instance = Original;
  }
  if (!instance) throw new Error('could not reach the wasm instance of target/pkg-node');
  return {
    build,
    exports: instance.exports,
    version: glue.version(),
    explain: (body, status, headers, request) => glue.explain(body, optionsOf(status, headers, request)),
    glueExplain: (body, options) => glue.explain(body, options),
  };
}

export function optionsOf(status, headers, request) {
  const o = {};
  if (status !== undefined) o.status = status;
  if (headers && headers.length) o.headers = headers;
  if (request !== undefined) o.request = request;
  return Object.keys(o).length ? o : undefined;
}

/**
 * bench/boundary (nodejs target): `explain` is src/wasm.rs as shipped (the object built member by
 * member), `explainViaSerde` the same with serde-wasm-bindgen, `explainViaJson` with serde_json +
 * JSON.parse, `explainNoConversion` the analysis alone
 * (same argument handling, returns the number of causes). All take (input, options).
 */
export function loadBoundary() {
  if (!existsSync(BOUNDARY_NODE)) throw new Error(`${BOUNDARY_NODE} is missing: run bench/run.sh`);
  return require(BOUNDARY_NODE);
}

// ---------------------------------------------------------------------------------------------
// Baselines in Node: fast-xml-parser / JSON.parse / a regex, then the code table.

export async function nodeBaselines() {
  const { XMLParser } = require(join(BENCH, 'node_modules', 'fast-xml-parser'));
  const base = await import(pathToFileURL(join(BENCH, 'lib', 'baseline.js')).href);
  const xml = new XMLParser();
  // Deep documents: fast-xml-parser refuses more than 100 nested tags by default.
  const xmlDeep = new XMLParser({ maxNestedTags: 1e7 });
  const html = new XMLParser({
    unpairedTags: ['hr', 'br', 'meta', 'link', 'img', 'input'],
    stopNodes: ['*.script', '*.style'],
    htmlEntities: true,
  });
  const xmlWith = (parser) => (body) => {
    let o;
    try {
      o = parser.parse(body);
    } catch {
      return { code: null, message: null };
    }
    const root = o.Error ?? Object.values(o).find((v) => v !== null && typeof v === 'object');
    const code = root && root.Code !== undefined ? String(root.Code) : null;
    return { code, message: base.lookup(code) };
  };
  return {
    xml: xmlWith(xml),
    xmlDeep: xmlWith(xmlDeep),
    html(body) {
      let o;
      try {
        o = html.parse(body);
      } catch {
        return { code: null, message: null };
      }
      const title = o.html && o.html.head ? o.html.head.title : undefined;
      const code = base.htmlCode(typeof title === 'string' ? title : undefined);
      return { code, message: base.lookup(code) };
    },
    json: base.baselineJson,
    text: base.baselineText,
    bytes(u8) {
      return base.baselineText(new TextDecoder().decode(u8));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Timing and statistics.

export const now = () => Number(process.hrtime.bigint()); // ns

/** Runs fn n times; returns ns per call. `fn` returns something so that the work is not dropped. */
export function batch(fn, n) {
  let sink = 0;
  const t0 = now();
  for (let i = 0; i < n; i++) {
    const r = fn();
    sink += r === null || r === undefined ? 0 : 1;
  }
  const t = now() - t0;
  if (sink < 0) console.log(sink);
  return t / n;
}

/** How many calls make a batch of about `targetMs` (at least 1, at most `max`). */
export function calibrate(fn, targetMs, max = 1e6) {
  let n = 1;
  for (;;) {
    const t0 = now();
    for (let i = 0; i < n; i++) fn();
    const ms = (now() - t0) / 1e6;
    if (ms >= targetMs / 4 || n >= max) return Math.max(1, Math.min(max, Math.round((n * targetMs) / Math.max(ms, 1e-3))));
    n *= 4;
  }
}

/** Runs each variant for `ms` milliseconds (JIT tier-up). */
export function warm(variants, ms) {
  for (const v of variants) {
    const end = now() + ms * 1e6;
    while (now() < end) v.fn();
  }
}

/**
 * Side-by-side measurement: `rounds` rounds, each running every variant once for a batch of its
 * calibrated size; the order is reversed every other round. Returns { name: [ns/op per round] }.
 */
export function sideBySide(variants, { rounds = 7, batchMs = 30, max = 1e6 } = {}) {
  const sizes = variants.map((v) => calibrate(v.fn, batchMs, max));
  const out = Object.fromEntries(variants.map((v) => [v.name, []]));
  for (let r = 0; r < rounds; r++) {
    const order = variants.map((_, i) => i);
    if (r % 2) order.reverse();
    for (const i of order) out[variants[i].name].push(batch(variants[i].fn, sizes[i]));
  }
  return out;
}

export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), min: s[0], max: s[s.length - 1], q1: quantile(s, 0.25), q3: quantile(s, 0.75), n: s.length, samples: xs };
}

/** Ratio baseline/ours from the per-round pairs: median and min–max of the per-round ratios. */
export function ratioStats(base, ours) {
  return stats(base.map((b, i) => b / ours[i]));
}
