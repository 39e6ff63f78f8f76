// upload-doctor: decodes object-storage upload errors in the browser (WebAssembly, no network).
//
// The wasm module loads lazily: `await ready()` once (or `preload()` early, or `initSync()` with
// the bytes), then `explain()` is synchronous. `explainResponse()`, `explainAsync()` and
// `diagnose()` wait for it themselves.
//
// Source style (www/scripts/classic.mjs turns these files into a classic script for the page
// and the devtools snippet): single-line `import ... from './x.js';`, `export function|const`,
// `export { a, b };`.
import initWasm, { explain as wasmExplain, explainHar as wasmExplainHar, initSync as wasmInitSync, version as wasmVersion } from './upload_doctor.js';
import { PROVIDER_IDS, CAUSE_IDS, CAUSE_FAMILIES } from './ids.js';

export { PROVIDER_IDS, CAUSE_IDS, CAUSE_FAMILIES };

/** Bytes of a body that are read; the wasm examines the first 1 MiB and notes the truncation. */
const BODY_CAP = (1 << 20) + 1;

/** A specifier bundlers must not follow: Node reads `file:` URLs with it. */
const NODE_FS = 'node:fs/promises';

let initialised = false;
let loading;

/** Where the wasm file lives, next to this module (bundlers pick this expression up). */
function defaultWasmUrl() {
  return new URL('./upload_doctor_bg.wasm', import.meta.url);
}

function misuse(message) {
  return new Error(`upload-doctor: ${message}`);
}

async function load(source) {
  let s = source === undefined || source === null ? defaultWasmUrl() : source;
  if (typeof s === 'string' && s.startsWith('file:')) s = new URL(s);
  if (typeof URL === 'function' && s instanceof URL && s.protocol === 'file:') {
    // Node (tests, SSR): fetch() cannot read file: URLs.
    const fs = await import(/* webpackIgnore: true */ /* @vite-ignore */ NODE_FS);
    s = await fs.readFile(s);
  }
  if (s instanceof ArrayBuffer) s = new Uint8Array(s);
  await initWasm({ module_or_path: s });
}

/**
 * Loads and instantiates the WebAssembly module once; later calls return the same promise.
 * `source` defaults to `upload_doctor_bg.wasm` next to this module; it may also be a URL, a
 * `Response`, the bytes or a compiled `WebAssembly.Module`.
 */
export function ready(source) {
  if (initialised) return Promise.resolve();
  if (!loading) {
    loading = load(source).then(
      () => {
        initialised = true;
      },
      (e) => {
        loading = undefined;
        throw misuse(`could not load the WebAssembly module: ${e instanceof Error ? e.message : String(e)}`);
      },
    );
  }
  return loading;
}

/** Starts loading the WebAssembly module in the background (errors surface at `ready()`). */
export function preload(source) {
  ready(source).catch(() => {});
}

/** Instantiates the module synchronously from its bytes or a compiled `WebAssembly.Module`. */
export function initSync(options) {
  if (initialised) return;
  let module = options;
  if (options && Object.getPrototypeOf(options) === Object.prototype) module = options.module;
  if (module instanceof ArrayBuffer) module = new Uint8Array(module);
  if (!(module instanceof Uint8Array) && !(typeof WebAssembly === 'object' && module instanceof WebAssembly.Module)) {
    throw misuse('initSync() needs { module } with the wasm bytes (Uint8Array, ArrayBuffer) or a WebAssembly.Module');
  }
  wasmInitSync({ module });
  initialised = true;
}

/** Whether the module is loaded, i.e. whether `explain()` can be called now. */
export function isReady() {
  return initialised;
}

function assertReady(what) {
  if (!initialised) {
    throw misuse(`${what}() was called before the WebAssembly module was loaded: \`await ready()\` once first (or use explainAsync() / diagnose(), which wait for it)`);
  }
}

/** The crate version, e.g. `"0.1.0"`. Needs the module loaded. */
export function version() {
  assertReady('version');
  return wasmVersion();
}

// ---------------------------------------------------------------------------------------------
// Normalising what apps hold into what the wasm boundary takes.

function isObject(v) {
  return v !== null && typeof v === 'object';
}

