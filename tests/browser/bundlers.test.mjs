// The npm package in webpack 5 (the Vite build is in example.test.mjs): a minimal app
// (tests/browser/webpack/entry.js, no loaders, no plugins, no wasm experiments) importing
// `upload-doctor` and `upload-doctor/react`, installed from the packed tarball, built with
// webpack's production mode, then run in Chromium: the wasm is emitted as an asset, fetched from
// next to the bundle, and the React component renders a diagnosis of a real failed fetch.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { ROOT, launch, pageErrors, removeDir, s3Forbidden, serve, tempDir } from './helpers.mjs';
import { installWithTarball } from './example.mjs';

const APP = join(ROOT, 'tests', 'browser', 'webpack');
const PAGE = '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">'
  + '<script defer src="main.js"></script></head><body><div id="root"></div></body></html>';

let out;
let server;
let browser;
const timings = {};

before(async () => {
  timings.install = installWithTarball(APP).seconds;
  out = tempDir('ud-webpack-');
  const t0 = Date.now();
  const webpack = createRequire(join(APP, 'package.json'))('webpack');
  const config = (await import(pathToFileURL(join(APP, 'webpack.config.js')).href)).default;
  const stats = await new Promise((resolve, reject) => {
    webpack({ ...config, output: { ...config.output, path: out } }, (err, s) => (err ? reject(err) : resolve(s)));
  });
  timings.webpackBuild = (Date.now() - t0) / 1000;
  const info = stats.toJson({ all: false, errors: true, warnings: true });
  assert.deepEqual(info.errors.map((e) => e.message), [], 'webpack errors');
  assert.deepEqual(info.warnings.map((e) => e.message), [], 'webpack warnings');
  server = await serve(out, {
    '/': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE),
    '/upload': s3Forbidden,
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (out) removeDir(out);
  console.log(`# webpack timings (s): ${JSON.stringify(timings)}`);
});

test('webpack 5 bundles upload-doctor + upload-doctor/react; the wasm loads in Chromium', async () => {
  const files = readdirSync(out);
  const wasm = files.filter((f) => f.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `one wasm asset: ${files}`);
  const sizes = Object.fromEntries(files.map((f) => [f, statSync(join(out, f)).size]));
  console.log(`# webpack output: ${JSON.stringify(sizes)}`);

  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = pageErrors(page);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => window.result, null, { timeout: 15000 });
  const result = await page.evaluate(() => ({ ...window.result, beforeReady: window.beforeReady }));
  assert.equal(result.error, undefined, result.error);
  assert.deepEqual(
    { code: result.code, top: result.top, ready: result.ready, beforeReady: result.beforeReady, sync: result.sync },
    { code: 'AccessDenied', top: 'permission.denied', ready: true, beforeReady: false, sync: 'NoSuchBucket' },
  );
  assert.match(result.version, /^\d+\.\d+\.\d+/);
  assert.equal(result.user, "You don't have permission to upload here.");
  await page.waitForSelector('.ud-diagnosis.from-webpack .ud-cause[data-cause-id="permission.denied"]');
  assert.ok(requests.includes(`/${wasm[0]}`), `the wasm asset was fetched: ${requests}`);
  assert.deepEqual(errors, []);
  await context.close();
});
