// upload-doctor/react rendered on the server side (react-dom/server; React from www/node_modules).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
if (!existsSync(join(DIST, 'react.js'))) throw new Error('www/npm/dist is missing: run `make npm` first');

const React = (await import('react')).default;
const { renderToStaticMarkup } = (await import('react-dom/server')).default;
const ud = await import(join(DIST, 'index.js'));
const { UploadDiagnosis, useUploadDiagnosis } = await import(join(DIST, 'react.js'));

await ud.ready();
const d = ud.explain('<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message>'
  + '<AWSAccessKeyId>ASIAIOSFODNN7EXAMPLE</AWSAccessKeyId><RequestId>AFCXGJGVWQ5FHR3Q</RequestId></Error>', {
  method: 'POST',
  formFields: [{ name: 'key', value: 'a.png' }, { name: 'file', file: { name: 'a.png' } }, { name: 'x-amz-security-token', value: 'TOKEN' }],
});

test('<UploadDiagnosis> renders stable ud- class names, the causes, evidence and fixes with snippets in <pre>', () => {
  const html = renderToStaticMarkup(React.createElement(UploadDiagnosis, { diagnosis: d, className: 'mine' }));
  assert.match(html, /^<section class="ud-diagnosis mine" data-provider="[a-z0-9-]+"/);
  for (const cls of ['ud-header', 'ud-title', 'ud-facts', 'ud-causes', 'ud-cause', 'ud-confidence', 'ud-explanation',
    'ud-evidence', 'ud-fixes', 'ud-fix', 'ud-fix-title', 'ud-steps', 'ud-snippet']) {
    assert.ok(html.includes(`class="${cls}`), cls);
  }
  assert.match(html, /<li class="ud-cause" data-cause-id="post.field-order">/);
  assert.match(html, /<pre class="ud-snippet" data-language="[a-z]+"><code>/);
  assert.ok(html.includes('AFCXGJGVWQ5FHR3Q'));
  assert.ok(!html.includes('style='), 'unstyled');
});

test('<UploadDiagnosis> escapes everything and renders nothing for null', () => {
  const evil = { ...d, title: '<img src=x onerror=alert(1)>', docs: 'javascript:alert(1)', causes: d.causes.slice(0, 1) };
  const html = renderToStaticMarkup(React.createElement(UploadDiagnosis, { diagnosis: evil, maxCauses: 1 }));
  assert.ok(!html.includes('<img'));
  assert.ok(html.includes('&lt;img src=x'));
  assert.ok(!html.includes('javascript:'), 'only https documentation links');
  assert.equal(renderToStaticMarkup(React.createElement(UploadDiagnosis, { diagnosis: null })), '');
});

test('useUploadDiagnosis() starts empty and hands out explain/reset', () => {
  let state;
  function Probe() {
    state = useUploadDiagnosis();
    return React.createElement(UploadDiagnosis, { diagnosis: state.diagnosis });
  }
  assert.equal(renderToStaticMarkup(React.createElement(Probe)), '');
  assert.equal(state.diagnosis, null);
  assert.equal(state.loading, false);
  assert.equal(state.error, null);
  assert.equal(typeof state.explain, 'function');
  assert.equal(typeof state.reset, 'function');
});
