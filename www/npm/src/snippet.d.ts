// Types of `upload-doctor/snippet`: the fetch / XMLHttpRequest watcher behind the devtools snippet.
import type { Diagnosis, RequestContextInit } from './index.js';

/** What was seen of a failed upload-like request. */
export interface UploadInfo {
  /** Which API sent it. */
  kind: 'fetch' | 'xhr';
  /** Upper-case method. */
  method: string;
  /** Absolute URL (as sent: it may hold presigned secrets; the diagnosis's `request.url` is redacted). */
  url: string;
  /** Whether the request had a body. */
  hasBody: boolean;
  /** The request context captured before sending (headers, form field order, body size). */
  context?: RequestContextInit;
  /** The HTTP status, when there was a response. */
  status?: number;
  /** What fetch threw, when there was no response. */
  error?: unknown;
}

/** Options of `install()`. */
export interface InstallOptions {
  /** Print each diagnosis as a collapsed console group (default true). */
  log?: boolean;
  /** Called with every diagnosis. */
  onDiagnosis?: (diagnosis: Diagnosis, info: UploadInfo) => void;
  /**
   * Which requests count as uploads (before they are sent; `status` is not known yet). Default:
   * PUT, POST or PATCH with a body.
   */
  isUpload?: (info: Pick<UploadInfo, 'kind' | 'method' | 'url' | 'hasBody'>) => boolean;
  /** The global object whose `fetch` and `XMLHttpRequest` are wrapped (default `globalThis`). */
  target?: typeof globalThis;
  /** Where to print (default `target.console`). */
  console?: Pick<Console, 'log' | 'warn' | 'error' | 'groupCollapsed' | 'groupEnd'>;
}

/** What `install()` returns. */
export interface UploadWatcher {
  /** The latest diagnoses (at most 20), oldest first. */
  readonly diagnoses: Diagnosis[];
  /** Whether the wrappers are in place. */
  readonly active: boolean;
  /** Resolves when every explanation already started has been reported. */
  settled(): Promise<void>;
  /** Restores the original `fetch` and `XMLHttpRequest.prototype.open/send/setRequestHeader`. */
  off(): void;
  /** Whether the wasm is loaded. */
  isReady(): boolean;
}

/**
 * Wraps `fetch` and `XMLHttpRequest` so that every failed upload (status ≥ 400 or no response)
 * is explained; the page still receives exactly what it did before (responses are cloned).
 * Meant for development builds and debugging sessions.
 */
export function install(options?: InstallOptions): UploadWatcher;

/** Prints a diagnosis as one collapsed, coloured console group. */
export function printDiagnosis(diagnosis: Diagnosis, info?: Partial<UploadInfo>, log?: Pick<Console, 'log' | 'groupCollapsed' | 'groupEnd'>): void;
