// Uses every export of `upload-doctor`, `upload-doctor/react` and `upload-doctor/snippet` the way an
// app would; `tsc -p www/npm/test` must accept it, and reject each `@ts-expect-error` line.
import {
  CAUSE_FAMILIES,
  CAUSE_IDS,
  PROVIDER_IDS,
  diagnose,
  explain,
  explainAsync,
  explainError,
  explainHar,
  explainResponse,
  explainXhr,
  formFieldsOf,
  initSync,
  isReady,
  preload,
  ready,
  toUserMessage,
  version,
  type Cause,
  type CauseFamily,
  type CauseId,
  type Diagnosis,
  type HarDiagnosis,
  type ExplainInput,
  type Fix,
  type FormField,
  type ProviderId,
  type RequestContext,
  type RequestContextInit,
  type Snippet,
} from 'upload-doctor';
import { UploadDiagnosis, useUploadDiagnosis, type UploadDiagnosisProps } from 'upload-doctor/react';
import { install, printDiagnosis, type UploadWatcher } from 'upload-doctor/snippet';
import { createElement, type ReactElement } from 'react';

declare const file: File;
declare const presigned: { url: string; fields: Record<string, string> };

// --- loading ---------------------------------------------------------------------------------------
preload();
preload(new URL('/assets/upload_doctor_bg.wasm', 'https://app.example'));
await ready();
await ready('/assets/upload_doctor_bg.wasm');
initSync({ module: new Uint8Array(8) });
const loaded: boolean = isReady();
const v: string = version();

// --- explaining a fetch upload ----------------------------------------------------------------------
async function upload(): Promise<Diagnosis | null> {
  const form = new FormData();
  for (const [k, val] of Object.entries(presigned.fields)) form.append(k, val);
  form.append('file', file);
  const context: RequestContextInit = { method: 'POST', url: presigned.url, formFields: form, sentAt: new Date() };
  try {
    const res = await fetch(presigned.url, { method: 'POST', body: form });
    if (res.ok) return null;
    const d = await explainResponse(res, context);
    const top: Cause | undefined = d.causes[0];
    if (top?.id === 'post.field-order') console.warn(top.fixes[0]?.snippet?.code);
    return d;
  } catch (err) {
    // What a catch gets is `unknown`: explainError takes it as it is.
    return explainError(err, context);
  }
}
void upload;

// --- the synchronous API, input shapes ---------------------------------------------------------------
const inputs: ExplainInput[] = [
  '<Error><Code>AccessDenied</Code></Error>',
  new Uint8Array([60]),
  new ArrayBuffer(1),
  { status: 400, headers: { 'content-type': 'application/json' }, body: '{"statusCode":"403"}' },
  { status: 400, headers: new Headers(), body: { statusCode: '403', message: 'x' } },
  { headers: [['server', 'AmazonS3']] },
];
for (const i of inputs) explain(i);
const d: Diagnosis = explain('x', { headers: { authorization: 'Bearer x' }, formFields: [{ name: 'key', value: 'a' }, { name: 'file', file: { name: 'a.png', size: 1, type: 'image/png' } }] });
const d2: Diagnosis = await explainAsync({ status: 404 });
const d3: Diagnosis = await diagnose(new Error('x'));
const d4: Diagnosis = explainXhr(new XMLHttpRequest(), { method: 'PUT' });

// --- the Diagnosis shape ------------------------------------------------------------------------------
const provider: ProviderId = d.provider;
const code: string | null = d.code;
const status: number | null = d.status ?? d.httpStatus;
const req: RequestContext | null = d.request;
const fields: FormField[] = req?.formFields ?? [];
const fix: Fix | undefined = d.causes[0]?.fixes[0];
const snippet: Snippet | null | undefined = fix?.snippet;
const family: CauseFamily = d.causes[0]!.id.split('.')[0] as CauseFamily;
const ids: readonly CauseId[] = CAUSE_IDS;
const providers: readonly ProviderId[] = PROVIDER_IDS;
const families: readonly CauseFamily[] = CAUSE_FAMILIES;
const message: string = toUserMessage(d);
const ff: FormField[] = formFieldsOf(new FormData());
const isAws: boolean = d.provider === 'aws-s3';
const skew: boolean = d.causes.some((c) => c.id === 'time.clock-skew');
const format: 'xml' | 'json' | 'problem-json' | 'html' | 'text' | 'empty' = d.format;
void [loaded, v, d2, d3, d4, provider, code, status, fields, snippet, family, ids, providers, families, message, ff, isAws, skew, format];

// --- React -------------------------------------------------------------------------------------------
function UploadButton(): ReactElement {
  const { diagnosis, explain: explainUpload, reset, loading, error } = useUploadDiagnosis();
  const onClick = async () => {
    const res = await fetch('/upload', { method: 'PUT', body: file });
    if (!res.ok) await explainUpload(res, { method: 'PUT', url: '/upload' });
  };
  void [reset, loading, error, onClick];
  const props: UploadDiagnosisProps = { diagnosis, className: 'errors', maxCauses: 3 };
  return createElement('div', null, createElement(UploadDiagnosis, props));
}
void UploadButton;

// --- the snippet's watcher ------------------------------------------------------------------------------
const watcher: UploadWatcher = install({ log: false, onDiagnosis: (diag, info) => console.log(diag.title, info.method, info.url) });
await watcher.settled();
watcher.off();
printDiagnosis(d);

// --- misuse the types reject -----------------------------------------------------------------------------
// @ts-expect-error: a cause id that does not exist
const badId: CauseId = 'auth.wrong';
// @ts-expect-error: a provider id that does not exist
const badProvider: ProviderId = 's4';
// @ts-expect-error: explain needs an input
explain();
// HAR files: the devtools export, as text, bytes or the parsed object.
const har: HarDiagnosis[] | null = explainHar(await new Blob(['{"log":{"entries":[]}}']).text());
for (const h of har ?? []) console.log(h.index, h.request, h.diagnosis.causes[0]?.id satisfies CauseId | undefined);
explainHar(new Uint8Array(0));
explainHar({ log: { entries: [] } });
// @ts-expect-error: explainHar is synchronous and returns a list, not one diagnosis
const notOne: Diagnosis = explainHar('{}');
// @ts-expect-error: numbers are not an input
explain(403);
// @ts-expect-error: a misspelt context member
explain('x', { formfields: [] });
// @ts-expect-error: the status is a number
explain({ status: '403' });
// @ts-expect-error: explainResponse takes a Response, not a string
await explainResponse('body');
// @ts-expect-error: explainResponse is async: its result is a Promise
const notYet: Diagnosis = explainResponse(new Response());
// @ts-expect-error: form fields need a name
explain('x', { formFields: [{ value: 'a' }] });
// @ts-expect-error: initSync takes { module }
initSync('upload_doctor_bg.wasm');
// @ts-expect-error: the component needs a diagnosis prop
createElement(UploadDiagnosis, { className: 'x' });
// @ts-expect-error: diagnosis fields are read-only data of known types
const n: number = d.code;
void [badId, badProvider, notYet, n, notOne];
