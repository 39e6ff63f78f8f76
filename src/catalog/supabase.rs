//! Supabase Storage: the current error codes, the legacy codes and the legacy `error` names.
//!
//! Sources:
//! - Supabase, "Storage error codes" (the current table with status and resolution, and the
//!   "Legacy Error Codes" list): <https://supabase.com/docs/guides/storage/debugging/error-codes>
//! - supabase/storage, `src/internal/errors/codes.ts` (every `ErrorCode`, its HTTP status, its
//!   message and the backwards-compatible `error` name), `src/internal/errors/storage-error.ts`
//!   (`render()`), `src/http/error-handler.ts` (the 429 `too_many_connections` body),
//!   `src/storage/database/errors.ts` (Postgres 42501 → `AccessDenied` "new row violates
//!   row-level security policy", 23505 → `ResourceAlreadyExists`, 57014 → `DatabaseTimeout`), and
//!   the pre-2024 `src/storage/errors.ts` / `src/utils/index.ts` (`{statusCode, error, message}`,
//!   `transformPostgrestError`: 406 → "Not found", 401 → "Invalid JWT"), `knex.ts`
//!   (`database_timeout` 544).
//! - Issue threads for what users actually see: supabase/supabase#13343 and
//!   anis-marrouchi/chatpdf-gpt#3 (`{"statusCode":"401","error":"Invalid JWT","message":"new row
//!   violates row-level security policy for table \"objects\""}`), supabase/supabase#47137 (HTTP
//!   400 with a body whose `statusCode` is `"403"`), nuxt-modules/supabase#113 (`error: "jwt
//!   malformed"`), supabase/supabase-flutter#318 (`jwt expired`), supabase/supabase#21704 (413 and
//!   resumable uploads), supabase/storage PR #362 (429 / 544 for an overloaded database).
//!
//! What `code` holds (see `ids/provider-ids.txt`): the body's `code` when present, else its
//! `error`. The wire shapes:
//!
//! ```text
//! current   {"statusCode":"403","code":"AccessDenied","error":"Unauthorized","message":"new row violates row-level security policy"}
//!           (`error` is the legacy name when the code has one, else the code again)
//! legacy    {"statusCode":"404","error":"not_found","message":"Object not found"}
//!           {"statusCode":"409","error":"Duplicate","message":"The resource already exists"}
//!           {"statusCode":"413","error":"Payload too large","message":"The object exceeded the maximum allowed size"}
//!           {"statusCode":"401","error":"Invalid JWT","message":"new row violates row-level security policy for table \"objects\""}
//! 429       {"statusCode":"429","error":"too_many_connections","code":"SlowDown","message":"Too many connections issued to the database"}
//! docs'     {"httpStatusCode":400,"code":"error_code","message":"error_message"}
//! S3 API    <Error><Code>SignatureDoesNotMatch</Code>...</Error>  (the S3 endpoint, /storage/v1/s3)
//! ```
//!
//! Mind the status: Storage puts the real status in the body's `statusCode` (a string), while the
//! HTTP status of most 4xx errors is a plain 400 (`userStatusCode`), so a 403 RLS denial often
//! arrives as HTTP 400. `status` below is the documented status, which is the body's.
//!
//! Codes the S3-compatible endpoint shares with S3 (`NoSuchKey`, `AccessDenied`, ...) resolve here
//! first and fall back to the S3 table for anything Supabase does not define.

use super::{cause, fix, CodeEntry};
use crate::ids::CauseId::*;

