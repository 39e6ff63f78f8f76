// The devtools snippet (www/dist/upload-doctor.snippet.js) injected into a test page whose uploads
// fail against a tiny local server (403 with an S3 XML body).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';

import { DIST, S3_403, launch, needs, s3Forbidden, serve, tempDir, removeDir } from './helpers.mjs';

const SNIPPET = join(DIST, 'upload-doctor.snippet.js');
needs(SNIPPET, 'make npm');

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>an app whose upload fails</title></head><body><p>app</p></body></html>`;

let browser;
let server;
let empty;

before(async () => {
  empty = tempDir('ud-snippet-');
  server = await serve(empty, {
    '/': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE),
    '/upload': s3Forbidden,
    '/ok': (req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('stored'),
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  removeDir(empty);
});

async function pageWithSnippet() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const groups = [];
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'startGroupCollapsed') groups.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/`);
  // Keep the originals to compare after off().
  await page.evaluate(() => {
    window.__orig = {
      fetch: window.fetch,
      open: XMLHttpRequest.prototype.open,
      send: XMLHttpRequest.prototype.send,
      setRequestHeader: XMLHttpRequest.prototype.setRequestHeader,
    };
  });
  await page.addScriptTag({ path: SNIPPET });
  await page.waitForFunction(() => window.uploadDoctor && window.uploadDoctor.active);
  return { context, page, groups, errors };
}

