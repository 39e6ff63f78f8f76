'use client';
// What a Next.js app does: a client component importing the package and its React entry, nothing
// configured (no next.config, no wasm loader). On mount it PUTs to the presigned-style URL given
// as ?upload=..., which answers 403 with S3's AccessDenied XML, and renders the diagnosis. The
// wasm is found by Turbopack through `new URL('./upload_doctor_bg.wasm', import.meta.url)` in the
// package and emitted under .next/static/media/.
import { useEffect, useState } from 'react';
import { explain, isReady, toUserMessage, version } from 'upload-doctor';
import { UploadDiagnosis, useUploadDiagnosis } from 'upload-doctor/react';

export default function Uploader() {
  const { diagnosis, explain: explainUpload, loading, error } = useUploadDiagnosis();
  const [result, setResult] = useState(null);

  useEffect(() => {
    const url = new URLSearchParams(window.location.search).get('upload');
    if (!url) return;
    const beforeReady = isReady();
    (async () => {
      const res = await fetch(url, { method: 'PUT', body: 'x', headers: { 'content-type': 'text/plain' } });
      const d = await explainUpload(res, { method: 'PUT', url });
      return {
        beforeReady,
        status: res.status,
        provider: d.provider,
        code: d.code,
        top: d.causes[0]?.id,
        user: toUserMessage(d),
        ready: isReady(),
        version: version(),
        // The synchronous API, once the hook has loaded the wasm.
        sync: explain('<Error><Code>NoSuchBucket</Code></Error>').code,
      };
    })().then(setResult, (e) => setResult({ error: String((e && e.stack) || e) }));
  }, [explainUpload]);

  return (
    <section id="uploader" data-state={result ? 'done' : loading ? 'loading' : 'idle'}>
      {result ? <output id="result">{JSON.stringify(result)}</output> : null}
      {error ? <p id="error">{String(error)}</p> : null}
      <UploadDiagnosis diagnosis={diagnosis} className="from-nextjs" />
    </section>
  );
}
