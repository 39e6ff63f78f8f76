// Shared by the live clients (s3.mjs, azure.mjs, gcs.mjs): records what a real client sent and
// what the server answered, one JSON file per fault, for report.mjs to turn into fixture-format
// captures and check with the CLI.
//
// A record: { server, fault, client, what, request: RequestContext (camelCase, as the client knows
// it), response: { status, reason, headers: [[name, value]], body } | null, fetchError, notes[] }.
import { mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { STATUS_CODES } from "node:http";
import { Readable } from "node:stream";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** `name@version` of an installed package (from its package.json). */
export function pkgVersion(name) {
  const main = require.resolve(name);
  let dir = dirname(main);
  for (let i = 0; i < 8; i++) {
    try {
      const p = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      if (p.name === name) return p.version;
    } catch {}
    dir = dirname(dir);
  }
  return "unknown";
}

/** Parses `--name value` pairs. */
export function args() {
  const out = {};
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; i += 2) out[a[i].replace(/^--/, "")] = a[i + 1];
  return out;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Headers as [[name, value]] from a fetch Headers, a plain object or an HttpHeaders. */
export function headerPairs(h) {
  if (!h) return [];
  if (typeof h.entries === "function" && !(h instanceof Map) && typeof h.get === "function")
    return [...h.entries()].map(([k, v]) => [k, String(v)]);
  if (typeof h.toJSON === "function") h = h.toJSON();
  if (h instanceof Map) return [...h.entries()].map(([k, v]) => [k, String(v)]);
  return Object.entries(h)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => [k, Array.isArray(v) ? v.join(", ") : String(v)]);
}

export class Recorder {
  constructor(server, outDir) {
    this.server = server;
    this.dir = join(outDir, server);
    mkdirSync(this.dir, { recursive: true });
    this.count = 0;
  }

  /** Writes one record. `response` null means the client got no HTTP response (fetchError). */
  save(fault, rec) {
    const r = { server: this.server, fault, notes: [], ...rec };
    if (r.response && !r.response.reason) r.response.reason = STATUS_CODES[r.response.status] || "";
    writeFileSync(join(this.dir, `${fault}.json`), JSON.stringify(r, null, 2) + "\n");
    this.count++;
    const st = r.response ? r.response.status : `no response (${r.fetchError})`;
    console.log(`  ${this.server.padEnd(11)} ${fault.padEnd(28)} -> ${st}`);
  }

  /** Runs one fault; a thrown error that is not recorded becomes a "client-error" record. */
  async run(fault, fn) {
    try {
      await fn();
    } catch (e) {
      console.log(`  ${this.server.padEnd(11)} ${fault.padEnd(28)} -> client error: ${e && e.stack}`);
      this.save(fault, { client: "?", what: "the client failed before a response was recorded", request: {}, response: null, fetchError: String(e && e.message), clientError: true });
    }
  }
}

/**
 * fetch that records: returns { res, body, rec } where rec is { request, response, fetchError }.
 * `knows` adds what the client knows beyond the wire (formFields, sdk).
 */
export async function recordedFetch(url, init, knows = {}) {
  const sentAt = new Date().toISOString();
  const headers = headerPairs(init.headers || {});
  let bodySize;
  if (typeof init.body === "string") bodySize = Buffer.byteLength(init.body);
  else if (init.body instanceof Uint8Array) bodySize = init.body.byteLength;
  else if (init.body instanceof Blob) bodySize = init.body.size;
  else if (init.body instanceof FormData) bodySize = (await new Response(init.body).arrayBuffer()).byteLength;
  const request = {
    method: init.method || "GET",
    url,
    headers: Object.fromEntries(headers),
    ...(knows.formFields ? { formFields: knows.formFields } : {}),
    ...(bodySize !== undefined ? { bodySize } : {}),
    sentAt,
    sdk: knows.sdk || `fetch (node ${process.version})`,
  };
  try {
    const res = await fetch(url, init);
    const body = await res.text();
    return {
      res,
      body,
      rec: { request, response: { status: res.status, reason: res.statusText, headers: headerPairs(res.headers), body } },
    };
  } catch (e) {
    const cause = e.cause ? ` (${e.cause.code || ""} ${e.cause.message || e.cause})` : "";
    request.fetchError = `${e.name}: ${e.message}${cause}`;
    return { res: null, body: null, rec: { request, response: null, fetchError: request.fetchError } };
  }
}

