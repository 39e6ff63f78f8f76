// The baseline every figure is compared with: what an app does without upload-doctor. Parse the
// body with the platform's parser, pick the error code, look it up in a plain object of ~50 codes.
// Shared by Node (fast-xml-parser) and the browser page (DOMParser): the parsers are passed in.

/** ~50 codes an upload can fail with → one line of explanation. */
export const CODES = {
  // S3 and S3-compatibles
  AccessDenied: 'The principal lacks permission, or a presigned URL / POST policy does not allow this request.',
  AccountProblem: 'There is a problem with the account that prevents the operation.',
  AllAccessDisabled: 'All access to this resource has been disabled.',
  AuthorizationHeaderMalformed: 'The Authorization header is malformed (often: the wrong region in the credential scope).',
  AuthorizationQueryParametersError: 'The presigned URL query parameters are malformed or the expiry is too long.',
  BadDigest: 'The Content-MD5 does not match the body received.',
  BucketAlreadyExists: 'The bucket name is taken.',
  EntityTooLarge: 'The body exceeds the maximum allowed size.',
  EntityTooSmall: 'The body is smaller than the minimum allowed size.',
  ExpiredToken: 'The session token has expired.',
  IllegalLocationConstraintException: 'The bucket region does not match the endpoint.',
  InternalError: 'The service had an internal error; retry.',
  InvalidAccessKeyId: 'The access key id does not exist.',
  InvalidArgument: 'An argument (header, form field, parameter) is invalid.',
  InvalidBucketName: 'The bucket name is not valid.',
  InvalidDigest: 'The Content-MD5 is not valid base64 MD5.',
  InvalidPart: 'A listed part was not uploaded or its ETag does not match.',
  InvalidPartOrder: 'Parts must be listed in ascending order.',
  InvalidPolicyDocument: 'The POST policy is malformed.',
  InvalidRequest: 'The request is invalid.',
  InvalidToken: 'The token is malformed or invalid.',
  KMS_AccessDeniedException: 'No permission on the KMS key.',
  MalformedXML: 'The XML body is malformed.',
  MethodNotAllowed: 'The method is not allowed on this resource.',
  MissingContentLength: 'The Content-Length header is required.',
  NoSuchBucket: 'The bucket does not exist.',
  NoSuchKey: 'The object does not exist.',
  NoSuchUpload: 'The multipart upload does not exist or was aborted.',
  NotImplemented: 'A header or feature is not implemented.',
  PermanentRedirect: 'Use the endpoint of the bucket region.',
  PreconditionFailed: 'A conditional header did not hold.',
  RequestTimeTooSkewed: 'The client clock is too far from the server time.',
  ServiceUnavailable: 'The service is unavailable; retry.',
  SignatureDoesNotMatch: 'The signature does not match what the server computed (wrong secret, or the request changed after signing).',
  SlowDown: 'Too many requests; back off.',
  TemporaryRedirect: 'The bucket is being redirected to another region.',
  XAmzContentSHA256Mismatch: 'The body does not match x-amz-content-sha256.',
  // Azure Blob
  AuthenticationFailed: 'The Shared Key or SAS signature is wrong or the SAS has expired.',
  AuthorizationFailure: 'This request is not authorized (network rules, SAS scope).',
  AuthorizationPermissionMismatch: 'The SAS or role lacks the permission.',
  BlobAlreadyExists: 'The blob already exists.',
  BlobNotFound: 'The blob does not exist.',
  ContainerNotFound: 'The container does not exist.',
  LeaseIdMissing: 'The blob is leased; send its lease id.',
  MissingRequiredHeader: 'A required header (x-ms-blob-type) is missing.',
  // GCS (JSON API reasons)
  forbidden: 'The caller lacks the IAM permission.',
  required: 'Login required: no or invalid credentials.',
  notFound: 'The bucket or object does not exist.',
  rateLimitExceeded: 'Too many requests.',
  // Supabase Storage
  Unauthorized: 'Not authorised (row-level security, JWT).',
  'Bad Request': 'The request is invalid.',
  Duplicate: 'The object already exists.',
  'Payload too large': 'The object exceeds the size limit.',
  InvalidJWT: 'The JWT is malformed or expired.',
  // problem+json / HTTP
  'about:blank': 'A problem without a more specific type; see the status.',
  413: 'Payload too large (proxy or platform body limit).',
};

/** The message for a code, or null. */
export function lookup(code) {
  if (code === undefined || code === null) return null;
  return Object.prototype.hasOwnProperty.call(CODES, code) ? CODES[code] : null;
}

/** The code of a parsed JSON error: Supabase, GCS, problem+json, generic. */
export function jsonCode(o) {
  if (o === null || typeof o !== 'object') return null;
  const e = o.error;
  if (e && typeof e === 'object') {
    if (Array.isArray(e.errors) && e.errors[0] && e.errors[0].reason) return e.errors[0].reason;
    return e.status ?? e.code ?? null;
  }
  return o.code ?? e ?? o.type ?? null;
}

/** JSON: JSON.parse + lookup. */
export function baselineJson(body) {
  let o;
  try {
    o = JSON.parse(body);
  } catch {
    return { code: null, message: null };
  }
  const code = jsonCode(o);
  return { code, message: lookup(code) };
}

const BOTO = /An error occurred \(([^)]+)\)/;
const EXCEPTION = /\b([A-Z][A-Za-z]+(?:Exception|Error))\b/;

/** Pasted text: a regex or two + lookup. */
export function baselineText(body) {
  const m = BOTO.exec(body) ?? EXCEPTION.exec(body);
  const code = m ? m[1] : null;
  return { code, message: lookup(code) };
}

const TITLE_STATUS = /\b([1-5][0-9][0-9])\b/;

/** The status named by an HTML error page's title ("413 Request Entity Too Large"). */
export function htmlCode(title) {
  const m = TITLE_STATUS.exec(title ?? '');
  return m ? Number(m[1]) : null;
}
