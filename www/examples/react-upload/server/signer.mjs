// A tiny local signer for the example: presigned POST forms and presigned PUT URLs for an S3 (or
// S3-compatible) endpoint, signed with AWS Signature Version 4 using node:crypto only. In a real
// app this is your backend (or `@aws-sdk/s3-presigned-post` / `@aws-sdk/s3-request-presigner`).
//
// `signerMiddleware(options)` answers
//   GET /api/presign-post?key=…&expires=SECONDS  -> { url, fields }   (presigned POST form)
//       &credentials=temporary-no-token: signed with temporary (STS-shaped, `ASIA…`) credentials
//                 by a signer that forgets their session token: the form has no
//                 `x-amz-security-token` field (the classic mistake; see TEMPORARY below)
//   GET /api/presign-put?key=…&type=MIME&expires=SECONDS -> { url, headers }  (presigned PUT)
//   ANY /BUCKET and /BUCKET/…  -> forwarded to the S3 endpoint, path-style, unchanged: the
//                 bucket is reached on the app's own origin, like a reverse proxy / CDN path in
//                 front of S3 (the local emulator has no CORS support; a bucket reached from
//                 another origin needs a CORS rule instead)
// and calls next() for anything else. Used by vite.config.js (dev server) and server/serve.mjs.
import { createHash, createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

const hmac = (key, data) => createHmac('sha256', key).update(data).digest();
const sha256Hex = (data) => createHash('sha256').update(data).digest('hex');

/** `20260102T030405Z` and `20260102` for a Date. */
function amzDates(now) {
  const iso = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  return { amzDate: iso, day: iso.slice(0, 8) };
}

function signingKey(secret, day, region) {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), 's3'), 'aws4_request');
}

/** RFC 3986 encoding as SigV4 wants it (`/` kept in paths when `keepSlash`). */
function uriEncode(s, keepSlash = false) {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2F/g, keepSlash ? '/' : '%2F');
}

/**
 * Temporary credentials as STS hands them out (AssumeRole, a Lambda / ECS / EC2 role, SSO): an
 * `ASIA…` key id, a secret and a session token, valid only together. These are AWS's documented
 * example values: no server knows them, the demo only needs their shape.
 */
export const TEMPORARY = {
  accessKey: 'ASIAIOSFODNN7EXAMPLE',
  secretKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN',
};

/**
 * A presigned POST form (SigV4 POST policy) for `bucket`, uploading to `key`.
 * Returns `{ url, fields }`: append the fields to a FormData in order, then the file LAST.
 * With temporary credentials pass their `sessionToken`: it becomes the `x-amz-security-token`
 * field (and a policy condition). Leaving it out is the mistake S3 answers with
 * `InvalidAccessKeyId` (s3s-based servers: `NotSignedUp`).
 */
export function presignPost({ endpoint, bucket, region = 'us-east-1', accessKey, secretKey, sessionToken, key, contentType, expiresIn = 600, maxBytes = 10 << 20, now = new Date() }) {
  const { amzDate, day } = amzDates(now);
  const credential = `${accessKey}/${day}/${region}/s3/aws4_request`;
  const fields = { key };
  if (contentType) fields['Content-Type'] = contentType;
  Object.assign(fields, {
    'x-amz-algorithm': 'AWS4-HMAC-SHA256',
    'x-amz-credential': credential,
    'x-amz-date': amzDate,
  });
  if (sessionToken) fields['x-amz-security-token'] = sessionToken;
  const conditions = [{ bucket }, ...Object.entries(fields).map(([k, v]) => ({ [k]: v })), ['content-length-range', 0, maxBytes]];
  const policy = {
    expiration: new Date(now.getTime() + expiresIn * 1000).toISOString(),
    conditions,
  };
  const policyB64 = Buffer.from(JSON.stringify(policy)).toString('base64');
  fields.policy = policyB64;
  fields['x-amz-signature'] = createHmac('sha256', signingKey(secretKey, day, region)).update(policyB64).digest('hex');
  return { url: `${endpoint.replace(/\/$/, '')}/${bucket}`, fields };
}

/**
 * A presigned PUT URL (SigV4 query signing). With `contentType` the Content-Type header is signed
 * too: the browser must send exactly that value. Returns `{ url, headers }` (the headers to send).
 */
