// The React example (www/examples/react-upload) end to end, as a user runs it: installed from its
// lock file with upload-doctor from the packed tarball, built with Vite, served with its local
// signer, uploading from Chromium to a real S3 server (s3s-fs on 127.0.0.1) with real presigned
// POST forms and PUT URLs. The correct uploads land in the bucket; the classic mistakes (file
// field first, temporary credentials without their session token, expired policy, Content-Type
// other than signed) are explained on the page by
// useUploadDiagnosis() + <UploadDiagnosis>. The uploads are recorded as a HAR (Playwright's
// recordHar, i.e. Chromium's own network events), which is then dropped on the
// paste-and-explain page: one diagnosis per failed request, nothing sent anywhere.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

import { DIST, ROOT, launch, needs, pageErrors, removeDir, screenshotPath, serve, tempDir } from './helpers.mjs';
import { freePort, startS3sFs } from './emulator.mjs';
import { EXAMPLE, installWithTarball, viteBuild } from './example.mjs';

needs(join(DIST, 'upload-doctor.global.js'), 'make site');

const { signerMiddleware } = await import(pathToFileURL(join(EXAMPLE, 'server', 'signer.mjs')).href);

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };
const HAR_OUT = join(ROOT, 'target', 'browser', 'react-upload.har');
mkdirSync(join(ROOT, 'target', 'browser'), { recursive: true });

let s3;
let app;
let site;
let browser;
let built;
const timings = {};

/** The built app and the signer on one origin, like `vite preview`. */
async function serveApp(dir, settings) {
  const signer = signerMiddleware(settings);
  const server = createServer((req, res) => signer(req, res, () => {
    let path = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!path.startsWith(normalize(dir + sep)) && path !== normalize(dir)) return res.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(path)] || 'application/octet-stream' }).end(readFileSync(path));
  }));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

before(async () => {
  const t0 = Date.now();
  const installed = installWithTarball(EXAMPLE);
  timings.install = installed.seconds;
  built = tempDir('ud-react-upload-');
  timings.viteBuild = viteBuild(built);
  const t1 = Date.now();
  s3 = await startS3sFs();
  timings.s3sStart = (Date.now() - t1) / 1000;
  app = await serveApp(built, s3);
  site = await serve(DIST);
  browser = await launch();
  timings.setup = (Date.now() - t0) / 1000;
});

after(async () => {
  await browser?.close();
  await app?.close();
  await site?.close();
  await s3?.stop();
  if (built) removeDir(built);
  console.log(`# example timings (s): ${JSON.stringify(timings)}`);
});

test('the Vite build bundles the package: the wasm is emitted as a hashed asset next to the JS', () => {
  assert.match(readFileSync(join(built, 'index.html'), 'utf8'), /assets\/index-[\w-]+\.js/);
  const files = readdirSync(join(built, 'assets'));
  assert.ok(files.some((f) => /^upload_doctor_bg-[\w-]+\.wasm$/.test(f)), `a hashed wasm asset: ${files}`);
});

