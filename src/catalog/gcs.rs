//! Google Cloud Storage error codes, as they matter for uploads from the browser: V4/V2 signed
//! URLs (the XML API), resumable and multipart uploads through the JSON API, and the client
//! libraries that wrap both.
//!
//! Two APIs, two kinds of code:
//! - the JSON API (`storage/v1`, `upload/storage/v1`) answers
//!   `{"error": {"code": 403, "message": ..., "errors": [{"domain": "global", "reason": "forbidden", ...}]}}`;
//!   the code is `errors[0].reason` (<https://cloud.google.com/storage/docs/json_api/v1/status-codes>);
//! - the XML API (`storage.googleapis.com/BUCKET/OBJECT`, where signed URLs go) answers an S3-like
//!   `<Error><Code>…</Code><Message>…</Message><Details>…</Details></Error>`
//!   (<https://cloud.google.com/storage/docs/xml-api/reference-status>); `Details` holds the precise
//!   reason (`… does not have storage.objects.create access to the Google Cloud Storage object`).
//!
//! fake-gcs-server, the usual emulator, puts the HTTP reason phrase where GCS puts the reason
//! (`"Not Found"`, `"Precondition Failed"`, `"Bad Request"`, `"Conflict"`); those spellings have
//! their own entries pointing at the same causes (`Conflict` differs from `conflict` only in case,
//! and codes are looked up ignoring case).
//!
//! Weights are priors for a browser upload when nothing but the code is known; the `Details`,
//! the message and the request context refine them in `rules/azure.rs` (the cloud rules).

use super::{cause, fix, CodeEntry, FixSpec};
use crate::ids::CauseId::*;

// ---------------------------------------------------------------------------------------------
// Documentation pages.
// ---------------------------------------------------------------------------------------------

const JSON_CODES: &str = "https://cloud.google.com/storage/docs/json_api/v1/status-codes";
const XML_CODES: &str = "https://cloud.google.com/storage/docs/xml-api/reference-status";
const DOCS_429: &str = "https://cloud.google.com/storage/docs/gcs429";
const DOCS_SIGNED_URLS: &str = "https://cloud.google.com/storage/docs/access-control/signed-urls";
const DOCS_PRECONDITIONS: &str = "https://cloud.google.com/storage/docs/request-preconditions";
const DOCS_REQUESTER_PAYS: &str = "https://cloud.google.com/storage/docs/requester-pays";
const DOCS_V4_SIGNING: &str =
    "https://cloud.google.com/storage/docs/authentication/canonical-requests";

// ---------------------------------------------------------------------------------------------
// Fixes shared by several codes.
// ---------------------------------------------------------------------------------------------

const FIX_OBJECT_ROLE: FixSpec = fix(
    "Give the uploader a role that may write (and overwrite) objects",
    &[
        "A signed URL acts with the permissions of the service account that signed it; a JSON API upload with those of the OAuth token.",
        "roles/storage.objectCreator can create objects but not delete them, and overwriting an existing object is a delete plus a create: GCS answers 403 \"does not have storage.objects.delete access\".",
        "Grant roles/storage.objectUser (or roles/storage.objectAdmin) on the bucket to that principal, or keep objectCreator and make every upload create-only with ifGenerationMatch=0 (x-goog-if-generation-match: 0) under a fresh object name.",
    ],
)
.snippet(
    "shell",
    r#"gcloud storage buckets add-iam-policy-binding gs://BUCKET \
  --member=serviceAccount:SIGNER@PROJECT.iam.gserviceaccount.com \
  --role=roles/storage.objectUser"#,
);

