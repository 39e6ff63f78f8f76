/*!
 * upload-doctor devtools snippet: paste this whole file into the console of the page whose upload
 * fails (or load it with the line or the bookmarklet on the upload-doctor page). It wraps fetch and
 * XMLHttpRequest; every failed upload-like request (PUT/POST/PATCH with a body that got a status
 * >= 400 or no response) is explained in a collapsed console group. Nothing is sent anywhere and
 * the page receives exactly what it did before (responses are cloned).
 *
 *   uploadDoctor.off()          restores the original fetch and XMLHttpRequest
 *   uploadDoctor.diagnoses      the latest diagnoses
 *   uploadDoctor.explain(text)  explains a pasted error by hand
 *
 * The WebAssembly module is inlined; a page whose Content-Security-Policy forbids WebAssembly
 * (no 'wasm-unsafe-eval') cannot run it.
 */
// ---- bootstrap (runs at the end of the bundle: `__modules` holds the glue, the core and the watcher)
const core = __modules['./index.js'];
const watcher = __modules['./snippet.js'];
const WASM_BASE64 = '__UPLOAD_DOCTOR_WASM_BASE64__';
const BADGE = 'background:#b42318;color:#fff;border-radius:3px;padding:1px 5px;font-weight:bold';

const previous = globalThis.uploadDoctor;
if (previous && typeof previous.off === 'function') previous.off();

function bytesOf(b64) {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

try {
  core.initSync({ module: bytesOf(WASM_BASE64) });
} catch (e) {
  // Large modules may not compile synchronously on some main threads: compile asynchronously.
  core.preload(bytesOf(WASM_BASE64));
  if (/Content Security Policy|unsafe-eval|CompileError/i.test(String(e && e.message))) {
    console.warn('%cupload-doctor%c this page does not allow WebAssembly (Content-Security-Policy); explanations will fail here: paste the error into the upload-doctor page instead.', BADGE, '', e);
  }
}

const controller = watcher.install({ log: true });
globalThis.uploadDoctor = {
  off: controller.off,
  settled: controller.settled,
  get active() { return controller.active; },
  diagnoses: controller.diagnoses,
  explain: core.explain,
  explainResponse: core.explainResponse,
  explainError: core.explainError,
  explainXhr: core.explainXhr,
  formFieldsOf: core.formFieldsOf,
  toUserMessage: core.toUserMessage,
  version: core.isReady() ? core.version() : null,
};
console.info(`%cupload-doctor%c ${core.isReady() ? core.version() : ''} is watching fetch and XMLHttpRequest uploads. uploadDoctor.off() stops it.`, BADGE, '');
