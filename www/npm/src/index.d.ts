// Types of the `upload-doctor` package (hand-written; the id unions come from ./ids.js, which is
// generated from the repository's ids/*.txt).

import type { CauseFamily, CauseId, ProviderId } from './ids.js';

export type { CauseFamily, CauseId, CauseIds, ProviderId, ProviderIds } from './ids.js';
export { CAUSE_FAMILIES, CAUSE_IDS, PROVIDER_IDS } from './ids.js';

/** The shape in which the error arrived. */
export type BodyFormat = 'xml' | 'json' | 'problem-json' | 'html' | 'text' | 'empty';

/** A copyable block of code or configuration. */
export interface Snippet {
  /** Language for highlighting: `js`, `json`, `xml`, `shell`, `python`, `toml`, `text`, ... */
  language: string;
  /** The code itself. */
  code: string;
}

/** A concrete remedy. */
export interface Fix {
  /** Short imperative title ("Put the file field last"). */
  title: string;
  /** Steps, in order. */
  steps: string[];
  /** Something to copy: a config block, a code change, a command. */
  snippet: Snippet | null;
}

/** One possible cause of the failure. */
export interface Cause {
  /** Stable id from `ids/cause-ids.txt`; group, filter and alert on it. */
  id: CauseId;
  /** How likely this cause is, from 0 to 1 (two decimals). */
  confidence: number;
  /** Short title. */
  title: string;
  /** Why this cause produces this error. */
  explanation: string;
  /** What to do about it, best first. */
  fixes: Fix[];
  /**
   * The facts this cause rests on ("access key ASIA…WXYZ is temporary"); empty when it rests only
   * on the error code.
   */
  evidence: string[];
}

/** The file carried by a multipart form field. */
export interface FileInfo {
  /** File name. */
  name?: string | null;
  /** Size in bytes. */
  size?: number | null;
  /** MIME type the browser gave it. */
  type?: string | null;
}

/** One multipart form field, as sent. */
export interface FormField {
  /** Field name as sent (`key`, `policy`, `x-amz-security-token`, `file`...). */
  name: string;
  /** Text value, for non-file fields. */
  value?: string | null;
  /** Present when this field carries a file (never its contents). */
  file?: FileInfo | null;
}

/**
 * What the client knows about the request that failed, as the diagnosis carries it back
 * (`Diagnosis.request`, secrets redacted).
 */
export interface RequestContext {
  /** HTTP method (`PUT`, `POST`, ...). */
  method: string | null;
  /** The full URL, query string included (presigned parameters live there). */
  url: string | null;
  /** Request headers sent, by name. */
  headers: Record<string, string>;
  /** Multipart form fields in the order they were sent (browser POST uploads). */
  formFields: FormField[];
  /** Size of the request body in bytes. */
  bodySize: number | null;
  /** When the client sent the request, by its own clock (ISO 8601). */
  sentAt: string | null;
  /** The SDK and version that built the request, e.g. `aws-sdk-js-v3@3.729.0`. */
  sdk: string | null;
  /** The message of a fetch/XHR failure that produced no HTTP response (`Failed to fetch`). */
  fetchError: string | null;
}

/** Header collections the functions accept. */
export type HeadersLike =
  | Headers
  | Record<string, string | readonly string[] | number | undefined>
  | Iterable<readonly [string, string]>;

/**
 * The request context you pass in: every member optional; with more of them the diagnosis is
 * sharper. `formFields` may be the `FormData` itself (its file contents are never read).
 */
export interface RequestContextInit {
  /** HTTP method (`PUT`, `POST`, ...); upper-cased. */
  method?: string;
  /** The full URL, query string included. Secrets in it are redacted in the diagnosis. */
  url?: string | URL;
  /** Request headers sent. */
  headers?: HeadersLike;
  /** Multipart form fields in the order they were sent, or the `FormData`. */
  formFields?: readonly FormField[] | FormData;
  /** Size of the request body in bytes. */
  bodySize?: number;
  /** When the request was sent, by the client's clock. */
  sentAt?: string | Date;
  /** The SDK and version that built the request, e.g. `aws-sdk-js-v3@3.729.0`. */
  sdk?: string;
  /** The message of a fetch/XHR failure that produced no HTTP response. */
  fetchError?: string;
}

/** A response as an app holds it. */
export interface ResponseLike {
  /** The HTTP status on the wire (0 when there was no response). */
  status?: number;
  /** Response headers. */
  headers?: HeadersLike;
  /** The body: text, bytes, or what a client library already parsed (re-serialised as JSON). */
  body?: string | Uint8Array | ArrayBuffer | Record<string, unknown> | unknown[] | null;
}

/**
 * What `explain()` reads: the response text (a body, `curl -i` output, a log line, an SDK
 * exception), its bytes, or a response as `{ status?, headers?, body? }`.
 */
export type ExplainInput = string | Uint8Array | ArrayBuffer | ResponseLike;

