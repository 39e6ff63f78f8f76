// The npm package as users get it: the `npm pack` tarball from target/npm installed into a
// temporary app, imported by a page through `<script type="module">` (an import map resolves
// the bare name the way a bundler would), in real Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT, launch, removeDir, s3Forbidden, serve, tempDir } from './helpers.mjs';

const NPM_DIR = join(ROOT, 'target', 'npm');
const tarball = existsSync(NPM_DIR) && readdirSync(NPM_DIR).find((f) => /^upload-doctor-.*\.tgz$/.test(f));
if (!tarball) throw new Error(`no upload-doctor-*.tgz in ${NPM_DIR}: run \`make npm\` first`);

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; connect-src 'self' http://127.0.0.1:9">
<script type="importmap">{ "imports": { "upload-doctor": "./node_modules/upload-doctor/dist/index.js" } }</script>
<script type="module">
  import * as ud from 'upload-doctor';
  window.ud = ud;
  window.udLoaded = true;
</script></head><body></body></html>`;

let app;
let server;
let browser;

before(async () => {
  app = tempDir('ud-npm-app-');
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  // The tarball has no dependencies (react is an optional peer): installs without the registry.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(NPM_DIR, tarball)],
    { cwd: app, stdio: 'pipe' });
  writeFileSync(join(app, 'index.html'), PAGE);
  server = await serve(app, { '/upload': s3Forbidden });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (app) removeDir(app);
});

test('the installed package holds only what ships', () => {
  const files = readdirSync(join(app, 'node_modules', 'upload-doctor', 'dist')).sort();
  assert.deepEqual(files, ['ids.d.ts', 'ids.js', 'index.d.ts', 'index.js', 'react.d.ts', 'react.js',
    'snippet.d.ts', 'snippet.js', 'upload_doctor.js', 'upload_doctor_bg.wasm']);
});

test('imported in a page, it loads the wasm lazily and explains a failed fetch without consuming it', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => window.udLoaded);
  assert.ok(!requests.some((p) => p.endsWith('.wasm')), 'the wasm is not fetched before first use');

  const got = await page.evaluate(async () => {
    const { ud } = window;
    let before = null;
    try {
      ud.explain('x');
    } catch (e) {
      before = e.message;
    }
    const form = new FormData();
    form.append('key', 'a.png');
    form.append('file', new File(['x'], 'a.png', { type: 'image/png' }));
    const res = await fetch('/upload', { method: 'POST', body: form });
    const d = await ud.explainResponse(res, { method: 'POST', formFields: form });
    const body = await res.text(); // still readable: explainResponse read a clone
    return {
      before,
      ready: ud.isReady(),
      version: ud.version(),
      d,
      body,
      user: ud.toUserMessage(d),
      sync: ud.explain({ status: 404, body: '<Error><Code>NoSuchBucket</Code></Error>' }).code,
    };
  });
  assert.match(got.before, /await ready\(\)/);
  assert.equal(got.ready, true);
  assert.match(got.version, /^\d+\.\d+\.\d+/);
  assert.equal(got.d.provider, 'aws-s3');
  assert.equal(got.d.code, 'AccessDenied');
  assert.equal(got.d.httpStatus, 403);
  assert.equal(got.d.causes[0].id, 'permission.denied');
  assert.deepEqual(got.d.request.formFields.map((f) => f.name), ['key', 'file']);
  assert.ok(got.d.request.url.endsWith('/upload'), 'context.url defaults to response.url');
  assert.ok(got.body.includes('<Code>AccessDenied</Code>'));
  assert.equal(got.user, "You don't have permission to upload here.");
  assert.equal(got.sync, 'NoSuchBucket');
  assert.ok(requests.includes('/node_modules/upload-doctor/dist/upload_doctor_bg.wasm'),
    'the wasm came from next to index.js (new URL(..., import.meta.url))');
  assert.deepEqual(errors, []);
  await context.close();
});

test('explainError reads a fetch TypeError without a response', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => window.udLoaded);
  const d = await page.evaluate(async () => {
    await window.ud.ready();
    try {
      await fetch('http://127.0.0.1:9/upload', { method: 'PUT', body: 'x' });
      return null;
    } catch (e) {
      return window.ud.explainError(e, { method: 'PUT', url: 'http://127.0.0.1:9/upload' });
    }
  });
  assert.ok(d, 'fetch failed');
  assert.equal(d.request.fetchError, 'Failed to fetch');
  assert.ok(['cors.preflight-rejected', 'network.failed'].includes(d.causes[0].id));
  await context.close();
});
