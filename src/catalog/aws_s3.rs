//! Amazon S3 error codes (the `<Code>` of an S3 XML error body), as they matter for uploads from
//! the browser: presigned PUT URLs, presigned POST forms, multipart uploads driven by the page, and
//! the SDK in the browser.
//!
//! The table follows the official list
//! (<https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList>) and adds
//! the codes S3 sends that the list leaves out or spells differently on the wire (`AccessForbidden`
//! for a rejected CORS preflight, `MaxPostPreDataLengthExceeded`, `XAmzContentSHA256Mismatch`,
//! `InvalidPartNumber`). S3-compatible servers (MinIO, R2, Ceph, Garage, s3s
//! based servers...) reuse these codes, so the table is shared with them; the few codes only they
//! send (`XAmzContentChecksumMismatch`, `NotSignedUp` for an unknown key) are marked as such.
//!
//! Weights are priors for a browser upload when nothing but the code is known; the message, the
//! request context and the extra XML elements (`HeadersNotSigned`, `Region`, `MinSizeAllowed`...)
//! refine them elsewhere.

use super::{cause, fix, CodeEntry, FixSpec};
use crate::ids::CauseId::*;
use crate::ids::{CauseId, ProviderId};

// ---------------------------------------------------------------------------------------------
// Documentation pages.
// ---------------------------------------------------------------------------------------------

const ERROR_LIST: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList";
const DOCS_403: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/troubleshoot-403-errors.html";
const DOCS_CORS: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/cors-troubleshooting.html";
const DOCS_ACL: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-ownership-error-responses.html";
const DOCS_MPU_LIMITS: &str = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/qfacts.html";
const DOCS_INTEGRITY: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html";
const DOCS_CONDITIONAL: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html";
const DOCS_PRESIGN_QUERY: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html";
const DOCS_POST_POLICY: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html";
const DOCS_PERFORMANCE: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html";
const MINIO_ERRORS: &str = "https://github.com/minio/minio/blob/master/cmd/api-errors.go";
const R2_S3_API: &str = "https://developers.cloudflare.com/r2/api/s3/api/";
const B2_S3_API: &str = "https://www.backblaze.com/docs/cloud-storage-s3-compatible-api";

// ---------------------------------------------------------------------------------------------
// Fixes shared by several codes.
// ---------------------------------------------------------------------------------------------

const FIX_FILE_FIELD_LAST: FixSpec = fix(
    "Put the file field last in the form",
    &[
        "S3 reads a POST form as a stream and ignores every field that comes after the `file` field.",
        "Append all fields returned by your backend first (key, policy, X-Amz-* incl. X-Amz-Security-Token, Content-Type...), then `file`.",
        "Do not set the Content-Type header yourself: the browser adds `multipart/form-data` with the boundary.",
    ],
)
.snippet(
    "js",
    r#"// { url, fields } come from createPresignedPost / generate_presigned_post on your server
const form = new FormData();
for (const [name, value] of Object.entries(fields)) form.append(name, value);
form.append("file", file); // always the LAST field
const res = await fetch(url, { method: "POST", body: form }); // no Content-Type header
if (!res.ok) console.error(await res.text());"#,
);

const FIX_SESSION_TOKEN: FixSpec = fix(
    "Send the session token with the temporary key",
    &[
        "Keys starting with ASIA are temporary (STS, an IAM role on Lambda/ECS/EC2, SSO, Cognito) and only exist together with their session token.",
        "Presigned URLs: the token must be in the URL as X-Amz-Security-Token; SDKs add it when the credentials they sign with carry one.",
        "Presigned POST: forward every field the SDK returned, including X-Amz-Security-Token (or x-amz-security-token), and keep it before the file field.",
        "Direct SDK calls: pass sessionToken alongside accessKeyId and secretAccessKey.",
    ],
)
.snippet(
    "js",
    r#"const s3 = new S3Client({
  region: "eu-west-1",
  credentials: {
    accessKeyId: creds.AccessKeyId,        // ASIA...
    secretAccessKey: creds.SecretAccessKey,
    sessionToken: creds.SessionToken,      // required for ASIA... keys
  },
});"#,
);

const FIX_REGION: FixSpec = fix(
    "Sign and send for the bucket's own region",
    &[
        "Find the bucket's region (S3 console, `aws s3api get-bucket-location --bucket my-bucket`, or the x-amz-bucket-region response header).",
        "Configure the client that signs (your server for presigned URLs/POST forms) with that region.",
        "Use the regional endpoint https://my-bucket.s3.<region>.amazonaws.com rather than the global s3.amazonaws.com.",
    ],
)
.snippet(
    "js",
    r#"import { S3Client } from "@aws-sdk/client-s3";
// must be the region the bucket lives in, not the region of your app
const s3 = new S3Client({ region: "eu-west-1" });"#,
);

const FIX_SDK_CHECKSUMS: FixSpec = fix(
    "Only send checksums when the operation requires them",
    &[
        "Since @aws-sdk/client-s3 3.729.0 and boto3/botocore 1.36 the SDKs add CRC32 checksums to uploads by default.",
        "A presigned PutObject has no body when it is signed, so the URL carries x-amz-checksum-crc32=AAAAAA== (the CRC32 of zero bytes); services that verify it (R2, MinIO, Garage, SeaweedFS...) reject every real file, and many S3-compatible services also reject the new headers or the aws-chunked encoding.",
        "Set requestChecksumCalculation to WHEN_REQUIRED on the client that signs, or pin the SDK below those versions, and generate fresh URLs.",
    ],
)
.snippet(
    "js",
    r#"const s3 = new S3Client({
  region: "eu-west-1",
  requestChecksumCalculation: "WHEN_REQUIRED",
  responseChecksumValidation: "WHEN_REQUIRED",
});
// python: boto3.client("s3", config=botocore.config.Config(
//   request_checksum_calculation="when_required",
//   response_checksum_validation="when_required"))
// or env: AWS_REQUEST_CHECKSUM_CALCULATION=WHEN_REQUIRED"#,
);

const FIX_CORS_RULE: FixSpec = fix(
    "Add a CORS rule for your origin",
    &[
        "List the exact origin of the page (scheme + host + port, no trailing slash), the methods you use (PUT for presigned URLs, POST for forms) and the headers you send.",
        "Expose ETag if the page drives a multipart upload.",
        "Apply it with `aws s3api put-bucket-cors --bucket my-bucket --cors-configuration file://cors.json` (in the console paste only the array inside CORSRules).",
    ],
)
.snippet(
    "json",
    r#"{
  "CORSRules": [
    {
      "AllowedOrigins": ["https://app.example.com", "http://localhost:3000"],
      "AllowedMethods": ["GET", "HEAD", "PUT", "POST"],
      "AllowedHeaders": ["*"],
      "ExposeHeaders": ["ETag"],
      "MaxAgeSeconds": 3000
    }
  ]
}"#,
);

const FIX_EXPOSE_ETAG: FixSpec = fix(
    "Expose the ETag header and check every part's ETag",
    &[
        "The browser hides response headers that CORS does not expose, so getResponseHeader('ETag') / res.headers.get('ETag') returns null and the completion lists null ETags.",
        "Add \"ExposeHeaders\": [\"ETag\"] to the bucket's CORS rule (see the CORS fix).",
        "Refuse to complete the upload when any part has no ETag, instead of sending null.",
    ],
)
.snippet(
    "js",
    r#"const res = await fetch(partUrl, { method: "PUT", body: blob.slice(start, end) });
if (!res.ok) throw new Error(`part ${partNumber}: ${res.status} ${await res.text()}`);
const etag = res.headers.get("ETag"); // null unless CORS has ExposeHeaders: ["ETag"]
if (!etag) throw new Error("ETag not readable: add ExposeHeaders [\"ETag\"] to the bucket CORS");
parts.push({ PartNumber: partNumber, ETag: etag });"#,
);

const FIX_SORT_PARTS: FixSpec = fix(
    "Sort the parts by PartNumber before completing",
    &[
        "Parts uploaded in parallel finish in any order; CompleteMultipartUpload needs them in ascending PartNumber order, each number once.",
        "Sort (and de-duplicate retried parts) right before the completion call.",
    ],
)
.snippet(
    "js",
    r#"const Parts = [...new Map(parts.map((p) => [p.PartNumber, p])).values()]
  .sort((a, b) => a.PartNumber - b.PartNumber);
await s3.send(new CompleteMultipartUploadCommand({
  Bucket, Key, UploadId,
  MultipartUpload: { Parts },
}));"#,
);

const FIX_UPLOAD_POLICY: FixSpec = fix(
    "Allow the signer to write to this key",
    &[
        "A presigned URL or POST form acts with the permissions of whoever signed it (your server's role), checked when the browser uses it.",
        "Grant s3:PutObject on the key prefix to that role (multipart needs the same action plus s3:AbortMultipartUpload and s3:ListMultipartUploadParts).",
        "Check the bucket policy for Deny statements (required encryption headers, aws:SecureTransport, source IP/VPC conditions) and S3 Block Public Access if you send a public ACL.",
    ],
)
.snippet(
    "json",
    r#"{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
      "Resource": "arn:aws:s3:::my-bucket/uploads/*"
    }
  ]
}"#,
);

const FIX_KMS_POLICY: FixSpec = fix(
    "Allow the signer to use the bucket's KMS key",
    &[
        "Uploading to a bucket encrypted with SSE-KMS needs kms:GenerateDataKey on the key; multipart uploads also need kms:Decrypt.",
        "Add the statement to the signer's IAM policy and make sure the key policy does not exclude that role (cross-account keys need both).",
    ],
)
.snippet(
    "json",
    r#"{
  "Effect": "Allow",
  "Action": ["kms:GenerateDataKey", "kms:Decrypt"],
  "Resource": "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}"#,
);

const FIX_FRESH_URL: FixSpec = fix(
    "Create the presigned URL or form right before the upload",
    &[
        "Ask your backend for a new URL/form when the user starts the upload, not when the page loads.",
        "Give it enough lifetime for the slowest upload you expect (expiresIn in seconds, max 604800).",
        "Retry a 403 once with a freshly signed URL; never cache signed URLs.",
    ],
)
.snippet(
    "js",
    r#"// server
const url = await getSignedUrl(s3, new PutObjectCommand({ Bucket, Key, ContentType }), {
  expiresIn: 15 * 60, // seconds; must also be shorter than the signing credentials' lifetime
});"#,
);

const FIX_CONTENT_TYPE_MATCH: FixSpec = fix(
    "Send exactly the headers that were signed",
    &[
        "Look at X-Amz-SignedHeaders in the URL: every header listed there (content-type, x-amz-acl, x-amz-meta-*...) must be sent with the same value.",
        "If the server signed ContentType, send that Content-Type byte for byte (file.type can be \"\" or differ by browser).",
        "If the server did not sign a header, do not add x-amz-* headers in the browser.",
    ],
)
.snippet(
    "js",
    r#"// server: sign the type the browser will send
const url = await getSignedUrl(s3, new PutObjectCommand({ Bucket, Key, ContentType: contentType }), { expiresIn: 600 });
// browser: send the same value
await fetch(url, { method: "PUT", body: file, headers: { "Content-Type": contentType } });"#,
);

const FIX_UNTOUCHED_URL: FixSpec = fix(
    "Use the signed URL exactly as returned",
    &[
        "Do not add query parameters (cache busters, axios params), re-encode, or decode the URL.",
        "Sign the key exactly as it will be sent: let the SDK encode it, and avoid building the URL by hand.",
        "Use the HTTP method that was signed (a PutObject URL only works with PUT).",
    ],
);

const FIX_MULTIPART: FixSpec = fix(
    "Upload big files in parts",
    &[
        "A single PUT or POST is limited to 5 GiB; multipart uploads go up to 10,000 parts of 5 MiB to 5 GiB each.",
        "In the browser, either use @aws-sdk/lib-storage with credentials scoped to the upload, or have your backend create the upload and presign one UploadPart URL per part.",
    ],
)
.snippet(
    "js",
    r#"import { Upload } from "@aws-sdk/lib-storage";
const upload = new Upload({
  client: s3,
  params: { Bucket, Key, Body: file, ContentType: file.type },
  partSize: 16 * 1024 * 1024, // >= 5 MiB, and large enough for <= 10,000 parts
  queueSize: 4,
});
upload.on("httpUploadProgress", (p) => console.log(p.loaded, p.total));
await upload.done();"#,
);