test('a failing fetch upload is explained in a collapsed console group; the page still gets its response', async () => {
  const { context, page, groups, errors } = await pageWithSnippet();
  const got = await page.evaluate(async () => {
    const res = await fetch('/upload?X-Amz-Signature=0123456789abcdef0123456789abcdef', {
      method: 'PUT', body: new Blob(['hello'], { type: 'text/plain' }), headers: { 'Content-Type': 'text/plain' },
    });
    const body = await res.text(); // the page's own read: must still work
    await window.uploadDoctor.settled();
    const d = window.uploadDoctor.diagnoses.at(-1);
    return { status: res.status, body, bodyUsed: res.bodyUsed, d };
  });
  assert.equal(got.status, 403);
  assert.equal(got.body.includes('<Code>AccessDenied</Code>'), true);
  assert.equal(got.d.provider, 'aws-s3');
  assert.equal(got.d.code, 'AccessDenied');
  assert.equal(got.d.causes[0].id, 'permission.denied');
  assert.equal(got.d.request.method, 'PUT');
  assert.equal(got.d.request.headers['Content-Type'], 'text/plain');
  assert.equal(got.d.request.bodySize, 5);
  assert.ok(!got.d.request.url.includes('0123456789abcdef0123'), 'the URL in the diagnosis is redacted');
  assert.equal(groups.length, 1, `console groups: ${groups.join(' | ')}`);
  assert.match(groups[0], /upload-doctor/);
  assert.match(groups[0], /HTTP 403/);
  assert.match(groups[0], /AccessDenied/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a failing XMLHttpRequest POST with FormData is explained with the form field order', async () => {
  const { context, page, groups } = await pageWithSnippet();
  const got = await page.evaluate(async () => {
    const form = new FormData();
    form.append('key', 'uploads/a.png');
    form.append('file', new File(['png'], 'a.png', { type: 'image/png' }));
    form.append('x-amz-security-token', 'FQoGZXIvYXdzEJrSECRETTOKEN');
    const xhr = new XMLHttpRequest();
    const done = new Promise((resolve) => xhr.addEventListener('loadend', resolve));
    xhr.open('POST', '/upload');
    xhr.setRequestHeader('x-test', 'yes');
    xhr.send(form);
    await done;
    await new Promise((r) => setTimeout(r, 0));
    await window.uploadDoctor.settled();
    return { status: xhr.status, text: xhr.responseText, d: window.uploadDoctor.diagnoses.at(-1) };
  });
  assert.equal(got.status, 403);
  assert.ok(got.text.includes('AccessDenied'));
  assert.equal(got.d.code, 'AccessDenied');
  assert.equal(got.d.request.method, 'POST');
  assert.equal(got.d.request.headers['x-test'], 'yes');
  assert.deepEqual(got.d.request.formFields.map((f) => f.name), ['key', 'file', 'x-amz-security-token']);
  assert.deepEqual(got.d.request.formFields[1].file, { name: 'a.png', size: 3, type: 'image/png' });
  assert.ok(!JSON.stringify(got.d).includes('SECRETTOKEN'), 'the token is redacted');
  assert.ok(got.d.causes.some((c) => c.id === 'post.field-order'), JSON.stringify(got.d.causes.map((c) => c.id)));
  assert.equal(groups.length, 1);
  await context.close();
});

test('a fetch upload without a response is explained; successful and non-upload requests are left alone', async () => {
  const { context, page, groups } = await pageWithSnippet();
  const got = await page.evaluate(async () => {
    const results = [];
    await fetch('/ok', { method: 'PUT', body: 'x' }).then((r) => results.push(r.status));
    await fetch('/upload').then((r) => results.push(r.status)); // GET: not an upload
    let thrown = null;
    try {
      await fetch('http://127.0.0.1:9/upload', { method: 'PUT', body: 'x' });
    } catch (e) {
      thrown = `${e.name}: ${e.message}`;
    }
    await window.uploadDoctor.settled();
    return { results, thrown, diagnoses: window.uploadDoctor.diagnoses.map((d) => ({ causes: d.causes.map((c) => c.id), fetchError: d.request.fetchError })) };
  });
  assert.deepEqual(got.results, [200, 403]);
  assert.equal(got.thrown, 'TypeError: Failed to fetch', 'the page gets the same error');
  assert.equal(got.diagnoses.length, 1);
  assert.equal(got.diagnoses[0].fetchError, 'Failed to fetch');
  assert.ok(['cors.preflight-rejected', 'network.failed'].includes(got.diagnoses[0].causes[0]));
  assert.equal(groups.length, 1);
  await context.close();
});

test('uploadDoctor.off() restores fetch and XMLHttpRequest.prototype.open/send/setRequestHeader', async () => {
  const { context, page, groups } = await pageWithSnippet();
  const wrapped = await page.evaluate(() => ({
    fetch: window.fetch !== window.__orig.fetch,
    open: XMLHttpRequest.prototype.open !== window.__orig.open,
    send: XMLHttpRequest.prototype.send !== window.__orig.send,
  }));
  assert.deepEqual(wrapped, { fetch: true, open: true, send: true });
  const restored = await page.evaluate(async () => {
    window.uploadDoctor.off();
    await fetch('/upload', { method: 'PUT', body: 'x' });
    return {
      fetch: window.fetch === window.__orig.fetch,
      open: XMLHttpRequest.prototype.open === window.__orig.open,
      send: XMLHttpRequest.prototype.send === window.__orig.send,
      setRequestHeader: XMLHttpRequest.prototype.setRequestHeader === window.__orig.setRequestHeader,
      active: window.uploadDoctor.active,
      count: window.uploadDoctor.diagnoses.length,
    };
  });
  assert.deepEqual(restored, { fetch: true, open: true, send: true, setRequestHeader: true, active: false, count: 0 });
  assert.equal(groups.length, 0);
  await context.close();
});

test('pasting the snippet twice replaces the first copy (no double wrapping)', async () => {
  const { context, page, groups } = await pageWithSnippet();
  await page.addScriptTag({ path: SNIPPET });
  const ok = await page.evaluate(async () => {
    await fetch('/upload', { method: 'POST', body: 'x' });
    await window.uploadDoctor.settled();
    window.uploadDoctor.off();
    return window.fetch === window.__orig.fetch;
  });
  assert.equal(ok, true);
  assert.equal(groups.length, 1);
  assert.ok(S3_403.includes('AccessDenied'));
  await context.close();
});