function isResponse(v) {
  return typeof Response === 'function' && v instanceof Response;
}

function isBlob(v) {
  return typeof Blob === 'function' && v instanceof Blob;
}

function isFormData(v) {
  return typeof FormData === 'function' && v instanceof FormData;
}

function isXhrLike(v) {
  return isObject(v) && 'readyState' in v && 'status' in v && typeof v.getAllResponseHeaders === 'function';
}

function headerValue(v) {
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.map(String).join(', ');
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return undefined; // functions, nested objects (axios per-method header groups)
}

/** Headers of any common shape as `[[name, value], ...]`. */
function headerList(h) {
  if (h === undefined || h === null) return [];
  const out = [];
  const push = (k, v) => {
    const value = headerValue(v);
    if (value !== undefined) out.push([String(k), value]);
  };
  if (typeof h === 'string') {
    // A raw header block (XMLHttpRequest.getAllResponseHeaders()).
    for (const line of h.split(/\r?\n/)) {
      const c = line.indexOf(':');
      if (c > 0) push(line.slice(0, c).trim(), line.slice(c + 1).trim());
    }
    return out;
  }
  if (!isObject(h)) return out;
  if (Array.isArray(h)) {
    for (const pair of h) if (Array.isArray(pair) && pair.length >= 2) push(pair[0], pair[1]);
    return out;
  }
  if (typeof h.entries === 'function' && typeof h[Symbol.iterator] === 'function') {
    for (const [k, v] of h.entries()) push(k, v); // Headers, Map
    return out;
  }
  if (typeof h.toJSON === 'function') return headerList(h.toJSON()); // AxiosHeaders, Azure HttpHeaders
  if (typeof h.rawHeaders === 'function') return headerList(h.rawHeaders()); // Azure core-http
  if (typeof h[Symbol.iterator] === 'function') {
    for (const pair of h) if (Array.isArray(pair) && pair.length >= 2) push(pair[0], pair[1]);
    return out;
  }
  for (const [k, v] of Object.entries(h)) push(k, v);
  return out;
}

function headerObject(h) {
  const out = {};
  for (const [k, v] of headerList(h)) out[k] = k in out ? `${out[k]}, ${v}` : v;
  return out;
}

const decoder = () => new TextDecoder('utf-8', { fatal: false });

/** A body as text: strings as they are, bytes decoded, parsed JSON re-serialised. */
function bodyText(body) {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof ArrayBuffer) return decoder().decode(new Uint8Array(body));
  if (ArrayBuffer.isView(body)) return decoder().decode(new Uint8Array(body.buffer, body.byteOffset, body.byteLength));
  if (isBlob(body)) return undefined; // cannot be read synchronously
  if (typeof Document === 'function' && body instanceof Document) {
    try {
      return new XMLSerializer().serializeToString(body);
    } catch {
      return undefined;
    }
  }
  if (isObject(body)) {
    try {
      return JSON.stringify(body);
    } catch {
      return undefined;
    }
  }
  return String(body);
}

/**
 * The multipart fields of a `FormData` in the order they will be sent. Text fields keep their
 * value (secrets are redacted in the diagnosis); files become `{ name, file: { name, size, type } }`
 * and their contents are never read.
 */
export function formFieldsOf(formData) {
  if (!isObject(formData) || typeof formData[Symbol.iterator] !== 'function') {
    throw misuse('formFieldsOf() needs a FormData (or an iterable of [name, value] pairs)');
  }
  const out = [];
  for (const entry of formData) {
    if (!Array.isArray(entry) || entry.length < 2) continue;
    const [name, value] = entry;
    if (isBlob(value) || (isObject(value) && typeof value.size === 'number' && typeof value.type === 'string')) {
      const file = { size: value.size };
      if (typeof value.name === 'string') file.name = value.name;
      if (value.type) file.type = value.type;
      out.push({ name: String(name), file });
    } else {
      out.push({ name: String(name), value: String(value) });
    }
  }
  return out;
}

/** The size in bytes of a request body, when it can be known without reading it. */
function bodySizeOf(body) {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return new TextEncoder().encode(body).length;
  if (isBlob(body)) return body.size;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body.byteLength;
  if (typeof URLSearchParams === 'function' && body instanceof URLSearchParams) return new TextEncoder().encode(body.toString()).length;
  return undefined;
}

