// The paste-and-explain page (www/dist, built by `make site`/`make npm`) in real Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { DIST, ROOT, launch, needs, screenshotPath, serve } from './helpers.mjs';

needs(join(DIST, 'upload-doctor.global.js'), 'make site');

let browser;
let server;

before(async () => {
  server = await serve(DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page on the served site, ready to explain; records requests, dialogs and errors. */
async function openPage(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  const page = await context.newPage();
  const seen = { requests: [], dialogs: [], errors: [], violations: [] };
  await context.route('**/*', (route) => {
    seen.requests.push(route.request().url());
    return route.continue();
  });
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  await page.exposeFunction('__violation', (v) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(`${server.origin}/`);
  await page.waitForSelector('html[data-ready]');
  return { context, page, seen };
}

async function explainText(page, text, status = '') {
  await page.fill('#input', text);
  await page.fill('#status', status);
  await page.click('#explain');
  await page.waitForSelector('#result:not([hidden])');
}

async function shown(page) {
  return page.evaluate(() => {
    const field = (k) => document.querySelector(`#result [data-field="${k}"] > span`)?.textContent ?? null;
    return {
      provider: field('provider'),
      code: field('code'),
      status: field('status'),
      title: document.querySelector('#diagnosis-title')?.textContent ?? null,
      top: document.querySelector('#result .cause')?.dataset.causeId ?? null,
      causes: [...document.querySelectorAll('#result .cause')].map((c) => c.dataset.causeId),
      message: document.querySelector('#message').textContent,
    };
  });
}

function fixtureTop(id) {
  const text = readFileSync(join(ROOT, 'tests', 'fixtures', `${id}.txt`), 'utf8');
  return text.match(/^expect:.*\btop=(\S+)/m)?.[1] ?? null;
}

test('a pasted S3 XML error: provider, code, status and top cause are shown', async () => {
  const { context, page, seen } = await openPage();
  const xml = '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>RequestTimeTooSkewed</Code>'
    + '<Message>The difference between the request time and the current time is too large.</Message>'
    + '<RequestTime>20250901T162148Z</RequestTime><ServerTime>2025-09-03T16:21:50Z</ServerTime>'
    + '<MaxAllowedSkewMilliseconds>900000</MaxAllowedSkewMilliseconds><RequestId>2J8ZFVZVVRA4T7CF</RequestId>'
    + '<HostId>CRaDrKRM91F3Ea6WY8n+2BLxPeuJIpDDm+7fIUYYE2fvvRnGocv1/406lhxBURvCDnNt0K5M2oEj7G7NjTbhP18orBtCmzj6</HostId></Error>';
  await explainText(page, xml, '403');
  const s = await shown(page);
  assert.equal(s.provider, 'aws-s3');
  assert.equal(s.code, 'RequestTimeTooSkewed');
  assert.equal(s.status, '403');
  assert.equal(s.top, 'time.clock-skew');
  assert.match(await page.textContent('#result .user-message'), /clock/);
  // The confidence bar is sized through CSSOM, which the CSP allows.
  const width = await page.$eval('#result .cause .fill', (e) => e.style.width);
  assert.match(width, /^\d+%$/);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.violations, []);
  await context.close();
});

test('a pasted Supabase JSON: the 403 inside the 400 is the effective status', async () => {
  const { context, page, seen } = await openPage();
  await explainText(page, '{"statusCode":"403","error":"Unauthorized","message":"new row violates row-level security policy"}', '400');
  const s = await shown(page);
  assert.equal(s.provider, 'supabase-storage');
  assert.equal(s.code, 'Unauthorized');
  assert.equal(s.status, '403 (wire: 400)');
  assert.equal(s.top, 'permission.denied');
  assert.deepEqual(seen.errors, []);
  await context.close();
});

test('every example button explains its fixture with the fixture\'s expected top cause', async () => {
  const { context, page } = await openPage();
  const ids = await page.$$eval('#examples button', (bs) => bs.map((b) => b.dataset.example));
  assert.ok(ids.length >= 6, `only ${ids.length} examples`);
  for (const id of ids) {
    await page.click(`button[data-example="${id}"]`);
    await page.waitForSelector('#result:not([hidden])');
    const s = await shown(page);
    assert.equal(s.top, fixtureTop(id), `example ${id}`);
  }
  await context.close();
});

test('Ctrl+Enter explains; a bad status is refused with a message', async () => {
  const { context, page } = await openPage();
  await page.fill('#input', '<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message></Error>');
  await page.focus('#input');
  await page.keyboard.press('Control+Enter');
  await page.waitForSelector('#result:not([hidden])');
  assert.equal((await shown(page)).code, 'NoSuchBucket');
  await page.fill('#status', '4x3');
  await page.focus('#status');
  await page.keyboard.press('Meta+Enter');
  await page.waitForSelector('#result[hidden]', { state: 'attached' });
  assert.match((await shown(page)).message, /three-digit/);
  await context.close();
});

test('the request context sharpens the diagnosis (form field order as name lines)', async () => {
  const { context, page } = await openPage();
  await page.click('#request-box > summary');
  await page.selectOption('#method', 'POST');
  await page.fill('#fields', 'key=uploads/a.png\nAWSAccessKeyId=ASIAIOSFODNN7EXAMPLE\npolicy\nsignature\nfile=@a.png\nx-amz-security-token=FQoGZXIvYXdzEJrTOKEN');
  await explainText(page, '<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>ASIAIOSFODNN7EXAMPLE</AWSAccessKeyId></Error>', '403');
  assert.equal((await shown(page)).top, 'post.field-order');
  await context.close();
});

const SIGNATURE = 'aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404';
const TOKEN = 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD6SECRETSESSIONTOKENVALUE';
const JWT_SIG = 'c2lnbmF0dXJlc2lnbmF0dXJlc2lnbmF0dXJl';
const JWT = `eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE3MDAwMDAwMDAsInJvbGUiOiJhbm9uIn0.${JWT_SIG}`;
const SAS_SIG = 'abcDEF%2Bghi123456789secretsas%3D';
const KEY = 'ASIAIOSFODNN7EXAMPLE';
const PRESIGNED = `https://my-bucket.s3.us-east-1.amazonaws.com/uploads/a.png?X-Amz-Algorithm=AWS4-HMAC-SHA256`
  + `&X-Amz-Credential=${KEY}%2F20260101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z`
  + `&X-Amz-Expires=900&X-Amz-Security-Token=${encodeURIComponent(TOKEN)}&X-Amz-Signature=${SIGNATURE}&X-Amz-SignedHeaders=host`;

test('the share link (hash) holds no signature, token, sig=, JWT signature or full access key', async () => {
  const { context, page } = await openPage();
  const pasted = `PUT ${PRESIGNED}\nAuthorization: Bearer ${JWT}\nx-amz-security-token: ${TOKEN}\n`
    + `https://acct.blob.core.windows.net/c/a.png?sv=2021-08-06&se=2026-01-01&sr=b&sp=cw&sig=${SAS_SIG}\n`
    + `<Error><Code>AccessDenied</Code><Message>Access Denied</Message><AWSAccessKeyId>${KEY}</AWSAccessKeyId></Error>`;
  await page.click('#request-box > summary');
  await page.selectOption('#method', 'PUT');
  await page.fill('#url', PRESIGNED);
  await page.fill('#headers', `Authorization: AWS4-HMAC-SHA256 Credential=${KEY}/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${SIGNATURE}\nx-amz-security-token: ${TOKEN}`);
  await page.fill('#fields', `key=a.png\nx-amz-security-token=${TOKEN}\nx-amz-signature=${SIGNATURE}\nfile=@a.png`);
  await explainText(page, pasted, '403');
  const hash = await page.evaluate(() => location.hash);
  assert.ok(hash.length > 20, 'the state is in the hash');
  const decoded = [...new URLSearchParams(hash.slice(1)).values()].join('\n');
  for (const secret of [SIGNATURE, TOKEN, encodeURIComponent(TOKEN), JWT_SIG, SAS_SIG, decodeURIComponent(SAS_SIG), KEY,
    SIGNATURE.slice(4, 20), TOKEN.slice(4, 24), JWT_SIG.slice(0, 12)]) {
    for (const [where, s] of [['hash', hash], ['decoded hash', decoded], ['decoded twice', decodeURIComponent(decoded)]]) {
      assert.ok(!s.includes(secret), `${where} contains ${secret.slice(0, 16)}…`);
    }
  }
  assert.match(decoded, /X-Amz-Signature=aeee…\[redacted\]/);
  assert.match(decoded, /ASIA…MPLE/);
  // The link restores the (redacted) state and explains it.
  const url = await page.evaluate(() => location.href);
  const other = await context.newPage();
  await other.goto(url);
  await other.waitForSelector('#result:not([hidden])');
  const s = await shown(other);
  assert.equal(s.code, 'AccessDenied');
  assert.equal(await other.inputValue('#method'), 'PUT');
  assert.ok((await other.inputValue('#url')).startsWith('https://my-bucket.s3.us-east-1.amazonaws.com/uploads/a.png?'));
  await context.close();
});

test('CSP holds: pasted markup does nothing, and explaining makes zero network requests', async () => {
  const { context, page, seen } = await openPage();
  // Before the paste: only the page's own files were fetched.
  const own = new Set(['/', '/style.css', '/upload-doctor.global.js', '/examples.js', '/app.js', '/pkg/upload_doctor_bg.wasm']);
  for (const u of seen.requests) {
    const url = new URL(u);
    assert.equal(url.origin, server.origin, `request to another origin: ${u}`);
    assert.ok(own.has(url.pathname), `unexpected request: ${u}`);
  }
  assert.ok(seen.requests.some((u) => u.endsWith('/pkg/upload_doctor_bg.wasm')));
  seen.requests.length = 0;

  await page.evaluate(() => {
    window.__added = [];
    new MutationObserver((records) => {
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n.nodeType !== 1) continue;
          for (const e of [n, ...n.querySelectorAll('*')]) {
            if (/^(SCRIPT|IMG|IFRAME|OBJECT|EMBED|SVG|svg|FORM|LINK|META|STYLE|VIDEO|AUDIO)$/.test(e.tagName)) window.__added.push(e.tagName);
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const payloads = [
    'HTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<html><body><h1>403</h1><script>alert(1)</script>'
      + '<img src=x onerror=alert(2)><a href="javascript:alert(3)">click</a><iframe src="javascript:alert(4)"></iframe>'
      + '<svg onload=alert(5)></svg><link rel=stylesheet href=//127.0.0.2/x.css></body></html>',
    '{"statusCode":"403","error":"<img src=x onerror=alert(6)>","message":"<script>alert(7)</script> javascript:alert(8)"}',
    '<Error><Code>&lt;img src=x onerror=alert(9)&gt;</Code><Message><![CDATA[<script>alert(10)</script>]]></Message></Error>',
  ];
  for (const p of payloads) {
    await explainText(page, p);
    for (const summary of await page.$$('#result details > summary')) await summary.click();
  }
  await page.waitForTimeout(300);
  assert.deepEqual(seen.dialogs, [], 'no dialog opened');
  assert.deepEqual(await page.evaluate(() => window.__added), [], 'no active elements were created');
  const counts = await page.evaluate(() => ({
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    imgs: document.querySelectorAll('img, iframe, svg, object, embed').length,
    // The page's own bookmarklet (bookmarklet.test.mjs) is the one javascript: link it may hold.
    jsLinks: document.querySelectorAll('a[href^="javascript:" i]:not(#bookmarklet)').length,
    resultLinks: [...document.querySelectorAll('#result a')].map((a) => a.href).filter((h) => !h.startsWith('https://')),
  }));
  assert.deepEqual(counts, { inlineScripts: 0, imgs: 0, jsLinks: 0, resultLinks: [] });
  assert.ok((await page.textContent('#result')).includes('<script>') || (await page.inputValue('#input')).includes('<script>'));
  assert.deepEqual(seen.requests, [], 'explaining made network requests');
  assert.deepEqual(seen.violations, [], 'CSP violations');
  await context.close();
});

test('opened from the file system (file://) it loads the inlined wasm and explains', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(join(DIST, 'index.html')).href);
  await page.waitForSelector('html[data-ready]');
  assert.equal(await page.getAttribute('html', 'data-ready'), 'inline');
  await page.click('button[data-example="supabase-storage/rls-new-row-violates-wrapped-400"]');
  await page.waitForSelector('#result:not([hidden])');
  const s = await shown(page);
  assert.equal(s.provider, 'supabase-storage');
  assert.equal(s.top, 'permission.denied');
  assert.deepEqual(errors, []);
  await context.close();
});

test('screenshots: light, dark and phone', async () => {
  const shots = [
    ['page-light.png', { colorScheme: 'light', viewport: { width: 1000, height: 900 } }],
    ['page-dark.png', { colorScheme: 'dark', viewport: { width: 1000, height: 900 } }],
    ['page-phone-dark.png', { colorScheme: 'dark', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }],
  ];
  for (const [name, options] of shots) {
    const { context, page } = await openPage(options);
    await page.click('button[data-example="aws-s3/invalid-access-key-asia-post-token-after-file"]');
    await page.waitForSelector('#result:not([hidden])');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, options.colorScheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)', `${name} background`);
    if (options.isMobile) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the phone layout scrolls sideways by ${overflow}px`);
    }
    await page.screenshot({ path: screenshotPath(name), fullPage: true });
    await context.close();
  }
});

test('the theme toggle overrides the system colour scheme', async () => {
  const { context, page } = await openPage({ colorScheme: 'light' });
  await page.click('#theme'); // auto -> light
  await page.click('#theme'); // light -> dark
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(13, 17, 23)');
  await context.close();
});

// --- HAR files -------------------------------------------------------------------------------------

/** Drops a file on the page the way the browser does: dragenter, dragover, drop with a DataTransfer. */
async function dropFile(page, name, text, type = 'application/json') {
  await page.evaluate(async ({ name, text, type }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type }));
    const target = document.querySelector('#input');
    for (const kind of ['dragenter', 'dragover']) {
      target.dispatchEvent(new DragEvent(kind, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
    window.__overlayShown = !document.querySelector('#drop').hidden;
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { name, text, type });
}

async function harEntries(page) {
  return page.$$eval('#result .har-entry', (list) => list.map((e) => ({
    index: Number(e.dataset.index),
    top: e.dataset.causeId,
    request: e.querySelector('.har-request').textContent,
    status: e.querySelector('summary .status').textContent,
    code: e.querySelector('summary .code')?.textContent ?? null,
  })));
}

// Recorded by example.test.mjs (UPDATE_HAR_FIXTURE=1): Chromium uploading to s3s-fs through the
// React example; five uploads, three failed.
const RECORDED_HAR = readFileSync(join(ROOT, 'tests', 'browser', 'fixtures', 's3s-fs-uploads.har'), 'utf8');

test('a HAR file dropped on the page: one diagnosis per failed request, redacted, nothing sent', async () => {
  const { context, page, seen } = await openPage();
  seen.requests.length = 0;
  await dropFile(page, 's3s-fs-uploads.har', RECORDED_HAR);
  await page.waitForSelector('#result[data-mode="har"]:not([hidden])');
  assert.equal(await page.evaluate(() => window.__overlayShown), true, 'the drop overlay showed while dragging');
  assert.equal(await page.isHidden('#drop'), true, 'and went away on drop');
  const entries = await harEntries(page);
  assert.deepEqual(entries.map((e) => [e.index, e.status, e.code]),
    [[2, 'HTTP 403', 'AccessDenied'], [3, 'HTTP 403', 'AccessDenied'], [4, 'HTTP 403', 'SignatureDoesNotMatch']]);
  assert.equal(entries[1].top, 'presign.expired');
  assert.equal(entries[2].top, 'signature.header-mismatch');
  assert.match(entries[0].request, /^POST http:\/\/127\.0\.0\.1:\d+\/uploads$/);
  assert.match(entries[2].request, /^PUT http:\/\/127\.0\.0\.1:\d+\/uploads\/uploads\/hello\.txt\?.*X-Amz-Signature=\w{1,8}…/);
  assert.match(await page.textContent('#result .har-summary'), /3 failed requests in s3s-fs-uploads\.har/);
  // Each entry is a full diagnosis (facts, causes, fixes), like a single one.
  assert.equal(await page.$$eval('#result .har-entry .summary', (l) => l.length), 3);
  assert.ok(await page.$$eval('#result .har-entry .cause', (l) => l.length) >= 3);
  const text = await page.textContent('#result');
  const signature = JSON.parse(RECORDED_HAR).log.entries[4].request.url.match(/X-Amz-Signature=([0-9a-f]{64})/)[1];
  assert.ok(!text.includes(signature), 'the presigned URL signature is cut');
  assert.ok(!text.includes('AKIAIOSFODNN7EXAMPLE'), 'the access key id is shortened');
  assert.deepEqual(seen.requests, [], 'reading the HAR made no request');
  assert.equal(await page.evaluate(() => location.hash), '', 'a HAR never reaches the address bar');
  assert.equal(await page.isDisabled('#share'), true);
  assert.match(await page.textContent('#message'), /not uploaded anywhere/);
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.violations, []);
  await context.close();
});

test('a DevTools HAR (postData.params) with the file field first names the field order; pasted HAR text works too', async () => {
  const har = {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      entries: [
        {
          startedDateTime: '2026-11-23T10:00:00.000Z',
          request: { method: 'GET', url: 'https://app.example.com/api/presign', headers: [] },
          response: { status: 200, headers: [], content: { mimeType: 'application/json', text: '{}' } },
        },
        {
          startedDateTime: '2026-11-23T10:00:01.000Z',
          request: {
            method: 'POST',
            url: 'https://my-bucket.s3.amazonaws.com/',
            headers: [{ name: 'Content-Type', value: 'multipart/form-data; boundary=----x' }],
            postData: {
              mimeType: 'multipart/form-data; boundary=----x',
              params: [
                { name: 'file', fileName: 'cat.png', contentType: 'image/png' },
                { name: 'key', value: 'uploads/cat.png' },
                { name: 'x-amz-credential', value: 'AKIAIOSFODNN7EXAMPLE/20261123/us-east-1/s3/aws4_request' },
                { name: 'policy', value: 'eyJleHBpcmF0aW9uIjoiMjAyNi0xMS0yM1QxMTowMDowMFoiLCJjb25kaXRpb25zIjpbXX0=' },
                { name: 'x-amz-signature', value: 'ad6e4a32ae0c2b7e1b46e2e9c6c8f5f0a1b2c3d4e5f60718293a4b5c6d7e8f90' },
              ],
            },
          },
          response: {
            status: 400,
            headers: [{ name: 'Content-Type', value: 'application/xml' }, { name: 'Server', value: 'AmazonS3' }],
            content: {
              mimeType: 'application/xml',
              text: '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>InvalidArgument</Code><Message>Bucket POST must contain a field named \'key\'.  If it is specified, please check the order of the fields.</Message><ArgumentName>key</ArgumentName><ArgumentValue></ArgumentValue><RequestId>5R0QJ1JXK8ZV3T3E</RequestId><HostId>abc=</HostId></Error>',
            },
          },
        },
        {
          startedDateTime: '2026-11-23T10:00:02.000Z',
          request: { method: 'PUT', url: 'https://other.example.net/upload', headers: [] },
          response: { status: 0, headers: [], content: {} },
          _error: 'net::ERR_FAILED',
        },
      ],
    },
  };
  const { context, page, seen } = await openPage();
  // Pasted into the box and explained (Ctrl+Enter), instead of dropped.
  await page.fill('#input', JSON.stringify(har, null, 1));
  await page.press('#input', 'Control+Enter');
  await page.waitForSelector('#result[data-mode="har"]:not([hidden])');
  const entries = await harEntries(page);
  assert.deepEqual(entries.map((e) => [e.index, e.status, e.top]), [
    [1, 'HTTP 400', 'post.field-order'],
    [2, 'no response', entries[1].top],
  ]);
  assert.ok(['cors.preflight-rejected', 'network.failed'].includes(entries[1].top), entries[1].top);
  assert.equal(entries[0].request, 'POST https://my-bucket.s3.amazonaws.com/');
  assert.equal(await page.evaluate(() => location.hash), '');
  assert.ok(!(await page.textContent('#result')).includes('ad6e4a32ae0c2b7e1b46e2e9c6c8f5f0'), 'the form signature is cut');
  await page.evaluate(() => document.querySelector('#result').scrollIntoView());
  await page.screenshot({ path: screenshotPath('page-har-devtools.png') });

  // A HAR in which nothing failed says so; a dropped non-HAR file is explained as a response.
  await dropFile(page, 'ok.har', JSON.stringify({ log: { entries: [har.log.entries[0]] } }));
  await page.waitForFunction(() => /No failed request in ok\.har/.test(document.querySelector('#result').textContent));
  await dropFile(page, 'response.xml', '<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message></Error>', 'application/xml');
  await page.waitForSelector('#result[data-mode="single"]:not([hidden])');
  assert.equal((await shown(page)).code, 'NoSuchBucket');
  assert.equal(await page.inputValue('#input'), '<Error><Code>NoSuchBucket</Code><Message>The specified bucket does not exist</Message></Error>');
  assert.deepEqual(seen.errors, []);
  await context.close();
});
