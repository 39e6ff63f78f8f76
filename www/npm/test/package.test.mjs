// The npm package in Node: its manifest, the generated ids, the lazy loading and every adapter.
// Runs against www/npm/dist (built by `make npm`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PKG = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = join(PKG, '..', '..');
const DIST = join(PKG, 'dist');
if (!existsSync(join(DIST, 'index.js'))) throw new Error('www/npm/dist is missing: run `make npm` first');

const ud = await import(join(DIST, 'index.js'));
const manifest = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8'));

test('src/ids.* are up to date with ids/*.txt (DO NOT EDIT files)', () => {
  execFileSync(process.execPath, [join(PKG, 'scripts', 'gen-ids.mjs'), '--check'], { stdio: 'pipe' });
  for (const f of ['ids.js', 'ids.d.ts']) {
    assert.match(readFileSync(join(PKG, 'src', f), 'utf8'), /^\/\/ DO NOT EDIT/);
  }
  const causes = readFileSync(join(ROOT, 'ids', 'cause-ids.txt'), 'utf8').split('\n')
    .filter((l) => l.trim() && !l.startsWith('#')).map((l) => l.split('|')[0].trim());
  assert.deepEqual([...ud.CAUSE_IDS], causes);
  assert.ok(ud.PROVIDER_IDS.includes('aws-s3') && ud.PROVIDER_IDS.includes('unknown'));
});

test('package.json: ESM, exports with types first, sideEffects false, only dist/ ships, crate version', () => {
  assert.equal(manifest.name, 'upload-doctor');
  assert.equal(manifest.type, 'module');
  assert.equal(manifest.sideEffects, false);
  assert.deepEqual(manifest.files, ['dist/', 'README.md']);
  for (const entry of ['.', './react', './snippet']) {
    const e = manifest.exports[entry];
    assert.equal(Object.keys(e)[0], 'types', `${entry}: types must come first`);
    assert.ok(existsSync(join(PKG, e.types)) && existsSync(join(PKG, e.default)), entry);
  }
  assert.equal(manifest.peerDependencies.react, '>=18');
  assert.equal(manifest.peerDependenciesMeta.react.optional, true);
  assert.equal(manifest.dependencies, undefined, 'no runtime dependencies');
  const crate = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];
  assert.equal(manifest.version, crate);
  assert.match(readFileSync(join(DIST, 'index.js'), 'utf8'), /new URL\('\.\/upload_doctor_bg\.wasm', import\.meta\.url\)/,
    'bundlers find the wasm through new URL(..., import.meta.url)');
});

test('before the wasm is loaded, explain() says to await ready(); explainAsync() waits', async () => {
  assert.equal(ud.isReady(), false);
  assert.throws(() => ud.explain('x'), /upload-doctor: explain\(\) was called before .*await ready\(\)/);
  assert.throws(() => ud.explainError(new Error('x')), /await ready\(\)/);
  const d = await ud.explainAsync('<Error><Code>NoSuchBucket</Code></Error>', undefined);
  assert.equal(d.code, 'NoSuchBucket');
  assert.equal(ud.isReady(), true);
  await ud.ready(); // idempotent
  assert.equal(ud.version(), manifest.version);
});

test('explain(): strings, bytes, { status, headers, body } with Headers and parsed JSON bodies', async () => {
  await ud.ready();
  const xml = '<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>';
  assert.equal(ud.explain(new TextEncoder().encode(xml)).code, 'AccessDenied');
  assert.equal(ud.explain(new TextEncoder().encode(xml).buffer).code, 'AccessDenied');
  const d = ud.explain({ status: 400, headers: new Headers({ 'content-type': 'application/json' }),
    body: { statusCode: '403', error: 'Unauthorized', message: 'new row violates row-level security policy' } });
  assert.equal(d.provider, 'supabase-storage');
  assert.equal(d.status, 403);
  assert.equal(d.httpStatus, 400);
  assert.equal(d.causes[0].id, 'permission.denied');
});

test('explain(): misuse throws Error("upload-doctor: …") naming the problem', async () => {
  await ud.ready();
  assert.throws(() => ud.explain('x', { formfields: [] }), /^Error: upload-doctor: the context \(second argument\): unknown member `formfields`/);
  assert.throws(() => ud.explain(new Response('x')), /explainResponse/);
  assert.throws(() => ud.explain(42), /upload-doctor: the first argument/);
  assert.throws(() => ud.explain('x', 'POST'), /upload-doctor: the context must be/);
  await assert.rejects(ud.explainResponse('nope'), /needs a fetch Response/);
});

