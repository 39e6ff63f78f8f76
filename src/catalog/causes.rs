//! Generic text for every cause id: the title, explanation and fixes used when a catalogue entry
//! gives none of its own. One row per id, in the order of `ids/cause-ids.txt`.
//!
//! The text is provider-neutral: S3, GCS, Azure Blob, Supabase Storage and the rest all produce
//! these causes, so providers are only named as examples. Text specific to one error code belongs
//! in that code's catalogue entry (`cause(..).why(..).fixes(..)`).

use super::{fix, FixSpec};
use crate::ids::CauseId;

/// The generic text of one cause.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct CauseText {
    /// The cause this text belongs to.
    pub id: CauseId,
    /// Short title.
    pub title: &'static str,
    /// Generic explanation.
    pub explanation: &'static str,
    /// Generic fixes.
    pub fixes: &'static [FixSpec],
}

const fn row(
    id: CauseId,
    title: &'static str,
    explanation: &'static str,
    fixes: &'static [FixSpec],
) -> CauseText {
    CauseText {
        id,
        title,
        explanation,
        fixes,
    }
}

/// One row per cause id, in the order of [`CauseId::ALL`].
pub static CAUSES: &[CauseText] = &[
    // ---------------------------------------------------------------- auth
    row(
        CauseId::AuthMissingCredentials,
        "No credentials were sent",
        "The request reached the service without any credentials it accepts: no Authorization header, no signature, no JWT or API key. Buckets and APIs that do not allow anonymous access answer with 401 or 403 instead of guessing who is calling.",
        &[
            fix(
                "Send the credentials the service expects",
                &[
                    "Attach the Authorization header, API key or bearer token on every upload request (for Supabase, the signed-in user's access token, not only the anon key).",
                    "If you upload with a presigned URL or SAS, use the full URL including its query string (X-Amz-Signature, sig=...) unchanged.",
                    "Check that a fetch wrapper, interceptor or uploader library does not drop the header on cross-origin requests.",
                ],
            ),
            fix(
                "Let the backend issue signed upload URLs",
                &[
                    "Generate a presigned URL, SAS or signed upload URL on your server for each upload.",
                    "Give that URL to the browser instead of shipping long-lived keys to the client.",
                ],
            ),
        ],
    ),
    row(
        CauseId::AuthInvalidAccessKey,
        "The access key or API key is not known to the provider",
        "The key id in the request does not exist in the account or region the request reached. Usually the key was mistyped, deleted or rotated, belongs to another account or environment, or was issued by one storage service and sent to another's endpoint.",
        &[
            fix(
                "Check the key and the endpoint it is sent to",
                &[
                    "Compare the access key id / API key in your configuration with the one shown in the provider console (watch for whitespace and truncated copies).",
                    "Make sure the endpoint matches the keys: AWS keys only work against AWS, and R2, MinIO, B2 or Spaces keys only against their own endpoint.",
                    "If the key was rotated or deleted, create a new one and redeploy the service that signs uploads.",
                ],
            ),
        ],
    ),
    row(
        CauseId::AuthSessionTokenMissing,
        "Temporary credentials sent without their session token",
        "Temporary credentials (AWS keys starting with ASIA, issued by STS, SSO, Cognito or an assumed role) are only valid together with their session token. When the token is not sent, the provider cannot find the access key id and rejects the request as if the key did not exist.",
        &[
            fix(
                "Pass the session token with the key pair",
                &[
                    "Read the access key id, secret and session token from the same credentials source.",
                    "Pass sessionToken alongside the key pair, or let the SDK's default credential provider load all three instead of copying them by hand.",
                ],
            )
            .snippet(
                "js",
                r#"import { S3Client } from "@aws-sdk/client-s3";

const s3 = new S3Client({
  region: process.env.AWS_REGION,
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID,
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,
    sessionToken: process.env.AWS_SESSION_TOKEN, // required for ASIA... keys
  },
});"#,
            ),
            fix(
                "Include the token in presigned POST forms and URLs",
                &[
                    "When signing a POST policy with temporary credentials, the policy and the form must both contain the x-amz-security-token field.",
                    "Append every field returned by the signer to the form, including x-amz-security-token, and the file last.",
                    "Presigned URLs must carry X-Amz-Security-Token in the query string; the SDK adds it when the credentials include the session token.",
                ],
            )
            .snippet(
                "js",
                r#"const form = new FormData();
for (const [name, value] of Object.entries(fields)) {
  form.append(name, value); // includes "x-amz-security-token"
}
form.append("file", file);"#,
            ),
        ],
    ),
    row(
        CauseId::AuthTokenExpired,
        "The token or credentials have expired",
        "Session tokens, JWTs, OAuth access tokens and SAS tokens carry an expiry time. Once it has passed, the provider rejects every request authorised with them, even though the same code worked a moment ago; long uploads, tabs left open and cached credentials are typical triggers.",
        &[
            fix(
                "Refresh the token right before uploading",
                &[
                    "Fetch fresh credentials or a refreshed session just before starting the upload, instead of reusing ones obtained at page load.",
                    "For long multipart or resumable uploads, refresh the credentials between parts.",
                    "On an expiry error, refresh once and retry the request.",
                ],
            ),
            fix(
                "Give the credentials a lifetime that covers the upload",
                &[
                    "Raise the session duration, JWT expiry or SAS expiry so it covers the slowest expected upload, within the provider's maximum.",
                ],
            ),
        ],
    ),
    row(
        CauseId::AuthTokenInvalid,
        "The token or API key is malformed",
        "Credentials were sent but the provider could not accept them as such: a truncated or corrupted JWT, a key of the wrong type, a token issued for another project, or the wrong Authorization scheme (for example Bearer where ApiKey is expected). The request is rejected before any permission is checked.",
        &[
            fix(
                "Send the token in the expected format",
                &[
                    "Check the exact Authorization header format in the provider's documentation (e.g. \"Bearer <jwt>\", \"ApiKey <key>\").",
                    "Make sure the value is not quoted, truncated, or prefixed twice (\"Bearer Bearer ...\").",
                    "Decode a JWT and check that its issuer, audience and project match the service you are calling.",
                ],
            ),
            fix(
                "Use a key issued for this API and environment",
                &[
                    "Use a key created for this service and project, not one from another environment or a different kind of key (e.g. a public key where a secret key is required).",
                ],
            ),
        ],
    ),
    row(
        CauseId::AuthAccountDisabled,
        "The account or key is disabled",
        "The credentials are recognised, but the account, key, service principal or subscription behind them is disabled, suspended or inactive. The provider refuses every request until it is re-enabled, whatever the permissions say.",
        &[
            fix(
                "Re-enable the account or use an active key",
                &[
                    "Check the key's status in the provider console (e.g. an IAM access key marked Inactive, a disabled storage account, a paused or suspended project).",
                    "Resolve any billing or policy suspension with the provider.",
                    "Or create a new active key and deploy it where uploads are signed.",
                ],
            ),
        ],
    ),
    // ----------------------------------------------------------- signature
    row(
        CauseId::SignatureSecretMismatch,
        "Signature computed with the wrong secret",
        "The provider recomputed the request's signature with the secret it holds for your access key and got a different result. When the request itself matches what was signed but the signature does not, the secret used for signing does not belong to that access key id: a typo, a rotated secret, or a secret from another account or environment.",
        &[
            fix(
                "Sign with the secret that belongs to the access key",
                &[
                    "Verify that the secret key is the one paired with this access key id; if unsure, create a new key pair and use both values from it.",
                    "Check for trailing whitespace or newlines in the environment variable holding the secret.",
                    "Make sure the service that signs uploads uses the same credentials you tested with (not stale ones from another deployment).",
                ],
            ),
        ],
    ),
    row(
        CauseId::SignatureHeaderMismatch,
        "A signed header was sent with a different value",
        "A presigned URL or signed request fixes the values of the headers included when signing, often Content-Type, x-amz-acl, Content-MD5 or x-amz-meta-*. If the browser sends a different value, or leaves one out, the signature no longer matches; signing with one Content-Type and uploading with the file's own MIME type is the classic case.",
        &[
            fix(
                "Send exactly the headers that were signed",
                &[
                    "Let the browser tell the backend the file's type (and any metadata) before presigning, and sign with those values.",
                    "Send the same Content-Type, ACL, metadata and Content-MD5 headers on the upload request.",
                ],
            )
            .snippet(
                "js",
                r#"// Server: presign with the type the browser will send
const url = await getSignedUrl(
  s3,
  new PutObjectCommand({ Bucket: bucket, Key: key, ContentType: contentType }),
  { expiresIn: 300 },
);

// Browser: send the same Content-Type
await fetch(url, {
  method: "PUT",
  headers: { "Content-Type": contentType },
  body: file,
});"#,
            ),
            fix(
                "Do not sign headers the browser controls",
                &[
                    "Leave headers out of the signature when the browser or an uploader library sets or changes them itself.",
                ],
            ),
        ],
    ),
    row(
        CauseId::SignatureUnsignedHeader,
        "Headers that must be signed were sent unsigned",
        "Some providers require every provider-specific header on a request (for S3, the x-amz-* headers) to be covered by the signature. When the client adds such a header after signing, such as an ACL, metadata or checksum header on a presigned URL upload, the provider refuses it because it cannot trust the unsigned value.",
        &[
            fix(
                "Sign every provider header you send",
                &[
                    "Include the header's value when generating the presigned URL (e.g. pass the ACL or Metadata to the command being presigned).",
                    "Or stop sending the header from the browser.",
                ],
            ),
            fix(
                "Find headers added by libraries",
                &[
                    "Inspect the actual request in the browser's network tab; uploader libraries and SDK middleware may add x-amz-* headers on their own.",
                ],
            ),
        ],
    ),
    row(
        CauseId::SignatureSdkChecksumDefault,
        "New SDK checksum defaults break the upload",
        "Recent AWS SDKs (since early 2025, e.g. JavaScript v3.729.0 and boto3 1.36.0) add CRC32 checksum headers and parameters such as x-amz-checksum-crc32 and x-amz-sdk-checksum-algorithm to uploads by default. Presigned URLs can then carry the checksum of an empty body (AAAAAA==) that the real file does not match, and many S3-compatible services reject or do not understand these headers.",
        &[
            fix(
                "Only compute checksums when the operation requires them",
                &[
                    "Configure the S3 client used for presigning and uploading with requestChecksumCalculation and responseChecksumValidation set to WHEN_REQUIRED.",
                    "Regenerate presigned URLs with that client; URLs made before the change still contain the checksum parameters.",
                    "Alternatively set the environment variables AWS_REQUEST_CHECKSUM_CALCULATION=WHEN_REQUIRED and AWS_RESPONSE_CHECKSUM_VALIDATION=WHEN_REQUIRED.",
                ],
            )
            .snippet(
                "js",
                r#"import { S3Client } from "@aws-sdk/client-s3";

const s3 = new S3Client({
  region,
  requestChecksumCalculation: "WHEN_REQUIRED",
  responseChecksumValidation: "WHEN_REQUIRED",
});"#,
            ),
            fix(
                "Do the same in Python (boto3)",
                &["Pass a botocore Config with the checksum settings when creating the client."],
            )
            .snippet(
                "python",
                r#"import boto3
from botocore.config import Config

s3 = boto3.client(
    "s3",
    config=Config(
        request_checksum_calculation="when_required",
        response_checksum_validation="when_required",
    ),
)"#,
            ),
        ],
    ),
    row(
        CauseId::SignatureRequestModified,
        "The request changed after it was signed",
        "A signature covers the method, path, query string and, for some schemes, the body. If anything changes between signing and sending, for example the object key is encoded differently, a query parameter is added, a library re-encodes the URL, or a PUT URL is used with POST, the provider computes a different signature and rejects the request.",
        &[
            fix(
                "Use the signed URL and method unchanged",
                &[
                    "Use the presigned URL exactly as returned: do not decode, re-encode or append parameters (cache busters, tracking parameters).",
                    "Send the HTTP method the URL was signed for (PUT, POST or GET).",
                ],
            ),
            fix(
                "Encode the object key once",
                &[
                    "Sign with the raw key and let the SDK encode it; do not run encodeURIComponent on the key before passing it to the SDK.",
                    "Watch for spaces, '+', non-ASCII and special characters in file names; consider building keys from a safe alphabet.",
                ],
            ),
        ],
    ),
    row(
        CauseId::SignatureWrongVersion,
        "The provider requires a different signing scheme",
        "The request was signed with a scheme the endpoint does not accept, typically the old Signature Version 2 where only AWS4-HMAC-SHA256 (Signature Version 4) is supported. Newer AWS regions and most S3-compatible services accept only SigV4, while old SDKs, plugins and hand-written signers may still default to SigV2.",
        &[
            fix(
                "Sign with Signature Version 4",
                &[
                    "Configure the SDK or library to use SigV4 (signature_version=\"s3v4\" in boto3, signatureVersion: \"v4\" in the AWS SDK for JavaScript v2; v3 always uses SigV4).",
                    "Set the bucket's region explicitly, since SigV4 signatures include it.",
                    "Upgrade old SDKs and uploader plugins that only support SigV2.",
                ],
            )
            .snippet(
                "python",
                r#"import boto3
from botocore.config import Config

s3 = boto3.client(
    "s3",
    region_name="eu-central-1",
    config=Config(signature_version="s3v4"),
)"#,
            ),
        ],
    ),
    // ---------------------------------------------------------------- time
    row(
        CauseId::TimeClockSkew,
        "The device clock is out of sync",
        "Signed requests carry a timestamp, and providers reject requests whose time is too far from their own clock (15 minutes for S3). A computer or phone with a wrong clock, or a server or container whose clock has drifted, produces signatures the provider considers too old or from the future.",
        &[
            fix(
                "Resync the system clock",
                &[
                    "On Linux, turn on NTP time synchronisation (see the snippet).",
                    "On Windows, open Settings > Time & language > Date & time and click \"Sync now\".",
                    "On macOS, turn on \"Set time and date automatically\" in System Settings > General > Date & Time.",
                ],
            )
            .snippet("shell", r#"sudo timedatectl set-ntp true
timedatectl status"#),
            fix(
                "Sign where the clock is reliable",
                &[
                    "Generate signatures and presigned URLs on a server with a synchronised clock rather than in the browser.",
                    "Keep SDK retries enabled: recent AWS SDKs correct their clock offset after a skew error and retry.",
                ],
            ),
        ],
    ),
    // ------------------------------------------------------------- presign
    row(
        CauseId::PresignExpired,
        "The presigned URL or policy has expired",
        "Presigned URLs, POST policies and SAS tokens are only valid until their expiry time. If the user waited before uploading, the URL was cached or reused, or a slow upload started after the deadline, the provider refuses it. URLs signed with temporary credentials also stop working when those credentials expire, even if the URL's own expiry is later.",
        &[
            fix(
                "Request a fresh URL right before uploading",
                &[
                    "Generate the presigned URL, POST policy or SAS when the user starts the upload, not when the page loads.",
                    "Do not cache or reuse signed URLs across uploads.",
                    "On an expiry error, fetch a new URL and retry once.",
                ],
            ),
            fix(
                "Give the URL enough lifetime",
                &[
                    "Set the expiry to cover the slowest expected upload, within the provider's maximum.",
                    "When signing with temporary credentials (roles, STS), sign with credentials that live at least as long as the URL.",
                ],
            ),
        ],
    ),
    row(
        CauseId::PresignExpiryTooLong,
        "The requested expiry exceeds the provider's maximum",
        "Providers cap how long a presigned URL may be valid: 7 days (604800 seconds) for S3 Signature Version 4 and GCS V4 signed URLs. Asking for a longer expiry makes the signer or the provider reject the URL.",
        &[
            fix(
                "Shorten the expiry",
                &[
                    "Request an expiry at or below the provider's maximum (604800 seconds for SigV4 and GCS V4 signing).",
                    "Issue short-lived URLs on demand instead of long-lived ones; for lasting access use a public bucket, a CDN or your own endpoint that signs on request.",
                ],
            ),
        ],
    ),
    // ---------------------------------------------------------------- post
    row(
        CauseId::PostFieldOrder,
        "The file field is not last in the POST form",
        "In a browser POST upload (S3 POST policy and compatible services), the provider reads the form in order and ignores every field that comes after the file. If the file is appended before key, policy, signature or Content-Type, those fields are missing from the provider's point of view and the upload fails with a confusing missing-field or policy error.",
        &[
            fix(
                "Append the file last",
                &[
                    "Append every field returned by the signer first, in any order.",
                    "Append the file as the very last field of the form.",
                ],
            )
            .snippet(
                "js",
                r#"const form = new FormData();
for (const [name, value] of Object.entries(fields)) {
  form.append(name, value);
}
form.append("file", file); // must be the last field

await fetch(url, { method: "POST", body: form });"#,
            ),
        ],
    ),
    row(
        CauseId::PostMissingField,
        "A required POST form field is missing",
        "Browser POST uploads need form fields besides the file: the key, the policy, the signature fields, and every field the policy has a condition on (such as Content-Type or x-amz-meta-*). When one is missing, the provider cannot validate the upload and rejects it.",
        &[
            fix(
                "Send every field from the signer",
                &[
                    "Copy all fields returned by the presigning call (e.g. createPresignedPost, generate_presigned_post) into the form, not only the URL and key.",
                    "Add the fields your policy's conditions mention, e.g. Content-Type when there is a condition on it.",
                    "Append the file last; fields after it are ignored.",
                ],
            ),
        ],
    ),
    row(
        CauseId::PostPolicyCondition,
        "A form field or the file violates the POST policy",
        "A POST policy lists conditions the upload must satisfy: exact or starts-with values for the key, Content-Type, ACL and metadata, and a content-length-range for the file size. If a field the browser sends differs from these conditions, or the file is outside the allowed size range, the provider rejects the whole upload.",
        &[
            fix(
                "Make the form match the policy",
                &[
                    "Decode the base64 policy and compare each condition with the fields the form actually sends.",
                    "Send the key, Content-Type, ACL and metadata exactly as the conditions require.",
                    "Check the file size against content-length-range in the browser before uploading.",
                ],
            ),
            fix(
                "Loosen conditions that are too strict",
                &[
                    "Use starts-with conditions where values vary (key prefix, MIME type family) instead of exact matches.",
                    "Raise the content-length-range maximum if legitimate files are larger.",
                ],
            )
            .snippet(
                "json",
                r#"[
  ["starts-with", "$key", "uploads/"],
  ["starts-with", "$Content-Type", "image/"],
  ["content-length-range", 1, 52428800]
]"#,
            ),
        ],
    ),
    row(
        CauseId::PostPolicyInvalid,
        "The POST policy document is malformed",
        "The policy field must be base64-encoded JSON with an expiration and a conditions array in the shape the provider expects. Invalid JSON, a condition of the wrong shape, a missing or badly formatted expiration, or broken base64 makes the provider reject the policy before it looks at the file.",
        &[
            fix(
                "Generate the policy with the SDK",
                &[
                    "Use the SDK's presigned POST helper (e.g. createPresignedPost, generate_presigned_post, generateSignedPostPolicyV4) instead of building the policy by hand.",
                    "If you build it yourself: expiration must be an ISO 8601 UTC timestamp, each condition an object or a three-element array, and the JSON encoded with standard base64.",
                ],
            ),
        ],
    ),
    row(
        CauseId::PostUnsupported,
        "The provider does not support browser POST uploads",
        "Browser POST uploads with a policy are an S3 and GCS feature that not every compatible service implements (Cloudflare R2, for example, does not). The request is refused however the form is built.",
        &[super::aws_s3::FIX_PUT_NOT_POST],
    ),
    // ---------------------------------------------------------------- size
    row(
        CauseId::SizeTooLarge,
        "The file is larger than a limit allows",
        "Something between the browser and the stored object has a size limit that the body exceeds: the provider's single-request maximum (5 GB for an S3 PUT), a POST policy content-length-range, a bucket or project file size limit (e.g. Supabase), or the body limit of a proxy, serverless function or CDN in front of storage (often between 1 and 100 MB). Larger files must be split into parts or sent around the limiting hop.",
        &[
            fix(
                "Switch to multipart or resumable upload",
                &[
                    "Upload large files in parts: S3 multipart upload (e.g. @aws-sdk/lib-storage), GCS resumable uploads, Azure block blobs, or tus resumable uploads (Supabase).",
                    "Use parts of 5 to 100 MiB and retry failed parts individually.",
                ],
            )
            .snippet(
                "js",
                r#"import { Upload } from "@aws-sdk/lib-storage";

const upload = new Upload({
  client: s3,
  params: { Bucket: bucket, Key: key, Body: file, ContentType: file.type },
  partSize: 10 * 1024 * 1024, // 10 MiB
  queueSize: 4,
});
upload.on("httpUploadProgress", (p) => console.log(p.loaded, p.total));
await upload.done();"#,
            ),
            fix(
                "Raise the limit that was hit",
                &[
                    "Raise the bucket's or project's file size limit, or the POST policy's content-length-range maximum.",
                    "If a proxy or platform rejected the body, raise its limit or upload straight to storage with a presigned URL.",
                ],
            ),
            fix(
                "Check the size before uploading",
                &["Compare file.size with the limit in the browser and show a clear message instead of starting an upload that will fail."],
            ),
        ],
    ),
    row(
        CauseId::SizeTooSmall,
        "The file or part is smaller than the minimum",
        "Some limits are minimums: every part of an S3-style multipart upload except the last must be at least 5 MiB, and a POST policy's content-length-range can require a minimum size. An empty body, such as a 0-byte file or a stream that was already read, triggers this too.",
        &[
            fix(
                "Use parts of at least 5 MiB",
                &[
                    "Make every part except the last at least 5 MiB.",
                    "For small files, use a single PUT instead of a multipart upload.",
                ],
            ),
            fix(
                "Make sure the body is not empty",
                &[
                    "Check that file.size is above zero and that the Blob or stream was not consumed earlier (e.g. read to compute a checksum).",
                    "Lower the policy's content-length-range minimum if small files are legitimate.",
                ],
            ),
        ],
    ),
    row(
        CauseId::SizeContentLengthMissing,
        "Content-Length is missing or chunked upload is refused",
        "Many storage services need to know the body size before it arrives, so they refuse chunked transfer encoding and streamed bodies without a Content-Length. This happens when uploading from a stream (a ReadableStream or Node stream) instead of a File, Blob or Buffer.",
        &[
            fix(
                "Send a body with a known length",
                &[
                    "Upload a File, Blob, ArrayBuffer or Buffer so the client sets Content-Length automatically.",
                    "When streaming from a server, pass the length explicitly (e.g. ContentLength) or buffer the data first.",
                    "For data of unknown size, use a multipart or resumable upload; do not set Transfer-Encoding: chunked by hand.",
                ],
            ),
        ],
    ),
    // ------------------------------------------------------------ endpoint
    row(
        CauseId::EndpointWrongRegion,
        "The request went to the wrong region",
        "A bucket lives in one region, and Signature Version 4 signatures include the region name. Sending the request to another region's endpoint, or signing it for the wrong region, makes the provider redirect it or reject it with an error naming the expected region. Browsers cannot follow these redirects for uploads, so they surface as failures or CORS errors.",
        &[
            fix(
                "Use the bucket's region",
                &[
                    "Look up the bucket's region in the console and set it on the SDK client used for presigning and uploading.",
                    "Use the regional endpoint, e.g. https://<bucket>.s3.<region>.amazonaws.com, rather than the global one.",
                    "For S3-compatible services, use the region name they document (e.g. \"auto\" for Cloudflare R2).",
                ],
            )
            .snippet(
                "js",
                r#"const s3 = new S3Client({ region: "eu-central-1" }); // the bucket's region"#,
            ),
        ],
    ),
    row(
        CauseId::EndpointWrongHost,
        "Wrong endpoint, addressing style or service URL",
        "The request reached a host that does not serve this bucket or account the way the client expects: a wrong account URL, a custom domain or CDN in front of the bucket, or the wrong addressing style (virtual-hosted bucket.host versus path-style host/bucket). S3-compatible servers usually need their own endpoint and often path-style addressing.",
        &[
            fix(
                "Set the endpoint and addressing style explicitly",
                &[
                    "Point the SDK at the endpoint the provider documents for your account (e.g. https://<account>.blob.core.windows.net, https://<account-id>.r2.cloudflarestorage.com, your MinIO URL).",
                    "Enable path-style addressing for servers that need it (forcePathStyle: true in JavaScript, addressing_style \"path\" in boto3).",
                ],
            )
            .snippet(
                "js",
                r#"const s3 = new S3Client({
  region: "us-east-1",
  endpoint: "https://storage.example.com",
  forcePathStyle: true, // https://storage.example.com/<bucket>/<key>
});"#,
            ),
            fix(
                "Sign for the host you send to",
                &[
                    "Presign against the same host the browser calls; a custom domain or CDN in front of the bucket must be the host used when signing, or must not be used for uploads.",
                ],
            ),
        ],
    ),
    // ---------------------------------------------------------------- cors
    row(
        CauseId::CorsPreflightRejected,
        "The browser's CORS check failed",
        "Before a cross-origin upload with PUT or custom headers, the browser sends an OPTIONS preflight. If the bucket's CORS configuration does not allow your page's origin, the method or the request headers, the browser blocks the request and JavaScript only sees a network error (status 0, \"Failed to fetch\") without a body. Error responses that lack CORS headers look the same, so CORS can also hide another failure.",
        &[
            fix(
                "Add a CORS rule to the bucket",
                &[
                    "Allow your site's exact origin: scheme, host and port, without a trailing slash.",
                    "Allow the methods you upload with (PUT, POST) and the headers you send (or *).",
                    "Apply it with the provider's console or CLI (S3: put-bucket-cors, which wraps the rules as {\"CORSRules\": [...]}; GCS: a bucket CORS file; Azure: the storage account's CORS settings).",
                ],
            )
            .snippet(
                "json",
                r#"[
  {
    "AllowedOrigins": ["https://app.example.com"],
    "AllowedMethods": ["PUT", "POST"],
    "AllowedHeaders": ["*"],
    "ExposeHeaders": ["ETag"],
    "MaxAgeSeconds": 3000
  }
]"#,
            ),
            fix(
                "Confirm it really is CORS",
                &[
                    "In the browser's network tab, check the OPTIONS request and whether the response has Access-Control-Allow-Origin.",
                    "Repeat the same request with curl; if it fails there too, the real error is in its response body.",
                ],
            ),
        ],
    ),
    row(
        CauseId::CorsHeaderNotExposed,
        "A needed response header is not exposed to the page",
        "Browsers only let JavaScript read a few safe response headers of a cross-origin response. Multipart uploads need each part's ETag to complete the upload, and some flows read Location or a version id; unless the CORS configuration exposes these headers they read as null, and completion fails although every part was uploaded.",
        &[
            fix(
                "Expose ETag in the CORS configuration",
                &[
                    "Add ETag, and any other header the client reads, to the exposed headers of the bucket's CORS rule (S3: ExposeHeaders; GCS: responseHeader; Azure: ExposedHeaders).",
                    "Wait for the cached preflight to expire (MaxAgeSeconds) or clear the browser cache before testing again.",
                ],
            )
            .snippet(
                "json",
                r#"[
  {
    "AllowedOrigins": ["https://app.example.com"],
    "AllowedMethods": ["PUT", "POST", "GET"],
    "AllowedHeaders": ["*"],
    "ExposeHeaders": ["ETag"]
  }
]"#,
            ),
        ],
    ),
    // ------------------------------------------------------------- network
    row(
        CauseId::NetworkFailed,
        "The request failed without a response",
        "The client never received an HTTP response, for a reason other than CORS: the device went offline or the connection dropped, an http:// URL was called from an https:// page (mixed content), an ad blocker, firewall or VPN blocked it, DNS failed, or the connection was reset during the upload. There is no status code or body to decode.",
        &[
            fix(
                "Check connectivity and the URL",
                &[
                    "Look at the failed request in the network tab for the browser's reason (blocked, mixed-content, net::ERR_...).",
                    "Use an https:// upload URL on https:// pages.",
                    "Try again with extensions disabled and on another network.",
                ],
            ),
            fix(
                "Retry and upload in parts",
                &[
                    "Retry failed uploads a few times with exponential backoff.",
                    "For large files, use multipart or resumable uploads so a dropped connection only repeats one part.",
                ],
            ),
        ],
    ),
    // ---------------------------------------------------------- permission
    row(
        CauseId::PermissionDenied,
        "The caller lacks permission for this operation",
        "The provider knows who is calling, but their permissions do not allow this action on this bucket or object. Depending on the provider, that is an IAM or bucket policy, an ACL, the permissions of a SAS token, a GCS IAM role, or a Supabase row-level security policy on storage.objects. Uploads can need more than write access, e.g. overwriting (upsert) also needs read and update rights.",
        &[
            fix(
                "Grant the upload permission",
                &[
                    "Give the caller write access on the bucket and path (e.g. S3 s3:PutObject on arn:aws:s3:::<bucket>/<prefix>/*, GCS roles/storage.objectCreator, Azure Storage Blob Data Contributor or a SAS with create and write permissions).",
                    "For Supabase, add a storage.objects policy allowing INSERT for the role and bucket, plus SELECT and UPDATE when uploading with upsert.",
                    "Look for explicit denies, organisation policies, or IP and VPC conditions that override the grant.",
                ],
            ),
            fix(
                "Check who is actually calling",
                &[
                    "Confirm which identity signed the request (e.g. aws sts get-caller-identity, the role claim of the JWT); it is often not the one expected.",
                ],
            ),
        ],
    ),
    row(
        CauseId::PermissionKms,
        "No permission on the encryption key",
        "The bucket or object is encrypted with a customer-managed key (AWS KMS, Google Cloud KMS), and the caller may write to the bucket but not use that key. Uploading needs permission to generate data keys with it, and multipart uploads and reads also need permission to decrypt.",
        &[
            fix(
                "Grant use of the encryption key",
                &[
                    "Allow kms:GenerateDataKey and kms:Decrypt on the key for the uploading role, in its IAM policy and in the key policy (both are required across accounts).",
                    "On GCS, grant roles/cloudkms.cryptoKeyEncrypterDecrypter on the key to the Cloud Storage service agent.",
                    "Or switch the bucket to provider-managed encryption keys.",
                ],
            ),
        ],
    ),
    // ------------------------------------------------------------ resource
    row(
        CauseId::ResourceBucketNotFound,
        "The bucket or container does not exist",
        "The bucket, container or dataset named in the request was not found. It may be misspelled, belong to another account, project or environment, not be created yet, or be deleted; some providers also report a bucket the caller may not see as not found rather than forbidden.",
        &[
            fix(
                "Check the bucket name and account",
                &[
                    "Compare the bucket name in the request with the console, including case and environment (dev, staging, prod).",
                    "Make sure the endpoint and credentials belong to the account or project that owns the bucket.",
                    "Create the bucket if it does not exist yet, and check the caller is allowed to see it.",
                ],
            ),
        ],
    ),
    row(
        CauseId::ResourceObjectNotFound,
        "The object does not exist",
        "The key or blob name in the request does not exist in the bucket. Typical reasons are a different encoding of the key (spaces, '+', non-ASCII), a missing or extra prefix or leading slash, an upload that never finished, or a provider answering not found for an object the caller may not read.",
        &[
            fix(
                "Check the exact key",
                &[
                    "List the objects under the prefix and compare the key character by character, including leading slashes, case and URL encoding.",
                    "If the object was just uploaded, confirm that the upload really succeeded before using it.",
                    "Check read permission: some providers (e.g. S3 without s3:ListBucket, Supabase without a SELECT policy) answer not found instead of forbidden.",
                ],
            ),
        ],
    ),
    row(
        CauseId::ResourceUploadNotFound,
        "The upload session no longer exists",
        "Multipart uploads, resumable sessions and tus uploads are identified by an id or session URL that the provider keeps only while the upload is in progress. If the upload was completed, aborted, removed by a lifecycle rule or expiry (e.g. after a week for GCS resumable sessions), or belongs to another bucket or key, continuing it fails.",
        &[
            fix(
                "Start a new upload session",
                &[
                    "Discard the stored upload id or session URL and create a new multipart upload or resumable session.",
                    "Send parts and the completion to the same bucket and key the upload was created for.",
                ],
            ),
            fix(
                "Stop uploads from being aborted while in use",
                &[
                    "Check lifecycle rules that abort incomplete multipart uploads and make their age longer than your longest upload.",
                    "Make sure the upload is not completed or aborted twice, e.g. by a retry or a second tab.",
                ],
            ),
        ],
    ),
    row(
        CauseId::ResourceNotFound,
        "A referenced resource does not exist",
        "Something the request refers to, other than a bucket or object, was not found: a tenant or project, a team or dataset slug, a storage integration name, or an API route or version. The URL or an identifier in the request points at something the service does not know.",
        &[
            fix(
                "Check the identifiers and the URL",
                &[
                    "Compare every id and slug in the URL and payload with what the service's dashboard shows (slugs are often lowercased and hyphenated).",
                    "Check the API base URL, version and route against the documentation.",
                    "Make sure you are calling the right project or environment.",
                ],
            ),
        ],
    ),
    row(
        CauseId::ResourceAlreadyExists,
        "The object or resource already exists",
        "The request would create something that already exists, and overwriting was not requested or is not allowed. Supabase Storage, for example, refuses to overwrite an existing path unless upsert is enabled, conditional writes with If-None-Match: * fail on existing keys, and bucket names must be unique.",
        &[
            fix(
                "Overwrite explicitly or use a unique name",
                &[
                    "Enable overwriting where the provider supports it (e.g. Supabase upsert: true, which sends x-upsert: true and also needs update permission).",
                    "Or give each upload a unique key so uploads never collide.",
                ],
            )
            .snippet(
                "js",
                r#"const key = `uploads/${crypto.randomUUID()}-${file.name}`;"#,
            ),
        ],
    ),
    row(
        CauseId::ResourceLocked,
        "The resource is locked",
        "The object, blob or record is locked by another operation or holds a lease (an Azure blob lease, object lock or retention, a concurrent upload to the same path). The provider refuses changes until the lock is released or expires.",
        &[
            fix(
                "Wait for the lock or release it",
                &[
                    "Retry after a short delay with backoff; short-lived locks clear by themselves.",
                    "For leased blobs, send the lease id with the request (Azure: x-ms-lease-id) or release the lease first.",
                    "Avoid concurrent uploads to the same key; for objects under retention, write to a new key.",
                ],
            ),
        ],
    ),
    // ----------------------------------------------------------- multipart
    row(
        CauseId::MultipartInvalidPart,
        "A multipart part is missing or has the wrong ETag",
        "Completing a multipart upload lists each part number with the ETag the provider returned for it. If a part was never uploaded, failed unnoticed, or its ETag was read wrong (most often null because the CORS configuration does not expose ETag, or with its quotes stripped), the provider cannot assemble the object.",
        &[
            fix(
                "Collect the real ETag of every part",
                &[
                    "Read the ETag response header of each part upload and store it with the part number; for browser uploads, expose ETag in the bucket's CORS configuration.",
                    "Keep the ETag exactly as returned, including its double quotes.",
                    "Complete only after every part upload succeeded; retry failed parts first.",
                ],
            )
            .snippet(
                "js",
                r#"const res = await fetch(partUrl, { method: "PUT", body: chunk });
if (!res.ok) throw new Error(`Part ${partNumber} failed: ${res.status}`);
const etag = res.headers.get("ETag"); // null: ETag is not exposed by CORS
parts.push({ PartNumber: partNumber, ETag: etag });"#,
            ),
        ],
    ),
    row(
        CauseId::MultipartPartOrder,
        "Multipart parts are out of order",
        "The list of parts sent to complete a multipart upload must be in ascending part-number order. Parts uploaded in parallel finish in any order, so collecting them as they finish produces a list the provider rejects.",
        &[
            fix(
                "Sort the parts before completing",
                &["Sort the part list by part number just before sending the completion request."],
            )
            .snippet("js", r#"parts.sort((a, b) => a.PartNumber - b.PartNumber);"#),
        ],
    ),
    // ----------------------------------------------------------- integrity
    row(
        CauseId::IntegrityChecksumMismatch,
        "The body does not match its checksum",
        "The request declared a checksum of the body (Content-MD5, x-amz-content-sha256, x-amz-checksum-*, or an MD5 or CRC32C header on other providers) and the provider computed a different one from the bytes it received. Either the checksum was computed over different data (another encoding, a re-read stream, a transformed file) or the body was altered or cut short on the way.",
        &[
            fix(
                "Hash exactly the bytes you send",
                &[
                    "Compute the checksum over the same Blob or Buffer that is sent as the body, after any compression or conversion.",
                    "Encode it as the header expects: Content-MD5 is the base64 of the binary digest, not hex.",
                ],
            ),
            fix(
                "Let the SDK compute it, or send none",
                &[
                    "Remove hand-made checksum headers and let the SDK add them, or send none where the provider does not require one.",
                    "If a proxy modifies the body (compression, re-encoding), upload directly to storage instead.",
                ],
            ),
        ],
    ),
    // ------------------------------------------------------------- request
    row(
        CauseId::RequestInvalid,
        "The request is malformed or fails validation",
        "The service could not accept the request as sent: a parameter or payload field is missing, has the wrong type or format, or is not allowed for this endpoint. The error message, or an errors list in the body as many problem+json APIs send, usually names the offending field.",
        &[
            fix(
                "Read the validation details and fix the request",
                &[
                    "Read the full response body: a detail, message or errors member usually names the field and the problem.",
                    "Compare the request with the API reference: required fields, types, allowed values, and which endpoint expects which payload.",
                    "Log the request actually sent (URL, headers, body), not the one you meant to send.",
                ],
            ),
        ],
    ),
    row(
        CauseId::RequestMissingHeader,
        "A required header is missing",
        "The provider needs a specific header for this operation and the request did not carry it, for example x-ms-blob-type: BlockBlob for an Azure Put Blob, a Content-Type, or x-upsert to overwrite in Supabase. Browsers and upload libraries only send such headers when you set them.",
        &[
            fix(
                "Add the header the operation requires",
                &[
                    "Check the provider's documentation for the operation's required headers and set them on the request.",
                    "If the upload uses a signed URL, include the header when signing where the scheme requires it.",
                ],
            )
            .snippet(
                "js",
                r#"// e.g. Azure Put Blob with a SAS URL
await fetch(sasUrl, {
  method: "PUT",
  headers: { "x-ms-blob-type": "BlockBlob", "Content-Type": file.type },
  body: file,
});"#,
            ),
        ],
    ),
    row(
        CauseId::RequestInvalidName,
        "The bucket or object name is invalid",
        "Bucket, container and object names must follow the provider's naming rules. Bucket names are usually 3 to 63 lowercase letters, digits, dots and hyphens; object keys have a maximum length (1024 bytes on S3) and some services reject certain characters (Supabase Storage rejects many special and non-ASCII characters).",
        &[
            fix(
                "Build keys from a safe alphabet",
                &[
                    "Derive object keys from a safe set of characters instead of the raw file name, and keep the original name in metadata or your database.",
                    "Check bucket names against the provider's rules (lowercase, 3 to 63 characters, no underscores on S3).",
                ],
            )
            .snippet(
                "js",
                r#"const safe = file.name
  .normalize("NFKD")
  .replace(/[\u0300-\u036f]/g, "")
  .replace(/[^A-Za-z0-9._-]+/g, "_")
  .slice(0, 200);
const key = `uploads/${crypto.randomUUID()}-${safe}`;"#,
            ),
        ],
    ),
    row(
        CauseId::RequestInvalidContentType,
        "The content type is invalid or not allowed",
        "The MIME type sent with the upload is malformed, or the destination only accepts certain types (a bucket's allowed MIME types, a POST policy condition on Content-Type, an API that expects another body format). Browsers derive file.type from the file extension and leave it empty when they do not know the extension.",
        &[
            fix(
                "Send an explicit, allowed Content-Type",
                &[
                    "Set Content-Type explicitly from file.type, with a fallback when it is empty.",
                    "Add the type to the bucket's allowed MIME types if it should be accepted.",
                    "Validate the type in the browser before uploading to show a clear error.",
                ],
            )
            .snippet(
                "js",
                r#"const contentType = file.type || "application/octet-stream";"#,
            ),
        ],
    ),
    row(
        CauseId::RequestAclNotSupported,
        "The request sets an ACL but the bucket has ACLs disabled",
        "Buckets with ACLs disabled (S3 Object Ownership set to bucket owner enforced, the default for new buckets since April 2023, or GCS uniform bucket-level access) reject requests that set an ACL such as x-amz-acl: public-read. Access has to be granted through bucket policies or IAM instead.",
        &[
            fix(
                "Stop sending the ACL",
                &[
                    "Remove the ACL (x-amz-acl, ACL parameter, acl form field) from the upload, the presign call and the POST policy conditions.",
                    "Grant public or cross-account access with a bucket policy or IAM instead.",
                    "Only if you really need ACLs, change the bucket's object ownership setting to allow them.",
                ],
            ),
        ],
    ),
    row(
        CauseId::RequestPreconditionFailed,
        "A conditional request header did not match",
        "The request carried a condition (If-Match, If-None-Match, If-Unmodified-Since, or a generation match) and the current state of the object did not satisfy it. Usually the object changed since it was read, or If-None-Match: * was used to prevent overwriting and the object already exists.",
        &[
            fix(
                "Re-read and retry, or drop the condition",
                &[
                    "Fetch the object's current ETag or generation and retry with it if overwriting is intended.",
                    "Remove the conditional header if you did not mean to send it; some libraries add one for safe overwrites.",
                ],
            ),
        ],
    ),
    row(
        CauseId::RequestInvalidRange,
        "The requested byte range is not satisfiable",
        "A Range or Content-Range header asked for bytes outside the object, for example starting past its end or on an empty object. In resumable uploads it means the offset sent does not match what the server has received.",
        &[
            fix(
                "Keep ranges within the object",
                &[
                    "Get the object's size first (HEAD) and request ranges between 0 and size - 1.",
                    "Do not send a Range header for empty objects.",
                    "For resumable uploads, ask the server for its current offset (e.g. a tus HEAD request, a GCS upload status query) and continue from there.",
                ],
            ),
        ],
    ),
    // ------------------------------------------------------------ provider
    row(
        CauseId::ProviderNotImplemented,
        "The provider does not support this operation or header",
        "The request uses an operation, header or feature the service does not implement. S3-compatible services implement only part of the S3 API (support for checksums, ACLs, tagging, POST uploads or some conditional headers varies), and endpoints reject methods or headers they do not know.",
        &[
            fix(
                "Use a supported alternative",
                &[
                    "Check the provider's S3 or API compatibility list for the operation and headers you use.",
                    "Remove optional headers the provider does not support (ACL, tagging, checksum or encryption headers).",
                    "Fall back to a supported operation, e.g. a presigned PUT instead of a POST upload.",
                ],
            ),
        ],
    ),
    row(
        CauseId::ProviderQuotaExceeded,
        "A storage or plan quota is exhausted",
        "The account or project has reached a limit that is not about this one request: total storage, bandwidth, number of objects or buckets, or a plan limit. Uploads keep failing until space is freed or the limit is raised; retrying does not help.",
        &[
            fix(
                "Free space or raise the limit",
                &[
                    "Check the usage page of the provider's dashboard to see which quota is reached.",
                    "Delete unneeded objects, old versions and incomplete multipart uploads.",
                    "Upgrade the plan or ask the provider for a higher quota.",
                ],
            ),
        ],
    ),
    row(
        CauseId::ProviderThrottled,
        "Too many requests: the provider is rate limiting",
        "The service is receiving more requests than it allows for this account, bucket, prefix or object and asks the client to slow down (429 Too Many Requests, or 503 SlowDown on S3). Many parallel part uploads, many small files at once, or repeated writes to the same object are common triggers.",
        &[
            fix(
                "Retry with exponential backoff",
                &[
                    "Retry throttled requests after a delay that grows with each attempt, plus random jitter; honour Retry-After when present.",
                    "Limit upload concurrency (e.g. 4 to 6 parallel requests per client).",
                    "Spread writes over several key prefixes and avoid rewriting the same object in quick succession.",
                ],
            )
            .snippet(
                "js",
                r#"async function withRetry(send, attempts = 5) {
  for (let i = 0; ; i++) {
    const res = await send();
    if (![429, 503].includes(res.status) || i >= attempts - 1) return res;
    const retryAfter = Number(res.headers.get("Retry-After"));
    const delay = retryAfter > 0 ? retryAfter * 1000 : 2 ** i * 250 + Math.random() * 250;
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

const res = await withRetry(() => fetch(url, { method: "PUT", body: file }));"#,
            ),
        ],
    ),
    row(
        CauseId::ProviderInternalError,
        "The provider had an internal error",
        "The service failed on its own side while handling the request, for example an internal error, or a database error or timeout behind the API. It is not caused by the content of the request, and the same request often succeeds when retried.",
        &[
            fix(
                "Retry, then report it",
                &[
                    "Retry with exponential backoff; most internal errors are transient.",
                    "If it persists, check the provider's status page and contact support with the request id from the response (e.g. x-amz-request-id, x-ms-request-id, a problem's instance).",
                    "For database timeouts in your own project (e.g. Supabase), reduce concurrent requests or increase the database pool size or compute.",
                ],
            ),
        ],
    ),
    row(
        CauseId::ProviderUnavailable,
        "The service is temporarily unavailable",
        "The service is overloaded, in maintenance or partly down and cannot accept the request right now. The condition is temporary and not caused by the request.",
        &[
            fix(
                "Retry later with backoff",
                &[
                    "Retry with exponential backoff and honour Retry-After when present.",
                    "Check the provider's status page.",
                    "Keep failed uploads queued in the client so users do not lose their files while the service recovers.",
                ],
            ),
        ],
    ),
    // --------------------------------------------------------------- proxy
    row(
        CauseId::ProxyIntermediary,
        "A proxy or CDN answered instead of the storage service",
        "The error came from something in front of the storage service, such as a CDN, reverse proxy, load balancer, API gateway or serverless platform, usually as an HTML page or a 413, 502, 504 or 52x status. Typical reasons are the proxy's body size limit (nginx defaults to 1 MB, serverless functions accept only a few MB), a timeout on a long upload, or the service behind it being unreachable.",
        &[
            fix(
                "Upload straight to storage with a presigned URL",
                &[
                    "Have your backend return a presigned URL, SAS or signed upload URL, and let the browser send the file directly to the storage endpoint, bypassing your server, proxy and function limits.",
                    "Keep only small JSON requests (asking for the URL, confirming the upload) on your own API.",
                ],
            ),
            fix(
                "Raise the proxy's limits",
                &[
                    "Increase the body size limit and timeouts of the proxy that answered, e.g. client_max_body_size and the proxy timeouts for nginx, then reload it.",
                    "Platform limits (serverless functions, API gateways, CDN plans) often cannot be raised far enough for files; upload directly to storage there.",
                ],
            )
            .snippet(
                "text",
                r#"# nginx: in the http, server or location block
client_max_body_size 100m;
proxy_read_timeout 300s;
proxy_send_timeout 300s;
proxy_request_buffering off;"#,
            ),
        ],
    ),
];

/// Returned only if a cause id had no row; the tests below make sure this never happens.
static FALLBACK: CauseText = row(
    CauseId::RequestInvalid,
    "Unrecognised cause",
    "No description is available for this cause.",
    &[],
);

/// The generic text for `id`.
pub fn text(id: CauseId) -> &'static CauseText {
    match CAUSES.get(id as usize) {
        Some(t) if t.id == id => t,
        _ => CAUSES.iter().find(|c| c.id == id).unwrap_or(&FALLBACK),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_id_in_order() {
        assert_eq!(CAUSES.len(), CauseId::ALL.len());
        for (i, (row, id)) in CAUSES.iter().zip(CauseId::ALL).enumerate() {
            assert_eq!(row.id, *id, "row {i} is out of order");
            assert_eq!(*id as usize, i);
            assert!(core::ptr::eq(text(*id), row));
        }
    }

    #[test]
    fn rows_are_well_formed() {
        for row in CAUSES {
            let id = row.id.as_str();
            assert!(
                !row.title.is_empty() && !row.title.ends_with('.'),
                "{id}: title"
            );
            assert!(row.explanation.ends_with('.'), "{id}: explanation");
            assert!((1..=3).contains(&row.fixes.len()), "{id}: 1-3 fixes");
            for f in row.fixes {
                assert!(!f.title.is_empty() && !f.steps.is_empty(), "{id}: fix");
                if let Some((lang, code)) = f.snippet {
                    assert!(
                        ["js", "json", "xml", "shell", "python", "text"].contains(&lang),
                        "{id}: snippet language {lang}"
                    );
                    assert!(!code.trim().is_empty(), "{id}: empty snippet");
                    if lang == "json" {
                        assert!(
                            serde_json::from_str::<serde_json::Value>(code).is_ok(),
                            "{id}: snippet is not valid JSON"
                        );
                    }
                }
            }
        }
    }
}
