// Types of `upload-doctor/react`.
import type { ReactElement } from 'react';
import type { Diagnosis, RequestContextInit } from './index.js';

/** What `useUploadDiagnosis()` returns. */
export interface UploadDiagnosisState {
  /** The latest diagnosis, `null` before the first call and after `reset()`. */
  diagnosis: Diagnosis | null;
  /**
   * Explains a failed upload: a `Response`, an `XMLHttpRequest`, an error your `catch` got (fetch,
   * AWS SDK v3, axios, Uppy, Supabase, Azure) or `explain()`'s input. Loads the wasm on first use.
   * Resolves to the diagnosis (also stored in `diagnosis`); only the latest call updates the state.
   */
  explain: (source: unknown, context?: RequestContextInit) => Promise<Diagnosis>;
  /** Clears the diagnosis (and ignores calls still running). */
  reset: () => void;
  /** True while a call is running (loading the wasm or reading a response body). */
  loading: boolean;
  /** What the latest call threw (misuse, or the wasm failing to load), else `null`. */
  error: unknown;
}

/**
 * State for explaining a failed upload.
 *
 * @example
 * const { diagnosis, explain, loading } = useUploadDiagnosis();
 * const res = await fetch(url, { method: 'PUT', body: file });
 * if (!res.ok) await explain(res, { method: 'PUT', url });
 * return <UploadDiagnosis diagnosis={diagnosis} />;
 */
export function useUploadDiagnosis(): UploadDiagnosisState;

/** Props of `<UploadDiagnosis>`. */
export interface UploadDiagnosisProps {
  /** What to show; nothing is rendered for `null`. */
  diagnosis: Diagnosis | null;
  /** Extra class names for the root `<section class="ud-diagnosis">`. */
  className?: string;
  /** Show at most this many causes. */
  maxCauses?: number;
}

/**
 * Renders a diagnosis, unstyled, with stable class names: `ud-diagnosis`, `ud-header`,
 * `ud-title`, `ud-facts`, `ud-causes`, `ud-cause` (with `data-cause-id`), `ud-confidence`,
 * `ud-explanation`, `ud-evidence`, `ud-fixes`, `ud-fix`, `ud-steps`, `ud-snippet` (a `<pre>`),
 * `ud-notes`, `ud-docs`.
 */
export function UploadDiagnosis(props: UploadDiagnosisProps): ReactElement | null;