/** The decoded error: who answered, with which code, and the ranked causes with their fixes. */
export interface Diagnosis {
  /** Who answered; `'unknown'` when nothing was recognised. */
  provider: ProviderId;
  /** The provider's own error code exactly as on the wire (`<Code>`, JSON `code`, ...). */
  code: string | null;
  /**
   * The effective HTTP status: the one the body claims when it differs from the wire (Supabase
   * answers 400 with `"statusCode": "403"` inside), else the wire status.
   */
  status: number | null;
  /** The HTTP status seen on the wire, when known. */
  httpStatus: number | null;
  /** The provider's message, as sent (secrets redacted). */
  message: string | null;
  /** The request id to quote to support. */
  requestId: string | null;
  /** A one-line summary of what the code means. */
  title: string;
  /** The provider's documentation for this code. */
  docs: string | null;
  /** The shape the error arrived in. */
  format: BodyFormat;
  /** Everything else found, by wire name (`StringToSign`, `header.x-amz-bucket-region`); redacted. */
  fields: Record<string, string>;
  /** The likely causes, most likely first. */
  causes: Cause[];
  /** Remarks about the input itself (status mismatch, truncation, where the error was found). */
  notes: string[];
  /** The request context you passed, redacted; `null` when none was given. */
  request: RequestContext | null;
}

/** Where the wasm module can come from. */
export type WasmSource = string | URL | Request | Response | BufferSource | WebAssembly.Module;

/**
 * Loads the WebAssembly module once (later calls return the same promise). By default it is
 * `upload_doctor_bg.wasm` next to the package's `index.js`, found by bundlers through
 * `new URL(..., import.meta.url)`; pass another source when you serve it elsewhere.
 */
export function ready(source?: WasmSource | Promise<WasmSource>): Promise<void>;

/** Starts loading the module in the background; errors surface at the next `ready()`. */
export function preload(source?: WasmSource): void;

/** Instantiates the module synchronously from its bytes or a compiled module. */
export function initSync(options: { module: BufferSource | WebAssembly.Module }): void;

/** Whether the module is loaded, i.e. whether `explain()` can be called now. */
export function isReady(): boolean;

/** The version of the decoder, e.g. `"0.1.0"` (needs the module loaded). */
export function version(): string;

/**
 * Explains an upload error. Synchronous: call `await ready()` once before; before that it
 * throws an `Error` saying so. Throws `Error("upload-doctor: …")` on misuse (wrong argument
 * types, unknown context members), never because a response could not be understood.
 *
 * @example
 * await ready();
 * const d = explain({ status: 403, body: xml }, { method: 'POST', formFields: form });
 * console.warn(d.causes[0]?.title);
 */
export function explain(input: ExplainInput, context?: RequestContextInit): Diagnosis;

/** Like `explain()`, after waiting for the module to load. */
export function explainAsync(input: ExplainInput, context?: RequestContextInit): Promise<Diagnosis>;

/**
 * Explains a failed `fetch` response (status, headers, body). The body is read from
 * `response.clone()`: your `response` stays readable. `context.url` defaults to `response.url`.
 */
export function explainResponse(response: Response, context?: RequestContextInit): Promise<Diagnosis>;

/** One failed request of a HAR file and its diagnosis. */
export interface HarDiagnosis {
  /** Position of the entry in the HAR's `log.entries` (0-based). */
  index: number;
  /** The request's method and URL, redacted ("POST https://bucket.s3.amazonaws.com/"). */
  request: string;
  /** The diagnosis, with the entry's request context (method, URL, headers, form fields) in `request`. */
  diagnosis: Diagnosis;
}

/**
 * Explains every failed request (status 0 or >= 400, or a recorded network error) of a HAR file
 * (devtools "Save all as HAR"), each with the request context its entry records. Takes the file's
 * text, its bytes or the parsed object (read a `File` with `await file.text()` first). Returns
 * `null` when the input is not a HAR file, `[]` when nothing in it failed. Synchronous: `await
 * ready()` first.
 */
export function explainHar(har: string | Uint8Array | ArrayBuffer | object): HarDiagnosis[] | null;

/** The parts of an `XMLHttpRequest` that `explainXhr()` reads. */
export interface XhrLike {
  readonly readyState: number;
  readonly status: number;
  readonly responseURL?: string;
  readonly responseType?: XMLHttpRequestResponseType;
  readonly responseText?: string;
  readonly response?: unknown;
  getAllResponseHeaders(): string;
}

/**
 * Explains a finished `XMLHttpRequest` (status 0 counts as a request without a response).
 * Synchronous: the module must be loaded.
 */
export function explainXhr(xhr: XMLHttpRequest | XhrLike, context?: RequestContextInit): Diagnosis;

/**
 * Explains an error: a fetch `TypeError` without a response (`Failed to fetch`), an AWS SDK v3
 * `S3ServiceException`, an axios error, an Uppy error, a Supabase `StorageApiError` /
 * `StorageError`, an Azure `RestError`; anything else is read as text. Pass what your `catch`
 * got. Synchronous: the module must be loaded.
 */
export function explainError(error: unknown, context?: RequestContextInit): Diagnosis;

/**
 * Explains whatever an upload produced — a `Response`, an `XMLHttpRequest`, an error, or
 * `explain()`'s input — after waiting for the module to load.
 */
export function diagnose(source: unknown, context?: RequestContextInit): Promise<Diagnosis>;

/**
 * The fields of a `FormData` in the order they are sent. Files become
 * `{ name, file: { name, size, type } }`: their contents are never read.
 */
export function formFieldsOf(formData: FormData | Iterable<readonly [string, FormDataEntryValue]>): FormField[];

/**
 * One short sentence for the end user (plain words, no codes, nothing copied from the response),
 * chosen by the top cause, e.g. "The file is too large to upload."
 */
export function toUserMessage(diagnosis: Pick<Diagnosis, 'causes'>): string;

/** A cause id's family, for reference: `CauseFamily` is the part before the dot. */
export type FamilyOf<T extends CauseId> = T extends `${infer F}.${string}` ? (F extends CauseFamily ? F : never) : never;
