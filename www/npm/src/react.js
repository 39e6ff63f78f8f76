// React bindings: the useUploadDiagnosis() hook and the <UploadDiagnosis> component.
// No JSX build step: React.createElement only. `react` is a peer dependency.
import { createElement as h, useCallback, useEffect, useRef, useState } from 'react';
import { diagnose } from './index.js';

const EMPTY = { diagnosis: null, loading: false, error: null };

/**
 * State for explaining a failed upload: `explain(source, context?)` accepts a Response, an
 * XMLHttpRequest, an error (fetch, AWS SDK, axios, Uppy, Supabase, Azure) or explain()'s input,
 * loads the wasm when needed, and stores the diagnosis. Only the latest call wins.
 */
export function useUploadDiagnosis() {
  const [state, setState] = useState(EMPTY);
  const latest = useRef(0);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const explain = useCallback(async (source, context) => {
    const call = ++latest.current;
    setState((s) => ({ ...s, loading: true, error: null }));
    try {
      const diagnosis = await diagnose(source, context);
      if (call === latest.current && mounted.current) setState({ diagnosis, loading: false, error: null });
      return diagnosis;
    } catch (error) {
      if (call === latest.current && mounted.current) setState({ diagnosis: null, loading: false, error });
      throw error;
    }
  }, []);

  const reset = useCallback(() => {
    latest.current++;
    setState(EMPTY);
  }, []);

  return { diagnosis: state.diagnosis, explain, reset, loading: state.loading, error: state.error };
}

function cls(name, extra) {
  return extra ? `${name} ${extra}` : name;
}

function fact(label, value, key) {
  if (value === null || value === undefined || value === '') return null;
  return [
    h('dt', { key: `${key}-t`, className: 'ud-fact-label' }, label),
    h('dd', { key: `${key}-d`, className: `ud-fact ud-fact-${key}` }, String(value)),
  ];
}

function FixView({ fix }) {
  return h('li', { className: 'ud-fix' },
    h('strong', { className: 'ud-fix-title' }, fix.title),
    fix.steps.length > 0
      ? h('ol', { className: 'ud-steps' }, fix.steps.map((s, i) => h('li', { key: i, className: 'ud-step' }, s)))
      : null,
    fix.snippet
      ? h('pre', { className: 'ud-snippet', 'data-language': fix.snippet.language },
        h('code', null, fix.snippet.code))
      : null);
}

function CauseView({ cause, rank }) {
  const pct = Math.round(cause.confidence * 100);
  return h('li', { className: 'ud-cause', 'data-cause-id': cause.id },
    h('h3', { className: 'ud-cause-title' },
      h('span', { className: 'ud-rank' }, `${rank}. `),
      cause.title,
      ' ',
      h('span', { className: 'ud-confidence', title: 'confidence' }, `${pct}%`)),
    h('p', { className: 'ud-cause-id' }, cause.id),
    h('p', { className: 'ud-explanation' }, cause.explanation),
    cause.evidence.length > 0
      ? h('ul', { className: 'ud-evidence' }, cause.evidence.map((e, i) => h('li', { key: i, className: 'ud-evidence-item' }, e)))
      : null,
    cause.fixes.length > 0
      ? h('ul', { className: 'ud-fixes' }, cause.fixes.map((f, i) => h(FixView, { key: i, fix: f })))
      : null);
}

/**
 * Renders a diagnosis, unstyled, with stable `ud-…` class names: a header with the facts, the
 * ranked causes with evidence and fixes (snippets in `<pre>`), and the notes. Renders nothing
 * for `diagnosis={null}`. Everything is rendered as text.
 */
export function UploadDiagnosis({ diagnosis, className, maxCauses }) {
  if (!diagnosis) return null;
  const causes = typeof maxCauses === 'number' ? diagnosis.causes.slice(0, maxCauses) : diagnosis.causes;
  const status = diagnosis.status === null ? null
    : diagnosis.httpStatus !== null && diagnosis.httpStatus !== diagnosis.status
      ? `${diagnosis.status} (wire: ${diagnosis.httpStatus})` : diagnosis.status;
  const docs = typeof diagnosis.docs === 'string' && /^https:\/\//i.test(diagnosis.docs) ? diagnosis.docs : null;
  return h('section', { className: cls('ud-diagnosis', className), 'data-provider': diagnosis.provider, 'aria-label': 'Upload error diagnosis' },
    h('header', { className: 'ud-header' },
      h('h2', { className: 'ud-title' }, diagnosis.title),
      h('dl', { className: 'ud-facts' },
        fact('Provider', diagnosis.provider, 'provider'),
        fact('Code', diagnosis.code, 'code'),
        fact('Status', status, 'status'),
        fact('Message', diagnosis.message, 'message'),
        fact('Request id', diagnosis.requestId, 'request-id')),
      docs ? h('a', { className: 'ud-docs', href: docs, target: '_blank', rel: 'noopener noreferrer' }, 'Provider documentation') : null),
    causes.length > 0
      ? h('ol', { className: 'ud-causes' }, causes.map((c, i) => h(CauseView, { key: c.id, cause: c, rank: i + 1 })))
      : null,
    diagnosis.notes.length > 0
      ? h('ul', { className: 'ud-notes' }, diagnosis.notes.map((n, i) => h('li', { key: i, className: 'ud-note' }, n)))
      : null);
}
