// The wasm build never traps (issue #7): a trap (`RuntimeError: unreachable`) would kill the
// module for the whole page, so every generated input must come back as a diagnosis and the
// module must keep working afterwards. The generator mirrors tests/properties.rs: it reads that
// file's FRAGMENTS (so the two stay one list) and mixes them with random printable text, random
// code points (lone surrogates included: JS strings may hold them) and random bytes, with and
// without a generated request context. Seeded, so a failure reproduces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { wasm, ROOT } from './pkg.mjs';
import { prng } from '../common/prng.mjs';

const CASES = Number(process.env.NEVER_TRAP_CASES || 2000);

/** The `FRAGMENTS` list of tests/properties.rs, Rust string literals decoded. */
function fragments() {
  const src = readFileSync(join(ROOT, 'tests', 'properties.rs'), 'utf8');
  const start = src.indexOf('const FRAGMENTS: &[&str] = &[');
  const end = src.indexOf('];', start);
  assert.ok(start >= 0 && end > start, 'FRAGMENTS not found in tests/properties.rs');
  const out = [];
  for (const m of src.slice(start, end).matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
    out.push(m[1].replace(/\\u\{([0-9a-fA-F]+)\}|\\(.)/g, (_, hex, c) => {
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return { n: '\n', r: '\r', t: '\t', 0: '\0', '\\': '\\', '"': '"', "'": "'" }[c] ?? c;
    }));
  }
  assert.ok(out.length > 40, `only ${out.length} fragments parsed`);
  return out;
}

test(`explain never traps and the module keeps working (${CASES} generated inputs)`, (t) => {
  const FRAGMENTS = fragments();
  const rand = prng(Number(process.env.NEVER_TRAP_SEED || 0x75d0c));
  const int = (n) => Math.floor(rand() * n);
  const pick = (xs) => xs[int(xs.length)];
  const text = () => {
    let s = '';
    for (let i = int(48); i > 0; i--) {
      const k = int(3);
      if (k === 0) s += pick(FRAGMENTS);
      else if (k === 1) for (let j = int(12); j > 0; j--) s += String.fromCharCode(32 + int(95));
      // Any UTF-16 unit, lone surrogates and NUL included.
      else s += String.fromCharCode(int(0x10000));
    }
    return s;
  };
  const maybe = (f) => (rand() < 0.5 ? f() : undefined);
  const request = () => {
    const r = {};
    if (rand() < 0.5) r.method = text();
    if (rand() < 0.5) r.url = text();
    if (rand() < 0.5) r.headers = Object.fromEntries(Array.from({ length: int(4) }, () => [text(), text()]));
    if (rand() < 0.5) {
      r.formFields = Array.from({ length: int(8) }, () => (rand() < 0.2
        ? { name: text(), file: { name: maybe(text), size: maybe(() => int(2 ** 31)), type: maybe(text) } }
        : { name: text(), value: maybe(text) }));
    }
    if (rand() < 0.3) r.bodySize = int(2 ** 40);
    if (rand() < 0.3) r.sentAt = text();
    if (rand() < 0.3) r.fetchError = text();
    if (rand() < 0.3) r.sdk = text();
    // undefined members are dropped, as JSON would.
    return JSON.parse(JSON.stringify(r));
  };

  let thrown = 0;
  for (let i = 0; i < CASES; i++) {
    const body = text();
    const kind = int(4);
    let input;
    if (kind === 0) input = body;
    else if (kind === 1) input = new Uint8Array(Array.from({ length: int(256) }, () => int(256)));
    else if (kind === 2) input = { status: 100 + int(500), headers: { [text()]: text() }, body };
    else input = new TextEncoder().encode(body);
    const options = rand() < 0.5 ? undefined : { status: rand() < 0.5 ? 400 + int(200) : undefined, request: maybe(request) };
    let d;
    try {
      d = options === undefined ? wasm.explain(input) : wasm.explain(input, JSON.parse(JSON.stringify(options)));
    } catch (e) {
      // Generated header names may be invalid: a clear Error is allowed, a trap is not.
      assert.ok(!(e instanceof WebAssembly.RuntimeError), `case ${i}: wasm trapped: ${e}`);
      assert.ok(e instanceof Error && e.message.length > 0, `case ${i}: threw a non-Error: ${e}`);
      thrown += 1;
      continue;
    }
    assert.strictEqual(typeof d.provider, 'string', `case ${i}: no provider`);
    assert.ok(Array.isArray(d.causes), `case ${i}: no causes`);
    for (const c of d.causes) assert.ok(c.confidence >= 0 && c.confidence <= 1, `case ${i}: confidence ${c.confidence}`);
    JSON.stringify(d);
  }
  t.diagnostic(`${CASES - thrown} diagnosed, ${thrown} refused with a clear Error`);
  // Most inputs must be diagnosed, not refused as misuse.
  assert.ok(thrown < CASES / 4, `${thrown} of ${CASES} inputs were refused`);
  // Still alive after all of it.
  assert.strictEqual(wasm.explain('<Error><Code>NoSuchKey</Code></Error>', { status: 404 }).code, 'NoSuchKey');
});
