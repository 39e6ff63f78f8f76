// Uploads through the local signer (server/signer.mjs): it hands out presigned POST forms and
// presigned PUT URLs for the S3 server. Each function returns the fetch Response and the request
// context upload-doctor uses to sharpen its diagnosis (method, URL, form fields in order).

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * A browser upload with a presigned POST form. `fileFirst` makes the classic mistake: S3 reads
 * the form in order and ignores every field after the file, so the file must come LAST.
 * `expiresIn`/`waitMs` let the policy expire before the form is sent. `withoutSessionToken` asks
 * the signer for a form signed with temporary (`ASIA…`) credentials but no
 * `x-amz-security-token` field: S3 then does not know the key.
 */
export async function presignedPost(file, { fileFirst = false, expiresIn = 600, waitMs = 0, withoutSessionToken = false } = {}) {
  const q = new URLSearchParams({ key: `uploads/${file.name}`, type: file.type || 'application/octet-stream', expires: String(expiresIn) });
  if (withoutSessionToken) q.set('credentials', 'temporary-no-token');
  const { url, fields } = await (await fetch(`/api/presign-post?${q}`)).json();
  if (waitMs) await sleep(waitMs);
  const form = new FormData();
  if (fileFirst) form.append('file', file);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (!fileFirst) form.append('file', file);
  const context = { method: 'POST', url: new URL(url, location.href).href, formFields: form };
  return { context, response: await fetch(url, { method: 'POST', body: form }) };
}

/**
 * A presigned PUT whose URL was signed for `signedType` as Content-Type; the browser sends the
 * file's own type. When they differ, S3 answers SignatureDoesNotMatch.
 */
export async function presignedPut(file, { signedType = file.type } = {}) {
  const q = new URLSearchParams({ key: `uploads/${file.name}`, type: signedType });
  const { url } = await (await fetch(`/api/presign-put?${q}`)).json();
  const headers = { 'Content-Type': file.type || 'application/octet-stream' };
  const context = { method: 'PUT', url: new URL(url, location.href).href, headers, bodySize: file.size };
  return { context, response: await fetch(url, { method: 'PUT', headers, body: file }) };
}
