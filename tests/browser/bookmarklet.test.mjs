// The bookmarklet on the paste-and-explain page: a `javascript:` loader that, clicked on the page
// whose upload fails, adds a script loading upload-doctor.snippet.js from where the page is
// served. Its text is taken from the served page, then run (as a bookmark runs it: a navigation to
// the javascript: URL, which the browser percent-decodes and runs in the page) on an app served on
// another 127.0.0.1 port whose upload fails with an S3 403.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { DIST, launch, needs, removeDir, s3Forbidden, serve, tempDir } from './helpers.mjs';

needs(join(DIST, 'upload-doctor.snippet.js'), 'make npm');

const PAGE = (head = '') => `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">${head}
<title>an app whose upload fails</title></head><body><p>app</p></body></html>`;
// A page that allows its own (and inline) scripts only: the snippet from the other origin is refused.
const CSP = '<meta http-equiv="Content-Security-Policy" content="script-src \'self\' \'unsafe-inline\'">';

let browser;
let site;
let app;
let empty;
let bookmarklet;

before(async () => {
  empty = tempDir('ud-bookmarklet-');
  site = await serve(DIST);
  app = await serve(empty, {
    '/': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE()),
    '/strict': (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE(CSP)),
    '/upload': s3Forbidden,
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await site?.close();
  await app?.close();
  removeDir(empty);
});

test('the page shows a draggable, copyable bookmarklet for its own origin and loads nothing for it', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.goto(`${site.origin}/`);
  await page.waitForSelector('html[data-ready]');
  const got = await page.evaluate(() => ({
    href: document.querySelector('#bookmarklet').getAttribute('href'),
    text: document.querySelector('#bookmarklet-code').textContent,
    draggable: document.querySelector('#bookmarklet').draggable,
  }));
  bookmarklet = got.href;
  assert.equal(got.text, got.href, 'the copyable text is the link');
  assert.ok(got.draggable);
  assert.match(got.href, /^javascript:\(d=>\{/);
  assert.ok(got.href.includes(JSON.stringify(`${site.origin}/upload-doctor.snippet.js`)), got.href);
  assert.ok(got.href.length < 600, `bookmarklet-sized: ${got.href.length} characters`);
  assert.ok(!requests.includes('/upload-doctor.snippet.js'), 'the page itself never loads the snippet');

  // Clicked on the page itself it runs nothing (the page's CSP would refuse it): it says what to do.
  const before = page.url();
  await page.click('#bookmarklet');
  assert.match(await page.textContent('#bookmarklet-note'), /bookmarks bar/);
  assert.equal(page.url(), before);
  assert.equal(await page.evaluate(() => typeof window.uploadDoctor), 'undefined');
  assert.deepEqual(problems, []);
  await context.close();

  // From the file system there is nothing a bookmark could load: no link, and the reason.
  const fileContext = await browser.newContext();
  const filePage = await fileContext.newPage();
  await filePage.goto(pathToFileURL(join(DIST, 'index.html')).href);
  await filePage.waitForSelector('html[data-ready]');
  assert.equal(await filePage.getAttribute('#bookmarklet', 'href'), null);
  assert.match(await filePage.textContent('#bookmarklet-code'), /^\/\/ Opened from a file: .*Serve this page/);
  await fileContext.close();
});

/** Runs the bookmarklet on `page` the way a bookmark does: navigating the page to it. */
function click(page) {
  return page.evaluate((href) => {
    location.href = href;
  }, bookmarklet);
}

test('run on an app on another origin, it loads the snippet: a failing upload is explained in the console; again, it stops', async () => {
  assert.ok(bookmarklet, 'the first test read the bookmarklet from the page');
  const context = await browser.newContext();
  const page = await context.newPage();
  const groups = [];
  const infos = [];
  const errors = [];
  const loaded = [];
  page.on('console', (m) => {
    if (m.type() === 'startGroupCollapsed') groups.push(m.text());
    if (m.type() === 'info') infos.push(m.text());
    if (m.type() === 'error' && !/status of 403/.test(m.text())) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => loaded.push(r.url()));
  await page.goto(`${app.origin}/`);
  const original = await page.evaluateHandle(() => window.fetch);

  await click(page);
  await page.waitForFunction(() => window.uploadDoctor && window.uploadDoctor.active);
  assert.ok(loaded.includes(`${site.origin}/upload-doctor.snippet.js`), loaded.join(' '));
  const got = await page.evaluate(async () => {
    const res = await fetch('/upload', { method: 'PUT', body: new Blob(['hello'], { type: 'text/plain' }) });
    const body = await res.text();
    await window.uploadDoctor.settled();
    return { status: res.status, body, top: window.uploadDoctor.diagnoses.at(-1)?.causes[0]?.id };
  });
  assert.equal(got.status, 403);
  assert.match(got.body, /<Code>AccessDenied<\/Code>/, 'the app still reads its response');
  assert.equal(got.top, 'permission.denied');
  assert.equal(groups.length, 1, groups.join(' | '));
  assert.match(groups[0], /upload-doctor/);
  assert.match(groups[0], /HTTP 403/);
  assert.match(groups[0], /AccessDenied/);

  // A second click turns it off: the original fetch is back, nothing more is explained.
  await click(page);
  await page.waitForFunction(() => !window.uploadDoctor.active);
  const restored = await page.evaluate(async (orig) => {
    await fetch('/upload', { method: 'PUT', body: 'x' });
    return window.fetch === orig;
  }, original);
  assert.equal(restored, true);
  assert.equal(groups.length, 1);
  assert.ok(infos.some((t) => /upload-doctor: off/.test(t)), infos.join(' | '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a page whose Content-Security-Policy refuses the snippet, the console says why', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(`${app.origin}/strict`);
  await click(page);
  await page.waitForFunction(() => document.querySelector('script[src$="upload-doctor.snippet.js"]'));
  for (let i = 0; i < 50 && !warnings.some((w) => w.startsWith('upload-doctor:')); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(warnings.some((w) => /^upload-doctor: could not load .*Content-Security-Policy/.test(w)), warnings.join(' | '));
  assert.equal(await page.evaluate(() => typeof window.uploadDoctor), 'undefined');
  await context.close();
});
