// Watches fetch and XMLHttpRequest for failed uploads and explains each one in the console.
// Used by the devtools snippet (www/snippet/) and available as `upload-doctor/snippet` for
// development builds. It never changes what the page receives: responses are cloned, errors are
// re-thrown unchanged, and listeners only read.
import { explainResponse, explainXhr, explainError, formFieldsOf, ready, isReady } from './index.js';

const UPLOAD_METHODS = new Set(['PUT', 'POST', 'PATCH']);
const KEEP = 20;

const STYLE_BADGE = 'background:#b42318;color:#fff;border-radius:3px;padding:1px 5px;font-weight:bold';
const STYLE_BOLD = 'font-weight:bold';
const STYLE_MUTED = 'color:#6e7781';
const STYLE_CODE = 'font-family:ui-monospace,monospace;color:#0a3069;background:rgba(175,184,193,0.2);padding:0 2px';
const STYLE_CAUSE = 'font-weight:bold;color:#0969da';
const STYLE_RESET = '';

function hasBody(body) {
  return body !== undefined && body !== null;
}

function headersObject(h) {
  const out = {};
  if (!h) return out;
  try {
    if (typeof Headers === 'function' && h instanceof Headers) {
      h.forEach((v, k) => {
        out[k] = v;
      });
    } else if (Array.isArray(h)) {
      for (const [k, v] of h) out[String(k)] = String(v);
    } else if (typeof h === 'object') {
      for (const [k, v] of Object.entries(h)) if (v !== undefined && v !== null) out[k] = String(v);
    }
  } catch {
    // unusual header containers are skipped
  }
  return out;
}

function sizeOf(body) {
  if (!hasBody(body)) return undefined;
  if (typeof body === 'string') return new TextEncoder().encode(body).length;
  if (typeof Blob === 'function' && body instanceof Blob) return body.size;
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body.byteLength;
  return undefined;
}

/** The request context of an upload, captured before it is sent. */
function contextOf(method, url, headers, body) {
  const ctx = { method, url: String(url), headers, sentAt: new Date().toISOString() };
  if (typeof FormData === 'function' && body instanceof FormData) {
    try {
      ctx.formFields = formFieldsOf(body);
    } catch {
      // not iterable in this browser
    }
  } else {
    const size = sizeOf(body);
    if (size !== undefined) ctx.bodySize = size;
  }
  return ctx;
}

function absolute(url) {
  try {
    return new URL(String(url), globalThis.location ? globalThis.location.href : undefined).href;
  } catch {
    return String(url);
  }
}

/** Prints a diagnosis as one collapsed, coloured console group. */
export function printDiagnosis(d, info = {}, log = globalThis.console) {
  const where = `${info.method || (d.request && d.request.method) || ''} ${(d.request && d.request.url) || ''}`.trim();
  const status = d.httpStatus !== null ? `HTTP ${d.httpStatus}${d.status !== null && d.status !== d.httpStatus ? ` (really ${d.status})` : ''}` : 'no response';
  log.groupCollapsed(`%cupload-doctor%c ${status} ${where}\n%c${d.title}%c  ${d.provider}${d.code ? ` · ${d.code}` : ''}`,
    STYLE_BADGE, STYLE_MUTED, STYLE_BOLD, STYLE_MUTED);
  if (d.message) log.log(`%cmessage%c ${d.message}`, STYLE_MUTED, STYLE_RESET);
  if (d.requestId) log.log(`%crequest id%c ${d.requestId}`, STYLE_MUTED, STYLE_CODE);
  d.causes.forEach((c, i) => {
    log.log(`%c${i + 1}. ${c.title}%c  ${Math.round(c.confidence * 100)}% · ${c.id}`, STYLE_CAUSE, STYLE_MUTED);
    log.log(`%c${c.explanation}`, STYLE_RESET);
    for (const e of c.evidence) log.log(`%c  evidence:%c ${e}`, STYLE_MUTED, STYLE_RESET);
    for (const f of c.fixes) {
      log.log(`%c  fix:%c ${f.title}`, STYLE_MUTED, STYLE_BOLD);
      f.steps.forEach((s, n) => log.log(`     ${n + 1}. ${s}`));
      if (f.snippet) log.log(`%c${f.snippet.code}`, STYLE_CODE);
    }
  });
  for (const n of d.notes) log.log(`%cnote:%c ${n}`, STYLE_MUTED, STYLE_RESET);
  log.log('%cdiagnosis object:', STYLE_MUTED, d);
  log.groupEnd();
}

/**
 * Wraps `fetch` and `XMLHttpRequest` so that every failed upload-like request (PUT, POST or
 * PATCH with a body that got a status ≥ 400 or no response) is explained. Returns a controller
 * whose `off()` restores the originals.
 *
 * Options: `log` (default true: print to the console), `onDiagnosis(diagnosis, info)`,
 * `isUpload(info)` to choose which requests count, `target` (default `globalThis`).
 */