/** The request context as the wasm takes it: plain headers object, form fields, ISO date. */
function wireContext(ctx) {
  if (ctx === undefined || ctx === null) return undefined;
  if (!isObject(ctx) || Array.isArray(ctx)) throw misuse(`the context must be a request context object, got ${Array.isArray(ctx) ? 'an array' : typeof ctx}`);
  const out = {};
  for (const [k, v] of Object.entries(ctx)) {
    if (v === undefined || v === null) continue;
    if (k === 'headers') out.headers = headerObject(v);
    else if (k === 'formFields') out.formFields = Array.isArray(v) ? v : formFieldsOf(v);
    else if (k === 'sentAt' && v instanceof Date) out.sentAt = v.toISOString();
    else if (k === 'method' && typeof v === 'string') out.method = v.toUpperCase();
    else if (k === 'url' && typeof URL === 'function' && v instanceof URL) out.url = v.href;
    else out[k] = v; // unknown members reach the wasm, which names them in its error
  }
  return out;
}

/** explain()'s first argument as the wasm takes it. */
function wireInput(input) {
  if (typeof input === 'string' || input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (isResponse(input)) throw misuse('explain() got a fetch Response: use `await explainResponse(response)`, which reads a clone of the body');
  if (isXhrLike(input)) throw misuse('explain() got an XMLHttpRequest: use explainXhr(xhr)');
  if (input instanceof Error) throw misuse('explain() got an Error: use explainError(error)');
  if (isObject(input) && !Array.isArray(input)) {
    const out = {};
    for (const [k, v] of Object.entries(input)) {
      if (v === undefined || v === null) continue;
      if (k === 'headers') out.headers = headerList(v);
      else if (k === 'body') {
        const text = bodyText(v);
        if (text !== undefined) out.body = text;
      } else out[k] = v;
    }
    return out;
  }
  return input; // the wasm names the wrong type
}

/** Fills members the caller did not give (the caller's context always wins). */
function withDefaults(ctx, defaults) {
  const out = { ...(ctx || {}) };
  for (const [k, v] of Object.entries(defaults)) {
    if (v === undefined || v === null || v === '') continue;
    if (k === 'headers' && Object.keys(v).length === 0) continue;
    if (k === 'formFields' && v.length === 0) continue;
    if (out[k] === undefined || out[k] === null) out[k] = v;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The public explain* functions.

/**
 * Explains an upload error synchronously (the module must be loaded: `await ready()` first).
 * `input` is the response text (a body, `curl -i` output, a log line), its bytes, or
 * `{ status?, headers?, body? }`; `context` is what the app knows about the request it sent.
 */
export function explain(input, context) {
  assertReady('explain');
  const options = context === undefined || context === null ? undefined : { request: wireContext(context) };
  try {
    return wasmExplain(wireInput(input), options);
  } catch (e) {
    // The wasm names its own option path; here the request context is the second argument.
    if (e instanceof Error) e.message = e.message.replace('options.request', 'the context (second argument)');
    throw e;
  }
}

/** Like `explain()`, after waiting for the module to load. */
export async function explainAsync(input, context) {
  await ready();
  return explain(input, context);
}

/** A clone of the response, taken before anything awaits (the caller may read the original next). */
function cloneOf(response) {
  if (response.bodyUsed) return undefined;
  try {
    return response.clone();
  } catch {
    return undefined;
  }
}

/** Reads at most `BODY_CAP` bytes of a (cloned) response's body, as text. */
async function readBody(copy) {
  if (!copy) return undefined;
  if (!copy.body || typeof copy.body.getReader !== 'function') {
    try {
      return await copy.text();
    } catch {
      return undefined;
    }
  }
  const reader = copy.body.getReader();
  const dec = decoder();
  let text = '';
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = BODY_CAP - bytes;
      const chunk = value.byteLength > room ? value.subarray(0, room) : value;
      bytes += chunk.byteLength;
      text += dec.decode(chunk, { stream: true });
      if (bytes >= BODY_CAP) {
        reader.cancel().catch(() => {});
        break;
      }
    }
    text += dec.decode();
  } catch {
    // A body that fails half-way still explains with what arrived.
  }
  return text;
}

/**
 * Explains a failed `fetch` response: status, headers and body. The body is read from
 * `response.clone()` (taken at once, before anything awaits), so the caller can still read the
 * original.
 */
export async function explainResponse(response, context) {
  if (!isResponse(response)) throw misuse('explainResponse() needs a fetch Response');
  const copy = cloneOf(response);
  await ready();
  const body = await readBody(copy);
  const ctx = withDefaults(context, { url: response.url });
  const input = { status: response.status, headers: headerList(response.headers) };
  if (body !== undefined) input.body = body;
  return explain(input, ctx);
}

/** The response body of a finished XMLHttpRequest as text, whatever its `responseType`. */
function xhrBody(xhr) {
  try {
    switch (xhr.responseType) {
      case '':
      case 'text':
        return xhr.responseText;
      case 'document':
        return bodyText(xhr.responseXML);
      default:
        return bodyText(xhr.response); // json, arraybuffer (blob cannot be read synchronously)
    }
  } catch {
    return undefined;
  }
}

function fromXhr(xhr, ctx) {
  const status = Number(xhr.status) || 0;
  const defaults = {};
  if (typeof xhr.responseURL === 'string') defaults.url = xhr.responseURL;
  if (status === 0) {
    defaults.fetchError = 'XMLHttpRequest failed without an HTTP response (status 0: network error or blocked by CORS)';
    return { input: '', ctx: withDefaults(ctx, defaults) };
  }
  let headers = [];
  try {
    headers = headerList(xhr.getAllResponseHeaders() || '');
  } catch {
    // not available before the headers arrived
  }
  const input = { status, headers };
  const body = xhrBody(xhr);
  if (body !== undefined) input.body = body;
  return { input, ctx: withDefaults(ctx, defaults) };
}

/**
 * Explains every failed request (status 0 or >= 400, or a recorded network error) of a HAR file,
 * the devtools "Save all as HAR" export, each with the request context its entry records. Takes
 * the file's text, its bytes or the parsed object; returns `[{ index, request, diagnosis }]`
 * (`request` is "METHOD URL", redacted), or `null` when the input is not a HAR file.
 */
export function explainHar(har) {
  assertReady('explainHar');
  let text;
  if (typeof har === 'string' || har instanceof ArrayBuffer || ArrayBuffer.isView(har)) text = bodyText(har);
  else if (isObject(har) && !isBlob(har) && !isResponse(har)) text = JSON.stringify(har);
  if (typeof text !== 'string') {
    throw misuse(`explainHar() needs the HAR file's text, its bytes or the parsed object${isBlob(har) ? ' (read a File/Blob with `await file.text()` first)' : ''}`);
  }
  return wasmExplainHar(text);
}

/** Explains a failed `XMLHttpRequest` (call it from `load`/`loadend`/`error`). */
export function explainXhr(xhr, context) {
  assertReady('explainXhr');
  if (!isXhrLike(xhr)) throw misuse('explainXhr() needs an XMLHttpRequest');
  const { input, ctx } = fromXhr(xhr, context);
  return explain(input, ctx);
}

// --- errors thrown by fetch and by SDKs ---------------------------------------------------------

const FETCH_FAILURE = /\b(?:Failed to fetch|NetworkError when attempting to fetch|Load failed|fetch failed|Network request failed|Network Error)\b/;

function xmlEscape(s) {
  return String(s).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** `<Error><Code>…</Code>…</Error>` from the members an SDK copied off the parsed body. */
function xmlError(code, message, members) {
  let xml = '<?xml version="1.0" encoding="UTF-8"?>\n<Error>';
  if (code) xml += `<Code>${xmlEscape(code)}</Code>`;
  if (message) xml += `<Message>${xmlEscape(message)}</Message>`;
  for (const [k, v] of members) {
    if (XML_NAME.test(k)) xml += `<${k}>${xmlEscape(v)}</${k}>`;
  }
  return `${xml}</Error>`;
}

function errorText(err) {
  const name = typeof err.name === 'string' && err.name ? err.name : 'Error';
  const message = typeof err.message === 'string' ? err.message : '';
  return message ? `${name}: ${message}` : name;
}

/** The request the SDK/library saw, as a context: method, url, headers, form fields. */
function requestDefaults(method, url, headers, body) {
  const d = {};
  if (typeof method === 'string') d.method = method.toUpperCase();
  if (typeof url === 'string') d.url = url;
  else if (typeof URL === 'function' && url instanceof URL) d.url = url.href;
  if (headers) d.headers = headerObject(headers);
  if (isFormData(body)) d.formFields = formFieldsOf(body);
  const size = isFormData(body) ? undefined : bodySizeOf(body);
  if (size !== undefined) d.bodySize = size;
  return d;
}

// AWS SDK for JavaScript v3: S3ServiceException and friends.
const AWS_SKIP = new Set(['name', 'message', 'stack', 'Code', 'code', 'Message', 'cause']);
function fromAwsSdk(err, ctx) {
  const meta = err.$metadata || {};
  const res = isObject(err.$response) ? err.$response : undefined;
  const status = Number(meta.httpStatusCode || (res && res.statusCode)) || undefined;
  const headers = res ? headerList(res.headers) : [];
  let body = res ? bodyText(typeof res.body === 'string' || ArrayBuffer.isView(res.body) ? res.body : undefined) : undefined;
  if (!body) {
    const code = [err.Code, err.code, err.name].find((c) => typeof c === 'string' && /^[A-Za-z][A-Za-z0-9.]*$/.test(c) && !['Error', 'S3ServiceException', 'ServiceException', 'UnknownError'].includes(c));
    const members = [];
    for (const [k, v] of Object.entries(err)) {
      if (k.startsWith('$') || AWS_SKIP.has(k)) continue;
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') members.push([k, v]);
    }
    if (meta.requestId && !members.some(([k]) => k === 'RequestId')) members.push(['RequestId', meta.requestId]);
    if (meta.extendedRequestId && !members.some(([k]) => k === 'HostId')) members.push(['HostId', meta.extendedRequestId]);
    const message = typeof err.message === 'string' && err.message !== code ? err.message : (err.Message || '');
    if (!status && !code && headers.length === 0 && FETCH_FAILURE.test(message)) {
      return { input: '', ctx: withDefaults(ctx, { fetchError: message, sdk: 'aws-sdk-js-v3' }) };
    }
    body = code || message ? xmlError(code, message, members) : '';
  }
  const input = { headers, body };
  if (status) input.status = status;
  return { input, ctx: withDefaults(ctx, { sdk: 'aws-sdk-js-v3' }) };
}

// axios: err.response.{status, headers, data}; err.config is the request.
function fromAxios(err, ctx) {
  const cfg = isObject(err.config) ? err.config : {};
  let url = cfg.url;
  if (typeof url === 'string' && typeof cfg.baseURL === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(url)) {
    url = cfg.baseURL.replace(/\/+$/, '') + '/' + url.replace(/^\/+/, '');
  }
  const c = withDefaults(ctx, requestDefaults(cfg.method, url, cfg.headers, cfg.data));
  const res = err.response;
  if (!isObject(res)) {
    const msg = typeof err.message === 'string' ? err.message : 'Network Error';
    return { input: '', ctx: withDefaults(c, { fetchError: err.code ? `${msg} (${err.code})` : msg }) };
  }
  const input = { status: Number(res.status) || undefined, headers: headerList(res.headers) };
  const body = bodyText(res.data);
  if (body !== undefined) input.body = body;
  return { input, ctx: c };
}

// Azure SDK: RestError { statusCode, code, request, response: { status, headers, bodyAsText } }.
function fromAzure(err, ctx) {
  const req = isObject(err.request) ? err.request : {};
  const c = withDefaults(ctx, requestDefaults(req.method, req.url, req.headers));
  const res = isObject(err.response) ? err.response : {};
  const status = Number(err.statusCode || res.status) || undefined;
  const headers = headerList(res.headers);
  let body = typeof res.bodyAsText === 'string' ? res.bodyAsText : undefined;
  if (!status && !body) {
    return { input: '', ctx: withDefaults(c, { fetchError: `${errorText(err)}${err.code ? ` (${err.code})` : ''}` }) };
  }
  if (!body) {
    if (err.code && !headers.some(([k]) => k.toLowerCase() === 'x-ms-error-code')) headers.push(['x-ms-error-code', String(err.code)]);
    body = xmlError(err.code, err.message, []);
  }
  const input = { headers, body };
  if (status) input.status = status;
  return { input, ctx: c };
}

// Supabase: StorageApiError { message, status, statusCode }, StorageUnknownError { originalError }.
function fromSupabase(err, ctx) {
  if (err.name === 'StorageUnknownError' && isObject(err.originalError)) {
    const inner = fromError(err.originalError, ctx, 1);
    if (inner.recognised) return inner;
  }
  const json = { name: err.name, message: err.message };
  if (err.status !== undefined) json.status = err.status;
  if (err.statusCode !== undefined) json.statusCode = err.statusCode;
  if (err.error !== undefined) json.error = err.error;
  const input = { body: JSON.stringify(json) };
  const status = Number(err.status);
  if (status >= 100 && status <= 999) input.status = status;
  return { input, ctx };
}

// Uppy: error.request / error.source (the XMLHttpRequest), or the upload-error `response`.
function fromUppy(err, ctx) {
  const xhr = [err.request, err.source, isObject(err.response) ? err.response.request : undefined].find(isXhrLike);
  if (xhr && Number(xhr.status) > 0) return fromXhr(xhr, ctx);
  const res = err.response;
  if (isObject(res) && typeof res.status === 'number' && res.status > 0) {
    const input = { status: res.status, headers: headerList(res.headers) };
    const body = bodyText(res.body !== undefined ? res.body : res.data);
    if (body !== undefined) input.body = body;
    return { input, ctx };
  }
  if (xhr || err.isNetworkError) {
    const msg = typeof err.message === 'string' && err.message ? err.message : 'Network Error';
    return { input: '', ctx: withDefaults(ctx, { fetchError: msg }) };
  }
  return { input: errorText(err), ctx };
}

/** Picks the adapter for an error; `recognised` is false for the plain-text fallback. */
function fromError(err, ctx, depth) {
  if (err === undefined || err === null) return { input: '', ctx, recognised: false };
  if (typeof err === 'string') return { input: err, ctx, recognised: true };
  if (!isObject(err) && typeof err !== 'function') return { input: String(err), ctx, recognised: false };
  const r = (x) => ({ ...x, recognised: true });
  if (isXhrLike(err)) return r(fromXhr(err, ctx));
  if (isObject(err.$metadata)) return r(fromAwsSdk(err, ctx));
  if (err.isAxiosError === true || err.name === 'AxiosError') return r(fromAxios(err, ctx));
  if (err.name === 'RestError' || (typeof err.statusCode === 'number' && isObject(err.response) && 'bodyAsText' in err.response)) return r(fromAzure(err, ctx));
  if (/^Storage(Api|Unknown)?Error$/.test(err.name || '') || err.__isStorageError === true) return r(fromSupabase(err, ctx));
  if (isXhrLike(err.request) || isXhrLike(err.source) || err.isNetworkError === true
    || (isObject(err.response) && typeof err.response.status === 'number')) return r(fromUppy(err, ctx));
  if (typeof err.message === 'string' && FETCH_FAILURE.test(err.message) && (err.name === 'TypeError' || err.name === 'NetworkError' || !('status' in err))) {
    let msg = err.message;
    const code = isObject(err.cause) ? err.cause.code : undefined;
    if (typeof code === 'string' && !msg.includes(code)) msg += ` (${code})`;
    return r({ input: '', ctx: withDefaults(ctx, { fetchError: msg }) });
  }
  if (depth < 3 && isObject(err.cause)) {
    const inner = fromError(err.cause, ctx, depth + 1);
    if (inner.recognised) return inner;
  }
  const input = { body: errorText(err) };
  const status = Number(err.status ?? err.statusCode);
  if (status >= 100 && status <= 999) input.status = status;
  return { input, ctx, recognised: false };
}

/**
 * Explains an error thrown or reported by `fetch` (a `TypeError` with no response), the AWS SDK
 * v3 (`S3ServiceException`), axios, Uppy, Supabase (`StorageApiError`) or the Azure SDK
 * (`RestError`); anything else is read as text. Synchronous: the module must be loaded.
 */
export function explainError(err, context) {
  assertReady('explainError');
  const { input, ctx } = fromError(err, context, 0);
  return explain(input, ctx);
}

/**
 * Explains whatever an upload produced: a `Response`, an `XMLHttpRequest`, an error from fetch or
 * an SDK, or `explain()`'s input. Waits for the module to load.
 */
export async function diagnose(source, context) {
  if (isResponse(source)) return explainResponse(source, context); // clones before awaiting
  await ready();
  if (isXhrLike(source)) return explainXhr(source, context);
  if (typeof source === 'string' || source instanceof Uint8Array || source instanceof ArrayBuffer) return explain(source, context);
  if (isObject(source) && !(source instanceof Error) && Object.keys(source).length > 0
    && Object.keys(source).every((k) => k === 'status' || k === 'headers' || k === 'body')) {
    return explain(source, context);
  }
  return explainError(source, context);
}

// ---------------------------------------------------------------------------------------------
// What to tell the end user.

const FAMILY_MESSAGES = {
  auth: 'The upload was not authorised. Please sign in again and retry.',
  signature: 'The upload was refused by the storage service. Please try again, and contact support if it keeps happening.',
  time: "Your device's clock seems to be wrong. Set it to update automatically, then try again.",
  presign: 'The upload link has expired. Please try again.',
  post: 'The upload was refused by the storage service. Please contact support.',
  size: 'The file size is not accepted.',
  endpoint: 'The upload went to the wrong place. Please contact support.',
  cors: 'Your browser blocked the upload for security reasons. Please contact support.',
  network: 'The upload could not reach the server. Check your internet connection and try again.',
  permission: "You don't have permission to upload here.",
  resource: 'The place this upload goes to could not be found. Please contact support.',
  multipart: 'The upload could not be completed. Please try again.',
  integrity: 'The file was damaged on its way to the server. Please try again.',
  request: 'The upload was not accepted. Please try again, and contact support if it keeps happening.',
  provider: 'The storage service is having trouble. Please try again in a few minutes.',
  proxy: 'A server on the way to the storage service failed. Please try again in a few minutes.',
};

const CAUSE_MESSAGES = {
  'auth.token-expired': 'Your session has expired. Please sign in again and retry.',
  'presign.expiry-too-long': 'The upload could not be prepared. Please contact support.',
  'size.too-large': 'The file is too large to upload.',
  'size.too-small': 'The file is too small to upload.',
  'size.content-length-missing': 'Your browser sent the file in a way the server does not accept. Please try again.',
  'resource.already-exists': 'A file with this name already exists.',
  'resource.upload-not-found': 'The upload was interrupted and cannot be resumed. Please start it again.',
  'resource.locked': 'The file is in use. Please try again in a moment.',
  'request.invalid-content-type': 'This type of file is not allowed.',
  'request.invalid-name': 'The file name is not allowed. Rename the file and try again.',
  'provider.throttled': 'Too many uploads at once. Please wait a moment and try again.',
  'provider.quota-exceeded': 'There is no storage space left for this upload. Please contact support.',
  'provider.not-implemented': 'This kind of upload is not supported. Please contact support.',
};

/**
 * One short sentence to show the end user for a diagnosis: plain words, no error codes, no
 * provider jargon and nothing copied from the response (so no secrets).
 */
export function toUserMessage(diagnosis) {
  const top = isObject(diagnosis) && Array.isArray(diagnosis.causes) ? diagnosis.causes[0] : undefined;
  const id = top && typeof top.id === 'string' ? top.id : '';
  if (CAUSE_MESSAGES[id]) return CAUSE_MESSAGES[id];
  const family = id.split('.')[0];
  if (Object.prototype.hasOwnProperty.call(FAMILY_MESSAGES, family)) return FAMILY_MESSAGES[family];
  return 'The upload failed. Please try again, and contact support if it keeps happening.';
}