const FIX_RETRY: FixSpec = fix(
    "Retry with exponential backoff",
    &[
        "These errors are transient: retry the same request after a short, growing, jittered delay.",
        "For multipart uploads retry only the failed part, not the whole file.",
        "Limit parallel part uploads per client (4-6 is plenty).",
    ],
)
.snippet(
    "js",
    r#"async function withRetry(fn, attempts = 5) {
  for (let i = 0; ; i++) {
    try { return await fn(); }
    catch (e) {
      if (i + 1 >= attempts) throw e;
      await new Promise((r) => setTimeout(r, Math.min(20000, 500 * 2 ** i) * (0.5 + Math.random())));
    }
  }
}"#,
);

const FIX_NO_ACL: FixSpec = fix(
    "Stop sending an ACL",
    &[
        "Buckets created since April 2023 default to Object Ownership 'Bucket owner enforced' (BucketOwnerEnforced): ACLs are disabled.",
        "Remove ACL: 'public-read' from PutObjectCommand / createPresignedPost, the x-amz-acl header and the `acl` form field and policy condition.",
        "To make uploads readable, grant s3:GetObject in a bucket policy (or serve them through CloudFront) instead of per-object ACLs.",
    ],
)
.snippet(
    "js",
    r#"// before: new PutObjectCommand({ Bucket, Key, ContentType, ACL: "public-read" })
const command = new PutObjectCommand({ Bucket, Key, ContentType }); // no ACL
// presigned POST: drop { acl: "public-read" } from Fields and Conditions too"#,
);

const FIX_NO_AUTH_HEADER: FixSpec = fix(
    "Do not send your app's Authorization header to S3",
    &[
        "A presigned URL or POST form already carries its authentication; S3 rejects a second mechanism and does not understand Bearer/Basic/Token schemes.",
        "Exclude the S3 URL from axios/fetch interceptors that add Authorization, or use a separate client instance for uploads.",
    ],
)
.snippet(
    "js",
    r#"// plain fetch, no interceptors, no credentials
await fetch(presignedUrl, { method: "PUT", body: file, headers: { "Content-Type": file.type } });
// axios: use a bare instance for S3
const s3Http = axios.create(); // not the instance with the auth interceptor
await s3Http.put(presignedUrl, file, { headers: { "Content-Type": file.type } });"#,
);

const FIX_POST_POLICY: FixSpec = fix(
    "Make the form match the POST policy",
    &[
        "Decode the `policy` field (base64 JSON) and compare every condition with the fields you send; the failing condition is quoted in the message.",
        "Every field you send (except file, policy, x-amz-signature and a few others) needs a condition, and each condition needs a matching field.",
        "Sizes are checked against content-length-range; Content-Type must match exactly unless you used starts-with.",
    ],
)
.snippet(
    "js",
    r#"import { createPresignedPost } from "@aws-sdk/s3-presigned-post";
const { url, fields } = await createPresignedPost(s3, {
  Bucket, Key,
  Conditions: [
    ["content-length-range", 1, 50 * 1024 * 1024], // bytes
    ["starts-with", "$Content-Type", "image/"],
  ],
  Fields: { "Content-Type": contentType }, // the browser must send the same value
  Expires: 600, // seconds
});"#,
);

const FIX_NO_MANUAL_MULTIPART_HEADER: FixSpec = fix(
    "Let the browser build the multipart body",
    &[
        "Send a FormData object as the body and do not set Content-Type: the browser adds `multipart/form-data; boundary=...`.",
        "A hand-written `Content-Type: multipart/form-data` has no boundary, and a JSON or urlencoded body is not a form upload at all.",
    ],
)
.snippet(
    "js",
    r#"const form = new FormData();
for (const [k, v] of Object.entries(fields)) form.append(k, v);
form.append("file", file);
await fetch(url, { method: "POST", body: form }); // no headers: { "Content-Type": ... }
// axios: axios.post(url, form) without a Content-Type header"#,
);

const FIX_CLOCK: FixSpec = fix(
    "Fix the clock of the machine that signs",
    &[
        "S3 accepts a request time within 15 minutes of its own clock; compare RequestTime and ServerTime in the error.",
        "Presigned URLs and POST forms are dated by your server: enable NTP there (containers inherit the host clock).",
        "When the browser signs (SDK with Cognito credentials), the user's clock is used: AWS SDK v3 corrects skew after a failed attempt; otherwise sign on the server.",
    ],
);

// ---------------------------------------------------------------------------------------------
// The table.
// ---------------------------------------------------------------------------------------------

