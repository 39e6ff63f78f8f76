// The paste-and-explain page. A classic script (Chromium refuses module scripts from file://),
// loaded after upload-doctor.global.js (the npm package's core as a classic script, global
// `UploadDoctor`) and examples.js (generated from tests/fixtures at build time).
//
// Everything from the input or the diagnosis reaches the page through textContent and DOM APIs
// only, never innerHTML. Nothing is sent anywhere: the only requests are the page's own files
// (and the .wasm, fetched once at load).
'use strict';

(function () {
  const UD = self.UploadDoctor;
  const EXAMPLES = Array.isArray(self.UPLOAD_DOCTOR_EXAMPLES) ? self.UPLOAD_DOCTOR_EXAMPLES : [];

  const $ = (id) => document.getElementById(id);
  const form = $('form');
  const input = $('input');
  const statusInput = $('status');
  const methodInput = $('method');
  const urlInput = $('url');
  const fieldsInput = $('fields');
  const headersInput = $('headers');
  const requestBox = $('request-box');
  const explainButton = $('explain');
  const shareButton = $('share');
  const message = $('message');
  const result = $('result');

  /** Creates an element with optional class and text, and appends children. */
  function el(tag, opts, ...children) {
    const e = document.createElement(tag);
    const o = opts || {};
    if (o.cls) e.className = o.cls;
    if (o.text !== undefined && o.text !== null) e.textContent = String(o.text);
    if (o.data) for (const [k, v] of Object.entries(o.data)) e.dataset[k] = String(v);
    for (const c of children) if (c !== null && c !== undefined && c !== false) e.append(c);
    return e;
  }

  function setMessage(text, isError) {
    message.textContent = text;
    message.classList.toggle('error', Boolean(isError));
  }

  // --- copying ------------------------------------------------------------------------------------

  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // No clipboard API (or no permission): a selected textarea and execCommand.
      const t = el('textarea', { cls: 'offscreen' });
      t.value = text;
      t.setAttribute('readonly', '');
      document.body.append(t);
      t.select();
      let ok = false;
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
      t.remove();
      return ok;
    }
  }

  function copyButton(getText, label) {
    const b = el('button', { cls: 'copy', text: 'Copy' });
    b.type = 'button';
    b.setAttribute('aria-label', label || 'Copy');
    b.addEventListener('click', async () => {
      b.textContent = (await copyText(getText())) ? 'Copied' : 'Copy failed';
      setTimeout(() => {
        b.textContent = 'Copy';
      }, 1500);
    });
    return b;
  }

  // --- the request context from the form ------------------------------------------------------------

  /** `Name: value` lines as an object. */
  function parseHeaders(text) {
    const out = {};
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const c = line.indexOf(':');
      if (c <= 0) throw new Error(`Request headers: "${line}" is not "Name: value".`);
      out[line.slice(0, c).trim()] = line.slice(c + 1).trim();
    }
    return out;
  }

  /**
   * The fields box: JSON (an array of fields, or a whole request context) or one field per line:
   * `name`, `name=value`, `name=@file.png` (curl's `-F` spelling is accepted too).
   */
  function parseFields(text) {
    const t = text.trim();
    if (!t) return {};
    if (t.startsWith('[') || t.startsWith('{')) {
      let v;
      try {
        v = JSON.parse(t);
      } catch (e) {
        throw new Error(`Form fields: the JSON does not parse (${e.message}).`);
      }
      if (Array.isArray(v)) return { formFields: v };
      if (v && typeof v === 'object') return v;
      throw new Error('Form fields: the JSON must be an array of fields or a request context object.');
    }
    const fields = [];
    for (const raw of t.split('\n')) {
      let line = raw.trim();
      if (!line) continue;
      line = line.replace(/^(?:-F|--form(?:-string)?)\s+/, '').replace(/^(['"])(.*)\1$/, '$2');
      const eq = line.indexOf('=');
      if (eq < 0) {
        fields.push(line === 'file' ? { name: line, file: {} } : { name: line });
      } else {
        const name = line.slice(0, eq).trim();
        const value = line.slice(eq + 1);
        if (value.startsWith('@')) {
          const fileName = value.slice(1).split(';')[0].trim();
          fields.push({ name, file: fileName ? { name: fileName } : {} });
        } else {
          fields.push({ name, value });
        }
      }
    }
    return { formFields: fields };
  }

  /** The request context given in the form, or undefined when the form holds none. */
  function readContext() {
    const ctx = parseFields(fieldsInput.value);
    if (methodInput.value) ctx.method = methodInput.value;
    const url = urlInput.value.trim();
    if (url) ctx.url = url;
    const headers = headersInput.value.trim() ? parseHeaders(headersInput.value) : null;
    if (headers) ctx.headers = { ...(ctx.headers || {}), ...headers };
    return Object.keys(ctx).length > 0 ? ctx : undefined;
  }

  /** The form inputs for a request context (examples and share links). */
  function contextToInputs(ctx) {
    const out = { method: '', url: '', fields: '', headers: '' };
    if (!ctx) return out;
    const rest = {};
    for (const [k, v] of Object.entries(ctx)) {
      if (v === null || v === undefined) continue;
      if (k === 'method') out.method = String(v).toUpperCase();
      else if (k === 'url') out.url = String(v);
      else if (k === 'headers') {
        out.headers = Object.entries(v).map(([n, val]) => `${n}: ${val}`).join('\n');
      } else if (k === 'formFields') {
        if (v.length > 0) rest.formFields = v;
      } else rest[k] = v;
    }
    const fields = rest.formFields || [];
    const simple = Object.keys(rest).every((k) => k === 'formFields') && fields.every((f) => {
      if (typeof f.value === 'string' && f.value.includes('\n')) return false;
      if (f.file && (f.file.size !== undefined && f.file.size !== null)) return false;
      if (f.file && f.file.type) return false;
      if (f.file && !f.file.name && f.name !== 'file') return false;
      return !/[=\n]/.test(f.name) && !f.name.startsWith('-');
    });
    if (simple) {
      out.fields = fields.map((f) => {
        if (f.file) return f.file.name ? `${f.name}=@${f.file.name}` : f.name;
        return typeof f.value === 'string' ? `${f.name}=${f.value}` : f.name;
      }).join('\n');
    } else {
      out.fields = JSON.stringify(rest, null, 1);
    }
    return out;
  }

  function setInputs(state) {
    input.value = state.text || '';
    statusInput.value = state.status || '';
    const c = contextToInputs(state.request);
    if (c.method && ![...methodInput.options].some((o) => o.value === c.method)) {
      methodInput.append(el('option', { text: c.method }));
    }
    methodInput.value = c.method;
    urlInput.value = c.url;
    fieldsInput.value = c.fields;
    headersInput.value = c.headers;
    requestBox.open = Boolean(c.method || c.url || c.fields || c.headers);
  }

  // --- redaction for the share link -----------------------------------------------------------------

  /**
   * The wasm's own redaction of free text: a request context's `fetchError` comes back redacted
   * by the same rules as every other text of a diagnosis.
   */
  function redactWithWasm(text) {
    if (!text) return '';
    const d = UD.explain('', { fetchError: text });
    return d.request && typeof d.request.fetchError === 'string' ? d.request.fetchError : '';
  }

  /** A second pass in JS, for what must never reach a URL even if the rules above missed it. */
  function scrub(text) {
    return String(text)
      .replace(/((?:x-amz-signature|x-amz-security-token|x-goog-signature|signatureprovided|signature|sig|securitytoken|sessiontoken|token|access_token|id_token|refresh_token|password|client_secret|accountkey)["']?\s*[=:]>?\s*["']?)([^\s&"'<>,;)\]}]{6,})/gi,
        (m, pre, v) => (v.includes('[redacted]') ? m : `${pre}${v.slice(0, 4)}…[redacted]`))
      .replace(/\b(eyJ[\w-]+\.[\w-]+\.)([\w-]{4,})/g, (m, pre, sig) => (sig.startsWith('…') ? m : `${pre}…[redacted]`))
      .replace(/\b(AKIA|ASIA)[A-Z0-9]{12}([A-Z0-9]{4})\b/g, '$1…$2');
  }

  function redactText(text) {
    return scrub(redactWithWasm(text));
  }

  function redactDeep(v) {
    if (typeof v === 'string') return scrub(v);
    if (Array.isArray(v)) return v.map(redactDeep);
    if (v && typeof v === 'object') {
      const o = {};
      for (const [k, val] of Object.entries(v)) o[k] = redactDeep(val);
      return o;
    }
    return v;
  }

  /** The page state in the hash, built only from redacted text and the diagnosis's `request`. */
  function shareHash(d) {
    const p = new URLSearchParams();
    const text = redactText(input.value);
    if (text) p.set('text', text);
    const s = statusInput.value.trim();
    if (/^[1-9][0-9]{2}$/.test(s)) p.set('status', s);
    if (d && d.request) {
      const req = redactDeep(d.request);
      const c = contextToInputs(req);
      if (c.method) p.set('method', c.method);
      if (c.url) p.set('url', c.url);
      if (c.fields) p.set('fields', c.fields);
      if (c.headers) p.set('headers', c.headers);
    }
    return p.toString().replace(/\+/g, '%20');
  }

  function readHash() {
    const h = location.hash.replace(/^#/, '');
    if (!h) return null;
    const p = new URLSearchParams(h);
    const example = p.get('example');
    if (example) {
      const ex = EXAMPLES.find((e) => e.id === example);
      return ex ? exampleState(ex) : null;
    }
    const state = { text: p.get('text') || '', status: p.get('status') || '' };
    const ctx = {};
    if (p.get('method')) ctx.method = p.get('method');
    if (p.get('url')) ctx.url = p.get('url');
    if (p.get('headers')) {
      try {
        ctx.headers = parseHeaders(p.get('headers'));
      } catch {
        // ignored: a hand-edited link
      }
    }
    if (p.get('fields')) {
      try {
        Object.assign(ctx, parseFields(p.get('fields')));
      } catch {
        // ignored
      }
    }
    if (Object.keys(ctx).length > 0) state.request = ctx;
    return state.text || state.status || state.request ? state : null;
  }

  // --- rendering ------------------------------------------------------------------------------------

  function statusText(d) {
    if (d.status === null) return d.httpStatus === null ? null : String(d.httpStatus);
    if (d.httpStatus !== null && d.httpStatus !== d.status) return `${d.status} (wire: ${d.httpStatus})`;
    return String(d.status);
  }

  function facts(pairs) {
    const dl = el('dl', { cls: 'facts' });
    for (const [label, value, key, extra] of pairs) {
      if (value === null || value === undefined || value === '') continue;
      const dd = el('dd', { data: { field: key } }, el('span', { text: value }));
      if (extra) dd.append(' ', extra);
      dl.append(el('dt', { text: label }), dd);
    }
    return dl;
  }

  function renderFix(fix) {
    const li = el('li', { cls: 'fix' }, el('strong', { text: fix.title }));
    if (fix.steps.length > 0) {
      const ol = el('ol', { cls: 'steps' });
      for (const s of fix.steps) ol.append(el('li', { text: s }));
      li.append(ol);
    }
    if (fix.snippet) {
      const code = el('code', { text: fix.snippet.code });
      code.dataset.language = fix.snippet.language;
      li.append(el('div', { cls: 'snippet' },
        el('span', { cls: 'lang', text: fix.snippet.language }),
        copyButton(() => fix.snippet.code, `Copy the ${fix.snippet.language} snippet`),
        el('pre', {}, code)));
    }
    return li;
  }

  function renderCause(cause, index) {
    const pct = Math.round(cause.confidence * 100);
    const li = el('li', { cls: 'cause', data: { causeId: cause.id } });
    const fill = el('span', { cls: 'fill' });
    fill.style.width = `${pct}%`; // CSSOM, allowed by style-src 'self'
    const bar = el('span', { cls: 'bar' }, fill);
    bar.setAttribute('role', 'img');
    bar.setAttribute('aria-label', `confidence ${pct}%`);
    li.append(
      el('h3', {}, el('span', { cls: 'rank', text: `${index + 1}.` }), ' ', el('span', { cls: 'cause-title', text: cause.title })),
      el('div', { cls: 'confidence' }, bar, el('span', { cls: 'pct', text: `${pct}%` }), el('code', { cls: 'id', text: cause.id })),
      el('p', { cls: 'explanation', text: cause.explanation }),
    );
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

  /** The nodes showing one diagnosis; `single` gives the title the page-level id. */
  function diagnosisNodes(d, single) {
    const nodes = [];
    const badges = el('p', { cls: 'badges' },
      el('span', { cls: 'badge provider', text: d.provider }),
      d.code ? el('span', { cls: 'badge code', text: d.code }) : null,
      statusText(d) ? el('span', { cls: 'badge status', text: `HTTP ${statusText(d)}` }) : null);
    const title = el('h2', { cls: 'diagnosis-title', text: d.title });
    if (single) title.id = 'diagnosis-title';
    const head = el('div', { cls: 'summary card' }, badges, title,
      facts([
        ['Provider', d.provider, 'provider'],
        ['Code', d.code, 'code'],
        ['Status', statusText(d), 'status'],
        ['Message', d.message, 'message'],
        ['Request id', d.requestId, 'request-id', d.requestId ? copyButton(() => d.requestId, 'Copy the request id') : null],
        ['Format', d.format, 'format'],
      ]),
      el('p', { cls: 'user-message' }, el('strong', { text: 'What to tell your users: ' }),
        el('span', { text: UD.toUserMessage(d) })));
    if (d.docs && /^https:\/\//i.test(d.docs)) {
      const a = el('a', { text: 'Provider documentation' });
      a.href = d.docs;
      a.rel = 'noopener noreferrer';
      a.target = '_blank';
      head.append(el('p', {}, a));
    }
    nodes.push(head);

    if (d.causes.length > 0) {
      const ol = el('ol', { cls: 'causes' });
      d.causes.forEach((c, i) => ol.append(renderCause(c, i)));
      nodes.push(el('h2', { text: 'Likely causes' }), ol);
    } else {
      nodes.push(el('p', { cls: 'hint', text: 'No cause could be named from this input.' }));
    }
    if (d.notes.length > 0) {
      const ul = el('ul', { cls: 'notes' });
      for (const n of d.notes) ul.append(el('li', { text: n }));
      nodes.push(el('h2', { text: 'Notes' }), ul);
    }
    const names = Object.keys(d.fields);
    if (names.length > 0) {
      const tbody = el('tbody');
      for (const k of names) tbody.append(el('tr', {}, el('th', { text: k }), el('td', { text: d.fields[k] })));
      nodes.push(el('details', { cls: 'fields' },
        el('summary', { text: `Fields found (${names.length})` }),
        el('div', { cls: 'table-wrap' }, el('table', {},
          el('thead', {}, el('tr', {}, el('th', { text: 'Field' }), el('th', { text: 'Value' }))), tbody))));
    }
    if (d.request) {
      nodes.push(el('details', { cls: 'fields' },
        el('summary', { text: 'The request as read (redacted)' }),
        el('pre', {}, el('code', { text: JSON.stringify(d.request, null, 2) }))));
    }
    return nodes;
  }

  function render(d) {
    result.replaceChildren(...diagnosisNodes(d, true));
    result.dataset.mode = 'single';
    result.hidden = false;
  }

  /**
   * A HAR file's failed requests (explainHar): one collapsible diagnosis each, headed by the
   * method, the redacted URL, the status and the top cause.
   */
  function renderHar(list, name) {
    result.replaceChildren();
    result.dataset.mode = 'har';
    const what = name ? ` in ${name}` : ' in this HAR file';
    const count = list.length === 1 ? '1 failed request' : `${list.length} failed requests`;
    result.append(el('p', { cls: 'har-summary' }, el('strong', { text: list.length === 0 ? `No failed request${what}` : `${count}${what}` }),
      list.length === 0
        ? ' (every entry has a status below 400 and no network error). Record the failing upload, then “Save all as HAR” again.'
        : ' (each explained with the method, URL, headers and form fields its entry recorded; secrets cut).'));
    if (list.length === 0) {
      result.hidden = false;
      return;
    }
    const ol = el('ol', { cls: 'har-list' });
    list.forEach((h, i) => {
      const d = h.diagnosis;
      const top = d.causes[0];
      const entry = el('details', { cls: 'har-entry', data: { index: h.index, causeId: top ? top.id : '' } });
      entry.open = i === 0 || list.length <= 3;
      const status = statusText(d);
      entry.append(
        el('summary', {},
          el('span', { cls: 'badge status', text: status ? `HTTP ${status}` : 'no response' }),
          d.code ? el('span', { cls: 'badge code', text: d.code }) : null,
          el('span', { cls: 'har-request', text: h.request }),
          el('span', { cls: 'har-top', text: top ? top.title : d.title })),
        el('div', { cls: 'har-body' }, ...diagnosisNodes(d, false)));
      ol.append(el('li', {}, entry));
    });
    result.append(ol);
    result.hidden = false;
  }

  /** Whether the text starts like a HAR file (the wasm decides for sure). */
  function looksLikeHar(text) {
    return /^\uFEFF?\s*\{[\s\S]{0,512}"log"\s*:/.test(text.slice(0, 600));
  }

  /**
   * Explains HAR text; false when it is not a HAR file. HAR files hold whole pages (cookies,
   * bodies), so they never go into the address bar: sharing is off for them.
   */
  function explainHarText(text, name) {
    if (!looksLikeHar(text)) return false;
    let list;
    try {
      list = UD.explainHar(text);
    } catch (e) {
      result.hidden = true;
      setMessage(e instanceof Error ? e.message : String(e), true);
      return true;
    }
    if (!list) return false;
    last = null;
    renderHar(list, name);
    shareButton.disabled = true;
    history.replaceState(null, '', location.pathname + location.search);
    setMessage(name ? `Read ${name} in your browser; it was not uploaded anywhere. Share links are off for HAR files.` : 'Share links are off for HAR files (they hold whole pages).');
    return true;
  }

  // --- explaining -------------------------------------------------------------------------------------

  let last = null;

  function explainNow() {
    const s = statusInput.value.trim();
    let status;
    if (s !== '') {
      if (!/^[1-9][0-9]{2}$/.test(s)) {
        result.hidden = true;
        setMessage('The status must be a three-digit HTTP status such as 403.', true);
        statusInput.focus();
        return false;
      }
      status = Number(s);
    }
    if (status === undefined && explainHarText(input.value, '')) return true;
    try {
      const ctx = readContext();
      const text = input.value;
      const d = UD.explain(status === undefined ? text : { status, body: text }, ctx);
      last = d;
      render(d);
      setMessage('');
      history.replaceState(null, '', `#${shareHash(d)}`);
      shareButton.disabled = false;
      return true;
    } catch (e) {
      result.hidden = true;
      setMessage(e instanceof Error ? e.message : String(e), true);
      return false;
    }
  }

  function exampleState(ex) {
    return { text: ex.text, status: ex.status ? String(ex.status) : '', request: ex.request || undefined };
  }

  function renderExamples() {
    const box = $('examples');
    for (const ex of EXAMPLES) {
      const b = el('button', { cls: 'chip', text: ex.label });
      b.type = 'button';
      b.title = `${ex.id} (${ex.source})`;
      b.dataset.example = ex.id;
      b.addEventListener('click', () => {
        setInputs(exampleState(ex));
        if (!explainButton.disabled) explainNow();
      });
      box.append(b);
    }
  }

  // --- files: a HAR (devtools "Save all as HAR") or a saved response, dropped or picked -----------

  const MAX_FILE = 64 << 20;

  async function openFile(file) {
    if (!file) return;
    if (explainButton.disabled) {
      setMessage('Still loading the WebAssembly module; drop the file again in a moment.', true);
      return;
    }
    if (file.size > MAX_FILE) {
      setMessage(`${file.name} is ${Math.round(file.size / 1048576)} MiB: HAR files above 64 MiB are not read. Save only the failing requests (filter the Network tab first).`, true);
      return;
    }
    let text;
    try {
      text = await file.text();
    } catch (e) {
      setMessage(`Could not read ${file.name}: ${e instanceof Error ? e.message : e}`, true);
      return;
    }
    if (explainHarText(text, file.name)) return;
    // Not a HAR file: a saved response, explained like pasted text.
    setInputs({ text: text.length > (2 << 20) ? text.slice(0, 2 << 20) : text });
    explainNow();
  }

  function initFiles() {
    const picker = $('har-file');
    const drop = $('drop');
    $('open-har').addEventListener('click', () => picker.click());
    picker.addEventListener('change', () => {
      const f = picker.files && picker.files[0];
      picker.value = '';
      openFile(f);
    });
    const hasFiles = (e) => Boolean(e.dataTransfer && [...e.dataTransfer.types].includes('Files'));
    let depth = 0;
    document.addEventListener('dragenter', (e) => {
      if (!hasFiles(e)) return;
      depth++;
      drop.hidden = false;
    });
    document.addEventListener('dragleave', (e) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) drop.hidden = true;
    });
    document.addEventListener('dragover', (e) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    });
    document.addEventListener('drop', (e) => {
      depth = 0;
      drop.hidden = true;
      if (!hasFiles(e)) return;
      e.preventDefault();
      openFile(e.dataTransfer.files[0]);
    });
  }

  // --- theme ------------------------------------------------------------------------------------------

  const THEMES = ['auto', 'light', 'dark'];
  function applyTheme(t) {
    if (t === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = t;
    const b = $('theme');
    b.textContent = `Theme: ${t}`;
    b.setAttribute('aria-label', `Colour theme: ${t === 'auto' ? 'follows the system' : t}`);
  }
  function initTheme() {
    let t = 'auto';
    try {
      t = localStorage.getItem('upload-doctor-theme') || 'auto';
    } catch {
      // storage unavailable (file://, privacy settings)
    }
    if (!THEMES.includes(t)) t = 'auto';
    applyTheme(t);
    $('theme').addEventListener('click', () => {
      const cur = document.documentElement.dataset.theme || 'auto';
      const next = THEMES[(THEMES.indexOf(cur) + 1) % THEMES.length];
      applyTheme(next);
      try {
        localStorage.setItem('upload-doctor-theme', next);
      } catch {
        // not kept
      }
    });
  }

  // --- the snippet loader line -----------------------------------------------------------------------

  function initLoader() {
    const code = $('loader');
    let line;
    if (location.protocol === 'http:' || location.protocol === 'https:') {
      const src = new URL('upload-doctor.snippet.js', location.href).href;
      line = `(d=>{const s=d.createElement('script');s.src=${JSON.stringify(src)};d.head.append(s)})(document)`;
    } else {
      line = '// Opened from a file: serve the page (make serve) for a loader line, or paste the content of upload-doctor.snippet.js.';
    }
    code.textContent = line;
    const old = $('copy-loader');
    const b = copyButton(() => line, 'Copy the loader line');
    b.id = 'copy-loader';
    old.replaceWith(b);
    initBookmarklet();
  }

  /**
   * The bookmarklet: run on the user's page, it stops a watcher already there, or adds a script
   * loading the snippet from this page's own origin (and says so in the console when that fails,
   * e.g. blocked by the page's Content-Security-Policy). `%` is escaped: the browser
   * percent-decodes a javascript: URL before running it.
   */
  function bookmarklet(src) {
    const code = '(d=>{const u=window.uploadDoctor;'
      + "if(u&&u.active&&u.off){u.off();console.info('upload-doctor: off');return}"
      + `const s=d.createElement('script');s.src=${JSON.stringify(src)};`
      + "s.onerror=()=>console.warn('upload-doctor: could not load '+s.src+' - blocked by this page (Content-Security-Policy script-src?) or the server is not running: paste the snippet into the console instead');"
      + '(d.head||d.documentElement).append(s)})(document);void 0';
    return `javascript:${code.replace(/%/g, '%25')}`;
  }

  function initBookmarklet() {
    const link = $('bookmarklet');
    const code = $('bookmarklet-code');
    let text;
    if (location.protocol === 'http:' || location.protocol === 'https:') {
      text = bookmarklet(new URL('upload-doctor.snippet.js', location.href).href);
      link.href = text;
      link.title = 'Drag me to the bookmarks bar';
      // This page's own CSP would (rightly) refuse to run it here: say what to do instead.
      link.addEventListener('click', (e) => {
        e.preventDefault();
        $('bookmarklet-note').textContent = 'Not here: drag it to the bookmarks bar and click the bookmark on your own page.';
      });
    } else {
      text = '// Opened from a file: a bookmark cannot load a file from disk into a web page. Serve this page '
        + '(make serve, or www/dist on any static host) for a bookmarklet, or paste the content of upload-doctor.snippet.js.';
      link.removeAttribute('href');
      link.setAttribute('aria-disabled', 'true');
    }
    code.textContent = text;
    const b = copyButton(() => text, 'Copy the bookmarklet');
    b.id = 'copy-bookmarklet';
    $('copy-bookmarklet').replaceWith(b);
  }

  // --- loading the wasm ------------------------------------------------------------------------------

  function base64ToBytes(b64) {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  /** pkg/wasm-inline.js: the module as base64, for file:// where fetch cannot read the .wasm. */
  function loadInline() {
    return new Promise((resolve, reject) => {
      if (typeof self.__uploadDoctorWasm === 'string') {
        resolve(self.__uploadDoctorWasm);
        return;
      }
      const s = document.createElement('script');
      s.src = 'pkg/wasm-inline.js';
      s.onload = () => (typeof self.__uploadDoctorWasm === 'string'
        ? resolve(self.__uploadDoctorWasm)
        : reject(new Error('pkg/wasm-inline.js did not define the module')));
      s.onerror = () => reject(new Error('pkg/wasm-inline.js could not be loaded'));
      document.head.append(s);
    });
  }

  async function loadWasm() {
    if (location.protocol !== 'file:') {
      try {
        await UD.ready('pkg/upload_doctor_bg.wasm');
        return 'fetched';
      } catch {
        // fall back to the inlined copy
      }
    }
    await UD.ready(base64ToBytes(await loadInline()));
    return 'inline';
  }

  async function main() {
    initTheme();
    initLoader();
    renderExamples();
    initFiles();
    if (!UD) {
      setMessage('upload-doctor.global.js did not load: run `make site` (or `make serve`).', true);
      return;
    }
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      explainNow();
    });
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        explainNow();
      }
    });
    $('clear').addEventListener('click', () => {
      setInputs({});
      result.hidden = true;
      result.replaceChildren();
      setMessage('');
      history.replaceState(null, '', location.pathname + location.search);
      shareButton.disabled = true;
      input.focus();
    });
    shareButton.addEventListener('click', async () => {
      if (!last) return;
      history.replaceState(null, '', `#${shareHash(last)}`);
      const ok = await copyText(location.href);
      setMessage(ok ? 'Link copied. It holds the redacted input: signatures, tokens and keys are cut.' : 'Copy the link from the address bar.');
    });
    window.addEventListener('hashchange', () => {
      const state = readHash();
      if (state) {
        setInputs(state);
        explainNow();
      }
    });

    let how;
    try {
      how = await loadWasm();
    } catch (e) {
      setMessage(`Could not load the WebAssembly module: ${e instanceof Error ? e.message : e}`, true);
      return;
    }
    $('version').textContent = `upload-doctor ${UD.version()}`;
    explainButton.disabled = false;
    setMessage('');
    document.documentElement.dataset.ready = how;
    const state = readHash();
    if (state) {
      setInputs(state);
      explainNow();
    } else {
      input.focus();
    }
  }

  main();
})();