/// Every code of this provider.
pub static TABLE: &[CodeEntry] = &[
    // ---------------------------------------------------------------- current codes (docs table)
    CodeEntry {
        code: "NoSuchBucket",
        status: 404,
        title: "The bucket does not exist (or this user cannot see it)",
        explanation: "Storage could not find the bucket named in the URL. Buckets are matched by \
            their id, which is case-sensitive. Storage answers the same way when the bucket exists \
            but the request's role has no access to it, so a typo and a missing policy look alike.",
        causes: &[
            cause(ResourceBucketNotFound, 0.6)
                .why("The bucket id in `.from('...')` or in the URL does not match an existing \
                    bucket exactly (case, dashes, or the bucket was never created in this project).")
                .fixes(&[fix(
                    "Verify the bucket name",
                    &[
                        "Open Storage in the dashboard and copy the bucket id exactly as shown.",
                        "Check that the client points at the project that owns the bucket (the \
                            project URL and anon key come from the same project).",
                        "If it exists, you do not have permission to access it: see the policy fix.",
                    ],
                )]),
            cause(PermissionDenied, 0.3)
                .why("Supabase documents that NoSuchBucket is also returned when the bucket exists \
                    but you don't have permission to access it.")
                .fixes(&[fix(
                    "Grant access to the bucket",
                    &[
                        "Send the user's session (Authorization: Bearer <access token>) rather than \
                            only the anon key if your policies are for `authenticated`.",
                        "Add an RLS policy on storage.objects for this bucket (see Storage → Policies).",
                    ],
                )]),
            cause(EndpointWrongHost, 0.1)
                .why("The client talks to a different project (copied URL/key from another project \
                    or environment).")
                .fixes(&[fix(
                    "Use this project's URL and key",
                    &["Take SUPABASE_URL and the anon key from Project Settings → API of the project \
                        that owns the bucket."],
                )]),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "NoSuchKey",
        status: 404,
        title: "The object does not exist (or this user cannot read it)",
        explanation: "Storage found no object under this path in the bucket. Like NoSuchBucket, it \
            is also the answer when the object exists but the request's role may not read it, so a \
            wrong path and a missing SELECT policy look the same.",
        causes: &[
            cause(ResourceObjectNotFound, 0.6)
                .why("The object path differs from the stored one: keys are case-sensitive, include \
                    every folder, and must not repeat the bucket name at the front.")
                .fixes(&[fix(
                    "Check the object path",
                    &[
                        "List the folder (`supabase.storage.from(bucket).list(folder)`) and compare \
                            the names exactly.",
                        "Pass the path relative to the bucket: `folder/file.png`, not \
                            `bucket/folder/file.png`.",
                        "If the object exists, you don't have permission to read it: add a SELECT policy.",
                    ],
                )]),
            cause(PermissionDenied, 0.35)
                .why("Supabase documents that NoSuchKey is also returned when the key exists but \
                    you don't have permission to access it (no SELECT policy on storage.objects \
                    for this role).")
                .fixes(&[fix(
                    "Allow reading the object",
                    &["Add a SELECT policy on storage.objects for this bucket and role, or use a \
                        signed URL created by someone who may read it."],
                )
                .snippet(
                    "sql",
                    r#"create policy "Users can read their folder"
on storage.objects for select to authenticated
using ( bucket_id = 'avatars' and (storage.foldername(name))[1] = auth.uid()::text );"#,
                )]),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "NoSuchUpload",
        status: 404,
        title: "The multipart or resumable upload does not exist",
        explanation: "The upload id sent with this part or completion is unknown: it never existed, \
            it was aborted, or it expired before the upload finished.",
        causes: &[cause(ResourceUploadNotFound, 0.9)
            .why("The uploadId might not exist or the upload was previously aborted (or it expired \
                before all parts arrived).")
            .fixes(&[fix(
                "Start a new upload",
                &[
                    "Create a new multipart/resumable upload and send all parts with its id.",
                    "Don't reuse an upload id after aborting or completing it.",
                    "For tus uploads, clear the stored fingerprint (removeFingerprintOnSuccess: \
                        true) so a finished upload is not resumed.",
                ],
            )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "InvalidJWT",
        status: 401,
        title: "The JWT is invalid (expired, malformed or signed with another secret)",
        explanation: "Storage could not verify the JWT in the Authorization header (or in a signed \
            URL's token): it is expired, malformed, or signed with a secret this project does not \
            use. The message usually says which: \"jwt expired\", \"jwt malformed\", \"invalid \
            signature\".",
        causes: &[
            cause(AuthTokenExpired, 0.55)
                .why("The access token's \"exp\" claim is in the past: the session was not \
                    refreshed (an idle tab, a token cached on the server, or auto-refresh disabled).")
                .fixes(&[fix(
                    "Refresh the session before uploading",
                    &[
                        "Call supabase.auth.refreshSession() (or getSession(), which refreshes when \
                            needed) right before the upload.",
                        "On the server, don't cache a user's access token: read the session per request.",
                        "Keep autoRefreshToken enabled in the browser client.",
                    ],
                )
                .snippet(
                    "js",
                    r#"const { error: refreshError } = await supabase.auth.refreshSession()
if (refreshError) {
  // the refresh token is gone too: sign the user in again
}
const { data, error } = await supabase.storage
  .from('avatars')
  .upload(path, file)"#,
                )]),
            cause(AuthTokenInvalid, 0.35)
                .why("The token is malformed or not a JWT for this project: a truncated header, \
                    \"Bearer\" missing, a token from another project, or (self-hosted) Storage \
                    configured with a different JWT secret than Auth.")
                .fixes(&[fix(
                    "Send a valid JWT from this project",
                    &[
                        "Send `Authorization: Bearer <access token>` with the user's current access \
                            token (or the anon/service key of this project).",
                        "Self-hosted: make sure Storage's JWT secret (PGRST_JWT_SECRET / \
                            AUTH_JWT_SECRET) equals the one Auth signs with.",
                    ],
                )]),
            cause(SignatureSecretMismatch, 0.1).why(
                "\"invalid signature\": the token was signed with a different JWT secret (rotated \
                    keys, or a token from another project).",
            ),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "InvalidRequest",
        status: 400,
        title: "The request is not properly formed",
        explanation: "Storage rejected the request's shape or parameters; the message says which \
            part (a missing metadata header, an invalid file size format, an empty body, ...).",
        causes: &[
            cause(RequestInvalid, 0.8)
                .why("The request parameters or structure do not meet the API's requirements; \
                    the error message gives the details.")
                .fixes(&[fix(
                    "Fix what the message names",
                    &[
                        "Read the `message`: it names the parameter or header at fault.",
                        "Compare the request with the API reference for this endpoint (method, path, \
                            headers, body).",
                    ],
                )]),
            cause(SizeTooSmall, 0.1)
                .why("\"No content provided\": the body was empty (the File/Blob was not passed, \
                    or a stream was already consumed)."),
            cause(RequestMissingHeader, 0.1)
                .why("\"Metadata header is required\" or another required header is missing."),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "TenantNotFound",
        status: 404,
        title: "The project (tenant) is not known to Storage",
        explanation: "Storage does not know the project the request is for. Either the request went \
            to a wrong project URL, or Storage had issues while provisioning this project.",
        causes: &[
            cause(EndpointWrongHost, 0.45)
                .why("The project ref in the URL is wrong (typo, a deleted project, or an old URL \
                    from another environment).")
                .fixes(&[fix(
                    "Use the project URL from the dashboard",
                    &["Copy the URL from Project Settings → API and use it unchanged \
                        (https://<project-ref>.supabase.co)."],
                )]),
            cause(ResourceNotFound, 0.35)
                .why("Supabase: the Storage service had issues while provisioning this project.")
                .fixes(&[fix(
                    "Contact Supabase support",
                    &["If the URL is right, the project's Storage tenant is missing: open a support \
                        ticket with the project ref and the time of the request."],
                )]),
            cause(ProviderInternalError, 0.2),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "EntityTooLarge",
        status: 413,
        title: "The file exceeds the bucket or project upload size limit",
        explanation: "The object is larger than a limit: the bucket's file size limit, or the \
            project-wide \"Upload file size limit\" in Storage settings (a bucket limit cannot \
            exceed it), or the plan's maximum. The message reads \"The object exceeded the maximum \
            allowed size\".",
        causes: &[
            cause(SizeTooLarge, 0.9)
                .why("The file is above the bucket's file_size_limit or the project's global \
                    upload limit (Storage → Settings). The smaller of the two applies.")
                .fixes(&[
                    fix(
                        "Raise the limit (global first, then the bucket)",
                        &[
                            "Check the project-wide limit in Storage → Settings → \"Upload file size \
                                limit\" and raise it (within your plan's maximum).",
                            "Then raise the bucket's limit: it can't be higher than the global one.",
                            "Verify with a test file above the old limit, not a small one.",
                        ],
                    )
                    .snippet(
                        "sql",
                        r#"-- bucket limit in bytes (here 200 MB); must not exceed the project's global limit
update storage.buckets
set file_size_limit = 200 * 1024 * 1024
where id = 'videos';"#,
                    ),
                    fix(
                        "Use resumable (tus) uploads for files over 6 MB",
                        &[
                            "Supabase recommends resumable uploads for files larger than 6 MB; \
                                they go to /storage/v1/upload/resumable in 6 MB chunks.",
                            "Resumable uploads still obey the size limits above.",
                        ],
                    )
                    .snippet(
                        "js",
                        r#"import * as tus from 'tus-js-client'

const { data: { session } } = await supabase.auth.getSession()
const upload = new tus.Upload(file, {
  endpoint: `https://${projectRef}.storage.supabase.co/storage/v1/upload/resumable`,
  retryDelays: [0, 3000, 5000, 10000, 20000],
  headers: {
    authorization: `Bearer ${session.access_token}`,
    'x-upsert': 'true', // overwrite an existing object
  },
  uploadDataDuringCreation: true,
  removeFingerprintOnSuccess: true,
  metadata: {
    bucketName: 'videos',
    objectName: `${session.user.id}/${file.name}`,
    contentType: file.type,
    cacheControl: '3600',
  },
  chunkSize: 6 * 1024 * 1024, // Supabase requires 6 MB chunks
  onError: (error) => console.error('upload failed', error),
  onSuccess: () => console.log('upload finished'),
})
upload.start()"#,
                    ),
                ]),
            cause(ProxyIntermediary, 0.1).why(
                "Self-hosted: a reverse proxy in front of Storage (nginx client_max_body_size, \
                    Kong) has a lower body limit than Storage.",
            ),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "InternalError",
        status: 500,
        title: "Storage failed internally",
        explanation: "An unhandled error occurred inside Storage. It is not caused by the request's \
            shape; retrying may help, and a persistent one is a support case.",
        causes: &[cause(ProviderInternalError, 0.9)
            .why("Supabase: investigate the server logs; if you think it is a Storage error, \
                contact support.")
            .fixes(&[fix(
                "Check the logs, retry, then contact support",
                &[
                    "Look at the Storage logs in the dashboard (Logs → Storage) at the time of the \
                        request.",
                    "Retry with backoff; if it persists, open a support ticket with the time and \
                        the request path.",
                ],
            )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "ResourceAlreadyExists",
        status: 409,
        title: "An object with this path already exists",
        explanation: "The upload targets a path that is already taken, and overwriting was not \
            requested. Uploads do not overwrite by default.",
        causes: &[
            cause(ResourceAlreadyExists, 0.85)
                .why("The path is taken and the upload did not ask to overwrite (no `x-upsert: \
                    true` header / `upsert: true` option).")
                .fixes(&[
                    fix(
                        "Overwrite with upsert",
                        &[
                            "Pass `upsert: true` in supabase-js, or send the header `x-upsert: true`.",
                            "Upsert needs SELECT and UPDATE policies on storage.objects as well as \
                                INSERT.",
                        ],
                    )
                    .snippet(
                        "js",
                        r#"const { data, error } = await supabase.storage
  .from('avatars')
  .upload(`${user.id}/avatar.png`, file, { upsert: true, contentType: file.type })"#,
                    ),
                    fix(
                        "Or use a unique name",
                        &["Add a unique part to the path (a UUID or timestamp) so each upload \
                            creates a new object."],
                    ),
                ]),
            cause(PermissionDenied, 0.1).why(
                "With upsert: the object exists and the role lacks the UPDATE (and SELECT) policy \
                    needed to overwrite it.",
            ),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "InvalidBucketName",
        status: 400,
        title: "The bucket name is invalid",
        explanation: "The bucket name does not follow the naming rules (it contains characters \
            Storage does not allow, or is empty).",
        causes: &[cause(RequestInvalidName, 0.9)
            .why("The bucket name contains invalid characters or does not follow the naming \
                conventions.")
            .fixes(&[fix(
                "Use a valid bucket name",
                &["Use lower-case letters, digits, dashes and underscores; no slashes, spaces or \
                    non-ASCII characters."],
            )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "InvalidKey",
        status: 400,
        title: "The object path contains characters Storage does not accept",
        explanation: "The object key does not follow Storage's naming rules. Keys may only contain \
            ASCII letters, digits, spaces and a few symbols (/ ! - . * ' ( ) & $ @ = ; : + , ?); \
            accented letters, emoji and other non-ASCII characters in a file name are the usual \
            culprit.",
        causes: &[cause(RequestInvalidName, 0.9)
            .why("The key (usually the user's original file name) contains characters outside \
                Storage's allowed set.")
            .fixes(&[fix(
                "Sanitise the file name before using it as the key",
                &[
                    "Strip accents and replace anything outside the allowed set.",
                    "Keep the original name in your own table or in object metadata if you need it.",
                ],
            )
            .snippet(
                "js",
                r#"const safeName = file.name
  .normalize('NFKD')
  .replace(/[\u0300-\u036f]/g, '')        // drop accents
  .replace(/[^A-Za-z0-9._\-() ]+/g, '_')  // keep a safe subset
const { data, error } = await supabase.storage
  .from('docs')
  .upload(`${user.id}/${safeName}`, file)"#,
            )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "InvalidRange",
        status: 416,
        title: "The requested byte range is not satisfiable",
        explanation: "The Range header asks for bytes outside the object or is not valid HTTP Range \
            syntax.",
        causes: &[cause(RequestInvalidRange, 0.9)
            .why("The range is outside the file size or does not follow the HTTP Range spec.")
            .fixes(&[fix(
                "Send a valid range",
                &["Use `Range: bytes=<start>-<end>` with end below the object size (from a HEAD \
                    request or the object's metadata)."],
            )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "InvalidMimeType",
        status: 400,
        title: "The file's MIME type is not allowed in this bucket",
        explanation: "The upload's Content-Type is not a valid MIME type, or is not in the bucket's \
            allowed MIME types. The message reads \"mime type <type> is not supported\". Newer \
            versions put 415 in the body's statusCode.",
        causes: &[
            cause(RequestInvalidContentType, 0.9)
                .why("The bucket restricts uploads with allowed_mime_types and this file's \
                    Content-Type is not in the list (or the client sent a generic type such as \
                    application/octet-stream or text/plain;charset=UTF-8).")
                .fixes(&[
                    fix(
                        "Send the file's real MIME type",
                        &["Pass `contentType: file.type` (or a known type) to upload(); otherwise \
                            the client may send a generic type."],
                    )
                    .snippet(
                        "js",
                        r#"const { data, error } = await supabase.storage
  .from('avatars')
  .upload(path, file, { contentType: file.type || 'image/png' })"#,
                    ),
                    fix(
                        "Or allow the type on the bucket",
                        &["Add the type to the bucket's allowed MIME types (Storage → bucket → \
                            Edit, or SQL). Wildcards such as image/* are accepted."],
                    )
                    .snippet(
                        "sql",
                        r#"update storage.buckets
set allowed_mime_types = array['image/png', 'image/jpeg', 'image/webp']
where id = 'avatars';"#,
                    ),
                ]),
            cause(RequestInvalid, 0.1)
                .why("The Content-Type is not a syntactically valid MIME type."),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "InvalidUploadId",
        status: 400,
        title: "The upload id is invalid or missing",
        explanation: "The multipart or resumable upload id is malformed or missing; Storage needs \
            the id of an active upload.",
        causes: &[
            cause(ResourceUploadNotFound, 0.6)
                .why("The upload id is not one of an active upload (completed, aborted, or from \
                    another bucket/path).")
                .fixes(&[fix(
                    "Use the id of an active upload",
                    &["Start a new upload and send its id with every part and the completion."],
                )]),
            cause(RequestInvalid, 0.4).why("The upload id is missing or malformed in the request."),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "KeyAlreadyExists",
        status: 409,
        title: "An object with this key already exists",
        explanation: "The key is already taken and overwriting was not requested.",
        causes: &[cause(ResourceAlreadyExists, 0.9)
            .why("The key exists and the upload did not send `x-upsert: true` / `upsert: true`.")
            .fixes(&[fix(
                "Use a different key, or upsert",
                &[
                    "Use a different key name, or pass `upsert: true` (header `x-upsert: true`) \
                        to overwrite.",
                    "Upsert needs SELECT and UPDATE policies on storage.objects as well as INSERT.",
                ],
            )
            .snippet(
                "js",
                r#"await supabase.storage.from('docs').upload(path, file, { upsert: true })"#,
            )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "BucketAlreadyExists",
        status: 409,
        title: "A bucket with this name already exists",
        explanation: "Bucket names are unique within the project; this one is taken.",
        causes: &[cause(ResourceAlreadyExists, 0.95)
            .why("A bucket with this id already exists in the project.")
            .fixes(&[fix(
                "Choose another name or reuse the bucket",
                &[
                    "Choose a unique bucket name, or use the existing bucket.",
                    "In setup scripts, check with getBucket() before createBucket().",
                ],
            )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "DatabaseTimeout",
        status: 504,
        title: "Storage timed out waiting for the database",
        explanation: "Storage keeps its metadata in the project's Postgres. This request waited too \
            long for a connection or a query: too many concurrent clients for the pool, or an \
            instance too small for the load. (The legacy form is `database_timeout` with 544.)",
        causes: &[
            cause(ProviderInternalError, 0.6)
                .why("Postgres had no free connection (or the query was too slow) for this \
                    request: the pool is exhausted by concurrent Storage requests.")
                .fixes(&[fix(
                    "Give Storage more database capacity",
                    &[
                        "Investigate database performance (slow queries, long transactions) in \
                            the dashboard's Reports.",
                        "Increase the pooler's default pool size.",
                        "If it persists, upgrade to a larger compute instance.",
                    ],
                )]),
            cause(ProviderThrottled, 0.3)
                .why("A burst of parallel uploads exhausts the connections; fewer concurrent \
                    requests avoid it.")
                .fixes(&[fix(
                    "Limit concurrency and retry",
                    &["Upload fewer files in parallel (e.g. 3–5 at a time) and retry with \
                        exponential backoff."],
                )]),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "InvalidSignature",
        status: 403,
        title: "The signature does not match (signed URL or SigV4)",
        explanation: "For a signed URL, the token's signed path does not match the URL it was used \
            with (\"The url do not match the signature\"). On the S3 endpoint, the SigV4 signature \
            has the wrong format.",
        causes: &[
            cause(SignatureRequestModified, 0.55)
                .why("The signed URL was used for another path: the object path or bucket in the \
                    URL differs from the one signed (re-encoded characters, a changed file name, \
                    an upload URL used for another key).")
                .fixes(&[fix(
                    "Use the signed URL unchanged",
                    &[
                        "Upload to exactly the URL returned by createSignedUploadUrl (use \
                            uploadToSignedUrl with the same path and token).",
                        "Create a new signed URL for each path; don't edit or re-encode the path.",
                    ],
                )
                .snippet(
                    "js",
                    r#"// server (service role): sign the exact path
const { data } = await supabaseAdmin.storage
  .from('uploads')
  .createSignedUploadUrl(`${userId}/${fileName}`)
// client: upload with the same path and the returned token
await supabase.storage
  .from('uploads')
  .uploadToSignedUrl(`${userId}/${fileName}`, data.token, file)"#,
                )]),
            cause(SignatureWrongVersion, 0.25).why(
                "S3 endpoint: the request is not signed with AWS Signature Version 4 in the \
                    expected format.",
            ),
            cause(SignatureSecretMismatch, 0.2),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "SignatureDoesNotMatch",
        status: 403,
        title: "The S3 request signature does not match",
        explanation: "On Storage's S3-compatible endpoint, the SigV4 signature Storage computed \
            differs from the one sent: the access key id, secret key or region is wrong, or the \
            request changed after signing.",
        causes: &[
            cause(SignatureSecretMismatch, 0.5)
                .why("The secret access key does not belong to the access key id (copied wrong, \
                    or regenerated in Storage → Settings → S3 Connection).")
                .fixes(&[fix(
                    "Check the S3 credentials, region and endpoint",
                    &[
                        "Copy the access key id and secret from Project Settings → Storage → S3 \
                            Connection.",
                        "Use the project's region and the /storage/v1/s3 endpoint with path-style \
                            addressing.",
                    ],
                )
                .snippet(
                    "js",
                    r#"import { S3Client } from '@aws-sdk/client-s3'

const s3 = new S3Client({
  forcePathStyle: true,
  region: '<project region>', // shown next to the endpoint in Storage settings
  endpoint: 'https://<project-ref>.supabase.co/storage/v1/s3',
  credentials: {
    accessKeyId: '<access key id>',
    secretAccessKey: '<secret access key>',
  },
})"#,
                )]),
            cause(EndpointWrongRegion, 0.25).why(
                "The client signs for a region other than the project's; the region is part of \
                    the signature.",
            ),
            cause(SignatureRequestModified, 0.15),
            cause(EndpointWrongHost, 0.1).why(
                "Virtual-hosted addressing (bucket in the host name) instead of path-style: set \
                    forcePathStyle: true.",
            ),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "AccessDenied",
        status: 403,
        title: "Row-level security denied this operation",
        explanation: "Storage checks every operation against the RLS policies on storage.objects \
            (and storage.buckets). No policy allows this role to do this here; the message is \
            usually \"new row violates row-level security policy\" for an upload. Public buckets \
            still need an INSERT policy to accept uploads.",
        causes: &[
            cause(PermissionDenied, 0.8)
                .why("No RLS policy on storage.objects lets this role INSERT here (or SELECT/UPDATE \
                    for upsert). \"new row violates row-level security policy\" is Postgres 42501 \
                    from the policy check.")
                .fixes(&[
                    fix(
                        "Add an RLS policy for the upload",
                        &[
                            "Add an INSERT policy on storage.objects for the bucket and role \
                                (dashboard: Storage → Policies, or SQL).",
                            "For upsert (x-upsert: true) also add SELECT and UPDATE policies.",
                            "Make the path match the policy: here the first folder must be the \
                                user's id.",
                        ],
                    )
                    .snippet(
                        "sql",
                        r#"create policy "Users can upload to their folder"
on storage.objects for insert to authenticated
with check (
  bucket_id = 'avatars'
  and (storage.foldername(name))[1] = auth.uid()::text
);

-- needed as well when uploading with upsert: true
create policy "Users can update their files"
on storage.objects for update to authenticated
using ( bucket_id = 'avatars' and (storage.foldername(name))[1] = auth.uid()::text );

create policy "Users can read their files"
on storage.objects for select to authenticated
using ( bucket_id = 'avatars' and (storage.foldername(name))[1] = auth.uid()::text );"#,
                    ),
                    fix(
                        "Upload under the path the policy expects",
                        &["With the policy above the object must be `<user id>/<file>`."],
                    )
                    .snippet(
                        "js",
                        r#"const { data: { user } } = await supabase.auth.getUser()
const { data, error } = await supabase.storage
  .from('avatars')
  .upload(`${user.id}/${file.name}`, file)"#,
                    ),
                ]),
            cause(AuthMissingCredentials, 0.15)
                .why("The request ran as `anon`: the user's session was not sent (a fresh \
                    server client without the cookie/session, or upload right after signUp with \
                    email confirmation), so `authenticated` policies don't apply.")
                .fixes(&[fix(
                    "Send the user's session",
                    &[
                        "Check `await supabase.auth.getSession()` right before the upload.",
                        "On the server, create the client from the request's cookies (@supabase/ssr).",
                    ],
                )]),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "ResourceLocked",
        status: 423,
        title: "The object is locked by another operation",
        explanation: "Another request holds a lock on this resource (Postgres 55P03); it cannot be \
            altered until the lock is released.",
        causes: &[cause(ResourceLocked, 0.9)
            .why("Two operations on the same object at once (parallel uploads/upserts to one path).")
            .fixes(&[fix(
                "Wait and retry",
                &[
                    "Retry after a short delay with backoff.",
                    "Avoid writing the same path from several requests at once.",
                ],
            )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "DatabaseError",
        status: 500,
        title: "Storage got an error from the database",
        explanation: "A query on the project's Postgres failed (the message carries the Postgres \
            code). Often custom triggers, changed storage schema or missing migrations.",
        causes: &[
            cause(ProviderInternalError, 0.85)
                .why("Supabase: investigate database logs and system configuration.")
                .fixes(&[fix(
                    "Check the database logs",
                    &[
                        "Look at Logs → Postgres at the time of the request for the failing \
                            statement.",
                        "Check for custom triggers or functions on storage.objects/storage.buckets \
                            that raise errors.",
                    ],
                )]),
            cause(ResourceLocked, 0.1),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "MissingContentLength",
        status: 411,
        title: "The Content-Length header is missing",
        explanation: "Storage needs to know the body size up front; the request was sent without \
            Content-Length (typically a streamed/chunked body).",
        causes: &[cause(SizeContentLengthMissing, 0.95)
            .why("The body was streamed with chunked transfer encoding, so no Content-Length was \
                sent.")
            .fixes(&[fix(
                "Send Content-Length",
                &[
                    "Upload a Blob/File/Buffer (whose size is known) instead of a stream, or set \
                        Content-Length to the exact byte size.",
                    "For streams of unknown size, use resumable (tus) uploads.",
                ],
            )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "MissingParameter",
        status: 400,
        title: "A required parameter is missing",
        explanation: "The request lacks a parameter the endpoint requires; the message (\"Missing \
            Required Parameter ...\") names it.",
        causes: &[cause(RequestInvalid, 0.9)
            .why("A required parameter is missing; the message field names it.")
            .fixes(&[fix(
                "Provide the missing parameter",
                &["Add the parameter named in the message and compare the request with the API \
                    reference."],
            )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "InvalidUploadSignature",
        status: 403,
        title: "The multipart upload record was altered during the upload",
        explanation: "Storage signs the multipart upload record when the upload starts; the record \
            changed while the upload was going on, so the signature no longer matches.",
        causes: &[
            cause(RequestInvalid, 0.5)
                .why("The MultiPartUpload record was altered while the upload was ongoing (e.g. a \
                    part or the completion sent with different upload parameters).")
                .fixes(&[fix(
                    "Restart the upload without altering it",
                    &[
                        "Abort this upload and start a new one.",
                        "Don't modify the upload record (storage.s3_multipart_uploads) or change \
                            its parameters between parts.",
                    ],
                )]),
            cause(ResourceUploadNotFound, 0.3),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "LockTimeout",
        status: 423,
        title: "Timed out waiting for a lock",
        explanation: "The lock on the resource couldn't be acquired within the timeout (\"acquiring \
            lock timeout\"): another operation on the same object held it too long.",
        causes: &[
            cause(ResourceLocked, 0.75)
                .why("Another operation on the same object held the lock longer than the timeout.")
                .fixes(&[fix(
                    "Wait and retry",
                    &["Retry with backoff; avoid concurrent writes to the same path."],
                )]),
            cause(ProviderInternalError, 0.2).why("The database is overloaded and slow to grant locks."),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "S3Error",
        status: 0,
        title: "The storage backend (S3) returned an error",
        explanation: "Storage keeps file bytes in S3; the backend call failed and Storage passes \
            its status through. The message carries the backend's error name.",
        causes: &[
            cause(ProviderInternalError, 0.7)
                .why("The backing object store failed or refused the operation.")
                .fixes(&[fix(
                    "Check the backend error, then contact support",
                    &[
                        "Read the message for the S3 error name and look it up in the Amazon S3 \
                            documentation.",
                        "On Supabase's platform, contact support with the time and path; \
                            self-hosted, check the S3 bucket, credentials and region Storage is \
                            configured with.",
                    ],
                )]),
            cause(ProviderUnavailable, 0.2),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "S3InvalidAccessKeyId",
        status: 403,
        title: "The S3 access key id is unknown to this project",
        explanation: "On Storage's S3 endpoint, the access key id is not one of this project's S3 \
            access keys (on the wire the code is `InvalidAccessKeyId`).",
        causes: &[
            cause(AuthInvalidAccessKey, 0.85)
                .why("The access key id is wrong, was revoked, or belongs to another project.")
                .fixes(&[fix(
                    "Use an active S3 access key of this project",
                    &["Create or copy the key in Project Settings → Storage → S3 Connection and \
                        verify it is active."],
                )]),
            cause(EndpointWrongHost, 0.15).why("The S3 client points at another project's endpoint."),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "S3MaximumCredentialsLimit",
        status: 400,
        title: "The project has reached its maximum number of S3 access keys",
        explanation: "No more S3 access keys can be created (on the wire the code is \
            `MaximumCredentialsLimit`).",
        causes: &[cause(ProviderQuotaExceeded, 0.95)
            .why("The maximum limit of S3 credentials for the project is reached.")
            .fixes(&[fix(
                "Revoke unused keys",
                &["Delete S3 access keys you no longer use in Storage → Settings → S3 Connection, \
                    then create the new one."],
            )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "InvalidChecksum",
        status: 400,
        title: "The body does not match its checksum",
        explanation: "The checksum sent with the upload (Content-MD5 or an x-amz-checksum-* value) \
            differs from the one Storage computed over the received bytes.",
        causes: &[
            cause(IntegrityChecksumMismatch, 0.6)
                .why("The checksum was computed over different bytes than were sent (a re-encoded \
                    or transformed body, a wrong part).")
                .fixes(&[fix(
                    "Recalculate the checksum",
                    &["Compute the checksum over exactly the bytes you send and send it with the \
                        same request."],
                )]),
            cause(SignatureSdkChecksumDefault, 0.35)
                .why("Newer AWS SDKs add CRC32 checksums by default, which S3-compatible servers \
                    may not verify the same way.")
                .fixes(&[fix(
                    "Only send checksums when required",
                    &["Configure the AWS SDK to compute checksums only when an operation requires them."],
                )
                .snippet(
                    "js",
                    r#"const s3 = new S3Client({
  // ...endpoint, region, credentials, forcePathStyle: true
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
})"#,
                )]),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "MissingPart",
        status: 400,
        title: "A part of the multipart upload is missing",
        explanation: "The completion names a part that was never uploaded for this upload id \
            (\"Part N is missing for upload id ...\").",
        causes: &[cause(MultipartInvalidPart, 0.9)
            .why("A part listed in the completion was not uploaded (failed silently, or uploaded \
                under another upload id).")
            .fixes(&[fix(
                "Upload every part before completing",
                &[
                    "Check that each part's upload succeeded and record its ETag.",
                    "Complete with exactly the uploaded part numbers and ETags, in ascending order.",
                ],
            )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "SlowDown",
        status: 503,
        title: "Too many requests: Storage is throttling",
        explanation: "The request rate is too high. Storage also answers SlowDown (with HTTP 429 \
            and `error: too_many_connections`) when the project's database has no more \
            connections to give.",
        causes: &[
            cause(ProviderThrottled, 0.75)
                .why("Too many concurrent requests for the project (rate limit or database \
                    connection limit).")
                .fixes(&[fix(
                    "Back off and reduce concurrency",
                    &[
                        "Retry with exponential backoff and jitter.",
                        "Upload fewer files in parallel.",
                    ],
                )]),
            cause(ProviderUnavailable, 0.2)
                .why("The database pooler reached max_clients or Postgres ran out of connections.")
                .fixes(&[fix(
                    "Give Storage more connections",
                    &[
                        "Increase the pooler's max_clients / pool size.",
                        "Upgrade to a larger compute instance.",
                    ],
                )]),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    // ------------------------------------------- codes in codes.ts, not in the docs table
    CodeEntry {
        code: "InvalidAccessKeyId",
        status: 403,
        title: "The S3 access key id is unknown to this project",
        explanation: "On Storage's S3 endpoint, the access key id is not one of this project's S3 \
            access keys (Storage's S3InvalidAccessKeyId; message \"The Access Key Id you provided \
            does not exist in our records.\").",
        causes: &[
            cause(AuthInvalidAccessKey, 0.8)
                .why("The access key id is wrong, revoked, or from another project.")
                .fixes(&[fix(
                    "Use an active S3 access key of this project",
                    &["Create or copy the key in Project Settings → Storage → S3 Connection."],
                )]),
            cause(AuthMissingCredentials, 0.1)
                .why("No S3 credentials were configured (Storage answers this when they are missing)."),
            cause(EndpointWrongHost, 0.1),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "MaximumCredentialsLimit",
        status: 400,
        title: "The project has reached its maximum number of S3 access keys",
        explanation: "Storage's S3MaximumCredentialsLimit as it appears on the wire: no more S3 \
            access keys can be created.",
        causes: &[cause(ProviderQuotaExceeded, 0.95).fixes(&[fix(
            "Revoke unused keys",
            &["Delete unused S3 access keys in Storage → Settings → S3 Connection."],
        )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "ExpiredToken",
        status: 400,
        title: "The signed URL's token has expired",
        explanation: "\"The provided token has expired.\": the token of a signed (upload) URL is \
            past its expiry. Signed upload URLs are valid for two hours.",
        causes: &[
            cause(PresignExpired, 0.85)
                .why("The signed URL was created too long before it was used (a cached URL, a \
                    page left open, a retry much later).")
                .fixes(&[fix(
                    "Create the signed URL right before using it",
                    &[
                        "Request a fresh signed URL when the upload starts, not when the page loads.",
                        "For downloads, pick an expiresIn that covers how long the link is needed.",
                    ],
                )]),
            cause(TimeClockSkew, 0.1),
        ],
        docs: "",
    },
    CodeEntry {
        code: "InvalidParameter",
        status: 400,
        title: "A parameter has an invalid value",
        explanation: "A parameter is present but its value is invalid (\"Invalid Parameter ...\"); \
            the message names it.",
        causes: &[cause(RequestInvalid, 0.9).fixes(&[fix(
            "Fix the parameter named in the message",
            &["Check its type and format against the API reference."],
        )])],
        docs: "",
    },
    CodeEntry {
        code: "DatabaseConnectionLimit",
        status: 503,
        title: "The database has no connections left",
        explanation: "\"The database has reached its maximum number of connections.\" Storage \
            could not get a Postgres connection for this request.",
        causes: &[
            cause(ProviderUnavailable, 0.6).fixes(&[fix(
                "Give Storage more connections",
                &[
                    "Increase the pooler's max_clients / pool size.",
                    "Upgrade to a larger compute instance.",
                ],
            )]),
            cause(ProviderThrottled, 0.35).fixes(&[fix(
                "Reduce concurrency",
                &["Upload fewer files in parallel and retry with backoff."],
            )]),
        ],
        docs: "",
    },
    CodeEntry {
        code: "TusError",
        status: 0,
        title: "The resumable (tus) upload failed",
        explanation: "An error in the resumable upload protocol; Storage passes the tus status \
            through and the message says what failed (offset mismatch, upload not found, size \
            exceeded, ...).",
        causes: &[
            cause(ResourceUploadNotFound, 0.4)
                .why("The upload URL is no longer valid (expired or finished) but the client tries \
                    to resume it.")
                .fixes(&[fix(
                    "Start a fresh upload",
                    &["Clear the client's stored upload URL (removeFingerprintOnSuccess: true) and \
                        create a new upload."],
                )]),
            cause(RequestInvalid, 0.3)
                .why("The tus request is malformed: wrong chunk size (Supabase requires 6 MB \
                    chunks), missing metadata (bucketName, objectName) or headers."),
            cause(SizeTooLarge, 0.2),
        ],
        docs: "https://supabase.com/docs/guides/storage/uploads/resumable-uploads",
    },
    // ------------------------------------------------------------- legacy codes (docs list)
    CodeEntry {
        code: "not_found",
        status: 404,
        title: "Not found, or no permission to see it (legacy)",
        explanation: "The resource is not found or you don't have the correct permission to \
            access it. Legacy Storage used this for missing objects (\"Object not found\") and \
            buckets, and RLS hides objects a role may not select.",
        causes: &[
            cause(ResourceObjectNotFound, 0.45)
                .why("The object (or bucket) does not exist under this path.")
                .fixes(&[fix(
                    "Verify the object exists",
                    &["Check bucket and path exactly (case-sensitive, without the bucket name in \
                        the path)."],
                )]),
            cause(PermissionDenied, 0.35)
                .why("It exists, but no RLS policy lets this role select it.")
                .fixes(&[fix(
                    "Add an RLS policy",
                    &["Add a SELECT policy on storage.objects for this bucket (Storage → Policies)."],
                )
                .snippet(
                    "sql",
                    r#"create policy "Users can read their folder"
on storage.objects for select to authenticated
using ( bucket_id = 'avatars' and (storage.foldername(name))[1] = auth.uid()::text );"#,
                )]),
            cause(AuthMissingCredentials, 0.2)
                .why("The user's Authorization header was not sent, so the request ran as anon.")
                .fixes(&[fix(
                    "Include the user's Authorization header",
                    &["Send `Authorization: Bearer <user access token>` (supabase-js does it when \
                        a session exists)."],
                )]),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "already_exists",
        status: 409,
        title: "The resource already exists (legacy)",
        explanation: "The object already exists and the upload did not ask to overwrite it.",
        causes: &[cause(ResourceAlreadyExists, 0.9)
            .why("The path is taken; uploads don't overwrite unless upsert is requested.")
            .fixes(&[fix(
                "Use upsert to overwrite",
                &["Pass `upsert: true` (header `x-upsert: true`); it needs SELECT and UPDATE \
                    policies too."],
            )
            .snippet(
                "js",
                r#"await supabase.storage.from('avatars').upload(path, file, { upsert: true })"#,
            )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "unauthorized",
        status: 403,
        title: "Row-level security denied this request (legacy)",
        explanation: "You don't have permission to do this. Storage also sends `\"error\": \
            \"Unauthorized\"` next to the AccessDenied code, typically with \"new row violates \
            row-level security policy\".",
        causes: &[
            cause(PermissionDenied, 0.75)
                .why("No RLS policy on storage.objects allows this operation for this role.")
                .fixes(&[fix(
                    "Add an RLS policy",
                    &[
                        "Add an INSERT policy (plus SELECT and UPDATE for upsert) on \
                            storage.objects.",
                        "See Storage → Policies, or the SQL below.",
                    ],
                )
                .snippet(
                    "sql",
                    r#"create policy "Users can upload to their folder"
on storage.objects for insert to authenticated
with check (
  bucket_id = 'avatars'
  and (storage.foldername(name))[1] = auth.uid()::text
);"#,
                )]),
            cause(AuthMissingCredentials, 0.25)
                .why("The user's Authorization header was not sent, so the request ran as anon.")
                .fixes(&[fix(
                    "Include the user's Authorization header",
                    &["Make sure a session exists before the upload (`supabase.auth.getSession()`)."],
                )]),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "too_many_connections",
        status: 429,
        title: "Too many connections to the project's database",
        explanation: "Storage's 429 (\"too many requests\" in the docs): many clients use Storage at \
            once and the pooler reached its max_clients limit (\"Too many connections issued to \
            the database\"). Newer versions send code SlowDown with it.",
        causes: &[
            cause(ProviderThrottled, 0.6)
                .why("A burst of concurrent Storage requests exhausted the pooler's client slots.")
                .fixes(&[fix(
                    "Back off and reduce concurrency",
                    &["Retry with exponential backoff and upload fewer files in parallel."],
                )]),
            cause(ProviderUnavailable, 0.35)
                .why("The pooler's max_clients (or Postgres max_connections) is too low for the load.")
                .fixes(&[fix(
                    "Raise the limits",
                    &[
                        "Increase the max_clients limit of the pooler.",
                        "Upgrade to a bigger compute instance.",
                    ],
                )]),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "database_timeout",
        status: 544,
        title: "Timed out getting a database connection (legacy)",
        explanation: "A high number of clients use Storage concurrently and Postgres doesn't have \
            enough available connections (\"The connection to the database timed out\").",
        causes: &[
            cause(ProviderInternalError, 0.55).fixes(&[fix(
                "Give Storage more connections",
                &[
                    "Increase the pool_size limits of the pooler.",
                    "Upgrade to a bigger compute instance.",
                ],
            )]),
            cause(ProviderThrottled, 0.35).fixes(&[fix(
                "Reduce concurrency",
                &["Upload fewer files at once and retry with backoff."],
            )]),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "internal_server_error",
        status: 500,
        title: "Unhandled error in Storage (legacy)",
        explanation: "An unhandled error occurred in Storage.",
        causes: &[cause(ProviderInternalError, 0.9).fixes(&[fix(
            "File a support ticket",
            &["Retry once; if it persists, file a support ticket with the Storage team (include \
                time and path)."],
        )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    // ------------------------------------------- legacy `error` names ({statusCode, error, message})
    CodeEntry {
        code: "Duplicate",
        status: 409,
        title: "The resource already exists",
        explanation: "Legacy `error` name for ResourceAlreadyExists / KeyAlreadyExists / \
            BucketAlreadyExists (\"The resource already exists\").",
        causes: &[cause(ResourceAlreadyExists, 0.9)
            .why("The path (or bucket) is taken and overwrite was not requested.")
            .fixes(&[fix(
                "Upsert or choose another name",
                &[
                    "Pass `upsert: true` (header `x-upsert: true`) to overwrite; it needs SELECT \
                        and UPDATE policies too.",
                    "Or add a unique part (UUID, timestamp) to the path.",
                ],
            )
            .snippet(
                "js",
                r#"await supabase.storage.from('avatars').upload(path, file, { upsert: true })"#,
            )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "Invalid JWT",
        status: 0,
        title: "The JWT was rejected (or RLS denied the request, in old versions)",
        explanation: "Legacy `error` name. Storage sends it when the JWT (or a signed URL's token) \
            fails verification, with the reason as message (\"jwt expired\", \"jwt malformed\", \
            \"invalid signature\"). Older Storage also sent it with status 401 for any PostgREST \
            401, including \"new row violates row-level security policy\": read the message.",
        causes: &[
            cause(AuthTokenExpired, 0.35)
                .why("message \"jwt expired\": the access token's exp is in the past.")
                .fixes(&[fix(
                    "Refresh the session",
                    &["Call supabase.auth.refreshSession() (or getSession()) before the upload."],
                )
                .snippet(
                    "js",
                    r#"const { error } = await supabase.auth.refreshSession()
if (error) { /* sign the user in again */ }"#,
                )]),
            cause(PermissionDenied, 0.35)
                .why("message \"new row violates row-level security policy\": old Storage \
                    reported RLS denials as \"Invalid JWT\" 401. No INSERT policy allows the upload.")
                .fixes(&[fix(
                    "Add an RLS policy for the upload",
                    &["Add an INSERT policy on storage.objects (plus SELECT and UPDATE for upsert)."],
                )
                .snippet(
                    "sql",
                    r#"create policy "Users can upload to their folder"
on storage.objects for insert to authenticated
with check (
  bucket_id = 'avatars'
  and (storage.foldername(name))[1] = auth.uid()::text
);"#,
                )]),
            cause(AuthTokenInvalid, 0.25)
                .why("message \"jwt malformed\" / \"invalid signature\": not a valid JWT of this \
                    project."),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "jwt expired",
        status: 400,
        title: "The JWT has expired",
        explanation: "Older Storage versions put the JWT library's message in `error`: the access \
            token (or signed URL token) is past its \"exp\".",
        causes: &[
            cause(AuthTokenExpired, 0.85).fixes(&[fix(
                "Refresh the session before uploading",
                &[
                    "Call supabase.auth.refreshSession() (or getSession()) right before the upload.",
                    "Don't cache access tokens on the server.",
                ],
            )
            .snippet(
                "js",
                r#"const { error } = await supabase.auth.refreshSession()
if (error) { /* sign the user in again */ }"#,
            )]),
            cause(PresignExpired, 0.1).why("The token of a signed URL expired."),
        ],
        docs: "",
    },
    CodeEntry {
        code: "jwt malformed",
        status: 400,
        title: "The Authorization header does not carry a JWT",
        explanation: "Older Storage versions put the JWT library's message in `error`: the bearer \
            token is not a JWT (empty, \"undefined\", a key of another kind, or truncated).",
        causes: &[
            cause(AuthTokenInvalid, 0.7).fixes(&[fix(
                "Send the access token",
                &[
                    "Send `Authorization: Bearer <access token>` from the current session (or the \
                        project's anon key), not an empty or placeholder value.",
                    "Check that the session exists before building the header.",
                ],
            )]),
            cause(AuthMissingCredentials, 0.3)
                .why("No session: the header was built from an undefined token (\"Bearer undefined\")."),
        ],
        docs: "",
    },
    CodeEntry {
        code: "Not found",
        status: 404,
        title: "Not found, or not visible to this role",
        explanation: "Legacy `error` name (\"The resource was not found\"), from the PostgREST era: \
            the row for the bucket/object was not returned, because it does not exist or RLS \
            hides it from this role.",
        causes: &[
            cause(ResourceObjectNotFound, 0.5),
            cause(PermissionDenied, 0.35)
                .why("RLS hides the row: no SELECT policy for this role.")
                .fixes(&[fix(
                    "Add a SELECT policy",
                    &["Add a SELECT policy on storage.objects for this bucket and role."],
                )]),
            cause(ResourceBucketNotFound, 0.15),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "Bucket not found",
        status: 404,
        title: "The bucket does not exist (or this user cannot see it)",
        explanation: "The `error` name Storage sends with NoSuchBucket.",
        causes: &[
            cause(ResourceBucketNotFound, 0.65).fixes(&[fix(
                "Verify the bucket name",
                &["Use the bucket id exactly as shown in Storage (case-sensitive) and this \
                    project's URL."],
            )]),
            cause(PermissionDenied, 0.3),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "Payload too large",
        status: 413,
        title: "The file exceeds the upload size limit",
        explanation: "The `error` name Storage sends with EntityTooLarge (\"The object exceeded \
            the maximum allowed size\"): the bucket's file size limit or the project's global \
            upload limit.",
        causes: &[
            cause(SizeTooLarge, 0.9)
                .why("Above the bucket's file_size_limit or the global \"Upload file size limit\" \
                    in Storage settings (the smaller applies).")
                .fixes(&[
                    fix(
                        "Raise the global limit, then the bucket's",
                        &[
                            "Storage → Settings → Upload file size limit (within your plan).",
                            "Then the bucket's file size limit, which can't exceed the global one.",
                        ],
                    )
                    .snippet(
                        "sql",
                        r#"update storage.buckets
set file_size_limit = 200 * 1024 * 1024
where id = 'videos';"#,
                    ),
                    fix(
                        "Use resumable uploads for files over 6 MB",
                        &["Upload large files with tus to /storage/v1/upload/resumable in 6 MB chunks."],
                    ),
                ]),
            cause(ProxyIntermediary, 0.1),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "invalid_mime_type",
        status: 415,
        title: "The file's MIME type is not allowed in this bucket",
        explanation: "The `error` name Storage sends with InvalidMimeType (\"mime type ... is not \
            supported\").",
        causes: &[cause(RequestInvalidContentType, 0.9).fixes(&[
            fix(
                "Send the real Content-Type",
                &["Pass `contentType: file.type` to upload()."],
            ),
            fix(
                "Or allow the type on the bucket",
                &["Add it to the bucket's allowed MIME types."],
            )
            .snippet(
                "sql",
                r#"update storage.buckets
set allowed_mime_types = array['image/png', 'image/jpeg', 'image/webp']
where id = 'avatars';"#,
            ),
        ])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "invalid_range",
        status: 416,
        title: "The requested byte range is not satisfiable",
        explanation: "The `error` name Storage sends with InvalidRange.",
        causes: &[cause(RequestInvalidRange, 0.9)],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "Invalid Input",
        status: 400,
        title: "The bucket name is invalid",
        explanation: "The `error` name Storage sends with InvalidBucketName (\"Bucket name invalid\").",
        causes: &[cause(RequestInvalidName, 0.9).fixes(&[fix(
            "Use a valid bucket name",
            &["Lower-case letters, digits, dashes and underscores only."],
        )])],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "acquiring_lock_timeout",
        status: 503,
        title: "Timed out waiting for a lock",
        explanation: "The `error` name Storage sends with LockTimeout (\"acquiring lock timeout\").",
        causes: &[
            cause(ResourceLocked, 0.7).fixes(&[fix(
                "Wait and retry",
                &["Retry with backoff; avoid concurrent writes to the same path."],
            )]),
            cause(ProviderInternalError, 0.2),
        ],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    CodeEntry {
        code: "Internal",
        status: 500,
        title: "Unhandled error in Storage",
        explanation: "Storage's fallback body for an unexpected error (\"Internal Server Error\").",
        causes: &[cause(ProviderInternalError, 0.9)],
        docs: "https://supabase.com/docs/guides/storage/debugging/error-codes",
    },
    // ---------------------------------------------- PostgREST (the REST API around Storage)
    // `{"code":"PGRST301","details":null,"hint":null,"message":"JWT expired"}` from /rest/v1:
    // <https://docs.postgrest.org/en/stable/references/errors.html>; 42501 is Postgres's
    // insufficient_privilege (a missing GRANT or an RLS policy that refuses the row).
    CodeEntry {
        code: "PGRST301",
        status: 401,
        title: "PostgREST could not accept the JWT",
        explanation: "The REST API rejected the Authorization JWT: it expired (\"JWT expired\"), is malformed (\"Expected 3 parts in JWT; got 1\", e.g. a new-style sb_ key sent as a JWT), or is signed with another secret.",
        causes: &[
            cause(AuthTokenInvalid, 0.55)
                .why("The token is not a JWT PostgREST can decode and verify: a malformed value, an API key in the Authorization header, or a JWT from another project.")
                .fixes(&[fix(
                    "Send the user's session JWT",
                    &[
                        "Let supabase-js set the Authorization header from the session; don't put the anon, publishable or secret key there yourself.",
                        "Check that the URL and key come from the same project.",
                    ],
                )]),
            cause(AuthTokenExpired, 0.5)
                .why("\"JWT expired\": the session's access token outlived its expiry (an hour by default) and was not refreshed.")
                .fixes(&[fix(
                    "Refresh the session before calling the API",
                    &[
                        "Keep autoRefreshToken on and use the session supabase-js maintains; after a long sleep or offline period call supabase.auth.refreshSession() (or getSession()) before retrying.",
                    ],
                )]),
        ],
        docs: "https://docs.postgrest.org/en/stable/references/errors.html",
    },
    CodeEntry {
        code: "PGRST302",
        status: 401,
        title: "Anonymous access is disabled and no JWT was sent",
        explanation: "PostgREST needs a bearer token for this request and none was sent.",
        causes: &[cause(AuthMissingCredentials, 0.85)],
        docs: "https://docs.postgrest.org/en/stable/references/errors.html",
    },
    CodeEntry {
        code: "42501",
        status: 403,
        title: "The database role may not do this (insufficient privilege or row-level security)",
        explanation: "Postgres refused the statement for the request's role (anon or authenticated): \"permission denied for table …\" means the role has no GRANT on the table, \"new row violates row-level security policy\" means no RLS policy allows the row.",
        causes: &[cause(PermissionDenied, 0.9).fixes(&[fix(
            "Grant the table to the role, and add the RLS policy the operation needs",
            &[
                "\"permission denied for table X\": grant the privileges to the API roles (new projects no longer grant them by default).",
                "\"new row violates row-level security policy\": add a policy for the operation (insert needs WITH CHECK) that holds for this user's row.",
            ],
        )
        .snippet(
            "sql",
            "grant select, insert, update, delete on table public.my_table to authenticated;\ncreate policy \"owners insert\" on public.my_table for insert to authenticated\n  with check ( auth.uid() = user_id );",
        )])],
        docs: "https://supabase.com/docs/guides/database/postgres/row-level-security",
    },
];