/**
 * Sends a FormData with node:http and reads the answer even when the server answers before it
 * has read the body (what a browser shows; Node's fetch reports EPIPE then). Returns the response
 * part of a record, or null.
 */
export async function postFormEarlyAnswer(url, fd) {
  const { request } = await import("node:http");
  const r = new Response(fd);
  const body = Buffer.from(await r.arrayBuffer());
  const ctype = r.headers.get("content-type");
  return new Promise((resolve) => {
    const req = request(url, { method: "POST", headers: { "content-type": ctype, "content-length": body.length } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const headers = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) headers.push([res.rawHeaders[i].toLowerCase(), res.rawHeaders[i + 1]]);
        resolve({ status: res.statusCode, reason: res.statusMessage, headers, body: Buffer.concat(chunks).toString("utf8") });
      });
      res.on("error", () => resolve(null));
    });
    req.on("error", () => {}); // EPIPE/ECONNRESET while writing: the answer may still arrive
    req.setTimeout(10000, () => { req.destroy(); resolve(null); });
    req.end(body);
  });
}

/** Describes a FormData's fields in order, as RequestContext.formFields. */
export function formFieldsOf(fd) {
  const out = [];
  for (const [name, v] of fd.entries()) {
    if (typeof v === "string") out.push({ name, value: v });
    else out.push({ name, file: { name: v.name, size: v.size, type: v.type } });
  }
  return out;
}

/**
 * An aws-sdk-js-v3 request handler around NodeHttpHandler that buffers each response body and
 * keeps the last exchange (`.last`), so the raw answer behind an SDK exception can be saved.
 */
export class RecordingHandler {
  constructor(inner, sdk, clockOffsetMs = 0) {
    this.inner = inner;
    this.clockOffsetMs = clockOffsetMs; // the simulated error of the client's clock, for sentAt
    this.sdk = sdk;
    this.last = null;
    this.metadata = inner.metadata;
  }
  async handle(request, options) {
    const sentAt = new Date(Date.now() + this.clockOffsetMs).toISOString();
    const q = request.query || {};
    const qs = Object.entries(q)
      .flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]))
      .map(([k, v]) => (v === null || v === undefined ? encodeURIComponent(k) : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`))
      .join("&");
    const port = request.port ? `:${request.port}` : "";
    const url = `${request.protocol}//${request.hostname}${port}${request.path}${qs ? `?${qs}` : ""}`;
    let bodySize;
    const b = request.body;
    if (typeof b === "string") bodySize = Buffer.byteLength(b);
    else if (b && typeof b.byteLength === "number") bodySize = b.byteLength;
    else if (request.headers["content-length"]) bodySize = Number(request.headers["content-length"]);
    const rec = {
      request: { method: request.method, url, headers: { ...request.headers }, ...(bodySize !== undefined ? { bodySize } : {}), sentAt, sdk: this.sdk },
      response: null,
    };
    this.last = rec;
    let out;
    try {
      out = await this.inner.handle(request, options);
    } catch (e) {
      rec.fetchError = `${e.name}: ${e.message}${e.code ? ` (${e.code})` : ""}`;
      rec.request.fetchError = rec.fetchError;
      throw e;
    }
    const res = out.response;
    const chunks = [];
    if (res.body) for await (const c of res.body) chunks.push(Buffer.from(c));
    const buf = Buffer.concat(chunks);
    res.body = Readable.from(buf.length ? [buf] : []);
    rec.response = { status: res.statusCode, reason: res.reason || "", headers: headerPairs(res.headers), body: buf.toString("utf8") };
    return out;
  }
  updateHttpClientConfig(k, v) {
    this.inner.updateHttpClientConfig?.(k, v);
  }
  httpHandlerConfigs() {
    return this.inner.httpHandlerConfigs?.() ?? {};
  }
  destroy() {
    this.inner.destroy?.();
  }
}

export const liveDir = here;
