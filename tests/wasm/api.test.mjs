// The JavaScript boundary contract of `explain(input, options?)` and `version()` (src/wasm.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { wasm, ROOT } from './pkg.mjs';

const { explain, version } = wasm;

const S3_404 = '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code>'
  + '<Message>The specified key does not exist.</Message><Key>a.png</Key>'
  + '<RequestId>4442587FB7D0A2F9</RequestId><HostId>abc</HostId></Error>';

/** Fails on `undefined`, Maps, BigInts or non-plain objects anywhere in the value. */
function assertPlain(value, path = 'diagnosis') {
  assert.notStrictEqual(value, undefined, `${path} is undefined (absent values must be null)`);
  if (value === null || typeof value !== 'object') {
    assert.ok(['string', 'number', 'boolean'].includes(typeof value) || value === null,
      `${path} has type ${typeof value}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertPlain(v, `${path}[${i}]`));
    return;
  }
  assert.ok(!(value instanceof Map), `${path} is a Map, not a plain object`);
  assert.strictEqual(Object.getPrototypeOf(value), Object.prototype, `${path} is not a plain object`);
  for (const [k, v] of Object.entries(value)) assertPlain(v, `${path}.${k}`);
}

const KEYS = ['provider', 'code', 'status', 'httpStatus', 'message', 'requestId', 'title', 'docs',
  'format', 'fields', 'causes', 'notes', 'request'];

test('version() is the crate version', () => {
  const toml = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
  const want = toml.match(/^version\s*=\s*"([^"]+)"/m)[1];
  assert.strictEqual(version(), want);
});

test('a diagnosis is plain data: every key present, null for absent, no Map, no undefined', () => {
  for (const d of [explain(S3_404, { status: 404 }), explain(''), explain('x')]) {
    assert.deepStrictEqual(Object.keys(d).sort(), [...KEYS].sort());
    assertPlain(d);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(d)), d);
  }
});

test('absent values are null, not undefined', () => {
  const d = explain('');
  for (const k of ['code', 'status', 'httpStatus', 'message', 'requestId', 'request']) {
    assert.ok(k in d, `${k} is missing`);
    assert.strictEqual(d[k], null, `${k} should be null`);
  }
  assert.strictEqual(d.provider, 'unknown');
});

test('fields is a plain object (not a Map) and causes carry fixes', () => {
  const d = explain(S3_404, { status: 404 });
  assert.strictEqual(d.code, 'NoSuchKey');
  assert.strictEqual(d.status, 404);
  assert.strictEqual(typeof d.fields, 'object');
  assert.ok(!(d.fields instanceof Map));
  assert.strictEqual(Object.getPrototypeOf(d.fields), Object.prototype);
  assert.ok(Array.isArray(d.causes) && Array.isArray(d.notes));
  for (const c of d.causes) {
    assert.strictEqual(typeof c.id, 'string');
    assert.strictEqual(typeof c.confidence, 'number');
    assert.ok(Array.isArray(c.fixes) && Array.isArray(c.evidence));
    for (const fix of c.fixes) {
      assert.ok(Array.isArray(fix.steps));
      assert.ok(fix.snippet === null || typeof fix.snippet.code === 'string', 'snippet is null or { language, code }');
    }
  }
});

const MISUSE = [
  ['explain(42)', () => explain(42)],
  ['explain(null)', () => explain(null)],
  ['explain([1])', () => explain([1])],
  ["explain('x', 'notanobject')", () => explain('x', 'notanobject')],
  ["explain('x', { status: 'abc' })", () => explain('x', { status: 'abc' })],
  ["explain('x', { bogus: 1 })", () => explain('x', { bogus: 1 })],
  ["explain('x', { request: { bogusField: 1 } })", () => explain('x', { request: { bogusField: 1 } })],
  ["explain({ status: 403, body: '<Error>', extra: 1 })", () => explain({ status: 403, body: '<Error>', extra: 1 })],
];

for (const [label, call] of MISUSE) {
  test(`misuse throws an upload-doctor: Error: ${label}`, () => {
    assert.throws(call, (e) => {
      assert.ok(e instanceof Error, `threw ${Object.prototype.toString.call(e)}, not an Error`);
      assert.match(e.message, /^upload-doctor:/);
      return true;
    });
  });
}

// src/wasm.rs reads the arguments by hand (no serde-wasm-bindgen): every member's type is checked
// and the message names the member's path and what was expected.
const WRONG_TYPES = [
  [{ body: 42 }, undefined, /the first argument\.body: expected a string, got number/],
  [{ status: '404' }, undefined, /the first argument\.status: expected a number, got string/],
  [{ headers: [['a']] }, undefined, /the first argument\.headers: expected \[name, value\] pairs/],
  [{ headers: 'a: b' }, undefined, /the first argument\.headers: expected \{ name: value \}/],
  [new ArrayBuffer(4), undefined, /got an ArrayBuffer or a view other than Uint8Array/],
  [new DataView(new ArrayBuffer(4)), undefined, /pass new Uint8Array\(buffer\)/],
  [new Uint16Array(2), undefined, /got an ArrayBuffer or a view other than Uint8Array/],
  ['x', { status: 1.5 }, /options\.status: expected a whole number from 0 to 999/],
  ['x', { status: -1 }, /options\.status: expected a whole number/],
  ['x', { status: 1000 }, /options\.status: expected a whole number from 0 to 999/],
  ['x', { status: 42 }, /status: 42 is not an HTTP status/],
  ['x', { headers: { 'content-length': 5 } }, /options\.headers: the value of `content-length` must be a string, got number/],
  ['x', { request: 'PUT' }, /options\.request: expected a request context object, got string/],
  ['x', { request: { method: 1 } }, /options\.request\.method: expected a string, got number/],
  ['x', { request: { headers: { a: true } } }, /options\.request\.headers: the value of `a` must be a string, got boolean/],
  ['x', { request: { bodySize: '12' } }, /options\.request\.bodySize: expected a number, got string/],
  ['x', { request: { bodySize: 1.5 } }, /options\.request\.bodySize: expected a whole number from 0 to 9007199254740991/],
  ['x', { request: { bodySize: 2 ** 53 } }, /options\.request\.bodySize: expected a whole number/],
  ['x', { request: { formFields: {} } }, /options\.request\.formFields: expected an array/],
  ['x', { request: { formFields: ['key'] } }, /options\.request\.formFields\[\]: expected \{ name, value\?, file\? \}, got string/],
  ['x', { request: { formFields: [{ nmae: 'key' }] } }, /options\.request\.formFields\[\]: unknown member `nmae`/],
  ['x', { request: { formFields: [{ name: 'f', file: 'a.png' }] } }, /options\.request\.formFields\[\]\.file: expected \{ name\?, size\?, type\? \}/],
  ['x', { request: { formFields: [{ name: 'f', file: { size: '3' } }] } }, /options\.request\.formFields\[\]\.file\.size: expected a number/],
  ['x', { request: { formFields: [{ name: 'f', file: { mime: 'a' } }] } }, /formFields\[\]\.file: unknown member `mime` \(expected one of: name, size, type\)/],
];

for (const [input, options, message] of WRONG_TYPES) {
  test(`a wrong type names its member: ${JSON.stringify([input, options])}`, () => {
    assert.throws(() => explain(input, options), (e) => {
      assert.ok(e instanceof Error);
      assert.match(e.message, /^upload-doctor: /);
      assert.match(e.message, message);
      return true;
    });
  });
}

test('null and undefined members count as absent', () => {
  const plain = explain(S3_404, { status: 404 });
  assert.deepStrictEqual(explain({ status: 404, headers: null, body: S3_404 }), plain);
  assert.deepStrictEqual(explain(S3_404, { status: 404, headers: undefined, request: null }), plain);
  const d = explain(S3_404, { status: 404, request: { method: null, formFields: [{ name: 'key', value: null, file: undefined }] } });
  assert.deepStrictEqual(d.request.formFields, [{ name: 'key', value: null, file: null }]);
  assert.strictEqual(d.request.method, null);
});

const ACCEPTED = [
  ["explain('')", () => explain('')],
  ['explain({})', () => explain({})],
  ['explain(new Uint8Array([0xff, 0xfe]))', () => explain(new Uint8Array([0xff, 0xfe]))],
  ["explain('x', undefined)", () => explain('x', undefined)],
  ["explain('x', null)", () => explain('x', null)],
];

for (const [label, call] of ACCEPTED) {
  test(`accepted, provider unknown: ${label}`, () => {
    const d = call();
    assert.strictEqual(d.provider, 'unknown');
    assertPlain(d);
  });
}

test('headers as an object work like the array form', () => {
  const asObject = explain('', { status: 404, headers: { 'x-amz-error-code': 'NoSuchKey' } });
  const asArray = explain('', { status: 404, headers: [['x-amz-error-code', 'NoSuchKey']] });
  assert.deepStrictEqual(asObject, asArray);
  assert.strictEqual(asObject.code, 'NoSuchKey');
  const inResponse = explain({ status: 404, headers: { 'x-amz-error-code': 'NoSuchKey' }, body: '' });
  assert.deepStrictEqual(inResponse, asArray);
});

test('the response-object form equals string + options', () => {
  assert.deepStrictEqual(
    explain({ status: 404, body: S3_404 }),
    explain(S3_404, { status: 404 }),
  );
});

test('bytes are decoded like text', () => {
  assert.deepStrictEqual(explain(new TextEncoder().encode(S3_404), { status: 404 }), explain(S3_404, { status: 404 }));
});

// Strings of 1,024 UTF-16 units and more are read with TextEncoder (src/wasm.rs `body_of`),
// shorter ones with wasm-bindgen's own copy: both must read text the same way, lone surrogates
// (U+FFFD) and non-ASCII included, on both sides of the threshold.
for (const units of [1023, 1024, 5000]) {
  test(`a ${units}-unit string body reads like its UTF-8 bytes`, () => {
    const head = '<Error><Code>AccessDenied</Code><Message>é \uD800 ☃ ';
    const tail = '</Message><RequestId>R1</RequestId></Error>';
    const body = head + 'x'.repeat(units - head.length - tail.length) + tail;
    assert.strictEqual(body.length, units);
    const fromString = explain(body, { status: 403 });
    assert.deepStrictEqual(explain(new TextEncoder().encode(body), { status: 403 }), fromString);
    assert.deepStrictEqual(explain({ status: 403, body }), fromString);
    assert.match(fromString.message, /^é \uFFFD ☃ x/);
  });
}

test('the request context is carried through, every member present', () => {
  const request = {
    method: 'POST',
    url: 'https://b.s3.amazonaws.com/',
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    formFields: [{ name: 'key', value: 'a.png' }, { name: 'file', file: { name: 'a.png', size: 48213, type: 'image/png' } }],
    bodySize: 2 ** 53 - 1,
    sdk: 'aws-sdk-js-v3@3.729.0',
  };
  const d = explain(S3_404, { status: 404, request });
  assert.deepStrictEqual(d.request, {
    method: 'POST',
    url: 'https://b.s3.amazonaws.com/',
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    formFields: [
      { name: 'key', value: 'a.png', file: null },
      { name: 'file', value: null, file: { name: 'a.png', size: 48213, type: 'image/png' } },
    ],
    bodySize: 2 ** 53 - 1,
    sentAt: null,
    sdk: 'aws-sdk-js-v3@3.729.0',
    fetchError: null,
  });
  assertPlain(d);
});

// src/wasm.rs sends each string constant (catalogue text, ids, member names) to JS once and keeps
// the JS string in a direct-mapped cache by address; a constant that loses its slot is sent again.
// Every fixture twice, the second time in reverse order (other slot contents, other evictions),
// must give equal diagnoses, and a caller changing a returned diagnosis changes no later one.
test('diagnoses do not depend on what earlier calls sent', async () => {
  const { listFixtures, parseFixture, optionsFor } = await import('./pkg.mjs');
  const inputs = listFixtures().map(({ id, path }) => ({ id, ...parseFixture(path) }));
  const first = inputs.map((f) => explain(f.body, optionsFor(f)));
  const copies = first.map((d) => structuredClone(d));
  for (const d of first) {
    d.title = 'changed by the caller';
    for (const c of d.causes) c.fixes.length = 0;
  }
  for (let i = inputs.length - 1; i >= 0; i--) {
    assert.deepStrictEqual(explain(inputs[i].body, optionsFor(inputs[i])), copies[i], inputs[i].id);
  }
});
