// upload-doctor/react in Chromium with React's own production build (react, react-dom/client from
// www/node_modules, loaded by a tiny CommonJS loader since React ships no browser ESM), driving
// useUploadDiagnosis() and <UploadDiagnosis> through real renders.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT, launch, needs, s3Forbidden, serve } from './helpers.mjs';

const NPM_DIST = join(ROOT, 'www', 'npm', 'dist');
needs(join(NPM_DIST, 'react.js'), 'make npm');

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script src="/cjs-loader.js"></script>
<script type="importmap">{ "imports": { "react": "/react-shim.js" } }</script>
<script type="module">
  import { createElement as h } from 'react';
  import { useUploadDiagnosis, UploadDiagnosis } from '/pkg/react.js';
  function App() {
    const state = useUploadDiagnosis();
    window.hook = state;
    return h('div', { id: 'app', 'data-loading': String(state.loading) },
      h(UploadDiagnosis, { diagnosis: state.diagnosis, className: 'mine' }));
  }
  window.ReactDOMClient.createRoot(document.getElementById('root')).render(h(App));
  window.mounted = true;
</script></head><body><div id="root"></div></body></html>`;

// Synchronous CommonJS for React's CJS files: bare names map to /node_modules/<pkg>/index.js.
const LOADER = `window.process = { env: { NODE_ENV: 'production' } };
(function () {
  const cache = Object.create(null);
  function resolve(spec, from) {
    let url;
    if (spec.startsWith('./') || spec.startsWith('../')) url = new URL(spec, from).href;
    else {
      const parts = spec.split('/');
      url = new URL('/node_modules/' + (parts.length > 1 ? spec : spec + '/index'), location.href).href;
    }
    return url.endsWith('.js') ? url : url + '.js';
  }
  function load(url) {
    if (cache[url]) return cache[url].exports;
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url, false);
    xhr.send();
    if (xhr.status !== 200) throw new Error('cannot load ' + url);
    const module = { exports: {} };
    cache[url] = module;
    new Function('module', 'exports', 'require', 'process', xhr.responseText)(
      module, module.exports, (s) => load(resolve(s, url)), window.process);
    return module.exports;
  }
  window.React = load(resolve('react', location.href));
  window.ReactDOMClient = load(resolve('react-dom/client', location.href));
})();`;

const SHIM = `const R = window.React;
export default R;
export const { createElement, useCallback, useEffect, useRef, useState } = R;`;

let server;
let browser;

before(async () => {
  const text = (type, body) => (req, res) => res.writeHead(200, { 'content-type': type }).end(body);
  // Static root www/ (so /node_modules/* is www/node_modules); /pkg/* is routed to www/npm/dist below.
  server = await serve(join(ROOT, 'www'), {
    '/': text('text/html', PAGE),
    '/cjs-loader.js': text('text/javascript', LOADER),
    '/react-shim.js': text('text/javascript', SHIM),
    '/upload': s3Forbidden,
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('useUploadDiagnosis() + <UploadDiagnosis>: explain a Response, latest call wins, reset', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The package's files come from www/npm/dist.
  await context.route('**/pkg/**', async (route) => {
    const url = new URL(route.request().url());
    const name = url.pathname.replace(/^\/pkg\//, '');
    if (!/^[\w.-]+$/.test(name)) return route.fulfill({ status: 404 });
    return route.fulfill({
      status: 200,
      contentType: name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript',
      body: readFileSync(join(NPM_DIST, name)),
    });
  });
  await page.goto(`${server.origin}/`);
  await page.waitForFunction(() => window.mounted && window.hook);
  assert.equal(await page.$('.ud-diagnosis'), null, 'nothing rendered before a diagnosis');

  const result = await page.evaluate(async () => {
    const res = await fetch('/upload', { method: 'PUT', body: 'x' });
    const d = await window.hook.explain(res, { method: 'PUT' });
    return { code: d.code, bodyStillReadable: (await res.text()).includes('AccessDenied') };
  });
  assert.deepEqual(result, { code: 'AccessDenied', bodyStillReadable: true });
  await page.waitForSelector('.ud-diagnosis.mine');
  assert.equal(await page.getAttribute('.ud-cause', 'data-cause-id'), 'permission.denied');
  assert.equal(await page.textContent('.ud-fact-code'), 'AccessDenied');
  assert.equal(await page.getAttribute('#app', 'data-loading'), 'false');

  // Two calls in flight: the state ends with the second one, whichever finishes first.
  await page.evaluate(async () => {
    const slow = new Response(new ReadableStream({
      start(c) {
        setTimeout(() => {
          c.enqueue(new TextEncoder().encode('<Error><Code>NoSuchBucket</Code></Error>'));
          c.close();
        }, 300);
      },
    }), { status: 404 });
    const first = window.hook.explain(slow);
    const second = window.hook.explain(new TypeError('Failed to fetch'), { method: 'PUT', url: 'https://b.s3.amazonaws.com/k' });
    await Promise.all([first, second]);
  });
  await page.waitForFunction(() => document.querySelector('.ud-cause')?.dataset.causeId === 'cors.preflight-rejected');
  await page.waitForTimeout(400);
  assert.equal(await page.getAttribute('.ud-cause', 'data-cause-id'), 'cors.preflight-rejected', 'the older call did not overwrite');

  await page.evaluate(() => window.hook.reset());
  await page.waitForSelector('.ud-diagnosis', { state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});