/// Every code of this provider.
pub static TABLE: &[CodeEntry] = &[
    // ----- access and authentication ------------------------------------------------------------
    CodeEntry {
        code: "AccessDenied",
        status: 403,
        title: "S3 refused the request: no permission, an expired URL or a failed POST policy",
        explanation: "The request was authenticated (or anonymous) but S3 would not allow it. For browser uploads the message tells which case it is: \"Request has expired\" for an old presigned URL, \"Invalid according to Policy: ...\" for a presigned POST form, \"There were headers present in the request which were not signed\" for extra x-amz-* headers, and plain \"Access Denied\" for IAM, bucket policy, KMS or Block Public Access decisions.",
        causes: &[
            cause(PermissionDenied, 0.5)
                .why("The role or user that signed the URL/form lacks s3:PutObject on this key, or a bucket policy, SCP, VPC endpoint policy or Block Public Access (when sending a public ACL) denies it. A presigned URL never has more rights than its signer.")
                .fixes(&[FIX_UPLOAD_POLICY]),
            cause(PresignExpired, 0.35)
                .why("The message \"Request has expired\" (with X-Amz-Expires, Expires and ServerTime) means the presigned URL outlived its expiry; \"Invalid according to Policy: Policy expired.\" is the same for a POST form.")
                .fixes(&[FIX_FRESH_URL]),
            cause(PostPolicyCondition, 0.3)
                .why("\"Invalid according to Policy: Policy Condition failed: [...]\" quotes the condition a form field broke; \"Extra input fields: ...\" names fields the policy does not cover.")
                .fixes(&[FIX_POST_POLICY]),
            cause(SignatureUnsignedHeader, 0.2)
                .why("\"There were headers present in the request which were not signed\" lists them in HeadersNotSigned: x-amz-acl, x-amz-meta-*, x-amz-checksum-* or x-amz-sdk-checksum-algorithm were sent but are not in X-Amz-SignedHeaders.")
                .fixes(&[FIX_CONTENT_TYPE_MATCH]),
            cause(PermissionKms, 0.15)
                .why("The bucket encrypts with SSE-KMS and the signer may not use the key (\"... is not authorized to perform: kms:GenerateDataKey\"). Multipart uploads also need kms:Decrypt.")
                .fixes(&[FIX_KMS_POLICY]),
            cause(AuthMissingCredentials, 0.12)
                .why("The request reached S3 unsigned: the URL lost its X-Amz-* query string, or the page PUTs to the plain bucket URL of a private bucket."),
            cause(SignatureSdkChecksumDefault, 0.08)
                .why("HeadersNotSigned lists x-amz-checksum-crc32 or x-amz-sdk-checksum-algorithm: a newer SDK in the browser (or a presigned URL from one) added checksum headers the signature does not cover.")
                .fixes(&[FIX_SDK_CHECKSUMS]),
        ],
        docs: DOCS_403,
    },
    CodeEntry {
        code: "AccessForbidden",
        status: 403,
        title: "The CORS preflight was rejected by the bucket's CORS configuration",
        explanation: "S3 answers the browser's OPTIONS preflight with this code: \"CORSResponse: CORS is not enabled for this bucket\" when the bucket has no CORS configuration, or \"CORSResponse: This CORS request is not allowed\" when no rule matches the Origin, the method or the request headers. The browser then blocks the real upload and the page usually only sees a network error.",
        causes: &[
            cause(CorsPreflightRejected, 0.85)
                .why("No CORS rule matches this Origin (exact scheme, host and port), Access-Control-Request-Method (PUT/POST) or every header in Access-Control-Request-Headers.")
                .fixes(&[FIX_CORS_RULE]),
            cause(SignatureSdkChecksumDefault, 0.15)
                .why("A newer SDK running in the browser adds x-amz-checksum-crc32 and x-amz-sdk-checksum-algorithm headers that a restrictive AllowedHeaders list does not include.")
                .fixes(&[FIX_SDK_CHECKSUMS]),
        ],
        docs: DOCS_CORS,
    },
    CodeEntry {
        code: "AccessControlListNotSupported",
        status: 400,
        title: "The upload sets an ACL but the bucket has ACLs disabled",
        explanation: "\"The bucket does not allow ACLs\": the bucket uses Object Ownership 'Bucket owner enforced', the default for new buckets since April 2023, and any request that sets an ACL other than bucket-owner-full-control fails. Browser uploads hit this when the presigned URL or POST form was made with ACL: 'public-read' (x-amz-acl header or `acl` form field).",
        causes: &[cause(RequestAclNotSupported, 0.95).fixes(&[FIX_NO_ACL])],
        docs: DOCS_ACL,
    },
    CodeEntry {
        code: "AccountProblem",
        status: 403,
        title: "Something is wrong with the AWS account that owns the credentials or the bucket",
        explanation: "S3 will not act for this account: it is suspended, closed, not fully activated, or has an unpaid bill. The upload code is not at fault; the account owner has to contact AWS Support.",
        causes: &[cause(AuthAccountDisabled, 0.9)
            .why("The AWS account behind the signing credentials or the bucket is suspended, closed or not fully set up (billing, verification).")],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "AllAccessDisabled",
        status: 403,
        title: "AWS has disabled all access to this bucket or object",
        explanation: "All access to this S3 resource has been disabled by AWS, regardless of permissions. This follows an account suspension or closure, an abuse report, or the bucket being an old, locked one; only the account owner with AWS Support can restore it.",
        causes: &[
            cause(AuthAccountDisabled, 0.85)
                .why("The account that owns the bucket was suspended or closed (often unpaid bills), which locks its buckets."),
            cause(ResourceBucketNotFound, 0.1)
                .why("The bucket name is stale (copied from a tutorial or an old environment) and points at a locked bucket you do not own."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "AuthorizationHeaderMalformed",
        status: 400,
        title: "The Authorization header is malformed, usually signed for the wrong region",
        explanation: "S3 could not accept the SigV4 Authorization header. Most often the message says \"the region 'us-east-1' is wrong; expecting 'eu-west-1'\" (the Region element names the right one), meaning the client signed for another region than the bucket's. \"a non-empty Access Key (AKID) must be provided\" means the credentials were empty.",
        causes: &[
            cause(EndpointWrongRegion, 0.65)
                .why("The credential scope names another region than the bucket's; the expected region is in the message and the Region element.")
                .fixes(&[FIX_REGION]),
            cause(AuthMissingCredentials, 0.2)
                .why("\"a non-empty Access Key (AKID) must be provided in the credential\": the access key is empty, typically an environment variable that is undefined in the browser bundle or the deployed environment."),
            cause(AuthTokenInvalid, 0.1)
                .why("A hand-built Authorization header does not follow the AWS4-HMAC-SHA256 Credential=.../SignedHeaders=.../Signature=... format."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "AuthorizationQueryParametersError",
        status: 400,
        title: "The presigned URL's X-Amz-* query parameters are invalid",
        explanation: "S3 could not use the query-string authentication of a presigned URL. The message says why: \"X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds\", \"Error parsing the X-Amz-Credential parameter; the region 'us-east-1' is wrong; expecting '...'\", or a list of required X-Amz-* parameters when some are missing.",
        causes: &[
            cause(PresignExpiryTooLong, 0.4)
                .why("The URL was signed with an expiry above 604800 seconds (7 days), the SigV4 maximum.")
                .fixes(&[fix(
                    "Sign with an expiry of at most 7 days",
                    &[
                        "Use expiresIn / ExpiresIn of 604800 seconds or less (much less for uploads).",
                        "For links that must live longer, issue a fresh URL on demand from your backend.",
                    ],
                )
                .snippet(
                    "js",
                    r#"const url = await getSignedUrl(s3, command, { expiresIn: 3600 }); // seconds, <= 604800"#,
                )]),
            cause(EndpointWrongRegion, 0.35)
                .why("X-Amz-Credential carries another region than the bucket's; the message names the expected one.")
                .fixes(&[FIX_REGION]),
            cause(SignatureRequestModified, 0.2)
                .why("Some X-Amz-* parameters are missing or garbled: the URL was truncated, its query string stripped or re-encoded on the way to the browser.")
                .fixes(&[FIX_UNTOUCHED_URL]),
            cause(SignatureWrongVersion, 0.1)
                .why("X-Amz-Algorithm is not AWS4-HMAC-SHA256, or SigV2 parameters (AWSAccessKeyId, Signature, Expires) are mixed with SigV4 ones."),
        ],
        docs: DOCS_PRESIGN_QUERY,
    },
    CodeEntry {
        code: "InvalidAccessKeyId",
        status: 403,
        title: "S3 does not know the access key the request was signed with",
        explanation: "\"The AWS Access Key Id you provided does not exist in our records\": the key in the signature (echoed in AWSAccessKeyId) is unknown to S3. Besides a wrong or deleted key, this is what S3 says for a temporary ASIA... key whose session token did not arrive, including the presigned POST case where x-amz-security-token comes after the file field and is never read.",
        causes: &[
            cause(AuthInvalidAccessKey, 0.5)
                .why("The key id is wrong, deleted or deactivated in IAM, belongs to another partition (China, GovCloud), or was made for another service (MinIO, R2, Spaces keys sent to AWS)."),
            cause(AuthSessionTokenMissing, 0.3)
                .why("The key starts with ASIA: it is temporary and S3 only recognises it together with its session token (X-Amz-Security-Token), which this request did not carry.")
                .fixes(&[FIX_SESSION_TOKEN]),
            cause(PostFieldOrder, 0.2)
                .why("In a presigned POST form S3 ignores fields after `file`; an x-amz-security-token appended after the file is never seen, so the temporary key looks unknown.")
                .fixes(&[FIX_FILE_FIELD_LAST]),
            cause(EndpointWrongHost, 0.12)
                .why("The client has no custom endpoint configured, so keys meant for an S3-compatible service (MinIO, R2, B2...) were sent to Amazon S3 (or the other way round).")
                .fixes(&[fix(
                    "Point the client at the service the keys belong to",
                    &[
                        "Set endpoint (and forcePathStyle for MinIO and most self-hosted servers) on the client that signs.",
                        "Check that the generated URL's host is the service that issued the keys.",
                    ],
                )
                .snippet(
                    "js",
                    r#"const s3 = new S3Client({
  region: "us-east-1",                    // or "auto" for R2
  endpoint: "https://minio.example.com",  // the service that issued the keys
  forcePathStyle: true,                   // MinIO / most self-hosted servers
});"#,
                )]),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "CredentialsNotSupported",
        status: 400,
        title: "This request does not support credentials",
        explanation: "S3 received credentials on a request type that must not carry them. It is rare for uploads; check that the upload goes to the S3 REST endpoint with the operation you meant, and not to an endpoint or operation that only accepts anonymous requests.",
        causes: &[
            cause(RequestInvalid, 0.7)
                .why("Credentials were attached to a request that S3 only accepts without them."),
            cause(EndpointWrongHost, 0.2)
                .why("The request went to an endpoint that does not take signed requests instead of the bucket's REST endpoint."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "ExpiredToken",
        status: 400,
        title: "The session token used to sign the request has expired",
        explanation: "\"The provided token has expired\": the temporary credentials (ASIA... key + session token from STS, an IAM role, SSO or Cognito) have passed their expiry. A presigned URL signed with temporary credentials stops working when those credentials expire, even if X-Amz-Expires is longer.",
        causes: &[
            cause(AuthTokenExpired, 0.85)
                .why("The temporary credentials that signed the request are past their expiry time.")
                .fixes(&[fix(
                    "Sign with credentials that outlive the URL",
                    &[
                        "Let the SDK's default credential provider refresh role credentials instead of caching them yourself.",
                        "Keep the URL lifetime shorter than the remaining lifetime of the signing session (role sessions often last 1 hour; Lambda credentials last as long as the function's role session).",
                        "In the browser, refresh Cognito/STS credentials before starting an upload.",
                    ],
                )]),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "InvalidSecurity",
        status: 403,
        title: "The security credentials provided are not valid",
        explanation: "\"The provided security credentials are not valid\": S3 rejected the credential material as a whole. Check that the access key, secret and session token come from the same set and are complete.",
        causes: &[
            cause(AuthTokenInvalid, 0.5)
                .why("The session token or credential set is malformed, truncated, or its parts come from different credential sets."),
            cause(AuthInvalidAccessKey, 0.35)
                .why("The access key does not correspond to valid credentials for this service or partition."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "InvalidToken",
        status: 400,
        title: "The session token is malformed or otherwise invalid",
        explanation: "\"The provided token is malformed or otherwise invalid\": the x-amz-security-token / X-Amz-Security-Token value is not a valid STS session token. It is usually damaged on the way (truncated, or `+` and `/` mangled by URL encoding), or it is a token S3 does not accept in this region.",
        causes: &[
            cause(AuthTokenInvalid, 0.7)
                .why("The token is truncated, has stray quotes or whitespace, or comes from a different credential set than the access key. Tokens from the global STS endpoint are only valid in regions enabled by default, so they fail in opt-in regions such as ap-east-1 or me-south-1."),
            cause(SignatureRequestModified, 0.2)
                .why("The token was re-encoded after signing: a `+` turned into a space, or the URL was decoded and re-encoded by a router or proxy.")
                .fixes(&[FIX_UNTOUCHED_URL]),
            cause(AuthTokenExpired, 0.08)
                .why("An old token from a previous session is being reused with new keys."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "MissingAuthenticationToken",
        status: 403,
        title: "The request was not signed",
        explanation: "S3 expected a signed request and found no authentication at all. The browser sent the upload to the plain bucket URL, or the presigned query string or Authorization header was dropped on the way.",
        causes: &[
            cause(AuthMissingCredentials, 0.85)
                .why("No Authorization header and no X-Amz-* query parameters reached S3."),
            cause(SignatureRequestModified, 0.15)
                .why("The signed query string was removed (URL shortened, query stripped by a redirect or proxy).")
                .fixes(&[FIX_UNTOUCHED_URL]),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "NotSignedUp",
        status: 403,
        title: "The account is not signed up for S3, or the server does not know the access key",
        explanation: "On Amazon S3 this means the AWS account has no S3 subscription. S3-compatible servers built on s3s (RustFS and others) answer NotSignedUp (\"Your account is not signed up\") for an empty or unknown access key instead of InvalidAccessKeyId.",
        causes: &[
            cause(AuthInvalidAccessKey, 0.55)
                .why("On s3s-based servers: the access key is not configured on this server (wrong keys, keys of another deployment)."),
            cause(AuthMissingCredentials, 0.25)
                .why("The access key is empty, typically an undefined environment variable."),
            cause(AuthAccountDisabled, 0.15)
                .why("On AWS: the account is not (or no longer) subscribed to S3."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "TokenRefreshRequired",
        status: 400,
        title: "The session token must be refreshed",
        explanation: "\"The provided token must be refreshed\": S3 will not accept this session token any more and wants new temporary credentials. Fetch fresh credentials and sign again.",
        causes: &[
            cause(AuthTokenExpired, 0.8)
                .why("The temporary credentials are at or past the end of their session and must be renewed."),
            cause(AuthTokenInvalid, 0.2)
                .why("The token is no longer acceptable (revoked session, rotated role) and must be replaced, not retried."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "UnsupportedSignature",
        status: 400,
        title: "The request is signed with an unsupported STS token version or signature version",
        explanation: "S3 does not support the signature version used, or the session token is of a version this endpoint does not accept. Sign with SigV4 (AWS4-HMAC-SHA256) and use regional STS tokens.",
        causes: &[
            cause(SignatureWrongVersion, 0.65)
                .why("The request is signed with SigV2 or another scheme S3 no longer accepts here."),
            cause(AuthTokenInvalid, 0.3)
                .why("The session token is a version this region does not accept (v1 tokens from the global STS endpoint in opt-in regions)."),
        ],
        docs: ERROR_LIST,
    },
    // ----- signatures ---------------------------------------------------------------------------
    CodeEntry {
        code: "SignatureDoesNotMatch",
        status: 403,
        title: "The request's signature does not match what S3 computed",
        explanation: "S3 recomputed the SigV4 signature from the request it received and got a different value. With presigned URLs this almost always means the browser's request differs from what was signed: another Content-Type or x-amz-* header, a changed key encoding, an extra query parameter or another method. The error body carries StringToSign and CanonicalRequest: compare them with what your server signed.",
        causes: &[
            cause(SignatureHeaderMismatch, 0.45)
                .why("A signed header differs: the URL was presigned with one Content-Type (or x-amz-acl, x-amz-meta-*, Content-MD5) and the browser sent another or none. X-Amz-SignedHeaders in the URL lists the headers that must match.")
                .fixes(&[FIX_CONTENT_TYPE_MATCH]),
            cause(SignatureRequestModified, 0.3)
                .why("The request is not the one that was signed: the key was encoded differently (spaces, +, unicode, leading slash), a query parameter was added, or the URL is used with another method (a GET URL for a PUT).")
                .fixes(&[FIX_UNTOUCHED_URL]),
            cause(SignatureSecretMismatch, 0.3)
                .why("The secret access key does not belong to the access key id (typo, stray newline or quotes in the environment variable, rotated secret).")
                .fixes(&[fix(
                    "Check the secret that signs",
                    &[
                        "Make sure the secret belongs to the access key id in the URL and has no surrounding whitespace or quotes.",
                        "If the CanonicalRequest in the error equals your server's, the secret is the problem.",
                    ],
                )]),
            cause(SignatureSdkChecksumDefault, 0.2)
                .why("The SDK that signed (aws-sdk-js-v3 >= 3.729, boto3 >= 1.36) added checksum parameters such as x-amz-checksum-crc32 and x-amz-sdk-checksum-algorithm; S3-compatible services and proxies often fail the signature on them.")
                .fixes(&[FIX_SDK_CHECKSUMS]),
            cause(EndpointWrongRegion, 0.1)
                .why("The request was signed for one region or host and sent to another (a redirect, a custom domain, or path-style vs virtual-hosted URLs).")
                .fixes(&[FIX_REGION]),
            cause(TimeClockSkew, 0.05)
                .why("The signing date is far off; S3 usually says RequestTimeTooSkewed, but some S3-compatible servers only report a signature mismatch.")
                .fixes(&[FIX_CLOCK]),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "RequestTimeTooSkewed",
        status: 403,
        title: "The request time is more than 15 minutes away from S3's clock",
        explanation: "\"The difference between the request time and the current time is too large\": the X-Amz-Date of the signature is more than 15 minutes (MaxAllowedSkewMilliseconds 900000) before or after S3's time. The error shows RequestTime and ServerTime; the wrong clock is on whichever machine signed.",
        causes: &[cause(TimeClockSkew, 0.95).fixes(&[FIX_CLOCK])],
        docs: ERROR_LIST,
    },
    // ----- presigned POST forms -------------------------------------------------------------------
    CodeEntry {
        code: "InvalidArgument",
        status: 400,
        title: "A header, query parameter or form field has an invalid or missing value",
        explanation: "S3 rejected one argument; ArgumentName and ArgumentValue in the body say which. For browser uploads the common messages are \"Bucket POST must contain a field named 'key'. If it is specified, please check the order of the fields.\" (fields after the file are ignored), \"Unsupported Authorization Type\" or \"Only one auth mechanism allowed\" (the app's own Authorization header reached S3), and part numbers outside 1-10000.",
        causes: &[
            cause(PostFieldOrder, 0.35)
                .why("\"Bucket POST must contain a field named '...'. If it is specified, please check the order of the fields.\": the named field (key, policy, X-Amz-Signature...) was appended after `file`, where S3 no longer reads.")
                .fixes(&[FIX_FILE_FIELD_LAST]),
            cause(AuthTokenInvalid, 0.25)
                .why("ArgumentName is Authorization: \"Unsupported Authorization Type\" means a Bearer/Basic/Token header from the app reached S3; \"Only one auth mechanism allowed\" means an Authorization header was added to a presigned URL.")
                .fixes(&[FIX_NO_AUTH_HEADER]),
            cause(RequestInvalid, 0.25)
                .why("Another argument is out of range or malformed: a part number outside 1-10000, \"POST requires exactly one file upload per request\", an invalid x-amz-* header value."),
            cause(PostMissingField, 0.15)
                .why("The form lacks a field S3 needs (key, policy, X-Amz-Credential, X-Amz-Signature...): forward every field returned by the presigner.")
                .fixes(&[FIX_FILE_FIELD_LAST]),
            cause(EndpointWrongRegion, 0.1)
                .why("The credential scope or a bucket-region parameter names another region than the endpoint the request was sent to.")
                .fixes(&[FIX_REGION]),
            cause(PresignExpiryTooLong, 0.05)
                .why("The expiry argument exceeds the 7-day (604800 seconds) maximum."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "UserKeyMustBeSpecified",
        status: 400,
        title: "The POST form lacks a required field, or it comes after the file",
        explanation: "\"The bucket POST must contain the specified field name. If it is specified, check the order of the fields.\" S3 stops reading form fields at the file field, so a field appended after `file` counts as missing.",
        causes: &[
            cause(PostFieldOrder, 0.55).fixes(&[FIX_FILE_FIELD_LAST]),
            cause(PostMissingField, 0.45)
                .why("The named field is not in the form at all; forward every field the presigner returned."),
        ],
        docs: DOCS_POST_POLICY,
    },
    CodeEntry {
        code: "IncorrectNumberOfFilesInPostRequest",
        status: 400,
        title: "A POST form upload must contain exactly one file",
        explanation: "\"POST requires exactly one file upload per request\": the multipart form had no file part or several. S3 often reports the same problem as InvalidArgument with ArgumentName `file`. Send one POST per file.",
        causes: &[
            cause(RequestInvalid, 0.6)
                .why("Several files were appended to one FormData (a multi-select input posted as is); S3 takes one file per POST.")
                .fixes(&[fix(
                    "Send one POST per file",
                    &[
                        "Ask the backend for one presigned POST (key + policy) per file.",
                        "Build a new FormData for each file, with the file appended once and last.",
                    ],
                )]),
            cause(PostMissingField, 0.35)
                .why("No part of the form is a file: the file was appended as a string (file.name, a data URL) or under a name S3 does not treat as the file.")
                .fixes(&[FIX_FILE_FIELD_LAST]),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "InvalidPolicyDocument",
        status: 400,
        title: "The POST policy document is malformed or the form does not meet it",
        explanation: "The `policy` field of a presigned POST form could not be used: it is not valid base64 JSON, its expiration is not an ISO 8601 GMT date, or a condition has the wrong shape (\"Invalid Policy: Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.\"). The official list also uses this code for a form that does not meet the policy's conditions.",
        causes: &[
            cause(PostPolicyInvalid, 0.75)
                .why("The policy built by hand is not valid: bad JSON or base64, a wrong expiration format, an unknown or malformed condition.")
                .fixes(&[FIX_POST_POLICY]),
            cause(PostPolicyCondition, 0.25)
                .why("The form's fields do not satisfy the policy's conditions.")
                .fixes(&[FIX_POST_POLICY]),
        ],
        docs: DOCS_POST_POLICY,
    },
    CodeEntry {
        code: "MalformedPOSTRequest",
        status: 400,
        title: "The POST body is not well-formed multipart/form-data",
        explanation: "\"The body of your POST request is not well-formed multipart/form-data\": S3 could not parse the form. From browsers this is nearly always a Content-Type header set by hand (`multipart/form-data` without the boundary), or a body that is not a FormData at all.",
        causes: &[
            cause(RequestInvalid, 0.75)
                .why("Content-Type: multipart/form-data was set manually so the boundary is missing, or the body was serialised as JSON/urlencoded.")
                .fixes(&[FIX_NO_MANUAL_MULTIPART_HEADER]),
            cause(ProxyIntermediary, 0.1)
                .why("A proxy or middleware on the way rewrote or re-encoded the multipart body."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "RequestIsNotMultiPartContent",
        status: 400,
        title: "A POST to the bucket must be multipart/form-data",
        explanation: "\"Bucket POST must be of the enclosure-type multipart/form-data\": a POST to the bucket URL is treated as a form upload, and this one was not a form. The page sent the raw file, JSON or a urlencoded body to a presigned POST URL, or POSTed where a presigned PUT URL expected PUT.",
        causes: &[
            cause(RequestInvalid, 0.8)
                .why("The body is not a FormData: a presigned POST needs the fields and the file in a multipart form; a presigned PUT URL needs method PUT with the raw file.")
                .fixes(&[FIX_NO_MANUAL_MULTIPART_HEADER]),
            cause(SignatureRequestModified, 0.1)
                .why("A presigned PUT URL is used with POST; use the method it was signed for."),
        ],
        docs: DOCS_POST_POLICY,
    },
    CodeEntry {
        code: "MaxPostPreDataLengthExceededError",
        status: 400,
        title: "The POST form fields before the file are too large",
        explanation: "\"Your POST request fields preceding the upload file were too large\": S3 limits what comes before the file field in a form (MaxPostPreDataLengthBytes, 20 KB). Usually the file content itself or a huge metadata value was appended as a text field before `file`.",
        causes: &[
            cause(SizeTooLarge, 0.5)
                .why("The text fields before the file (metadata, tags, a long policy) add up to more than the 20 KB S3 reads before the file."),
            cause(PostFieldOrder, 0.45)
                .why("The file data was sent as an ordinary field (a base64 data URL, or the file appended under another name) ahead of the real `file` field.")
                .fixes(&[FIX_FILE_FIELD_LAST]),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "MaxPostPreDataLengthExceeded",
        status: 400,
        title: "The POST form fields before the file are too large",
        explanation: "The spelling S3 has been seen to send on the wire for MaxPostPreDataLengthExceededError: \"Your POST request fields preceeding the upload file was too large\", with MaxPostPreDataLengthBytes 20480. Everything before the `file` field must stay under that size.",
        causes: &[
            cause(SizeTooLarge, 0.5)
                .why("The text fields before the file add up to more than the 20 KB (20480 bytes) S3 reads before the file."),
            cause(PostFieldOrder, 0.45)
                .why("The file data was sent as an ordinary field (a base64 data URL, or the file under another name) ahead of the real `file` field.")
                .fixes(&[FIX_FILE_FIELD_LAST]),
        ],
        docs: ERROR_LIST,
    },
    // ----- size and body --------------------------------------------------------------------------
    CodeEntry {
        code: "EntityTooLarge",
        status: 400,
        title: "The upload is larger than the maximum allowed size",
        explanation: "\"Your proposed upload exceeds the maximum allowed size\": a single PUT or POST is capped at 5 GiB, and a presigned POST form is also capped by the policy's content-length-range (the body shows ProposedSize and MaxSizeAllowed). A multipart part above 5 GiB gets this too.",
        causes: &[cause(SizeTooLarge, 0.95)
            .why("The file exceeds MaxSizeAllowed: the content-length-range of the POST policy, or the 5 GiB single-request limit.")
            .fixes(&[
                fix(
                    "Raise the POST policy limit, or check the size before uploading",
                    &[
                        "If MaxSizeAllowed is your own content-length-range, raise its maximum on the server.",
                        "Check file.size in the page first and tell the user the limit instead of failing after the transfer.",
                    ],
                )
                .snippet(
                    "js",
                    r#"const MAX = 50 * 1024 * 1024; // keep in sync with ["content-length-range", 1, MAX]
if (file.size > MAX) throw new Error(`File is larger than ${MAX / 1024 / 1024} MiB`);"#,
                ),
                FIX_MULTIPART,
            ])],
        docs: DOCS_MPU_LIMITS,
    },
    CodeEntry {
        code: "EntityTooSmall",
        status: 400,
        title: "The upload or a multipart part is smaller than the minimum allowed size",
        explanation: "\"Your proposed upload is smaller than the minimum allowed size\". On CompleteMultipartUpload it means a part other than the last is below 5 MiB (the body names PartNumber, ProposedSize and MinSizeAllowed 5242880). On a presigned POST it means the file is below the minimum of the policy's content-length-range, often an empty file.",
        causes: &[cause(SizeTooSmall, 0.95)
            .why("Every part except the last must be at least 5 MiB (5242880 bytes), or the file is below the POST policy's content-length-range minimum.")
            .fixes(&[fix(
                "Use parts of at least 5 MiB (only the last may be smaller)",
                &[
                    "Choose one part size >= 5 MiB and slice the file with it; only the final slice may be shorter.",
                    "Scale the part size up for big files so there are at most 10,000 parts.",
                    "For POST forms, reject empty files in the page or lower the content-length-range minimum.",
                ],
            )
            .snippet(
                "js",
                r#"const MiB = 1024 * 1024;
const partSize = Math.max(5 * MiB, Math.ceil(file.size / 10000));
for (let n = 1, start = 0; start < file.size; n++, start += partSize) {
  const blob = file.slice(start, Math.min(start + partSize, file.size));
  // PUT blob to the presigned URL for part n
}"#,
            )])],
        docs: DOCS_MPU_LIMITS,
    },
    CodeEntry {
        code: "TooManyParts",
        status: 400,
        title: "The upload has more parts than the 10,000 allowed",
        explanation: "\"You have attempted to add more parts than the maximum of 10000 that are allowed for this object.\" The part size is too small for the file: 10,000 parts of 5 MiB cover only about 48.8 GiB.",
        causes: &[
            cause(SizeTooLarge, 0.6)
                .why("The file divided by the chosen part size gives more than 10,000 parts.")
                .fixes(&[FIX_MULTIPART]),
            cause(RequestInvalid, 0.3)
                .why("Part numbers are not reused on retry, so the count keeps growing; retry a part with its original number."),
        ],
        docs: DOCS_MPU_LIMITS,
    },
    CodeEntry {
        code: "IncompleteBody",
        status: 400,
        title: "Fewer bytes arrived than the Content-Length announced",
        explanation: "\"You did not provide the number of bytes specified by the Content-Length HTTP header\": the connection ended before the whole body arrived, or the Content-Length sent does not describe the body. Browsers set Content-Length themselves for File/Blob bodies, so a manual value or a dropped connection is the usual reason.",
        causes: &[
            cause(NetworkFailed, 0.45)
                .why("The upload was interrupted: the tab navigated away, the network dropped, or a proxy cut the connection mid-transfer.")
                .fixes(&[FIX_RETRY]),
            cause(RequestInvalid, 0.4)
                .why("A Content-Length header was set by hand to a different value than the body (for example file.size while sending a resized or re-encoded blob)."),
            cause(ProxyIntermediary, 0.1)
                .why("A proxy or CDN in front of the bucket truncated the request body."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "MissingContentLength",
        status: 411,
        title: "The upload has no Content-Length header",
        explanation: "\"You must provide the Content-Length HTTP header\": S3's PutObject and UploadPart need the size up front and do not take chunked transfer encoding. Browsers omit Content-Length when the body is a ReadableStream; newer SDKs streaming aws-chunked bodies to S3-compatible services trigger it too.",
        causes: &[
            cause(SizeContentLengthMissing, 0.8)
                .why("The body was a stream (fetch with a ReadableStream and duplex: 'half', Node streams without a known length), so it went out chunked without Content-Length.")
                .fixes(&[fix(
                    "Send a body of known length",
                    &[
                        "Upload the File or Blob itself (or an ArrayBuffer), not a ReadableStream.",
                        "For data produced on the fly, collect it into a Blob first, or use multipart upload with fixed-size parts.",
                    ],
                )
                .snippet(
                    "js",
                    r#"// the browser sets Content-Length for File/Blob bodies
await fetch(presignedUrl, { method: "PUT", body: file });"#,
                )]),
            cause(SignatureSdkChecksumDefault, 0.2)
                .why("A newer SDK (aws-sdk-js-v3 >= 3.729, boto3 >= 1.36) sends the body aws-chunked with a trailing checksum; some S3-compatible services answer MissingContentLength.")
                .fixes(&[FIX_SDK_CHECKSUMS]),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "MaxMessageLengthExceeded",
        status: 400,
        title: "The request is too big",
        explanation: "\"Your request was too big\": S3 refused a request whose size exceeds what the operation accepts, for example an oversized XML body or a body sent to an operation that expects little or none.",
        causes: &[
            cause(SizeTooLarge, 0.6)
                .why("The body is larger than the operation accepts (e.g. a file sent as the body of CreateMultipartUpload or CompleteMultipartUpload).")
                .fixes(&[FIX_MULTIPART]),
            cause(RequestInvalid, 0.3)
                .why("The body went to the wrong operation: check the URL's query (?uploads, ?uploadId=...) matches what you send."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "InlineDataTooLarge",
        status: 400,
        title: "Inline data exceeds the maximum allowed size",
        explanation: "\"Inline data exceeds the maximum allowed size\": data embedded in the request itself (rather than sent as the object body) is too large. Send file content as the body of a PUT or as the `file` field of a POST form.",
        causes: &[
            cause(SizeTooLarge, 0.6)
                .why("The data embedded in the request is larger than S3 allows inline."),
            cause(RequestInvalid, 0.3)
                .why("File content is sent in a place meant for small values instead of as the object body."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "MetadataTooLarge",
        status: 400,
        title: "The user-defined metadata headers exceed 2 KB",
        explanation: "\"Your metadata headers exceed the maximum allowed metadata size\": the x-amz-meta-* headers (or form fields) of one object may total at most 2 KB. Keep metadata small (ids, short labels) and store bigger data elsewhere.",
        causes: &[cause(RequestInvalid, 0.9)
            .why("The x-amz-meta-* values (names + values, UTF-8) exceed 2 KB, e.g. a whole JSON document or a long original file path stored as metadata.")
            .fixes(&[fix(
                "Keep x-amz-meta-* under 2 KB",
                &[
                    "Store only short identifiers in metadata and keep larger data in your database or a sidecar object.",
                    "Remember that non-ASCII metadata is counted in UTF-8 bytes.",
                ],
            )])],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "RequestHeaderSectionTooLarge",
        status: 400,
        title: "The request headers and query parameters are too large",
        explanation: "\"The request header and query parameters used to make the request exceed the maximum allowed size.\" Large metadata or tagging headers, many custom headers or very long presigned query strings can push a request over the limit.",
        causes: &[cause(RequestInvalid, 0.9)
            .why("Too much is carried in headers or the query string: x-amz-meta-*, x-amz-tagging, cookies, or a long session token plus many signed parameters.")],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "UnexpectedContent",
        status: 400,
        title: "This request does not accept a body",
        explanation: "\"This request does not support content\": a body was sent with a request that must not have one, such as a GET, a DELETE, or the CreateMultipartUpload POST (?uploads). Send the file only with PutObject, UploadPart or the POST form.",
        causes: &[cause(RequestInvalid, 0.85)
            .why("The file was attached to a request that takes no body, e.g. sent with POST ?uploads instead of the UploadPart PUTs.")],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "MissingRequestBodyError",
        status: 400,
        title: "The request body is empty",
        explanation: "\"Request body is empty\": an operation that needs an XML body got none. For uploads this is usually CompleteMultipartUpload sent without the part list.",
        causes: &[
            cause(RequestInvalid, 0.6)
                .why("The XML body expected by the operation (CompleteMultipartUpload, a configuration call) was not sent."),
            cause(MultipartInvalidPart, 0.3)
                .why("The completion was sent with no parts because none of the part uploads were recorded (all failed, or their ETags were not collected).")
                .fixes(&[FIX_EXPOSE_ETAG]),
        ],
        docs: ERROR_LIST,
    },
    // ----- integrity and checksums ----------------------------------------------------------------
    CodeEntry {
        code: "BadDigest",
        status: 400,
        title: "The body does not match the Content-MD5 or checksum sent with it",
        explanation: "S3 computed the digest of the bytes it received and it differs from the one declared: \"The Content-MD5 you specified did not match what we received\", or for flexible checksums \"The CRC32 you specified did not match the calculated checksum.\". A presigned URL made by a newer SDK may carry the checksum of an empty body, which no real file matches.",
        causes: &[
            cause(IntegrityChecksumMismatch, 0.6)
                .why("The checksum was computed over different bytes than those sent (before a resize or compression, over a string instead of the file), or the body was altered on the way."),
            cause(SignatureSdkChecksumDefault, 0.3)
                .why("The presigned URL contains x-amz-checksum-crc32=AAAAAA==, the CRC32 of zero bytes, added by aws-sdk-js-v3 >= 3.729 when signing a PutObject without a body; services that verify it reject every real file (reported mostly on S3-compatible services).")
                .fixes(&[FIX_SDK_CHECKSUMS]),
        ],
        docs: DOCS_INTEGRITY,
    },
    CodeEntry {
        code: "InvalidDigest",
        status: 400,
        title: "The Content-MD5 or checksum value is not valid",
        explanation: "\"The Content-MD5 you specified is not valid\": the header is not a base64-encoded 128-bit MD5 (a hex string is the classic mistake). Some S3-compatible servers (Garage, for example) also use this code when a flexible checksum does not match the body.",
        causes: &[
            cause(RequestInvalid, 0.6)
                .why("The value is not a base64-encoded 128-bit MD5: a hex string, an empty value, or something else entirely. AWS checks the form before it compares anything with the body.")
                .fixes(&[fix(
                    "Send Content-MD5 as base64 of the raw digest",
                    &[
                        "Compute MD5 over the exact bytes you upload and base64-encode the 16-byte digest.",
                        "If the URL was presigned with Content-MD5, send that exact value.",
                    ],
                )
                .snippet(
                    "js",
                    r#"// node: createHash("md5").update(buf).digest("base64")   (not .digest("hex"))
// browser (spark-md5): btoa(SparkMD5.ArrayBuffer.hash(arrayBuffer, true))"#,
                )]),
            cause(SignatureSdkChecksumDefault, 0.25)
                .why("S3-compatible servers answer InvalidDigest for the x-amz-checksum-crc32=AAAAAA== (empty-body checksum) that newer SDKs put in presigned URLs.")
                .fixes(&[FIX_SDK_CHECKSUMS]),
            cause(IntegrityChecksumMismatch, 0.1)
                .why("Some S3-compatible servers (Garage, for example) answer InvalidDigest when a checksum does not match the body; AWS answers BadDigest for that."),
        ],
        docs: DOCS_INTEGRITY,
    },
    CodeEntry {
        code: "XAmzContentSHA256Mismatch",
        status: 400,
        title: "The body's SHA-256 does not match the x-amz-content-sha256 header",
        explanation: "\"The provided 'x-amz-content-sha256' header does not match what was computed\": the request declared a payload hash that the received body does not have. Common when a proxy alters the body, and with S3-compatible services that do not handle the newer SDKs' streaming checksum modes.",
        causes: &[
            cause(IntegrityChecksumMismatch, 0.5)
                .why("The body changed between hashing and sending (re-encoding, compression, a proxy), or the hash was computed over other bytes."),
            cause(SignatureSdkChecksumDefault, 0.35)
                .why("boto3 >= 1.36 / aws-sdk-js-v3 >= 3.729 send aws-chunked bodies with trailing checksums by default; several S3-compatible providers answer XAmzContentSHA256Mismatch.")
                .fixes(&[FIX_SDK_CHECKSUMS]),
            cause(SignatureRequestModified, 0.15)
                .why("The body sent is not the one that was signed (a retry with a different buffer, a body consumed and recreated).")
                .fixes(&[FIX_UNTOUCHED_URL]),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "XAmzContentChecksumMismatch",
        status: 400,
        title: "The body does not match its x-amz-checksum-* header (MinIO and compatibles)",
        explanation: "MinIO and servers modelled on it answer \"The provided 'x-amz-checksum' header does not match what was computed\" where Amazon S3 says BadDigest. From the browser the usual trigger is a presigned URL carrying x-amz-checksum-crc32=AAAAAA==, the checksum of an empty body.",
        causes: &[
            cause(SignatureSdkChecksumDefault, 0.5)
                .why("aws-sdk-js-v3 >= 3.729 signed a PutObject without a body and baked the empty-body CRC32 (AAAAAA==) into the URL; the real file never matches it.")
                .fixes(&[FIX_SDK_CHECKSUMS]),
            cause(IntegrityChecksumMismatch, 0.45)
                .why("The declared checksum was computed over other bytes, or the body was altered or truncated in transit."),
        ],
        docs: DOCS_INTEGRITY,
    },
    CodeEntry {
        code: "InvalidRequest",
        status: 400,
        title: "The request is not valid: wrong signature version, checksum headers or a missing header",
        explanation: "A catch-all 400 whose message carries the detail. Upload-related messages: \"The authorization mechanism you have provided is not supported. Please use AWS4-HMAC-SHA256.\" (SigV2 URL or form), \"Checksum Type mismatch occurred, expected checksum Type: null, actual checksum Type: crc32\" and \"x-amz-sdk-checksum-algorithm specified, but no corresponding x-amz-checksum-* or x-amz-trailer headers were found.\" (SDK checksum defaults), \"Missing required header for this request: x-amz-content-sha256\", and Transfer Acceleration or Object Lock requirements.",
        causes: &[
            cause(SignatureWrongVersion, 0.3)
                .why("\"Please use AWS4-HMAC-SHA256\": the URL or POST form is signed with SigV2 (AWSAccessKeyId/Signature/Expires fields), which newer regions and buckets reject.")
                .fixes(&[fix(
                    "Sign with Signature Version 4",
                    &[
                        "Use a current SDK's presigner (getSignedUrl, createPresignedPost, generate_presigned_url/post): they sign with SigV4.",
                        "For POST forms, send X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date and X-Amz-Signature instead of AWSAccessKeyId and signature.",
                        "boto3: Config(signature_version=\"s3v4\"); aws-sdk v2: signatureVersion: \"v4\".",
                    ],
                )]),
            cause(SignatureSdkChecksumDefault, 0.25)
                .why("Checksum messages (\"Checksum Type mismatch\", \"x-amz-sdk-checksum-algorithm specified, but no corresponding x-amz-checksum-*...\", \"Value for x-amz-checksum-crc32 header is invalid\") come from SDK default checksums: parts sent with a checksum the CreateMultipartUpload did not declare, or presigned URLs carrying the algorithm without a value.")
                .fixes(&[FIX_SDK_CHECKSUMS]),
            cause(RequestMissingHeader, 0.2)
                .why("\"Missing required header for this request: ...\": a hand-rolled signer omitted x-amz-content-sha256, or an Object Lock bucket needs Content-MD5 or an x-amz-checksum-* header."),
            cause(RequestInvalid, 0.2)
                .why("Other invalid combinations: conflicting values in headers and query or form fields, Transfer Acceleration on a bucket with dots in its name, copies of objects above 5 GB."),
            cause(EndpointWrongHost, 0.05)
                .why("\"The Amazon S3 Transfer Acceleration endpoint supports only virtual style requests\" or acceleration not enabled on the bucket: wrong endpoint or addressing style."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "NotImplemented",
        status: 501,
        title: "A header implies functionality the service does not implement",
        explanation: "\"A header you provided implies functionality that is not implemented\"; the Header element names it. On Amazon S3 it is typically Transfer-Encoding: chunked; S3-compatible services (R2, B2, older MinIO...) answer it for the checksum headers newer SDKs add by default, e.g. \"Header 'x-amz-checksum-crc32' with value '...' not implemented\".",
        causes: &[
            cause(ProviderNotImplemented, 0.45)
                .why("The header or feature named in the error is not supported by this service or endpoint."),
            cause(SignatureSdkChecksumDefault, 0.4)
                .why("aws-sdk-js-v3 >= 3.729 / boto3 >= 1.36 add x-amz-checksum-* and x-amz-sdk-checksum-algorithm to PutObject and UploadPart by default, which several S3-compatible services do not implement.")
                .fixes(&[FIX_SDK_CHECKSUMS]),
            cause(SizeContentLengthMissing, 0.15)
                .why("Header Transfer-Encoding: the body was streamed chunked; S3 needs a Content-Length.")
                .fixes(&[fix(
                    "Send a body of known length",
                    &["Upload the File/Blob/ArrayBuffer instead of a stream, so the request carries Content-Length instead of Transfer-Encoding: chunked."],
                )]),
        ],
        docs: ERROR_LIST,
    },
    // ----- multipart uploads ----------------------------------------------------------------------
    CodeEntry {
        code: "InvalidPart",
        status: 400,
        title: "A part named in CompleteMultipartUpload was not found or its ETag does not match",
        explanation: "\"One or more of the specified parts could not be found. The part might not have been uploaded, or the specified entity tag might not have matched the part's entity tag.\" From the browser the classic cause is the ETag header not being exposed by CORS, so every ETag in the completion is null or empty.",
        causes: &[
            cause(MultipartInvalidPart, 0.5)
                .why("A listed part was never uploaded (its PUT failed or is still running), has the ETag of an earlier attempt, or belongs to another UploadId.")
                .fixes(&[fix(
                    "Complete only with parts that succeeded, using their latest ETags",
                    &[
                        "Wait for every part PUT to succeed and keep the ETag from the last successful attempt of each part.",
                        "Use the same UploadId for all parts and the completion, or call ListParts to rebuild the list from S3.",
                    ],
                )]),
            cause(CorsHeaderNotExposed, 0.45)
                .why("The page read the ETag of each part from the PUT response, but CORS does not expose ETag, so the completion listed null/empty ETags.")
                .fixes(&[FIX_EXPOSE_ETAG, FIX_CORS_RULE]),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "InvalidPartOrder",
        status: 400,
        title: "The parts in CompleteMultipartUpload are not in ascending order",
        explanation: "\"The list of parts was not in ascending order. Parts list must be specified in order by part number.\" Parts uploaded in parallel were collected in completion order; sort them by PartNumber.",
        causes: &[cause(MultipartPartOrder, 0.95).fixes(&[FIX_SORT_PARTS])],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "InvalidPartNumber",
        status: 416,
        title: "The requested part number does not exist in the object",
        explanation: "\"The requested partnumber is not satisfiable\": a GET or HEAD with ?partNumber=N asked for a part beyond the number of parts the object was uploaded with. For uploads, part numbers outside 1-10000 are reported as InvalidArgument instead.",
        causes: &[
            cause(RequestInvalidRange, 0.6)
                .why("partNumber is higher than the object's part count (objects uploaded in one PUT have a single part)."),
            cause(RequestInvalid, 0.35)
                .why("The part number is not a valid integer for this object."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "NoSuchUpload",
        status: 404,
        title: "The multipart upload id does not exist (aborted, completed or never created here)",
        explanation: "\"The specified multipart upload does not exist. The upload ID might be invalid, or the multipart upload might have been aborted or completed.\" A part PUT or the completion used an UploadId S3 no longer has for this bucket and key.",
        causes: &[cause(ResourceUploadNotFound, 0.9)
            .why("The upload was already completed (a retried CompleteMultipartUpload), aborted by your code or by a lifecycle rule (AbortIncompleteMultipartUpload), or the UploadId is used with a different key (e.g. encoded differently) or bucket.")
            .fixes(&[fix(
                "Keep UploadId, bucket and key together",
                &[
                    "Use the UploadId only with the exact Bucket and Key it was created for (same encoding).",
                    "Treat NoSuchUpload on a retried completion as 'maybe already completed': HEAD the object before starting over.",
                    "For resumable uploads, check the lifecycle rule's AbortIncompleteMultipartUpload days; otherwise start a new CreateMultipartUpload.",
                ],
            )])],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "MalformedXML",
        status: 400,
        title: "The XML body is not well-formed or does not match S3's schema",
        explanation: "\"The XML you provided was not well-formed or did not validate against our published schema.\" For uploads this is usually the CompleteMultipartUpload body: an empty part list, missing or null ETags, or hand-written XML with wrong element names.",
        causes: &[
            cause(CorsHeaderNotExposed, 0.35)
                .why("The ETags in the completion are missing because the page could not read the ETag header (not in the CORS ExposeHeaders).")
                .fixes(&[FIX_EXPOSE_ETAG]),
            cause(RequestInvalid, 0.35)
                .why("Hand-built XML does not follow the schema (CompleteMultipartUpload > Part > PartNumber + ETag, exact case), or a configuration body is invalid."),
            cause(MultipartInvalidPart, 0.3)
                .why("The completion has no parts or parts without PartNumber/ETag because the part results were not collected.")
                .fixes(&[FIX_SORT_PARTS]),
        ],
        docs: ERROR_LIST,
    },
    // ----- regions, endpoints, addressing ----------------------------------------------------------
    CodeEntry {
        code: "PermanentRedirect",
        status: 301,
        title: "The bucket must be addressed through a different endpoint (another region)",
        explanation: "\"The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.\" The bucket lives in another region than the endpoint used; the Endpoint element and the x-amz-bucket-region header name the right one. In the browser it often surfaces only as a CORS or network error.",
        causes: &[
            cause(EndpointWrongRegion, 0.75)
                .why("The client (or the presigner) is configured for another region than the bucket's.")
                .fixes(&[FIX_REGION]),
            cause(EndpointWrongHost, 0.25)
                .why("Path-style URL on the wrong regional host, or the global s3.amazonaws.com endpoint used for a bucket outside us-east-1.")
                .fixes(&[FIX_REGION]),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "TemporaryRedirect",
        status: 307,
        title: "S3 redirects the request to the bucket's regional endpoint while DNS updates",
        explanation: "\"Please re-send this request to the specified temporary endpoint.\" Typical right after creating a bucket outside us-east-1 and addressing it as bucket.s3.amazonaws.com: until DNS settles S3 answers 307 with the regional Endpoint. A presigned upload cannot follow it, because its signature covers the original host; in the browser it often shows up as a CORS error.",
        causes: &[
            cause(EndpointWrongRegion, 0.6)
                .why("The global endpoint was used for a bucket in another region; the regional endpoint avoids the redirect.")
                .fixes(&[FIX_REGION]),
            cause(EndpointWrongHost, 0.4)
                .why("The URL does not use the bucket's regional virtual-hosted host (https://bucket.s3.<region>.amazonaws.com).")
                .fixes(&[FIX_REGION]),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "Redirect",
        status: 307,
        title: "Temporary redirect to the bucket's endpoint while DNS is updated",
        explanation: "\"Temporary redirect. You are being redirected to the bucket while the Domain Name System (DNS) server is being updated.\" Use the bucket's regional endpoint so uploads do not depend on redirects: a redirected presigned request fails, because its signature covers the original host.",
        causes: &[
            cause(EndpointWrongRegion, 0.6).fixes(&[FIX_REGION]),
            cause(EndpointWrongHost, 0.4)
                .why("The request used a generic host instead of https://bucket.s3.<region>.amazonaws.com."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "IllegalLocationConstraintException",
        status: 400,
        title: "The bucket's region does not match the regional endpoint the request was sent to",
        explanation: "S3 says a location constraint is incompatible with the endpoint, e.g. \"The ap-east-1 location constraint is incompatible for the region specific endpoint this request was sent to.\" It happens when a bucket is accessed from another region's endpoint (opt-in regions do not redirect), or a bucket is created with a LocationConstraint that differs from the endpoint's region.",
        causes: &[
            cause(EndpointWrongRegion, 0.85)
                .why("The client's region differs from the bucket's; for opt-in regions (af-south-1, ap-east-1, me-south-1...) S3 fails instead of redirecting.")
                .fixes(&[FIX_REGION]),
            cause(RequestInvalid, 0.1)
                .why("CreateBucket with a LocationConstraint that differs from the endpoint's region (or one given for us-east-1)."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "IncorrectEndpoint",
        status: 400,
        title: "The bucket exists in another region: use its endpoint",
        explanation: "\"The specified bucket exists in another Region. Direct requests to the correct endpoint.\" Configure the client that signs with the bucket's region and use that regional endpoint.",
        causes: &[
            cause(EndpointWrongRegion, 0.85).fixes(&[FIX_REGION]),
            cause(EndpointWrongHost, 0.15),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "NoSuchBucket",
        status: 404,
        title: "The bucket does not exist",
        explanation: "\"The specified bucket does not exist\": no bucket with the name in the request (the BucketName element) exists. Often a typo, a bucket of another environment, or a URL in which the bucket name ended up in the wrong place (path-style vs virtual-hosted, custom endpoints).",
        causes: &[
            cause(ResourceBucketNotFound, 0.7)
                .why("The bucket name is wrong (typo, another stage's bucket, an unset environment variable) or the bucket was deleted."),
            cause(EndpointWrongHost, 0.25)
                .why("Addressing style mixed up: with a custom endpoint (MinIO, LocalStack, R2) the SDK put the bucket in the hostname, or the key's first segment was read as the bucket.")
                .fixes(&[fix(
                    "Match the addressing style to the service",
                    &[
                        "For MinIO, LocalStack and most self-hosted S3, set forcePathStyle: true so URLs look like https://host/bucket/key.",
                        "Do not include the bucket name in the endpoint URL and again in Bucket.",
                    ],
                )
                .snippet(
                    "js",
                    r#"const s3 = new S3Client({ region: "us-east-1", endpoint: "http://localhost:9000", forcePathStyle: true });"#,
                )]),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "InvalidBucketName",
        status: 400,
        title: "The bucket name is not valid",
        explanation: "\"The specified bucket is not valid\": the name breaks S3's naming rules (3-63 characters, lowercase letters, digits, dots and hyphens) or is not a bucket name at all, such as an ARN, an s3:// URL or a path with slashes passed as Bucket.",
        causes: &[
            cause(RequestInvalidName, 0.8)
                .why("Bucket holds something else than the bare name: s3://my-bucket, my-bucket/folder, uppercase letters or underscores."),
            cause(EndpointWrongHost, 0.2)
                .why("The URL was assembled by hand and the bucket segment is wrong (bucket in both host and path, or a path prefix taken as the bucket)."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "InvalidURI",
        status: 400,
        title: "S3 could not parse the request URI",
        explanation: "\"Couldn't parse the specified URI.\" The path or query of the request is malformed: an unencoded or doubly encoded key, invalid percent-escapes, or a bucket/key layout the endpoint does not understand.",
        causes: &[
            cause(RequestInvalidName, 0.6)
                .why("The key contains characters that were not percent-encoded correctly (%, #, ?, control characters) or was encoded twice."),
            cause(RequestInvalid, 0.35)
                .why("The URL was built by hand with an invalid path or query."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "KeyTooLongError",
        status: 400,
        title: "The object key is longer than 1024 bytes",
        explanation: "\"Your key is too long\": object keys are limited to 1024 bytes of UTF-8. Long original file names, nested paths or data embedded in the key push it over; non-ASCII characters count several bytes each.",
        causes: &[cause(RequestInvalidName, 0.95)
            .why("The key (prefix + file name) exceeds 1024 UTF-8 bytes.")
            .fixes(&[fix(
                "Generate short keys",
                &[
                    "Use a generated id (uuid) plus a short, sanitised extension as the key, and keep the original name in your database or in a short metadata value.",
                ],
            )
            .snippet(
                "js",
                r#"const ext = (file.name.match(/\.[a-z0-9]{1,10}$/i) ?? [""])[0].toLowerCase();
const Key = `uploads/${crypto.randomUUID()}${ext}`;"#,
            )])],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "MethodNotAllowed",
        status: 405,
        title: "The HTTP method is not allowed on this resource",
        explanation: "\"The specified method is not allowed against this resource\" (Method and ResourceType say which). Common causes: a POST to an object URL instead of the bucket URL of a presigned POST, a PUT to a presigned POST URL, or an upload sent to the static website endpoint (s3-website) or a CloudFront distribution that only allows GET.",
        causes: &[
            cause(RequestInvalid, 0.5)
                .why("The method does not fit the URL: presigned POST forms go to the bucket URL with POST, presigned PUT URLs take PUT.")
                .fixes(&[FIX_UNTOUCHED_URL]),
            cause(EndpointWrongHost, 0.4)
                .why("The upload went to the website endpoint (bucket.s3-website-<region>.amazonaws.com) or a CDN in front of the bucket, which do not accept uploads; use the REST endpoint.")
                .fixes(&[FIX_REGION]),
        ],
        docs: ERROR_LIST,
    },
    // ----- objects, conditions, state ----------------------------------------------------------------
    CodeEntry {
        code: "NoSuchKey",
        status: 404,
        title: "The object key does not exist",
        explanation: "\"The specified key does not exist\": no object exists under this key (the Key element echoes it). After an upload this usually means the key read back differs from the key written (encoding of spaces, `+` or unicode, a leading slash), or the read happened before the upload completed.",
        causes: &[
            cause(ResourceObjectNotFound, 0.85)
                .why("Nothing was stored under this key: the upload failed or has not completed (multipart uploads only appear after CompleteMultipartUpload)."),
            cause(RequestInvalidName, 0.12)
                .why("The key is spelled differently than at upload: '+' vs space, %20 encoded twice, NFC/NFD unicode forms, or a leading '/'."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "PreconditionFailed",
        status: 412,
        title: "A conditional header (If-None-Match, If-Match...) did not hold",
        explanation: "\"At least one of the pre-conditions you specified did not hold\" (the Condition element names it). For uploads this is a conditional write: If-None-Match: * and an object already exists under the key, or If-Match with an ETag that is no longer current.",
        causes: &[cause(RequestPreconditionFailed, 0.9)
            .why("The upload was conditional and the condition failed: the key already exists (If-None-Match: *) or the object changed since its ETag was read (If-Match).")
            .fixes(&[fix(
                "Decide what a conflicting write should do",
                &[
                    "To avoid overwriting, keep If-None-Match: * and pick a new key (e.g. a uuid) when you get 412.",
                    "With If-Match, re-read the object and its ETag, merge, and retry.",
                ],
            )])],
        docs: DOCS_CONDITIONAL,
    },
    CodeEntry {
        code: "ConditionalRequestConflict",
        status: 409,
        title: "A conflicting operation happened during a conditional write",
        explanation: "\"A conflicting operation occurred. If using PutObject you can retry the request. If using multipart upload you should initiate another CreateMultipartUpload request and re-upload each part.\" Another request (often a concurrent delete) changed the key while the conditional write was in progress.",
        causes: &[cause(RequestPreconditionFailed, 0.8)
            .why("A concurrent write or delete on the same key raced with this conditional upload.")
            .fixes(&[fix(
                "Retry the conditional write",
                &[
                    "PutObject: retry the same request.",
                    "Multipart: start a new CreateMultipartUpload and upload the parts again.",
                ],
            )])],
        docs: DOCS_CONDITIONAL,
    },
    CodeEntry {
        code: "OperationAborted",
        status: 409,
        title: "A conflicting operation is in progress on this resource",
        explanation: "\"A conflicting conditional operation is currently in progress against this resource. Try again.\" Another operation on the same bucket or object (creation, deletion, configuration change) has not finished yet.",
        causes: &[cause(ResourceLocked, 0.75)
            .why("The bucket or object is being changed by another request (recently created or deleted bucket, concurrent configuration update).")
            .fixes(&[FIX_RETRY])],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "InvalidObjectState",
        status: 403,
        title: "The operation is not valid for the object's current state (e.g. archived)",
        explanation: "\"The operation is not valid for the current state of the object\": the object is archived (S3 Glacier Flexible Retrieval, Deep Archive, Intelligent-Tiering archive tiers) and must be restored first. Uploads meet it when copying from an archived source (CopyObject, UploadPartCopy).",
        causes: &[cause(RequestInvalid, 0.85)
            .why("The source object is in an archive storage class or tier and has not been restored.")
            .fixes(&[fix(
                "Restore the object first",
                &["Run RestoreObject on the archived object, wait for the restore to finish, then retry the copy or read."],
            )])],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "InvalidRange",
        status: 416,
        title: "The requested byte range cannot be satisfied",
        explanation: "\"The requested range is not satisfiable\": the Range (or x-amz-copy-source-range for UploadPartCopy) starts beyond the end of the object. Resumable readers and part copies hit it with stale sizes.",
        causes: &[cause(RequestInvalidRange, 0.9)
            .why("The range start is at or past the object's size, or the copy-source range does not fit the source object.")],
        docs: ERROR_LIST,
    },
    // ----- request headers and options -----------------------------------------------------------------
    CodeEntry {
        code: "InvalidStorageClass",
        status: 400,
        title: "The storage class is not valid",
        explanation: "\"The storage class you specified is not valid\": x-amz-storage-class (or the StorageClass form field) has a value S3 does not accept here, e.g. a typo or lowercase value, or a class that an S3-compatible service does not offer.",
        causes: &[
            cause(RequestInvalid, 0.8)
                .why("The value is not one of STANDARD, STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, GLACIER_IR, GLACIER, DEEP_ARCHIVE, ... (exact, uppercase)."),
            cause(ProviderNotImplemented, 0.15)
                .why("The S3-compatible service only supports a few classes (often just STANDARD)."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "InvalidTag",
        status: 400,
        title: "The object tags are not valid",
        explanation: "\"Your request contains tag input that is not valid\": duplicate keys, keys or values that are too long, the reserved aws: prefix, more than 10 tags, or an x-amz-tagging header that is not a URL-encoded query string (key1=value1&key2=value2).",
        causes: &[cause(RequestInvalid, 0.9)
            .why("The x-amz-tagging header or Tagging form field is not a URL-encoded key=value&key=value string within S3's tag limits.")
            .fixes(&[fix(
                "Encode tags as a query string",
                &[
                    "Use URLSearchParams to build x-amz-tagging; at most 10 tags, keys up to 128 and values up to 256 characters, no aws: prefix.",
                    "When the header is signed into a presigned URL, send exactly the signed value.",
                ],
            )
            .snippet(
                "js",
                r#"const Tagging = new URLSearchParams({ project: "alpha", owner: userId }).toString();
new PutObjectCommand({ Bucket, Key, Tagging });"#,
            )])],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "MissingSecurityHeader",
        status: 400,
        title: "The request is missing a required header",
        explanation: "\"Your request was missing a required header\"; the MissingHeaderName element names it. Hand-rolled signers that leave out a header S3 requires for this request are the usual source.",
        causes: &[
            cause(RequestMissingHeader, 0.8)
                .why("The header named in MissingHeaderName was not sent (e.g. x-amz-date, x-amz-content-sha256, or an encryption header a bucket requires)."),
            cause(SignatureWrongVersion, 0.1)
                .why("The request mixes signing styles so S3 expects headers of one scheme that the other does not send."),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "InvalidEncryptionAlgorithmError",
        status: 400,
        title: "The server-side encryption value is not valid",
        explanation: "\"The encryption request you specified is not valid. The valid value is AES256.\" The x-amz-server-side-encryption (or the SSE-C customer-algorithm) header carries a value S3 does not accept, e.g. 'AES-256' or lowercase.",
        causes: &[cause(RequestInvalid, 0.85)
            .why("x-amz-server-side-encryption must be AES256, aws:kms or aws:kms:dsse; x-amz-server-side-encryption-customer-algorithm must be AES256.")],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "EncryptionTypeMismatch",
        status: 400,
        title: "The write's encryption settings differ from the existing object's",
        explanation: "\"The existing object was created with a different encryption type. Subsequent write requests must include the appropriate encryption parameters in the request or while creating the session.\" Seen with directory buckets and appends: later writes must use the same encryption as the object.",
        causes: &[cause(RequestInvalid, 0.85)
            .why("The request's SSE headers (or the session's) do not match the encryption of the object being written to.")],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "UnresolvableGrantByEmailAddress",
        status: 400,
        title: "An ACL grant names an email address that matches no AWS account",
        explanation: "\"The email address you provided does not match any account on record.\" The upload carries an x-amz-grant-* header with emailAddress=..., which S3 cannot resolve (email grantees are also unsupported in most regions). Grant access with policies instead of ACLs.",
        causes: &[
            cause(RequestInvalid, 0.6)
                .why("The emailAddress grantee does not belong to an AWS account, or email grants are not supported in this region."),
            cause(RequestAclNotSupported, 0.3)
                .why("Per-object ACL grants are the wrong tool for buckets with ACLs disabled; drop them.")
                .fixes(&[FIX_NO_ACL]),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "RequestTorrentOfBucketError",
        status: 400,
        title: "Requesting the torrent file of a bucket is not permitted",
        explanation: "\"Requesting the torrent file of a bucket is not permitted.\" A ?torrent request was made on a bucket rather than an object; it is unrelated to uploading and points to a malformed URL.",
        causes: &[cause(RequestInvalid, 0.9)
            .why("The URL carries ?torrent without an object key.")],
        docs: ERROR_LIST,
    },
    // ----- KMS -----------------------------------------------------------------------------------------
    CodeEntry {
        code: "KMS.DisabledException",
        status: 400,
        title: "The KMS key that encrypts the upload is disabled",
        explanation: "\"The request was rejected because the specified KMS key is not enabled.\" The bucket's default encryption or the x-amz-server-side-encryption-aws-kms-key-id header points at a KMS key that has been disabled, so S3 cannot encrypt the upload.",
        causes: &[cause(PermissionKms, 0.85)
            .why("The KMS key used for SSE-KMS is disabled; S3 cannot get a data key from it.")
            .fixes(&[fix(
                "Enable the key or encrypt with another one",
                &[
                    "Re-enable the key in AWS KMS, or change the bucket's default encryption (or the key id you send) to an enabled key.",
                ],
            )])],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "KMS.KMSInvalidStateException",
        status: 400,
        title: "The KMS key is not in a usable state",
        explanation: "\"The request was rejected because the state of the specified resource is not valid for this request.\" The KMS key for SSE-KMS is pending deletion, disabled, pending import or unavailable, so S3 cannot encrypt the upload.",
        causes: &[cause(PermissionKms, 0.85)
            .why("The bucket's (or the requested) KMS key is pending deletion or otherwise unusable.")
            .fixes(&[fix(
                "Use a key in the Enabled state",
                &["Cancel the key deletion / re-enable the key, or point the bucket's default encryption at an enabled key."],
            )])],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "KMS.NotFoundException",
        status: 400,
        title: "The KMS key for the upload was not found",
        explanation: "\"The request was rejected because the specified entity or resource could not be found.\" The KMS key id or alias given in x-amz-server-side-encryption-aws-kms-key-id, or set as the bucket's default, does not exist in that region and account. KMS keys are regional.",
        causes: &[
            cause(ResourceNotFound, 0.7)
                .why("The key id/alias is wrong, deleted, or belongs to another region than the bucket."),
            cause(PermissionKms, 0.25)
                .why("The key exists in another account and is referenced by alias, which only resolves in the key's own account; use the full key ARN and grant access.")
                .fixes(&[FIX_KMS_POLICY]),
        ],
        docs: ERROR_LIST,
    },
    // ----- service-side ----------------------------------------------------------------------------------
    CodeEntry {
        code: "SlowDown",
        status: 503,
        title: "S3 is throttling: reduce the request rate",
        explanation: "\"Please reduce your request rate.\" S3 supports at least 3,500 PUT/POST/DELETE requests per second per partitioned prefix and answers 503 SlowDown above that or during a sudden spike while it scales. Many parallel part uploads to one prefix can trigger it.",
        causes: &[cause(ProviderThrottled, 0.95)
            .why("Too many requests per second to the same key prefix, or a sudden burst.")
            .fixes(&[
                FIX_RETRY,
                fix(
                    "Spread load across prefixes",
                    &["Distribute keys over several prefixes (e.g. uploads/<shard>/...) so S3 can partition the load."],
                ),
            ])],
        docs: DOCS_PERFORMANCE,
    },
    CodeEntry {
        code: "ServiceUnavailable",
        status: 503,
        title: "S3 cannot handle the request right now",
        explanation: "\"Service is unable to handle request.\" A transient server-side condition; the same request usually succeeds when retried with backoff. Sustained 503s can also mean the request rate is too high.",
        causes: &[
            cause(ProviderUnavailable, 0.7).fixes(&[FIX_RETRY]),
            cause(ProviderThrottled, 0.3)
                .why("The message asks to reduce the request rate: too many concurrent requests.")
                .fixes(&[FIX_RETRY]),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "InternalError",
        status: 500,
        title: "S3 had an internal error",
        explanation: "\"We encountered an internal error. Please try again.\" The failure is on S3's side. Retry with backoff; for multipart uploads retry only the failed part, and quote the RequestId and HostId to AWS Support if it persists.",
        causes: &[cause(ProviderInternalError, 0.9).fixes(&[FIX_RETRY])],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "XMinioStorageFull",
        status: 507,
        title: "MinIO's drives are full: it refuses new data",
        explanation: "MinIO only: \"Storage backend has reached its minimum free drive threshold. Please delete a few objects to proceed.\" (HTTP 507 Insufficient Storage). MinIO keeps a reserve of free space (and of free inodes) on every drive and refuses writes below it; uploads fail whatever their size until space is freed. The threshold is checked per erasure set, so it can trigger while `df` still shows free space on some drives.",
        causes: &[cause(ProviderQuotaExceeded, 0.9)
            .why("The drives behind the bucket (or their inodes) are at MinIO's minimum free threshold.")
            .fixes(&[fix(
                "Free space on the MinIO drives",
                &[
                    "Check space and inodes on every drive of the deployment: `df -h` and `df -i` on each node, `mc admin info ALIAS`.",
                    "Delete unneeded objects, old versions (`mc rm --versions`) and incomplete multipart uploads (`mc rm --incomplete --recursive`).",
                    "Add drives or a new server pool; MinIO does not write past its reserve.",
                ],
            )])],
        docs: MINIO_ERRORS,
    },
    CodeEntry {
        code: "RequestTimeout",
        status: 400,
        title: "The upload connection stalled and S3 closed it",
        explanation: "\"Your socket connection to the server was not read from or written to within the timeout period. Idle connections will be closed.\" The body stopped arriving: a slow or interrupted connection, or a Content-Length larger than the bytes actually sent.",
        causes: &[
            cause(NetworkFailed, 0.5)
                .why("The upload stalled (mobile or congested network, a sleeping laptop, a throttling proxy).")
                .fixes(&[FIX_RETRY]),
            cause(RequestInvalid, 0.25)
                .why("The declared Content-Length is larger than the body, so S3 waits for bytes that never come."),
            cause(SizeTooLarge, 0.2)
                .why("A very large single PUT over a slow link; smaller parts can be retried individually.")
                .fixes(&[FIX_MULTIPART]),
        ],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "BucketAlreadyExists",
        status: 409,
        title: "The bucket name is already taken by another account",
        explanation: "\"The requested bucket name is not available. The bucket namespace is shared by all users of the system.\" Bucket names are global; someone else owns this one. It shows up in uploads only when code creates buckets on the fly.",
        causes: &[cause(ResourceAlreadyExists, 0.9)
            .why("Another AWS account owns a bucket with this name.")
            .fixes(&[fix(
                "Pick a unique bucket name",
                &[
                    "Choose a name with your own prefix/suffix (company, environment, account id).",
                    "Create buckets once in infrastructure code, not from upload paths.",
                ],
            )])],
        docs: ERROR_LIST,
    },
    CodeEntry {
        code: "BucketAlreadyOwnedByYou",
        status: 409,
        title: "You already own a bucket with this name",
        explanation: "\"The bucket you tried to create already exists, and you own it.\" Returned in every region except us-east-1, where re-creating your own bucket answers 200. Code that creates the bucket before uploading can treat this as success.",
        causes: &[cause(ResourceAlreadyExists, 0.95)
            .why("The bucket exists in your account already; CreateBucket is not needed.")],
        docs: ERROR_LIST,
    },
];

// ---------------------------------------------------------------------------------------------
// S3-compatible services: what they do not support, and the wording that says so.
// ---------------------------------------------------------------------------------------------

/// A way a browser (or the SDK behind it) uploads to an S3 API.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum UploadMode {
    /// A presigned POST form (POST Object with a policy).
    PostForm,
    /// `x-amz-checksum-*` / `x-amz-sdk-checksum-algorithm` headers, which current AWS SDKs add
    /// to every PutObject and UploadPart by default.
    ChecksumHeaders,
}

/// An upload mode a service does not support.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Unsupported {
    /// The service.
    pub provider: ProviderId,
    /// What it does not support.
    pub mode: UploadMode,
    /// The cause the user meets.
    pub cause: CauseId,
    /// What the service does instead, in plain words (the evidence shown).
    pub why: &'static str,
    /// The way around it.
    pub fix: FixSpec,
    /// The service's documentation of the gap.
    pub docs: &'static str,
}

/// How to upload where POST forms are not supported; also the generic fix of `post.unsupported`.
pub(crate) const FIX_PUT_NOT_POST: FixSpec = fix(
    "Upload with a presigned PUT URL",
    &[
        "Presign PutObject on your server (getSignedUrl(s3, new PutObjectCommand({ Bucket, Key, ContentType })), generate_presigned_url(\"put_object\", ...)) instead of a POST policy.",
        "Send the file as the body of a PUT, with the Content-Type it was signed with.",
        "Check size and type on the server before presigning: a PUT URL carries no content-length-range condition.",
    ],
)
.snippet(
    "js",
    r#"// server
const url = await getSignedUrl(s3, new PutObjectCommand({ Bucket, Key, ContentType: type }), { expiresIn: 600 });
// browser
await fetch(url, { method: "PUT", headers: { "Content-Type": file.type }, body: file });"#,
);

const FIX_CHECKSUMS_WHEN_REQUIRED: FixSpec = fix(
    "Turn the SDK's default checksums off for this service",
    &[
        "Create the S3 client with requestChecksumCalculation: \"WHEN_REQUIRED\" and responseChecksumValidation: \"WHEN_REQUIRED\" (aws-sdk-js-v3 >= 3.729.0); botocore/boto3 >= 1.36: Config(request_checksum_calculation=\"when_required\"); or AWS_REQUEST_CHECKSUM_CALCULATION=WHEN_REQUIRED.",
        "Do not set ChecksumAlgorithm on PutObject, UploadPart or CreateMultipartUpload for this service.",
        "Presigned URLs made before the change keep the checksum parameters: generate new ones.",
    ],
)
.snippet(
    "js",
    r#"const s3 = new S3Client({
  region: "auto",
  endpoint,
  requestChecksumCalculation: "WHEN_REQUIRED",
  responseChecksumValidation: "WHEN_REQUIRED",
});"#,
);

/// The upload modes S3-compatible services do not support, as their documentation and their
/// answers show. A mode not listed for a service is not known to fail there.
pub static UNSUPPORTED: &[Unsupported] = &[
    Unsupported {
        provider: ProviderId::CloudflareR2,
        mode: UploadMode::PostForm,
        cause: PostUnsupported,
        why: "Cloudflare R2 does not implement POST Object: a presigned POST form is refused (501 NotImplemented, \"Presigned post requests are not yet implemented\") however it is built; R2 takes browser uploads as presigned PUT (or multipart) requests",
        fix: FIX_PUT_NOT_POST,
        docs: R2_S3_API,
    },
    Unsupported {
        provider: ProviderId::CloudflareR2,
        mode: UploadMode::ChecksumHeaders,
        cause: SignatureSdkChecksumDefault,
        why: "Cloudflare R2 answers 501 NotImplemented (\"Header 'x-amz-checksum-crc32' with value '...' not implemented\") to checksum headers it does not implement, including the CRC32 ones @aws-sdk/client-s3 >= 3.729.0 and boto3 >= 1.36 add by default",
        fix: FIX_CHECKSUMS_WHEN_REQUIRED,
        docs: R2_S3_API,
    },
    Unsupported {
        provider: ProviderId::BackblazeB2,
        mode: UploadMode::ChecksumHeaders,
        cause: SignatureSdkChecksumDefault,
        why: "Backblaze B2's S3-compatible API lists x-amz-checksum-* and x-amz-sdk-checksum-algorithm among its unsupported features and answers 400 InvalidArgument (\"Unsupported header '...' received for this API call.\"), also to the checksums current AWS SDKs add by default",
        fix: FIX_CHECKSUMS_WHEN_REQUIRED,
        docs: B2_S3_API,
    },
];

/// Checksum algorithms an SDK adds without being asked: CRC32 (AWS SDKs since their 2025
/// default-integrity change), CRC32C (minio-go for multipart parts), CRC64NVME (newer AWS
/// SDKs for some operations). Any other algorithm in a refused header was asked for by code.
pub static SDK_DEFAULT_CHECKSUMS: &[&str] = &["CRC32", "CRC32C", "CRC64NVME"];

/// Wording of an S3-compatible service (or a client in front of it) that names the cause.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct MessageCause {
    /// Text to find in the message (ASCII case ignored).
    pub needle: &'static str,
    /// The cause it names.
    pub cause: CauseId,
    /// Confidence when found.
    pub confidence: f64,
    /// Why, shown as evidence.
    pub why: &'static str,
    /// Causes the wording rules out.
    pub rules_out: &'static [CauseId],
    /// A fix to put first, when the generic ones do not fit.
    pub fix: Option<FixSpec>,
}

/// Messages whose wording settles the cause, whichever S3-compatible service sent them.
pub static MESSAGE_CAUSES: &[MessageCause] = &[
    MessageCause {
        needle: "presigned post requests are not yet implemented",
        cause: PostUnsupported,
        confidence: 0.95,
        why: "R2 says it does not implement presigned POST requests",
        rules_out: &[SignatureSdkChecksumDefault, SizeContentLengthMissing],
        fix: Some(FIX_PUT_NOT_POST),
    },
    MessageCause {
        needle: "credential access key has length",
        cause: AuthInvalidAccessKey,
        confidence: 0.9,
        why: "R2 counts the characters of the access key id: R2 key ids are 32 characters, so this one is mistyped, truncated or not an R2 key at all (a Cloudflare API token or global key)",
        rules_out: &[PostFieldOrder, PostMissingField],
        fix: Some(fix(
            "Use the R2 access key id",
            &[
                "In the Cloudflare dashboard, R2 > Manage R2 API Tokens: create a token and copy its Access Key ID (32 characters) and Secret Access Key (64).",
                "A Cloudflare API token or the global API key is not an S3 access key.",
                "Check the environment variable for stray quotes, spaces or newlines.",
            ],
        )),
    },
    MessageCause {
        needle: "received for this api call",
        cause: SignatureSdkChecksumDefault,
        confidence: 0.5,
        why: "Backblaze B2 rejects a header it does not support for this operation",
        rules_out: &[PostFieldOrder, PostMissingField, PresignExpiryTooLong],
        fix: None,
    },
    MessageCause {
        needle: "must appear in the list of conditions",
        cause: PostPolicyCondition,
        confidence: 0.9,
        why: "the provider requires every form field (except the access key id and signature) to be named in the POST policy's conditions, and one is not",
        rules_out: &[PermissionDenied, PostFieldOrder],
        fix: Some(fix(
            "List every form field in the policy, or stop sending it",
            &[
                "Compare the fields the browser sends (FormData) with the policy's conditions: each one (key, Content-Type, acl, success_action_status, x-amz-meta-*...) needs an eq or starts-with condition.",
                "Generate the policy and the fields together on the server (createPresignedPost with Fields and Conditions) and send exactly the fields it returns, plus the file.",
            ],
        )),
    },
    MessageCause {
        needle: "bad request: signed header `",
        cause: SignatureHeaderMismatch,
        confidence: 0.8,
        why: "Garage says a header listed in the signature (SignedHeaders) is missing from the request: the signer signed a header, often content-length, that the browser does not send as signed",
        rules_out: &[SignatureWrongVersion],
        fix: None,
    },
    MessageCause {
        needle: "insufficient permissions to access this file",
        cause: PermissionDenied,
        confidence: 0.7,
        why: "the MinIO client (mc) reports the service's AccessDenied this way: the key may not write to this bucket or prefix",
        rules_out: &[],
        fix: None,
    },
    MessageCause {
        needle: "unexpected scope:",
        cause: EndpointWrongRegion,
        confidence: 0.85,
        why: "Garage accepts only signatures whose credential scope names its own region (s3_region in garage.toml, \"garage\" by default)",
        rules_out: &[],
        fix: Some(fix(
            "Sign for Garage's region",
            &[
                "Set the client's region to the s3_region of garage.toml (\"garage\" unless changed), on the server that presigns as well.",
                "Tools that ignore a custom region and sign for us-east-1 cannot talk to Garage until its s3_region is us-east-1.",
            ],
        )
        .snippet("js", r#"const s3 = new S3Client({ region: "garage", endpoint: "http://garage:3900", forcePathStyle: true });"#)),
    },
];