test('React example against s3s-fs: uploads land; the mistakes are diagnosed; the HAR explains on the page', async () => {
  const t0 = Date.now();
  const context = await browser.newContext({
    viewport: { width: 1000, height: 1000 },
    recordHar: { path: HAR_OUT, content: 'embed', urlFilter: /\/uploads(\/|$|\?)/ },
  });
  const page = await context.newPage();
  // The browser logs every failed resource load; the failed uploads are the point here.
  const errors = pageErrors(page, /Failed to load resource: the server responded with a status of 403/);
  await page.goto(`${app.origin}/`);
  await page.waitForSelector('button[data-scenario]');

  async function run(id) {
    await page.click(`button[data-scenario="${id}"]`);
    await page.waitForFunction(() => ['uploaded', 'failed'].includes(document.querySelector('#outcome').dataset.state));
    const state = await page.getAttribute('#outcome', 'data-state');
    if (state === 'failed') await page.waitForSelector('.ud-diagnosis');
    return page.evaluate(() => ({
      state: document.querySelector('#outcome').dataset.state,
      outcome: document.querySelector('#outcome').textContent,
      causes: [...document.querySelectorAll('.ud-cause')].map((c) => c.dataset.causeId),
      code: document.querySelector('.ud-fact-code')?.textContent ?? null,
      user: document.querySelector('#user-message')?.textContent ?? null,
    }));
  }

  // The correct presigned POST and PUT land in the bucket.
  const ok = await run('post-ok');
  assert.equal(ok.state, 'uploaded', ok.outcome);
  assert.equal(await page.$('.ud-diagnosis'), null);
  assert.equal(readFileSync(join(s3.dataDir, 'uploads', 'uploads', 'hello.txt'), 'utf8'), 'hello from the upload-doctor example\n');
  assert.equal((await run('put-ok')).state, 'uploaded');

  // File field first: s3s-fs answers 403 AccessDenied "Signature is required" (it stops reading at
  // the file); the FormData's order, passed as the context, names the real cause.
  const first = await run('post-file-first');
  assert.equal(first.state, 'failed');
  assert.equal(first.code, 'AccessDenied');
  assert.equal(first.causes[0], 'post.field-order', JSON.stringify(first));
  assert.match(await page.textContent('.ud-cause'), /file/i);
  await page.screenshot({ path: screenshotPath('react-upload-file-first.png'), fullPage: true });

  // Policy expired (signed for 1 s, sent 2 s later).
  const expired = await run('post-expired');
  assert.equal(expired.causes[0], 'presign.expired', JSON.stringify(expired));
  assert.ok(expired.user && !/AccessDenied|policy|S3/.test(expired.user.replace(/^Tell the user:/, '')), expired.user);

  // Presigned PUT signed for image/png, sent as text/plain.
  const put = await run('put-content-type');
  assert.equal(put.code, 'SignatureDoesNotMatch');
  assert.ok(put.causes.includes('signature.header-mismatch'), JSON.stringify(put));
  assert.deepEqual(errors, []);
  await context.close(); // writes the HAR
  timings.uploads = (Date.now() - t0) / 1000;

  // The recorded HAR, picked on the paste-and-explain page (and dropped: same path, see page.test.mjs).
  const har = JSON.parse(readFileSync(HAR_OUT, 'utf8'));
  const statuses = har.log.entries.map((e) => `${e.request.method} ${e.response.status}`);
  assert.deepEqual(statuses, ['POST 204', 'PUT 200', 'POST 403', 'POST 403', 'PUT 403'], 'the HAR holds the five uploads');
  if (process.env.UPDATE_HAR_FIXTURE === '1') copyFileSync(HAR_OUT, join(ROOT, 'tests', 'browser', 'fixtures', 's3s-fs-uploads.har'));

  const pageContext = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const p = await pageContext.newPage();
  const requests = [];
  await pageContext.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.continue();
  });
  await p.goto(`${site.origin}/`);
  await p.waitForSelector('html[data-ready]');
  requests.length = 0;
  await p.setInputFiles('#har-file', HAR_OUT);
  await p.waitForSelector('#result[data-mode="har"]:not([hidden])');
  const entries = await p.$$eval('#result .har-entry', (list) => list.map((e) => ({
    index: Number(e.dataset.index),
    top: e.dataset.causeId,
    request: e.querySelector('.har-request').textContent,
    status: e.querySelector('summary .status').textContent,
  })));
  // Playwright's HAR (like Chromium's CDP) holds no multipart body when the form carries a File,
  // so the file-first entry has no field order to go on: AccessDenied reads as permission.denied
  // there (a DevTools export with `postData.params` names the order: page.test.mjs).
  assert.deepEqual(entries.map((e) => [e.index, e.status]), [[2, 'HTTP 403'], [3, 'HTTP 403'], [4, 'HTTP 403']]);
  assert.ok(['post.field-order', 'permission.denied'].includes(entries[0].top), entries[0].top);
  assert.equal(entries[1].top, 'presign.expired');
  assert.equal(entries[2].top, 'signature.header-mismatch');
  assert.match(entries[0].request, /^POST http:\/\/127\.0\.0\.1:\d+\/uploads$/);
  assert.match(entries[2].request, /^PUT http:\/\/127\.0\.0\.1:\d+\/uploads\/uploads\/hello\.txt\?/);
  const signature = har.log.entries[4].request.url.match(/X-Amz-Signature=([0-9a-f]{64})/)[1];
  assert.ok(!(await p.textContent('#result')).includes(signature), 'the PUT signature is redacted on the page');
  assert.ok(!(await p.textContent('#result')).includes('AKIAIOSFODNN7EXAMPLE'), 'the access key id is shortened');
  assert.deepEqual(requests, [], 'reading the HAR made no network request');
  assert.equal(await p.evaluate(() => location.hash), '', 'a HAR never goes into the address bar');
  assert.equal(await p.isDisabled('#share'), true);
  await p.evaluate(() => document.querySelector('#result').scrollIntoView());
  await p.screenshot({ path: screenshotPath('page-har.png') });
  await pageContext.close();
});