test('the request context: FormData, Headers, Date and URL are converted; secrets redacted', async () => {
  await ud.ready();
  const form = new FormData();
  form.append('key', 'a.png');
  form.append('file', new File(['hello'], 'a.png', { type: 'image/png' }));
  form.append('x-amz-security-token', 'FQoGZXIvYXdzEJrSECRETSECRET');
  const d = ud.explain('<Error><Code>InvalidAccessKeyId</Code><AWSAccessKeyId>ASIAIOSFODNN7EXAMPLE</AWSAccessKeyId></Error>', {
    method: 'post',
    url: new URL('https://b.s3.amazonaws.com/'),
    headers: new Headers({ authorization: 'Bearer abcdefghijklmnopqrstuvwxyz' }),
    formFields: form,
    sentAt: new Date('2026-01-01T00:00:00Z'),
  });
  assert.equal(d.causes[0].id, 'post.field-order');
  assert.equal(d.request.method, 'POST');
  assert.equal(d.request.url, 'https://b.s3.amazonaws.com/');
  assert.equal(d.request.sentAt, '2026-01-01T00:00:00.000Z');
  assert.deepEqual(d.request.formFields[1].file, { name: 'a.png', size: 5, type: 'image/png' });
  assert.ok(!JSON.stringify(d).includes('SECRETSECRET'));
  assert.ok(!JSON.stringify(d).includes('ijklmnopqrstuvwxyz'));
});

test('formFieldsOf(): order kept, files described and never read', () => {
  const form = new FormData();
  form.append('key', 'uploads/${filename}');
  form.append('Content-Type', 'image/png');
  const blob = new Blob(['x'.repeat(10)], { type: 'image/png' });
  form.append('file', blob, 'cat.png');
  form.append('after', 'late');
  assert.deepEqual(ud.formFieldsOf(form), [
    { name: 'key', value: 'uploads/${filename}' },
    { name: 'Content-Type', value: 'image/png' },
    { name: 'file', file: { name: 'cat.png', size: 10, type: 'image/png' } },
    { name: 'after', value: 'late' },
  ]);
  assert.deepEqual(ud.formFieldsOf([['a', '1']]), [{ name: 'a', value: '1' }]);
  assert.throws(() => ud.formFieldsOf(null), /upload-doctor: formFieldsOf\(\) needs a FormData/);
});

test('explainResponse() reads a clone: the caller can still read the body; status and headers used', async () => {
  const xml = '<Error><Code>AccessDenied</Code><Message>Access Denied</Message><RequestId>4442587FB7D0A2F9</RequestId></Error>';
  const res = new Response(xml, { status: 403, headers: { 'content-type': 'application/xml', server: 'AmazonS3' } });
  const pending = ud.explainResponse(res, { method: 'PUT' });
  const own = await res.text(); // read at once, while explainResponse is still waiting
  const d = await pending;
  assert.equal(own, xml);
  assert.equal(d.provider, 'aws-s3');
  assert.equal(d.code, 'AccessDenied');
  assert.equal(d.httpStatus, 403);
  assert.equal(d.requestId, '4442587FB7D0A2F9');
  // A body already consumed: still a diagnosis from status and headers.
  const used = new Response('gone', { status: 413 });
  await used.text();
  assert.equal((await ud.explainResponse(used)).status, 413);
});

test('explainResponse() reads at most about 1 MiB of a huge body', async () => {
  const big = `<Error><Code>EntityTooLarge</Code></Error>${' '.repeat(3 << 20)}`;
  const d = await ud.explainResponse(new Response(big, { status: 400 }));
  assert.equal(d.code, 'EntityTooLarge');
  assert.ok(d.notes.some((n) => /1 MiB|truncat|examined/i.test(n)), JSON.stringify(d.notes));
});

test('explainXhr(): response text, raw headers, status 0 as a request without a response', async () => {
  await ud.ready();
  const xhr = {
    readyState: 4, status: 403, responseType: '', responseURL: 'https://b.s3.amazonaws.com/',
    responseText: '<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>',
    getAllResponseHeaders: () => 'content-type: application/xml\r\nserver: AmazonS3\r\n',
  };
  const d = ud.explainXhr(xhr, { method: 'POST' });
  assert.equal(d.code, 'AccessDenied');
  assert.equal(d.request.url, 'https://b.s3.amazonaws.com/');
  const json = { ...xhr, responseType: 'json', responseText: undefined, response: { statusCode: '403', error: 'Unauthorized', message: 'new row violates row-level security policy' }, getAllResponseHeaders: () => '' };
  Object.defineProperty(json, 'responseText', { get() { throw new Error('InvalidStateError'); } });
  assert.equal(ud.explainXhr(json).provider, 'supabase-storage');
  const none = ud.explainXhr({ readyState: 4, status: 0, responseType: '', responseText: '', getAllResponseHeaders: () => '' });
  assert.match(none.request.fetchError, /status 0/);
  assert.ok(['cors.preflight-rejected', 'network.failed'].includes(none.causes[0].id));
  assert.throws(() => ud.explainXhr({}), /needs an XMLHttpRequest/);
});

