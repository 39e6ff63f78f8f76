import { useState } from 'react';
import { toUserMessage } from 'upload-doctor';
import { UploadDiagnosis, useUploadDiagnosis } from 'upload-doctor/react';

import { presignedPost, presignedPut } from './upload.js';

const SCENARIOS = [
  { id: 'post-ok', label: 'Presigned POST (correct)', run: (f) => presignedPost(f) },
  { id: 'post-file-first', label: 'POST with the file field first', run: (f) => presignedPost(f, { fileFirst: true }) },
  { id: 'post-no-session-token', label: 'POST with temporary credentials, without the session token', run: (f) => presignedPost(f, { withoutSessionToken: true }) },
  { id: 'post-expired', label: 'POST after the policy expired', run: (f) => presignedPost(f, { expiresIn: 1, waitMs: 2000 }) },
  { id: 'put-ok', label: 'Presigned PUT (correct)', run: (f) => presignedPut(f) },
  { id: 'put-content-type', label: 'PUT with another Content-Type than signed', run: (f) => presignedPut(f, { signedType: 'image/png' }) },
];

const demoFile = () => new File(['hello from the upload-doctor example\n'], 'hello.txt', { type: 'text/plain' });

export default function App() {
  const [file, setFile] = useState(null);
  const [outcome, setOutcome] = useState({ state: 'idle', text: 'Pick a file (or use the demo file) and an upload.' });
  const { diagnosis, explain, reset, loading } = useUploadDiagnosis();

  async function upload(scenario) {
    reset();
    const f = file ?? demoFile();
    setOutcome({ state: 'uploading', text: `${scenario.label}: uploading ${f.name}…` });
    let context;
    try {
      const sent = await scenario.run(f);
      context = sent.context;
      if (sent.response.ok) {
        setOutcome({ state: 'uploaded', text: `Uploaded ${f.name} (HTTP ${sent.response.status}).` });
        return;
      }
      setOutcome({ state: 'failed', text: `${scenario.label}: HTTP ${sent.response.status}.` });
      // Reads a clone of the body; the FormData in the context gives the field order.
      await explain(sent.response, context);
    } catch (err) {
      // No response at all (CORS, network): upload-doctor explains the TypeError too.
      setOutcome({ state: 'failed', text: `${scenario.label}: ${err.message}` });
      await explain(err, context);
    }
  }

  return (
    <main>
      <h1>Upload with a presigned URL</h1>
      <p className="lead">Uploads go to a local S3 server through a tiny signer. The failing buttons make
        the classic mistakes; upload-doctor explains the answer, in the browser.</p>
      <label className="file">
        File: <input type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        {!file && <span className="hint"> (none picked: a small demo text file is used)</span>}
      </label>
      <div className="buttons">
        {SCENARIOS.map((s) => (
          <button key={s.id} type="button" data-scenario={s.id} disabled={outcome.state === 'uploading'} onClick={() => upload(s)}>{s.label}</button>
        ))}
      </div>
      <p id="outcome" data-state={outcome.state} role="status">{outcome.text}</p>
      {loading && <p className="hint">Explaining…</p>}
      {diagnosis && (
        <>
          <p id="user-message"><strong>Tell the user:</strong> {toUserMessage(diagnosis)}</p>
          <UploadDiagnosis diagnosis={diagnosis} maxCauses={3} className="diagnosis" />
        </>
      )}
    </main>
  );
}
