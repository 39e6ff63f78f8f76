// What each injected fault should be diagnosed as, and where each emulator is known to answer
// differently from the real cloud. report.mjs reads this; the clients (s3.mjs, s3_boto3.py,
// azure.mjs, gcs.mjs) make the faults.

/** fault id -> { cause: the cause id the diagnosis must name, cloud: what the real cloud answers } */
export const FAULTS = {
  "wrong-secret": { cause: "signature.secret-mismatch", cloud: "AWS: 403 SignatureDoesNotMatch" },
  "wrong-secret-boto3": { cause: "signature.secret-mismatch", cloud: "AWS: 403 SignatureDoesNotMatch" },
  "unknown-access-key": { cause: "auth.invalid-access-key", cloud: "AWS: 403 InvalidAccessKeyId" },
  "asia-key-no-token-post": { cause: "auth.session-token-missing", cloud: "AWS: 403 InvalidAccessKeyId for the ASIA key id" },
  "presigned-url-expired": { cause: "presign.expired", cloud: "AWS: 403 AccessDenied 'Request has expired'" },
  "content-type-signed-differently": { cause: "signature.header-mismatch", cloud: "AWS: 403 SignatureDoesNotMatch" },
  "post-file-field-first": { cause: "post.field-order", cloud: "AWS: 400 InvalidArgument 'Bucket POST must contain a field named 'key'...'" },
  "post-over-content-length-range": { cause: "size.too-large", cloud: "AWS: 400 EntityTooLarge" },
  "post-extra-field": { cause: "post.policy-condition", cloud: "AWS: 403 AccessDenied 'Invalid according to Policy: Extra input fields: ...'" },
  "post-policy-expired": { cause: "presign.expired", cloud: "AWS: 403 AccessDenied 'Invalid according to Policy: Policy expired.'" },
  "bad-content-md5": { cause: "integrity.checksum-mismatch", cloud: "AWS: 400 BadDigest" },
  "wrong-crc32": { cause: "integrity.checksum-mismatch", cloud: "AWS: 400 BadDigest 'The CRC32 you specified did not match the calculated checksum.'" },
  "wrong-crc32-boto3": { cause: "integrity.checksum-mismatch", cloud: "AWS: 400 BadDigest" },
  "clock-skew": { cause: "time.clock-skew", cloud: "AWS: 403 RequestTimeTooSkewed" },
  "clock-skew-boto3": { cause: "time.clock-skew", cloud: "AWS: 403 RequestTimeTooSkewed" },
  "missing-bucket": { cause: "resource.bucket-not-found", cloud: "AWS: 404 NoSuchBucket" },
  "missing-key-get": { cause: "resource.object-not-found", cloud: "AWS: 404 NoSuchKey" },
  "missing-key-head": { cause: "resource.object-not-found", cloud: "AWS: 404 with no body" },
  "bad-part-etag": { cause: "multipart.invalid-part", cloud: "AWS: 400 InvalidPart" },
  "part-too-small": { cause: "size.too-small", cloud: "AWS: 400 EntityTooSmall" },
  "azure-bad-sas-signature": { cause: "signature.secret-mismatch", cloud: "Azure: 403 AuthenticationFailed 'Signature did not match'" },
  "azure-expired-sas": { cause: "presign.expired", cloud: "Azure: 403 AuthenticationFailed, AuthenticationErrorDetail 'Signature not valid in the specified time frame: Start [...] - Expiry [...] - Current [...]'" },
  "azure-put-without-blob-type": { cause: "request.missing-header", cloud: "Azure: 400 MissingRequiredHeader x-ms-blob-type" },
  "azure-missing-container": { cause: "resource.bucket-not-found", cloud: "Azure: 404 ContainerNotFound" },
  "gcs-missing-object": { cause: "resource.object-not-found", cloud: "GCS: 404 notFound 'No such object: uploads/missing.png'" },
  "gcs-missing-object-media": { cause: "resource.object-not-found", cloud: "GCS: 404 'No such object: uploads/missing.png'" },
  "gcs-precondition-failed": { cause: "request.precondition-failed", cloud: "GCS: 412 conditionNotMet" },
  "gcs-missing-bucket": { cause: "resource.bucket-not-found", cloud: "GCS: 404 notFound 'The specified bucket does not exist.'" },
};

/** The servers a fault runs against. */
export function serversFor(fault) {
  if (fault.startsWith("azure-")) return ["azurite"];
  if (fault.startsWith("gcs-")) return ["fake-gcs"];
  return ["localstack", "s3s-fs"];
}

/**
 * Per server: faults it accepts although the real cloud rejects them (`accepts`), answers it
 * gives that differ from the real cloud (`differs`: the note printed with the row), and rows
 * where only `has` is asserted because the emulator's answer is honestly ambiguous (`ambiguous`).
 * `gaps`: a documented emulator answer the decoder does not name yet (reported, not failing).
 * Sources: shared/emulators.md ("Where they differ from the real clouds"), and what this suite
 * observed with the pinned versions (marked "observed").
 */
