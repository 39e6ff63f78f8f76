// What an app bundled by webpack 5 does: import the package and its React entry, nothing else
// configured. The wasm is found by webpack through `new URL('./upload_doctor_bg.wasm',
// import.meta.url)` in the package and emitted as an asset.
import { createElement as h, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { explain, isReady, ready, toUserMessage, version } from 'upload-doctor';
import { UploadDiagnosis, useUploadDiagnosis } from 'upload-doctor/react';

function App() {
  const { diagnosis, explain: explainUpload } = useUploadDiagnosis();
  useEffect(() => {
    (async () => {
      const res = await fetch('/upload', { method: 'PUT', body: 'x' });
      const d = await explainUpload(res, { method: 'PUT', url: '/upload' });
      window.result = {
        code: d.code,
        top: d.causes[0]?.id,
        user: toUserMessage(d),
        ready: isReady(),
        version: version(),
        sync: explain('<Error><Code>NoSuchBucket</Code></Error>').code,
      };
    })().catch((e) => {
      window.result = { error: String(e && e.stack || e) };
    });
  }, [explainUpload]);
  return h(UploadDiagnosis, { diagnosis, className: 'from-webpack' });
}

window.beforeReady = isReady();
ready().then(() => createRoot(document.getElementById('root')).render(h(App)));