export function install(options = {}) {
  const target = options.target || globalThis;
  const log = options.log === false ? null : (options.console || target.console || globalThis.console);
  const isUpload = typeof options.isUpload === 'function'
    ? options.isUpload
    : (info) => UPLOAD_METHODS.has(info.method) && info.hasBody;
  const diagnoses = [];
  const pending = new Set();

  function report(d, info) {
    diagnoses.push(d);
    if (diagnoses.length > KEEP) diagnoses.shift();
    if (log) {
      try {
        printDiagnosis(d, info, log);
      } catch {
        // a console without groups
      }
    }
    if (typeof options.onDiagnosis === 'function') {
      try {
        options.onDiagnosis(d, info);
      } catch (e) {
        if (log) log.error('upload-doctor: onDiagnosis threw', e);
      }
    }
  }

  function track(promise) {
    pending.add(promise);
    promise.finally(() => pending.delete(promise));
  }

  function fail(e) {
    if (log) log.warn('upload-doctor: could not explain this request:', e);
  }

  // --- fetch -------------------------------------------------------------------------------------
  const originalFetch = target.fetch;
  let wrappedFetch;
  if (typeof originalFetch === 'function') {
    wrappedFetch = function fetch(input, init) {
      let info;
      try {
        const req = typeof Request === 'function' && input instanceof Request ? input : null;
        const method = String((init && init.method) || (req && req.method) || 'GET').toUpperCase();
        const body = init && 'body' in init ? init.body : undefined;
        const bodyGiven = hasBody(body) || Boolean(req && req.body);
        const url = absolute(req ? req.url : input);
        const headers = { ...headersObject(req && req.headers), ...headersObject(init && init.headers) };
        info = { kind: 'fetch', method, url, hasBody: bodyGiven };
        if (!isUpload(info)) info = null;
        else info.context = contextOf(method, url, headers, body);
      } catch {
        info = null;
      }
      // eslint-disable-next-line prefer-rest-params
      const result = originalFetch.apply(this, arguments);
      if (!info) return result;
      result.then(
        (res) => {
          if (res && res.status >= 400) {
            track(explainResponse(res, info.context).then((d) => report(d, { ...info, status: res.status }), fail));
          }
        },
        (err) => {
          if (err && err.name === 'AbortError') return;
          track(ready().then(() => report(explainError(err, info.context), { ...info, error: err }), fail));
        },
      );
      return result; // the page gets exactly what fetch gave it
    };
    target.fetch = wrappedFetch;
  }

  // --- XMLHttpRequest ------------------------------------------------------------------------------
  const XHR = target.XMLHttpRequest;
  const proto = XHR && XHR.prototype;
  const originals = proto ? { open: proto.open, send: proto.send, setRequestHeader: proto.setRequestHeader } : null;
  const seen = new WeakMap();
  const wrapped = {};
  if (proto) {
    wrapped.open = function open(method, url) {
      seen.set(this, { method: String(method).toUpperCase(), url: absolute(url), headers: {} });
      // eslint-disable-next-line prefer-rest-params
      return originals.open.apply(this, arguments);
    };
    wrapped.setRequestHeader = function setRequestHeader(name, value) {
      const s = seen.get(this);
      if (s) s.headers[String(name)] = String(value);
      // eslint-disable-next-line prefer-rest-params
      return originals.setRequestHeader.apply(this, arguments);
    };
    wrapped.send = function send(body) {
      const s = seen.get(this);
      if (s) {
        const info = { kind: 'xhr', method: s.method, url: s.url, hasBody: hasBody(body) };
        if (isUpload(info)) {
          info.context = contextOf(s.method, s.url, s.headers, body);
          const xhr = this;
          let outcome = 'load';
          const onError = () => { outcome = 'error'; };
          const onAbort = () => { outcome = 'abort'; };
          const onTimeout = () => { outcome = 'timeout'; };
          const onEnd = () => {
            xhr.removeEventListener('error', onError);
            xhr.removeEventListener('abort', onAbort);
            xhr.removeEventListener('timeout', onTimeout);
            xhr.removeEventListener('loadend', onEnd);
            if (outcome === 'abort') return;
            if (outcome === 'load' && xhr.status < 400 && xhr.status !== 0) return;
            const ctx = { ...info.context };
            if (outcome === 'timeout') ctx.fetchError = 'XMLHttpRequest timed out (ETIMEDOUT)';
            track(ready().then(() => report(explainXhr(xhr, ctx), { ...info, status: xhr.status }), fail));
          };
          xhr.addEventListener('error', onError);
          xhr.addEventListener('abort', onAbort);
          xhr.addEventListener('timeout', onTimeout);
          xhr.addEventListener('loadend', onEnd);
        }
      }
      // eslint-disable-next-line prefer-rest-params
      return originals.send.apply(this, arguments);
    };
    proto.open = wrapped.open;
    proto.setRequestHeader = wrapped.setRequestHeader;
    proto.send = wrapped.send;
  }

  let active = true;
  return {
    /** The latest diagnoses (at most 20), oldest first. */
    diagnoses,
    /** Whether the wrappers are in place. */
    get active() {
      return active;
    },
    /** Resolves when every explanation already started has been reported. */
    async settled() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    /** Restores the original fetch and XMLHttpRequest methods. */
    off() {
      if (!active) return;
      active = false;
      if (wrappedFetch) {
        if (target.fetch === wrappedFetch) target.fetch = originalFetch;
        else if (log) log.warn('upload-doctor: fetch was wrapped again after upload-doctor; left as it is');
      }
      if (proto) {
        for (const k of ['open', 'send', 'setRequestHeader']) {
          if (proto[k] === wrapped[k]) proto[k] = originals[k];
        }
      }
    },
    /** Whether the wasm is loaded. */
    isReady,
  };
}