// --- explainError: one shape per library --------------------------------------------------------

class S3ServiceException extends Error {}

test('explainError(): fetch TypeError without a response (browser and Node wording)', async () => {
  await ud.ready();
  const d = ud.explainError(new TypeError('Failed to fetch'), { method: 'PUT', url: 'https://b.s3.amazonaws.com/k' });
  assert.equal(d.request.fetchError, 'Failed to fetch');
  assert.equal(d.request.method, 'PUT');
  assert.equal(d.causes[0].id, 'cors.preflight-rejected');
  const node = ud.explainError(new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }));
  assert.equal(node.request.fetchError, 'fetch failed (ECONNREFUSED)');
  assert.equal(node.causes[0].id, 'network.failed');
});

test('explainError(): AWS SDK v3 S3ServiceException ($metadata, $response, modelled fields)', async () => {
  await ud.ready();
  const e = Object.assign(new S3ServiceException('The bucket you are attempting to access must be addressed using the specified endpoint.'), {
    name: 'PermanentRedirect', $fault: 'client', Code: 'PermanentRedirect',
    Endpoint: 'my-bucket.s3.eu-west-1.amazonaws.com', Bucket: 'my-bucket',
    $metadata: { httpStatusCode: 301, requestId: 'C43BE7872B207E9E', attempts: 1 },
    $response: { statusCode: 301, headers: { 'x-amz-bucket-region': 'eu-west-1', server: 'AmazonS3' }, body: {} },
  });
  const d = ud.explainError(e);
  assert.equal(d.provider, 'aws-s3');
  assert.equal(d.code, 'PermanentRedirect');
  assert.equal(d.httpStatus, 301);
  assert.equal(d.requestId, 'C43BE7872B207E9E');
  assert.equal(d.causes[0].id, 'endpoint.wrong-region');
  assert.equal(d.request.sdk, 'aws-sdk-js-v3');
  const key = Object.assign(new S3ServiceException('The AWS Access Key Id you provided does not exist in our records.'), {
    name: 'InvalidAccessKeyId', $fault: 'client', AWSAccessKeyId: 'ASIAIOSFODNN7EXAMPLE', $metadata: { httpStatusCode: 403 },
  });
  const k = ud.explainError(key, { sdk: 'aws-sdk-js-v3@3.729.0' });
  assert.equal(k.causes[0].id, 'auth.session-token-missing');
  assert.equal(k.request.sdk, 'aws-sdk-js-v3@3.729.0', 'the caller\'s context wins');
  assert.ok(!JSON.stringify(k).includes('IOSFODNN7EXAMPLE'));
});