test('temporary credentials without the session token: s3s-fs answers NotSignedUp, read as auth.session-token-missing', async () => {
  const t0 = Date.now();
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = pageErrors(page, /Failed to load resource: the server responded with a status of 403/);
  const forms = [];
  // The fields the signer handed out (the form is these, in order, then the file; Chromium's
  // network events hold no multipart body when the form carries a File).
  page.on('response', (r) => {
    if (new URL(r.url()).pathname === '/api/presign-post') forms.push(r.json());
  });
  await page.goto(`${app.origin}/`);
  await page.click('button[data-scenario="post-no-session-token"]');
  await page.waitForSelector('.ud-diagnosis');
  const got = await page.evaluate(() => ({
    outcome: document.querySelector('#outcome').textContent,
    causes: [...document.querySelectorAll('.ud-cause')].map((c) => c.dataset.causeId),
    code: document.querySelector('.ud-fact-code')?.textContent ?? null,
    text: document.querySelector('.ud-diagnosis').textContent,
    user: document.querySelector('#user-message')?.textContent ?? null,
  }));
  // What was sent: a SigV4 POST policy form with an ASIA… credential and no token field.
  assert.equal(forms.length, 1);
  const { fields } = await forms[0];
  assert.match(fields['x-amz-credential'], /^ASIAIOSFODNN7EXAMPLE\/\d{8}\/us-east-1\/s3\/aws4_request$/);
  assert.deepEqual(Object.keys(fields).filter((k) => /token/i.test(k)), []);
  assert.ok(fields.policy && fields['x-amz-signature']);
  assert.match(got.outcome, /HTTP 403/);
  assert.equal(got.code, 'NotSignedUp', JSON.stringify(got));
  assert.equal(got.causes[0], 'auth.session-token-missing', JSON.stringify(got));
  assert.match(got.text, /ASIA…MPLE/, 'the evidence names the temporary key, shortened');
  assert.ok(!got.text.includes('ASIAIOSFODNN7EXAMPLE'), 'the key id is never shown in full');
  assert.ok(got.user && !/ASIA|token|NotSignedUp/i.test(got.user.replace(/^Tell the user:/, '')), got.user);
  assert.deepEqual(errors, []);
  await context.close();
  timings.sessionToken = (Date.now() - t0) / 1000;
});

test('`npm run dev` (Vite dev server, the package pre-bundled by its optimizer): the wasm loads and the diagnosis shows', async () => {
  const t0 = Date.now();
  const port = await freePort();
  const vite = spawn(process.execPath, [join(EXAMPLE, 'node_modules', 'vite', 'bin', 'vite.js'), '--port', String(port), '--strictPort', '--force'], {
    cwd: EXAMPLE,
    env: { ...process.env, S3_ENDPOINT: s3.endpoint },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  vite.stdout.on('data', (c) => { log += c; });
  vite.stderr.on('data', (c) => { log += c; });
  const context = await browser.newContext();
  try {
    const origin = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      try {
        await fetch(`${origin}/`, { signal: AbortSignal.timeout(1000) });
        break;
      } catch {
        if (i > 150 || vite.exitCode !== null) throw new Error(`vite dev did not start: ${log}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const page = await context.newPage();
    const wasm = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname);
    });
    await page.goto(`${origin}/`);
    await page.click('button[data-scenario="post-file-first"]');
    await page.waitForSelector('.ud-cause');
    assert.equal(await page.getAttribute('.ud-cause', 'data-cause-id'), 'post.field-order');
    assert.deepEqual(wasm, ['/node_modules/upload-doctor/dist/upload_doctor_bg.wasm']);
  } finally {
    await context.close();
    vite.kill('SIGTERM');
    timings.viteDev = (Date.now() - t0) / 1000;
  }
});