const FIX_SIGNED_CONTENT_TYPE: FixSpec = fix(
    "Send exactly the Content-Type the URL was signed with",
    &[
        "A V4 signed URL lists its signed headers in X-Goog-SignedHeaders; a V2 URL always signs Content-Type. GCS rebuilds the string to sign from the request, so any other value breaks the signature.",
        "Sign with the type the browser will send (file.type, or a fixed type you also set in the PUT), and set that header on the PUT; an empty file.type or a charset the HTTP client appends (\"text/plain; charset=utf-8\") is a different value.",
    ],
)
.snippet(
    "js",
    r#"// server (@google-cloud/storage)
const [url] = await bucket.file(name).getSignedUrl({
  version: "v4", action: "write", expires: Date.now() + 15 * 60 * 1000,
  contentType, // the browser must send this exact value
});
// browser
await fetch(url, { method: "PUT", body: file, headers: { "Content-Type": contentType } });"#,
);

const FIX_FRESH_SIGNED_URL: FixSpec = fix(
    "Sign the URL right before the upload, with an expiry in the future",
    &[
        "Ask the server for a signed URL when the upload starts; give it enough lifetime for the slowest upload (at most 7 days, 604800 s, for V4).",
        "`expires` is an absolute time for getSignedUrl and for V2 URLs (Unix seconds in Expires=), a duration in seconds for X-Goog-Expires: passing seconds where a timestamp is expected yields a URL that expired in 1970.",
    ],
)
.snippet(
    "js",
    r#"const [url] = await bucket.file(name).getSignedUrl({
  version: "v4",
  action: "write",
  expires: Date.now() + 15 * 60 * 1000, // absolute ms timestamp, <= 7 days ahead
});"#,
);

const FIX_BACKOFF_OBJECT: FixSpec = fix(
    "Write each object at most once per second, and back off on 429",
    &[
        "GCS allows about one create, update or delete per second on the same object name; a retry loop or several clients writing the same name hit it at once.",
        "Use unique object names (a UUID or timestamp in the name) for uploads, and retry 429 with exponential backoff and jitter.",
        "A bucket that goes from idle to thousands of writes per second must ramp up gradually (double the rate at most every 20 minutes).",
    ],
)
.snippet(
    "js",
    r#"async function withBackoff(fn, attempts = 6) {
  for (let i = 0; ; i++) {
    try { return await fn(); }
    catch (e) {
      if (e.code !== 429 || i + 1 >= attempts) throw e;
      await new Promise((r) => setTimeout(r, Math.min(32000, 1000 * 2 ** i) * (0.5 + Math.random())));
    }
  }
}"#,
);

const FIX_CREATE_ONLY: FixSpec = fix(
    "Upload under a new name, or drop the generation precondition",
    &[
        "ifGenerationMatch=0 (x-goog-if-generation-match: 0) means \"only if no live object has this name\": GCS answers 412 because the object already exists.",
        "Generate unique object names for uploads, or leave the precondition out when overwriting is intended (overwriting needs storage.objects.delete).",
    ],
);

const FIX_RESTART_RESUMABLE: FixSpec = fix(
    "Start a new resumable session",
    &[
        "A resumable session URI is valid for one week and dies when the upload is cancelled or fails for good; GCS then answers 404 (or 410) to every chunk.",
        "Open a new session (POST ...?uploadType=resumable, or a new createWriteStream/createResumableUpload) and upload from the start; keep the session URI only as long as the upload runs.",
    ],
);

const FIX_USER_PROJECT: FixSpec = fix(
    "Name the project to bill (requester pays)",
    &[
        "The bucket has requester pays enabled: every request must say which project pays, with userProject=PROJECT_ID (JSON API) or x-goog-user-project (XML API).",
        "The caller needs serviceusage.services.use on that project.",
    ],
)
.snippet(
    "js",
    r#"const bucket = storage.bucket("BUCKET", { userProject: "MY-PROJECT-ID" });
await bucket.upload(path); // JSON API: ...&userProject=MY-PROJECT-ID"#,
);

const FIX_LOGIN: FixSpec = fix(
    "Send credentials with the request",
    &[
        "JSON API calls need `Authorization: Bearer ACCESS_TOKEN`; browsers should not hold service-account keys, so sign a URL on the server instead and PUT to it.",
        "The XML API accepts a signed URL (X-Goog-Signature in the query) without any header.",
    ],
);