export function presignPut({ endpoint, bucket, region = 'us-east-1', accessKey, secretKey, key, contentType, expiresIn = 600, now = new Date() }) {
  const base = new URL(endpoint);
  const { amzDate, day } = amzDates(now);
  const scope = `${day}/${region}/s3/aws4_request`;
  const headers = { host: base.host };
  if (contentType) headers['content-type'] = contentType;
  const signedHeaders = Object.keys(headers).sort().join(';');
  const path = `${base.pathname.replace(/\/$/, '')}/${bucket}/${uriEncode(key, true)}`;
  const query = {
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Credential': `${accessKey}/${scope}`,
    'X-Amz-Date': amzDate,
    'X-Amz-Expires': String(expiresIn),
    'X-Amz-SignedHeaders': signedHeaders,
  };
  const canonicalQuery = Object.keys(query).sort().map((k) => `${uriEncode(k)}=${uriEncode(query[k])}`).join('&');
  const canonicalHeaders = Object.keys(headers).sort().map((k) => `${k}:${headers[k]}\n`).join('');
  const canonicalRequest = ['PUT', path, canonicalQuery, canonicalHeaders, signedHeaders, 'UNSIGNED-PAYLOAD'].join('\n');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signature = createHmac('sha256', signingKey(secretKey, day, region)).update(stringToSign).digest('hex');
  const url = `${base.protocol}//${base.host}${path}?${canonicalQuery}&X-Amz-Signature=${signature}`;
  return { url, headers: contentType ? { 'Content-Type': contentType } : {} };
}

function json(res, status, value) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}

/** Forwards the request to the S3 endpoint (path after `/s3`), body read in full first. */
function forward(req, res, endpoint, path) {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    const target = new URL(endpoint);
    const headers = { ...req.headers, host: target.host, 'content-length': String(body.length) };
    for (const h of ['connection', 'origin', 'referer', 'cookie', 'accept-encoding']) delete headers[h];
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    let answered = false;
    const out = send({ protocol: target.protocol, hostname: target.hostname, port: target.port, method: req.method, path, headers }, (up) => {
      answered = true;
      const h = { ...up.headers };
      delete h.connection;
      delete h['transfer-encoding'];
      res.writeHead(up.statusCode || 502, h);
      up.pipe(res);
    });
    // S3 servers may answer (an error) before reading the whole body and close: the answer wins.
    out.on('error', (e) => {
      if (!answered && !res.headersSent) {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`signer proxy: ${e.message}`);
      }
    });
    out.end(body);
  });
}

/**
 * Connect-style middleware `(req, res, next)`. `options`: `{ endpoint, bucket, region?,
 * accessKey, secretKey }`; the browser is given URLs on its own origin (`/BUCKET/...`).
 */
export function signerMiddleware(options) {
  const s3 = { region: 'us-east-1', ...options };
  return (req, res, next) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === `/${s3.bucket}` || url.pathname.startsWith(`/${s3.bucket}/`)) {
      forward(req, res, s3.endpoint, url.pathname + url.search);
      return;
    }
    const key = url.searchParams.get('key') || 'uploads/example.txt';
    if (!key.startsWith('uploads/')) return json(res, 400, { error: 'key must start with uploads/' });
    const expiresIn = Number(url.searchParams.get('expires') || 600);
    if (req.method === 'GET' && url.pathname === '/api/presign-post') {
      // The mistake on purpose: temporary credentials, and the signer drops their session token
      // (a hand-rolled signer reading AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY only).
      const temporary = url.searchParams.get('credentials') === 'temporary-no-token';
      const creds = temporary ? { accessKey: TEMPORARY.accessKey, secretKey: TEMPORARY.secretKey } : {};
      const { fields } = presignPost({ ...s3, ...creds, key, expiresIn, contentType: url.searchParams.get('type') || undefined });
      return json(res, 200, { url: `/${s3.bucket}`, fields });
    }
    if (req.method === 'GET' && url.pathname === '/api/presign-put') {
      const signed = presignPut({ ...s3, key, expiresIn, contentType: url.searchParams.get('type') || undefined });
      const u = new URL(signed.url);
      return json(res, 200, { url: `${u.pathname}${u.search}`, headers: signed.headers });
    }
    if (next) next();
    else json(res, 404, { error: 'not found' });
  };
}

/** The signer's settings from the environment (see README.md). */
export function settingsFromEnv(env = process.env) {
  return {
    endpoint: env.S3_ENDPOINT || 'http://127.0.0.1:8014',
    bucket: env.S3_BUCKET || 'uploads',
    region: env.S3_REGION || 'us-east-1',
    accessKey: env.S3_ACCESS_KEY || 'AKIAIOSFODNN7EXAMPLE',
    secretKey: env.S3_SECRET_KEY || 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  };
}
