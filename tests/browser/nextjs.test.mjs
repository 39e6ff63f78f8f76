// The npm package in Next.js (App Router, Turbopack; webpack 5 is in bundlers.test.mjs, Vite in
// example.test.mjs): a minimal app (tests/browser/nextjs/: no next.config, no loaders) whose
// server component renders a 'use client' component importing `upload-doctor` and
// `upload-doctor/react`, installed from the packed tarball, built with `next build`, served by
// `next start` on 127.0.0.1 and opened in Chromium: the component is pre-rendered on the server,
// hydrates, PUTs to a local fake S3 answering 403 AccessDenied, loads the wasm Turbopack emitted
// under /_next/static/media/ and renders the diagnosis.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT, launch, pageErrors, removeDir, s3Forbidden, serve, tempDir } from './helpers.mjs';
import { installWithTarball } from './example.mjs';
import { freePort } from './emulator.mjs';

const APP = join(ROOT, 'tests', 'browser', 'nextjs');
const NEXT = join(APP, 'node_modules', 'next', 'dist', 'bin', 'next');
const MEDIA = join(APP, '.next', 'static', 'media');
// No telemetry; nothing in the app fetches (no next/font), so build and start stay on 127.0.0.1.
const ENV = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', npm_config_update_notifier: 'false' };
delete ENV.NODE_ENV; // next sets it; a stray value from the caller makes it warn

let empty;
let s3;
let next;
let nextOutput = '';
let origin;
let browser;
const timings = {};

/** Kills `next start` and whatever it spawned (its own process group); waits for the exit. */
async function stopNext() {
  const child = next;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const kill = (sig) => {
    try { process.kill(-child.pid, sig); } catch { /* already gone */ }
  };
  kill('SIGTERM');
  const timer = setTimeout(() => kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

// Last resort if the runner dies before after() runs: no `next start` left behind.
process.on('exit', () => {
  if (next && next.exitCode === null && next.signalCode === null) {
    try { process.kill(-next.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
});

before(async () => {
  timings.install = installWithTarball(APP).seconds;

  // A clean build each run (Turbopack's cache in .next would otherwise reuse the last one).
  rmSync(join(APP, '.next'), { recursive: true, force: true });
  let t0 = Date.now();
  const build = spawnSync(process.execPath, [NEXT, 'build'], { cwd: APP, env: ENV, encoding: 'utf8', timeout: 120000 });
  timings.nextBuild = (Date.now() - t0) / 1000;
  const buildOutput = `${build.stdout}${build.stderr}`;
  assert.equal(build.status, 0, `next build failed (${build.error || build.signal || build.status}):\n${buildOutput}`);
  // With CI set (as in .ci/run), Next warns that CI has no build cache: about the CI, not the package.
  const warnings = buildOutput.split('\n')
    .filter((l) => /⚠|\bwarn(ing)?\b|\berror\b/i.test(l))
    .filter((l) => !l.includes('No build cache found'));
  assert.deepEqual(warnings, [], `next build warned:\n${buildOutput}`);

  empty = tempDir('ud-nextjs-s3-');
  s3 = await serve(empty, { '/upload': s3Forbidden });

  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  t0 = Date.now();
  next = spawn(process.execPath, [NEXT, 'start', '-p', String(port), '-H', '127.0.0.1'],
    { cwd: APP, env: ENV, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  next.stdout.on('data', (d) => { nextOutput += d; });
  next.stderr.on('data', (d) => { nextOutput += d; });
  let exited = null;
  next.once('exit', (code, sig) => { exited = `next start exited (${code ?? sig})`; });
  for (;;) {
    const ok = await fetch(`${origin}/`, { signal: AbortSignal.timeout(5000) }).then((r) => r.ok, () => false);
    if (ok) break;
    if (exited) throw new Error(`${exited} before answering ${origin}/:\n${nextOutput}`);
    if (Date.now() - t0 > 30000) throw new Error(`next start did not answer ${origin}/ in 30 s:\n${nextOutput}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  timings.nextStart = (Date.now() - t0) / 1000;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await stopNext();
  await s3?.close();
  if (empty) removeDir(empty);
  console.log(`# nextjs timings (s): ${JSON.stringify(timings)}`);
});

test('Next.js (App Router, Turbopack) builds a \'use client\' component using upload-doctor + upload-doctor/react; it renders a diagnosis in Chromium', async () => {
  const media = readdirSync(MEDIA);
  const wasm = media.filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `one wasm asset in .next/static/media: ${media}`);
  assert.match(wasm[0], /^upload_doctor_bg\..+\.wasm$/);
  console.log(`# nextjs wasm: ${wasm[0]} ${statSync(join(MEDIA, wasm[0])).size} bytes`);

  // The server component pre-rendered the client component (the package imported on the server).
  const html = await (await fetch(`${origin}/`)).text();
  assert.match(html, /<section id="uploader" data-state="idle">/, 'the client component is in the server-rendered HTML');

  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = pageErrors(page);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const t0 = Date.now();
  await page.goto(`${origin}/?upload=${encodeURIComponent(`${s3.origin}/upload`)}`);
  await page.waitForSelector('#uploader[data-state="done"]', { timeout: 15000 });
  timings.page = (Date.now() - t0) / 1000;

  const result = JSON.parse(await page.textContent('#result'));
  assert.equal(result.error, undefined, result.error);
  assert.ok(['aws-s3', 's3-compatible'].includes(result.provider), `provider: ${result.provider}`);
  assert.deepEqual(
    { status: result.status, code: result.code, top: result.top, beforeReady: result.beforeReady, ready: result.ready, sync: result.sync },
    { status: 403, code: 'AccessDenied', top: 'permission.denied', beforeReady: false, ready: true, sync: 'NoSuchBucket' },
  );
  console.log(`# nextjs diagnosis: ${result.provider} ${result.code} ${result.top} (upload-doctor ${result.version})`);
  assert.match(result.version, /^\d+\.\d+\.\d+/);
  assert.equal(result.user, "You don't have permission to upload here.");

  // What <UploadDiagnosis> rendered.
  const shown = await page.evaluate(() => {
    const root = document.querySelector('.ud-diagnosis.from-nextjs');
    return root && {
      provider: root.dataset.provider,
      code: root.querySelector('.ud-fact-code')?.textContent,
      top: root.querySelector('.ud-cause')?.dataset.causeId,
    };
  });
  assert.deepEqual(shown, { provider: result.provider, code: 'AccessDenied', top: 'permission.denied' });

  const paths = requests.map((u) => new URL(u).pathname);
  assert.ok(paths.includes(`/_next/static/media/${wasm[0]}`), `the wasm asset was fetched: ${paths}`);
  assert.ok(paths.includes('/upload'), 'the upload was sent');
  const offHost = requests.filter((u) => !/^(data:|http:\/\/127\.0\.0\.1:)/.test(u));
  assert.deepEqual(offHost, [], 'the page requested nothing beyond 127.0.0.1');
  assert.deepEqual(errors, []);
  await context.close();
  assert.doesNotMatch(nextOutput, /error|⨯/i, `next start logged an error:\n${nextOutput}`);
});