// ---------------------------------------------------------------------------------------------
// Causes shared by the reasons and their fake-gcs-server spellings.
// ---------------------------------------------------------------------------------------------

const NOT_FOUND: &[super::CauseRef] = &[
    cause(ResourceObjectNotFound, 0.5)
        .why("The object does not exist (GET/HEAD/PATCH of a missing name, or a compose/copy source)."),
    cause(ResourceBucketNotFound, 0.45)
        .why("An upload creates its object, so a 404 to an upload means the bucket in the URL does not exist (or is spelled differently)."),
    cause(ResourceUploadNotFound, 0.3)
        .why("For a chunk sent to a resumable session URI (upload_id=...), 404 means the session expired (one week), was cancelled, or already finished.")
        .fixes(&[FIX_RESTART_RESUMABLE]),
];

const PRECONDITION: &[super::CauseRef] = &[
    cause(RequestPreconditionFailed, 0.7)
        .why("A generation or metageneration precondition (ifGenerationMatch, ifMetagenerationMatch, x-goog-if-generation-match) did not hold: the object changed since its generation was read."),
    cause(ResourceAlreadyExists, 0.4)
        .why("ifGenerationMatch=0 asks for create-only: the 412 says an object with this name already exists.")
        .fixes(&[FIX_CREATE_ONLY]),
];

const BAD_REQUEST: &[super::CauseRef] = &[
    cause(RequestInvalid, 0.7)
        .why("A parameter or the body is invalid: the message names it (missing name for a simple upload, bad uploadType, malformed metadata JSON)."),
    cause(RequestInvalidName, 0.2)
        .why("Object names must be valid UTF-8, at most 1024 bytes, without carriage return or line feed."),
];

const CONFLICT: &[super::CauseRef] = &[
    cause(ResourceAlreadyExists, 0.75)
        .why("The bucket name is taken (bucket names are global) or the object already exists for a create-only request."),
    cause(ProviderThrottled, 0.15)
        .why("GCS also answers 409 to concurrent changes of the same object or bucket settings; retry after a pause."),
];