test('explainError(): axios (response.status/headers/data, config as the request; network errors)', async () => {
  await ud.ready();
  const form = new FormData();
  form.append('file', new File(['x'], 'a.png', { type: 'image/png' }));
  const e = {
    isAxiosError: true, name: 'AxiosError', message: 'Request failed with status code 400', code: 'ERR_BAD_REQUEST',
    config: { method: 'post', url: '/object/avatars/a.png', baseURL: 'https://abc.supabase.co/storage/v1/', data: form,
      headers: { Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJlc2lnbmF0dXJl', 'Content-Type': 'multipart/form-data', get: () => 1 } },
    response: { status: 400, headers: { 'content-type': 'application/json' },
      data: { statusCode: '403', error: 'Unauthorized', message: 'new row violates row-level security policy' } },
  };
  const d = ud.explainError(e);
  assert.equal(d.provider, 'supabase-storage');
  assert.equal(d.status, 403);
  assert.equal(d.causes[0].id, 'permission.denied');
  assert.equal(d.request.method, 'POST');
  assert.equal(d.request.url, 'https://abc.supabase.co/storage/v1/object/avatars/a.png');
  assert.deepEqual(d.request.formFields.map((f) => f.name), ['file']);
  assert.ok(!JSON.stringify(d).includes('c2lnbmF0dXJlc2lnbmF0dXJl'));
  const net = ud.explainError({ isAxiosError: true, name: 'AxiosError', message: 'Network Error', code: 'ERR_NETWORK', config: { method: 'put', url: 'https://b.s3.amazonaws.com/k' } });
  assert.equal(net.request.fetchError, 'Network Error (ERR_NETWORK)');
  assert.equal(net.request.method, 'PUT');
});

test('explainError(): Uppy (error.request XHR, upload-error response, network errors)', async () => {
  await ud.ready();
  const xhr = {
    readyState: 4, status: 403, responseType: '', responseURL: 'https://b.s3.amazonaws.com/',
    responseText: '<Error><Code>AccessDenied</Code><Message>Invalid according to Policy: Policy Condition failed: ["eq", "$Content-Type", "image/png"]</Message></Error>',
    getAllResponseHeaders: () => 'content-type: application/xml\r\nserver: AmazonS3\r\n',
  };
  const d = ud.explainError(Object.assign(new Error('Upload error'), { request: xhr }));
  assert.equal(d.code, 'AccessDenied');
  assert.equal(d.causes[0].id, 'post.policy-condition');
  assert.equal(ud.explainError(Object.assign(new Error('x'), { source: xhr })).code, 'AccessDenied');
  const big = ud.explainError(Object.assign(new Error('Upload error'), { response: { status: 413, body: '<html><head><title>413 Request Entity Too Large</title></head><body><h1>413 Request Entity Too Large</h1><hr>nginx</body></html>' } }));
  assert.equal(big.httpStatus, 413);
  assert.equal(big.causes[0].id, 'size.too-large');
  const net = ud.explainError(Object.assign(new Error('This looks like a network error, the endpoint might be blocked by an internet provider or a firewall.'), { isNetworkError: true, request: { ...xhr, status: 0 } }));
  assert.match(net.request.fetchError, /network error/);
});

test('explainError(): Supabase StorageApiError / StorageError', async () => {
  await ud.ready();
  class StorageError extends Error {
    constructor(message) {
      super(message);
      this.__isStorageError = true;
      this.name = 'StorageError';
    }
  }
  class StorageApiError extends StorageError {
    constructor(message, status, statusCode) {
      super(message);
      this.name = 'StorageApiError';
      this.status = status;
      this.statusCode = statusCode;
    }
  }
  const rls = ud.explainError(new StorageApiError('new row violates row-level security policy', 400, '403'));
  assert.equal(rls.provider, 'supabase-storage');
  assert.equal(rls.status, 403);
  assert.equal(rls.httpStatus, 400);
  assert.equal(rls.causes[0].id, 'permission.denied');
  const dup = ud.explainError(new StorageApiError('The resource already exists', 400, '409'));
  assert.equal(dup.causes[0].id, 'resource.already-exists');
  assert.equal(ud.explainError(new StorageError('Bucket not found')).provider, 'supabase-storage');
});

test('explainError(): Azure RestError (statusCode, code, response.bodyAsText, response.headers)', async () => {
  await ud.ready();
  const e = Object.assign(new Error('This request is not authorized to perform this operation using this permission.'), {
    name: 'RestError', code: 'AuthorizationPermissionMismatch', statusCode: 403,
    request: { method: 'PUT', url: 'https://acct.blob.core.windows.net/c/a.png?sv=2021-08-06&sp=r&sig=abcDEF%2Bghi123456789secret%3D',
      headers: { toJSON: () => ({ 'x-ms-blob-type': 'BlockBlob' }) } },
    response: { status: 403, headers: { toJSON: () => ({ 'x-ms-error-code': 'AuthorizationPermissionMismatch', 'x-ms-request-id': 'a8d9' }) },
      bodyAsText: '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthorizationPermissionMismatch</Code><Message>This request is not authorized to perform this operation using this permission.\nRequestId:a8d9\nTime:2026-01-01T00:00:00.0000000Z</Message></Error>' },
  });
  const d = ud.explainError(e);
  assert.equal(d.code, 'AuthorizationPermissionMismatch');
  assert.equal(d.httpStatus, 403);
  assert.equal(d.causes[0].id, 'permission.denied');
  assert.equal(d.request.method, 'PUT');
  assert.equal(d.request.headers['x-ms-blob-type'], 'BlockBlob');
  assert.ok(!d.request.url.includes('ghi123456789secret'));
  // Without a body: the code and message become an Azure-shaped error.
  const bare = ud.explainError({ name: 'RestError', message: 'The specified container does not exist.', code: 'ContainerNotFound', statusCode: 404, response: { status: 404, headers: {}, bodyAsText: undefined } });
  assert.equal(bare.code, 'ContainerNotFound');
  const net = ud.explainError(Object.assign(new Error('getaddrinfo ENOTFOUND acct.blob.core.windows.net'), { name: 'RestError', code: 'REQUEST_SEND_ERROR' }));
  assert.match(net.request.fetchError, /ENOTFOUND/);
  assert.equal(net.causes[0].id, 'network.failed');
});

test('explainError(): anything else is read as text (SDK exception strings, causes)', async () => {
  await ud.ready();
  const d = ud.explainError(new Error('An error occurred (AccessDenied) when calling the PutObject operation: Access Denied'));
  assert.equal(d.code, 'AccessDenied');
  assert.equal(ud.explainError('StorageApiError: new row violates row-level security policy').provider, 'supabase-storage');
  const wrapped = new Error('upload failed', { cause: new TypeError('Failed to fetch') });
  assert.equal(ud.explainError(wrapped).request.fetchError, 'Failed to fetch');
  assert.equal(ud.explainError(null).provider, 'unknown');
});

test('diagnose() dispatches on what it gets', async () => {
  assert.equal((await ud.diagnose({ status: 404, body: '<Error><Code>NoSuchKey</Code></Error>' })).code, 'NoSuchKey');
  assert.equal((await ud.diagnose(new Response('<Error><Code>NoSuchKey</Code></Error>', { status: 404 }))).code, 'NoSuchKey');
  assert.equal((await ud.diagnose(new TypeError('Failed to fetch'))).request.fetchError, 'Failed to fetch');
  assert.equal((await ud.diagnose('<Error><Code>SlowDown</Code></Error>')).causes[0].id, 'provider.throttled');
});

const JARGON = /\b(S3|AWS|CORS|ACL|IAM|KMS|JWT|token|signature|signed|policy|bucket|header|endpoint|region|HTTP|XML|JSON|SAS|RLS|multipart|preflight|[1-5]\d\d)\b/i;

test('toUserMessage(): one short plain sentence for every cause id, no jargon, nothing from the response', () => {
  const seen = new Set();
  for (const id of ud.CAUSE_IDS) {
    const m = ud.toUserMessage({ causes: [{ id, confidence: 1, title: 'SECRET-TITLE', explanation: 'x', fixes: [], evidence: ['AKIA…'] }] });
    assert.ok(m.length > 10 && m.length <= 110, `${id}: ${m}`);
    assert.match(m, /^[A-Z].*\.$/, `${id}: a sentence`);
    assert.doesNotMatch(m, JARGON, `${id}: ${m}`);
    assert.ok(!m.includes('SECRET'), id);
    seen.add(m);
  }
  assert.ok(seen.size >= ud.CAUSE_FAMILIES.length, 'a message per family at least');
  assert.match(ud.toUserMessage({ causes: [] }), /upload failed/);
  assert.match(ud.toUserMessage(null), /upload failed/);
});

test('explainHar(): every failed entry of a HAR, from text, bytes or the parsed object; null for anything else', async () => {
  await ud.ready();
  const har = {
    log: {
      entries: [
        { request: { method: 'GET', url: 'https://app.example.com/' }, response: { status: 200, content: { text: 'ok' } } },
        {
          request: { method: 'PUT', url: 'https://b.s3.amazonaws.com/k?X-Amz-Signature=0123456789abcdef0123456789abcdef', headers: [{ name: 'Content-Type', value: 'image/png' }] },
          response: { status: 403, headers: [{ name: 'Content-Type', value: 'application/xml' }], content: { text: '<Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>' } },
        },
      ],
    },
  };
  const text = JSON.stringify(har);
  for (const input of [text, new TextEncoder().encode(text), new TextEncoder().encode(text).buffer, har]) {
    const list = ud.explainHar(input);
    assert.equal(list.length, 1);
    assert.equal(list[0].index, 1);
    assert.equal(list[0].diagnosis.code, 'AccessDenied');
    assert.equal(list[0].diagnosis.request.method, 'PUT');
    assert.match(list[0].request, /^PUT https:\/\/b\.s3\.amazonaws\.com\/k\?X-Amz-Signature=/);
    assert.ok(!list[0].request.includes('0123456789abcdef0123456789abcdef'), 'the signature is redacted');
  }
  assert.deepEqual(ud.explainHar('{"log":{"entries":[]}}'), []);
  assert.equal(ud.explainHar('<Error><Code>AccessDenied</Code></Error>'), null);
  assert.throws(() => ud.explainHar(42), /^Error: upload-doctor: explainHar\(\) needs/);
  assert.throws(() => ud.explainHar(new Blob(['{}'])), /file\.text\(\)/);
});
