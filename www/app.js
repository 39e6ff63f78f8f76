// The paste-and-explain page. Everything from the input or the diagnosis reaches the page through
// textContent and DOM APIs only — never innerHTML.
import init, { explain, version } from './pkg/upload_doctor.js';

const $ = (id) => document.getElementById(id);
const form = $('form');
const input = $('input');
const statusInput = $('status');
const button = $('explain');
const message = $('message');
const result = $('result');

/** Creates an element with optional class and text. */
function el(tag, { cls, text } = {}, ...children) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  for (const c of children) if (c) e.append(c);
  return e;
}

function setMessage(text, isError = false) {
  message.textContent = text;
  message.classList.toggle('error', isError);
  message.hidden = !text;
}

/** A definition list of the non-null [label, value] pairs. */
function facts(pairs) {
  const dl = el('dl', { cls: 'facts' });
  for (const [label, value] of pairs) {
    if (value === null || value === undefined || value === '') continue;
    dl.append(el('dt', { text: label }), el('dd', { text: value }));
  }
  return dl;
}

function copyButton(getText) {
  const b = el('button', { cls: 'copy', text: 'Copy' });
  b.type = 'button';
  b.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(getText());
      b.textContent = 'Copied';
    } catch {
      b.textContent = 'Copy failed';
    }
    setTimeout(() => { b.textContent = 'Copy'; }, 1500);
  });
  return b;
}

function renderFix(fix) {
  const li = el('li', { cls: 'fix' }, el('strong', { text: fix.title }));
  if (fix.steps.length > 0) {
    const ol = el('ol');
    for (const s of fix.steps) ol.append(el('li', { text: s }));
    li.append(ol);
  }
  if (fix.snippet) {
    const code = el('code', { text: fix.snippet.code });
    code.dataset.language = fix.snippet.language;
    const pre = el('pre', {}, code);
    li.append(el('div', { cls: 'snippet' }, el('span', { cls: 'lang', text: fix.snippet.language }),
      copyButton(() => fix.snippet.code), pre));
  }
  return li;
}

function renderCause(cause, index) {
  const li = el('li', { cls: 'cause' });
  const pct = `${Math.round(cause.confidence * 100)}%`;
  li.append(el('h3', {}, el('span', { cls: 'rank', text: `${index + 1}.` }),
    document.createTextNode(' '), document.createTextNode(cause.title),
    el('span', { cls: 'confidence', text: pct })));
  li.append(el('p', { cls: 'id', text: cause.id }));
  li.append(el('p', { text: cause.explanation }));
  if (cause.evidence.length > 0) {
    const ul = el('ul', { cls: 'evidence' });
    for (const e of cause.evidence) ul.append(el('li', { text: e }));
    li.append(el('h4', { text: 'Evidence' }), ul);
  }
  if (cause.fixes.length > 0) {
    const ul = el('ul', { cls: 'fixes' });
    for (const f of cause.fixes) ul.append(renderFix(f));
    li.append(el('h4', { text: 'Fixes' }), ul);
  }
  return li;
}

function render(d) {
  result.replaceChildren();
  const head = el('div', { cls: 'summary' },
    el('h2', { text: d.title }),
    facts([
      ['Provider', d.provider],
      ['Code', d.code],
      ['Status', d.status === null ? null
        : d.httpStatus !== null && d.httpStatus !== d.status ? `${d.status} (wire: ${d.httpStatus})` : d.status],
      ['Message', d.message],
      ['Request id', d.requestId],
      ['Format', d.format],
    ]));
  if (d.docs) {
    const a = el('a', { text: 'Provider documentation' });
    // Only http(s) links; anything else stays text.
    if (/^https?:\/\//i.test(d.docs)) {
      a.href = d.docs;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
    }
    head.append(el('p', {}, a));
  }
  result.append(head);

  if (d.causes.length > 0) {
    const ol = el('ol', { cls: 'causes' });
    d.causes.forEach((c, i) => ol.append(renderCause(c, i)));
    result.append(el('h2', { text: 'Likely causes' }), ol);
  }
  if (d.notes.length > 0) {
    const ul = el('ul', { cls: 'notes' });
    for (const n of d.notes) ul.append(el('li', { text: n }));
    result.append(el('h2', { text: 'Notes' }), ul);
  }
  const fieldNames = Object.keys(d.fields);
  if (fieldNames.length > 0) {
    result.append(el('details', { cls: 'fields' },
      el('summary', { text: `Fields (${fieldNames.length})` }),
      facts(fieldNames.map((k) => [k, d.fields[k]]))));
  }
  result.hidden = false;
}

function onExplain(event) {
  event.preventDefault();
  const options = {};
  const s = statusInput.value.trim();
  if (s !== '') {
    if (!/^[1-9][0-9]{2}$/.test(s)) {
      result.hidden = true;
      setMessage('The status must be a three-digit HTTP status such as 403.', true);
      statusInput.focus();
      return;
    }
    options.status = Number(s);
  }
  try {
    render(explain(input.value, options));
    setMessage('');
  } catch (e) {
    result.hidden = true;
    setMessage(e instanceof Error ? e.message : String(e), true);
  }
}

async function main() {
  try {
    await init();
  } catch (e) {
    setMessage(`Could not load the WebAssembly module: ${e instanceof Error ? e.message : e}`, true);
    return;
  }
  $('version').textContent = `upload-doctor ${version()}`;
  form.addEventListener('submit', onExplain);
  button.disabled = false;
  setMessage('');
  document.documentElement.dataset.ready = 'true';
}

main();