/// Every code of this provider.
pub static TABLE: &[CodeEntry] = &[
    // ----- JSON API reasons ---------------------------------------------------------------------
    CodeEntry {
        code: "forbidden",
        status: 403,
        title: "GCS refused the request: the principal lacks a permission",
        explanation: "The caller is authenticated but IAM (or an ACL) does not allow the operation. The message names the permission: storage.objects.create for a new object, storage.objects.delete when the upload would overwrite an existing one, storage.buckets.create for a new bucket.",
        causes: &[
            cause(PermissionDenied, 0.85)
                .why("The service account or user lacks the storage.objects.* permission named in the message. Overwriting an existing object also needs storage.objects.delete, which roles/storage.objectCreator does not have.")
                .fixes(&[FIX_OBJECT_ROLE]),
            cause(AuthMissingCredentials, 0.15)
                .why("\"Anonymous caller does not have ...\": the request carried no credentials at all."),
        ],
        docs: JSON_CODES,
    },
    CodeEntry {
        code: "required",
        status: 0,
        title: "A required credential or parameter is missing",
        explanation: "GCS uses `required` both for a request without credentials (401 \"Login Required\", location Authorization) and for a request missing a required parameter (400, for example the project to bill on a requester-pays bucket).",
        causes: &[
            cause(AuthMissingCredentials, 0.6)
                .why("401 \"Login Required\": no Authorization header (or an empty bearer token) on a JSON API call.")
                .fixes(&[FIX_LOGIN]),
            cause(RequestInvalid, 0.4)
                .why("400 with a message naming the parameter, such as \"Bucket is requester pays bucket but no user project provided.\"")
                .fixes(&[FIX_USER_PROJECT]),
        ],
        docs: JSON_CODES,
    },
    CodeEntry {
        code: "authError",
        status: 401,
        title: "The OAuth credentials were rejected",
        explanation: "The Authorization header carried a token GCS does not accept (\"Invalid Credentials\"): expired, revoked, for another audience, or not an OAuth 2 access token at all (an API key or an ID token).",
        causes: &[
            cause(AuthTokenExpired, 0.5)
                .why("Google access tokens live one hour; a token cached in the page or minted once at server start stops working."),
            cause(AuthTokenInvalid, 0.45)
                .why("The value is not an OAuth 2 access token for Cloud Storage (an ID token, an API key, a Firebase token, or a truncated value)."),
        ],
        docs: JSON_CODES,
    },
    CodeEntry {
        code: "accountDisabled",
        status: 403,
        title: "The account or project is disabled",
        explanation: "The account for the project or bucket has been disabled, typically because billing is disabled or the project was suspended.",
        causes: &[cause(AuthAccountDisabled, 0.9)
            .why("The project behind the bucket (or the requester-pays billing project) is disabled or has no active billing account.")],
        docs: JSON_CODES,
    },
    CodeEntry {
        code: "userProjectMissing",
        status: 400,
        title: "The bucket is requester pays and no billing project was given",
        explanation: "Requests to a requester-pays bucket must name a user project to bill; this one did not.",
        causes: &[cause(RequestInvalid, 0.9).fixes(&[FIX_USER_PROJECT])],
        docs: DOCS_REQUESTER_PAYS,
    },
    CodeEntry {
        code: "notFound",
        status: 404,
        title: "The bucket, object or upload session does not exist",
        explanation: "GCS says the resource named by the URL does not exist: the object for a read, the bucket for an upload, the session for a chunk sent to a resumable session URI.",
        causes: NOT_FOUND,
        docs: JSON_CODES,
    },
    CodeEntry {
        code: "Not Found",
        status: 404,
        title: "The bucket, object or upload session does not exist (fake-gcs-server)",
        explanation: "fake-gcs-server's spelling of GCS's `notFound`: the bucket, the object or the resumable session named by the URL does not exist.",
        causes: NOT_FOUND,
        docs: JSON_CODES,
    },
    CodeEntry {
        code: "conflict",
        status: 409,
        title: "The resource already exists or is being changed concurrently",
        explanation: "GCS refused a create because the name is taken, or a change because another request changed the same resource at the same time. (fake-gcs-server spells it `Conflict`; codes are matched ignoring case.)",
        causes: CONFLICT,
        docs: JSON_CODES,
    },
    CodeEntry {
        code: "conditionNotMet",
        status: 412,
        title: "A generation precondition failed",
        explanation: "The request carried a precondition (ifGenerationMatch, ifMetagenerationMatch, ifGenerationNotMatch...) that the object's current state does not satisfy.",
        causes: PRECONDITION,
        docs: DOCS_PRECONDITIONS,
    },
    CodeEntry {
        code: "Precondition Failed",
        status: 412,
        title: "A generation precondition failed (fake-gcs-server)",
        explanation: "fake-gcs-server's spelling of GCS's `conditionNotMet`: a generation or metageneration precondition did not hold.",
        causes: PRECONDITION,
        docs: DOCS_PRECONDITIONS,
    },
    CodeEntry {
        code: "rateLimitExceeded",
        status: 429,
        title: "Rate limited: too many changes to one object, or a bucket ramping up too fast",
        explanation: "GCS limits writes to the same object name to about one per second (\"The object ... exceeded the rate limit for object mutation operations (create, update, and delete)\"), and asks buckets to ramp up request rates gradually.",
        causes: &[cause(ProviderThrottled, 0.95)
            .why("The same object name was written (created, overwritten, deleted or had its metadata changed) more than about once per second, often by a retry loop or several clients uploading to one name.")
            .fixes(&[FIX_BACKOFF_OBJECT])],
        docs: DOCS_429,
    },
    CodeEntry {
        code: "uploadTooLarge",
        status: 413,
        title: "The upload is larger than GCS allows",
        explanation: "The object would exceed the 5 TiB maximum object size, or the data sent exceeds what the upload method accepts.",
        causes: &[cause(SizeTooLarge, 0.9)
            .why("Objects are limited to 5 TiB; a single-request (multipart) upload should stay small (GCS recommends resumable uploads above a few MB).")],
        docs: JSON_CODES,
    },
    CodeEntry {
        code: "invalid",
        status: 400,
        title: "A value in the request is invalid",
        explanation: "GCS rejected a value in the request; the message says which one (an object name, a metadata field, a precondition value, an upload range).",
        causes: &[
            cause(RequestInvalid, 0.75),
            cause(RequestInvalidName, 0.25)
                .why("Object names must be valid UTF-8, at most 1024 bytes, without carriage return or line feed, and not `.` or `..`."),
        ],
        docs: JSON_CODES,
    },
    CodeEntry {
        code: "badRequest",
        status: 400,
        title: "The request is malformed",
        explanation: "GCS could not process the request as sent; the message names the problem.",
        causes: BAD_REQUEST,
        docs: JSON_CODES,
    },
    CodeEntry {
        code: "Bad Request",
        status: 400,
        title: "The request is malformed (fake-gcs-server)",
        explanation: "fake-gcs-server's spelling of GCS's `badRequest`/`invalid`; the message names the problem.",
        causes: BAD_REQUEST,
        docs: JSON_CODES,
    },
    // ----- XML API codes (signed URLs) ----------------------------------------------------------
    CodeEntry {
        code: "SignatureDoesNotMatch",
        status: 403,
        title: "The signature of the signed URL does not match the request",
        explanation: "GCS rebuilt the string to sign from the request it received (shown in StringToSign, and for V4 in CanonicalRequest) and the signature in the URL does not match it. Either the request differs from what was signed (a header, the method, the path, the query) or it was signed with another key.",
        causes: &[
            cause(SignatureHeaderMismatch, 0.5)
                .why("A signed header was sent with another value: most often Content-Type (signed on the server, then sent differently or not at all by the browser).")
                .fixes(&[FIX_SIGNED_CONTENT_TYPE]),
            cause(SignatureRequestModified, 0.3)
                .why("The method, object path or query differs from what was signed: a URL signed for GET used for PUT, an object name encoded differently, or extra query parameters."),
            cause(SignatureSecretMismatch, 0.3)
                .why("The URL was signed with a key GCS does not associate with the GoogleAccessId / X-Goog-Credential (a deleted or rotated service-account key, or a hand-written signer)."),
        ],
        docs: DOCS_V4_SIGNING,
    },
    CodeEntry {
        code: "ExpiredToken",
        status: 400,
        title: "The signed URL has expired",
        explanation: "The signed URL was used after its expiry (X-Goog-Date + X-Goog-Expires for V4, Expires for V2). GCS says \"Invalid argument.\" or \"The provided token has expired.\"; Details gives the expiry.",
        causes: &[
            cause(PresignExpired, 0.9).fixes(&[FIX_FRESH_SIGNED_URL]),
            cause(TimeClockSkew, 0.2)
                .why("The server that signed the URL has a clock behind GCS's, so the URL was born (partly) expired."),
        ],
        docs: DOCS_SIGNED_URLS,
    },
    CodeEntry {
        code: "AccessDenied",
        status: 403,
        title: "GCS refused the request: no permission, or no credentials",
        explanation: "GCS's XML API says Access denied; Details names the principal and the missing permission (\"... does not have storage.objects.create access to the Google Cloud Storage object\"), or says the caller was anonymous.",
        causes: &[
            cause(PermissionDenied, 0.75)
                .why("The signer of the URL (or the caller) lacks the permission named in Details. Overwriting an existing object also needs storage.objects.delete, which roles/storage.objectCreator does not have.")
                .fixes(&[FIX_OBJECT_ROLE]),
            cause(AuthMissingCredentials, 0.3)
                .why("\"Anonymous caller does not have ...\": the request had no signature or credentials, e.g. a plain object URL used for a private bucket or the query string of the signed URL was lost."),
        ],
        docs: XML_CODES,
    },
    CodeEntry {
        code: "MalformedSecurityHeader",
        status: 400,
        title: "A signing header or parameter is missing or malformed",
        explanation: "GCS could not use the request's signing information: a header listed in the signed headers was not sent (\"Header was included in signedheaders, but not in the request\"), a header that must be signed was not, or X-Goog-Date / X-Goog-Expires / X-Goog-Credential are malformed. ParameterName names the culprit.",
        causes: &[
            cause(RequestMissingHeader, 0.5)
                .why("The URL was signed with a header (content-type, x-goog-content-length-range, x-goog-meta-*) that the request did not send."),
            cause(SignatureUnsignedHeader, 0.3)
                .why("The request sent an x-goog-* header (x-goog-hash, x-goog-acl...) that was not among the signed headers."),
            cause(AuthTokenInvalid, 0.25)
                .why("The X-Goog-* query parameters are malformed (date format, credential scope, algorithm)."),
            cause(PresignExpiryTooLong, 0.15)
                .why("X-Goog-Expires above 604800 (7 days) is rejected.")
                .fixes(&[FIX_FRESH_SIGNED_URL]),
        ],
        docs: XML_CODES,
    },
    CodeEntry {
        code: "NoSuchBucket",
        status: 404,
        title: "The bucket does not exist",
        explanation: "The bucket named in the URL does not exist.",
        causes: &[cause(ResourceBucketNotFound, 0.9)],
        docs: XML_CODES,
    },
    CodeEntry {
        code: "NoSuchKey",
        status: 404,
        title: "The object does not exist",
        explanation: "The object named in the URL does not exist (\"No such object: BUCKET/NAME\" in Details).",
        causes: &[cause(ResourceObjectNotFound, 0.9)],
        docs: XML_CODES,
    },
    CodeEntry {
        code: "InvalidArgument",
        status: 400,
        title: "An argument of the request is invalid",
        explanation: "GCS rejected a parameter or header value of the XML API request; Details names it.",
        causes: &[
            cause(RequestInvalid, 0.7),
            cause(PresignExpiryTooLong, 0.2)
                .why("A signed URL whose expiry is more than 7 days (604800 s) after its signing time is invalid.")
                .fixes(&[FIX_FRESH_SIGNED_URL]),
        ],
        docs: XML_CODES,
    },
    CodeEntry {
        code: "EntityTooLarge",
        status: 400,
        title: "The upload exceeds the allowed size",
        explanation: "The object is larger than allowed: the content-length-range of a POST policy or of x-goog-content-length-range, or the 5 TiB object limit.",
        causes: &[cause(SizeTooLarge, 0.9)],
        docs: XML_CODES,
    },
    CodeEntry {
        code: "RequestTimeTooSkewed",
        status: 403,
        title: "The request time is too far from GCS's clock",
        explanation: "The date the request was signed with (x-goog-date / Date) is more than 15 minutes away from GCS's clock.",
        causes: &[cause(TimeClockSkew, 0.95)],
        docs: XML_CODES,
    },
    CodeEntry {
        code: "SlowDown",
        status: 429,
        title: "Rate limited: too many changes to one object, or a bucket ramping up too fast",
        explanation: "The XML API's 429: the same object was written more than about once per second (\"The object exceeded the rate limit for object mutation operations\"), or the bucket's request rate rose faster than GCS can scale it (\"Your request-rate on the bucket has ramped up too fast\").",
        causes: &[cause(ProviderThrottled, 0.95).fixes(&[FIX_BACKOFF_OBJECT])],
        docs: DOCS_429,
    },
];

#[cfg(test)]
mod tests {
    #[test]
    fn fake_gcs_spellings_share_the_causes_of_the_reasons() {
        let find = |c: &str| {
            super::TABLE
                .iter()
                .find(|e| e.code == c)
                .map(|e| e.causes.len())
        };
        assert_eq!(find("Not Found"), find("notFound"));
        assert_eq!(find("Precondition Failed"), find("conditionNotMet"));
    }
}