export const SERVERS = {
  localstack: {
    accepts: {
      "wrong-secret": "LocalStack never authenticates header-signed requests (emulators.md)",
      "wrong-secret-boto3": "LocalStack never authenticates header-signed requests (emulators.md)",
      "unknown-access-key": "LocalStack never authenticates header-signed requests (emulators.md)",
      "clock-skew": "LocalStack never authenticates header-signed requests, so no RequestTimeTooSkewed (emulators.md)",
      "clock-skew-boto3": "LocalStack never authenticates header-signed requests, so no RequestTimeTooSkewed (emulators.md)",
      "asia-key-no-token-post": "observed: LocalStack 2026.3.0 answers 204 to a POST form signed with an unknown ASIA key id and no token (emulators.md: it accepts a POST with a bad signature)",
      "post-extra-field": "LocalStack accepts extra POST fields (emulators.md)",
      "post-file-field-first": "LocalStack accepts the file part first (emulators.md)",
    },
    differs: {},
    ambiguous: {
      "content-type-signed-differently":
        "observed: LocalStack answers like AWS: SignatureDoesNotMatch with the CanonicalRequest it computed over what it received (content-type:image/jpeg); the value that was signed is neither in the answer nor in the URL, so a wrong secret and a changed signed header read the same",
    },
    gaps: {},
  },
  "s3s-fs": {
    accepts: {
      "missing-bucket": "observed (not in emulators.md): s3s-fs 0.14.1 creates the bucket's directory on a PutObject into a bucket that does not exist",
      "bad-part-etag": "observed (not in emulators.md): s3s-fs 0.14.1 does not check the part ETags of CompleteMultipartUpload",
    },
    differs: {
      "wrong-secret": "observed: s3s-fs answers a bare <Code>SignatureDoesNotMatch</Code> (AWS adds Message, StringToSign, CanonicalRequest, SignatureProvided)",
      "wrong-secret-boto3": "observed: s3s-fs answers a bare <Code>SignatureDoesNotMatch</Code> (AWS adds Message, StringToSign, CanonicalRequest, SignatureProvided)",
      "content-type-signed-differently": "observed: s3s-fs answers a bare <Code>SignatureDoesNotMatch</Code> (AWS adds StringToSign, CanonicalRequest)",
      "unknown-access-key": "s3s-fs answers NotSignedUp (AWS: InvalidAccessKeyId) (emulators.md)",
      "asia-key-no-token-post": "s3s-fs answers NotSignedUp (AWS: InvalidAccessKeyId), before reading the body (Node's fetch sees EPIPE) (emulators.md)",
      "post-file-field-first": "s3s-fs answers 403 AccessDenied 'Signature is required' before reading the body (AWS: 400 InvalidArgument) (emulators.md)",
      "post-extra-field": "observed: s3s-fs answers 403 AccessDenied 'Each form field that you specify in a form must appear in the list of policy conditions' (AWS: 'Invalid according to Policy: Extra input fields: ...')",
      "post-policy-expired": "s3s-fs answers 'Request has expired' (AWS: 'Invalid according to Policy: Policy expired.') (emulators.md)",
      "part-too-small": "observed: s3s-fs answers a bare <Code>EntityTooSmall</Code> (AWS adds Message, ProposedSize, MinSizeAllowed, PartNumber, ETag)",
      "clock-skew": "observed: s3s-fs's RequestTimeTooSkewed has no RequestTime/ServerTime/MaxAllowedSkewMilliseconds",
      "clock-skew-boto3": "observed: s3s-fs's RequestTimeTooSkewed has no RequestTime/ServerTime/MaxAllowedSkewMilliseconds",
      "missing-key-head": "observed: s3s-fs's HEAD 404 carries no x-amz-request-id / x-amz-id-2 / Server: AmazonS3 header, so nothing says S3 (emulators.md: its bodies lack RequestId/HostId)",
    },
    ambiguous: {},
    gaps: {},
  },
  azurite: {
    accepts: {},
    differs: {
      "azure-bad-sas-signature": "Azurite answers AuthorizationFailure (Azure: AuthenticationFailed with AuthenticationErrorDetail) (emulators.md)",
      "azure-expired-sas": "Azurite answers AuthorizationFailure (Azure: AuthenticationFailed with AuthenticationErrorDetail) (emulators.md)",
      "azure-put-without-blob-type": "Azurite answers 400 with an empty body (Azure: MissingRequiredHeader) (emulators.md)",
    },
    ambiguous: {},
    gaps: {},
  },
  "fake-gcs": {
    accepts: {},
    differs: {
      "gcs-missing-object": "fake-gcs-server says reason 'Not Found' (GCS: notFound) (emulators.md)",
      "gcs-missing-object-media": "observed: fake-gcs-server answers a download (alt=media) of a missing object with text/plain 'Not Found' (GCS: 'No such object: uploads/missing.png')",
      "gcs-precondition-failed": "fake-gcs-server says reason 'Precondition Failed' (GCS: conditionNotMet) (emulators.md)",
      "gcs-missing-bucket": "fake-gcs-server says reason 'Not Found' (GCS: notFound) (emulators.md)",
    },
    ambiguous: {},
    gaps: {},
  },
};
