//! Backblaze B2's native API: `{"status": 401, "code": "bad_auth_token", "message": "…"}`.
//!
//! Sources:
//! - Backblaze, "Native API Error Handling and Status Codes" (every failure is a JSON body with
//!   `status`, `code` and `message`; 401 `bad_auth_token` / `expired_auth_token` mean "get a new
//!   token", 503 `service_unavailable` and 408 `request_timeout` on an upload mean "get a new
//!   upload URL"):
//!   <https://www.backblaze.com/docs/cloud-storage-native-api-error-handling-and-status-codes>;
//! - `b2_upload_file` (400 `bad_request`, 401 `unauthorized` / `bad_auth_token` /
//!   `expired_auth_token`, 403 `cap_exceeded`, 408 `request_timeout`, 503
//!   `service_unavailable`): <https://www.backblaze.com/apidocs/b2-upload-file>;
//! - b2-sdk-python's `interpret_b2_error` (`b2sdk/_internal/exception.py`): `file_not_present`,
//!   `not_found`, `bad_bucket_id`, `duplicate_bucket_name`, `missing_part`,
//!   `part_sha1_mismatch`, `auth_token_limit`, `storage_cap_exceeded`,
//!   `transaction_cap_exceeded`, `access_denied`, `range_not_satisfiable`, 429 and 5xx;
//! - issue threads with the bodies (see the fixtures under `tests/fixtures/backblaze-b2/`).
//!
//! B2's S3-compatible API answers S3 XML; its codes resolve in the S3 table.

use super::{cause, fix, CodeEntry, FixSpec};
use crate::ids::CauseId::*;

const ERRORS: &str =
    "https://www.backblaze.com/docs/cloud-storage-native-api-error-handling-and-status-codes";
const UPLOAD_FILE: &str = "https://www.backblaze.com/apidocs/b2-upload-file";
const CAPS: &str = "https://www.backblaze.com/docs/cloud-storage-data-caps-and-alerts";

const FIX_REAUTHORIZE: FixSpec = fix(
    "Authorize again and use the new token",
    &[
        "Call b2_authorize_account with the application key id and key; use its authorizationToken for API calls and a fresh b2_get_upload_url for uploads.",
        "Tokens from b2_authorize_account last at most 24 hours, upload URL tokens until an upload fails; refresh them instead of reusing stored ones.",
    ],
);

const FIX_NEW_UPLOAD_URL: FixSpec = fix(
    "Get a new upload URL and retry",
    &[
        "B2 answers 503 (\"… is too busy\", \"No uploads available in vault …\") or 408 when the storage pod behind the upload URL cannot take the upload: this is normal.",
        "Call b2_get_upload_url (or b2_get_upload_part_url) again for a new pod and retry the upload with exponential backoff; don't retry against the same URL.",
    ],
);

const FIX_CAPS: FixSpec = fix(
    "Raise or remove the cap on the Caps & Alerts page",
    &[
        "The account's daily cap for this kind of usage (storage, Class A/B/C transactions or download bandwidth) is reached; B2 refuses further requests of that class until the cap is raised or the day resets (UTC).",
        "Raise the cap in the B2 web console under Caps & Alerts, or wait for the reset.",
    ],
);

/// Every code of the native API that an upload meets.
pub static TABLE: &[CodeEntry] = &[
    CodeEntry {
        code: "bad_auth_token",
        status: 401,
        title: "B2 does not accept the authorization token",
        explanation: "The Authorization header holds no valid token: it is not a token B2 issued (an application key passed where a token is expected), it belongs to another account or cluster, or it was mistyped.",
        causes: &[
            cause(AuthTokenInvalid, 0.6).why("The value sent as Authorization is not a token from b2_authorize_account / b2_get_upload_url (for b2_authorize_account itself: the key id and key do not match).").fixes(&[FIX_REAUTHORIZE]),
            cause(AuthInvalidAccessKey, 0.4).why("When authorizing, a mistyped or deleted application key (or key id) gives bad_auth_token."),
        ],
        docs: ERRORS,
    },
    CodeEntry {
        code: "expired_auth_token",
        status: 401,
        title: "The B2 authorization token has expired",
        explanation: "Account authorization tokens last 24 hours at most; download authorization tokens as long as requested. After that B2 answers expired_auth_token.",
        causes: &[cause(AuthTokenExpired, 0.92).fixes(&[FIX_REAUTHORIZE])],
        docs: ERRORS,
    },
    CodeEntry {
        code: "unauthorized",
        status: 401,
        title: "The application key may not do this",
        explanation: "The token is valid but the application key it came from lacks the capability (writeFiles, listFiles, …) or is restricted to another bucket or file-name prefix. The message names the key's capabilities.",
        causes: &[
            cause(PermissionDenied, 0.75).why("The application key lacks the capability this call needs, or is restricted to another bucket or name prefix.").fixes(&[fix(
                "Use a key with the needed capabilities",
                &[
                    "Create an application key with writeFiles (and listFiles / listBuckets if the client looks for unfinished large files or buckets) for this bucket.",
                    "Keys restricted to a name prefix can only write names under that prefix.",
                ],
            )]),
            cause(AuthInvalidAccessKey, 0.25).why("When authorizing an account, B2 answers unauthorized for a key id and key that do not match."),
        ],
        docs: ERRORS,
    },
    CodeEntry {
        code: "bad_request",
        status: 400,
        title: "B2 rejected the request as malformed",
        explanation: "A parameter is missing or invalid: a file name B2 does not accept, a wrong Content-Length or X-Bz-Content-Sha1, a missing header, an invalid bucket id. The message says which.",
        causes: &[
            cause(RequestInvalid, 0.6),
            cause(IntegrityChecksumMismatch, 0.25).why("\"Checksum did not match data received\" means X-Bz-Content-Sha1 is not the SHA-1 of the body that arrived."),
            cause(RequestInvalidName, 0.2),
        ],
        docs: UPLOAD_FILE,
    },
    CodeEntry {
        code: "cap_exceeded",
        status: 403,
        title: "A usage cap of the B2 account is reached",
        explanation: "The account's storage or transaction cap set on the Caps & Alerts page is reached; uploads are refused until it is raised.",
        causes: &[cause(ProviderQuotaExceeded, 0.92).fixes(&[FIX_CAPS])],
        docs: CAPS,
    },
    CodeEntry {
        code: "storage_cap_exceeded",
        status: 403,
        title: "The B2 account's storage cap is reached",
        explanation: "Uploading more data would exceed the storage cap set for the account.",
        causes: &[cause(ProviderQuotaExceeded, 0.92).fixes(&[FIX_CAPS])],
        docs: CAPS,
    },
    CodeEntry {
        code: "transaction_cap_exceeded",
        status: 403,
        title: "The B2 account's daily transaction cap is reached",
        explanation: "The cap on Class B or Class C transactions for today is reached.",
        causes: &[cause(ProviderQuotaExceeded, 0.92).fixes(&[FIX_CAPS])],
        docs: CAPS,
    },
    CodeEntry {
        code: "download_cap_exceeded",
        status: 403,
        title: "The B2 account's download cap is reached",
        explanation: "The daily cap on download bandwidth or Class B transactions is reached: \"Cannot download file, download bandwidth or transaction (Class B) cap exceeded.\"",
        causes: &[cause(ProviderQuotaExceeded, 0.92).fixes(&[FIX_CAPS])],
        docs: CAPS,
    },
    CodeEntry {
        code: "access_denied",
        status: 403,
        title: "B2 denied access for this token and parameters",
        explanation: "The call with these parameters is not allowed for this token: a file-lock/retention setting the key may not change, an SSE-C key missing or wrong, a bucket the key may not use.",
        causes: &[cause(PermissionDenied, 0.8)],
        docs: ERRORS,
    },
    CodeEntry {
        code: "bad_bucket_id",
        status: 400,
        title: "No bucket has this id",
        explanation: "The bucketId sent (to b2_get_upload_url, for example) does not name a bucket of this account: a bucket name was passed where the id is expected, or the bucket was deleted.",
        causes: &[cause(ResourceBucketNotFound, 0.85)],
        docs: ERRORS,
    },
    CodeEntry {
        code: "not_found",
        status: 404,
        title: "B2 found no such file or resource",
        explanation: "The file, file version or API path does not exist (or the key may not see it).",
        causes: &[cause(ResourceObjectNotFound, 0.6), cause(EndpointWrongHost, 0.25).why("A wrong API URL or version path (b2api/v2 vs v3) also answers not_found.")],
        docs: ERRORS,
    },
    CodeEntry {
        code: "file_not_present",
        status: 400,
        title: "The file version does not exist",
        explanation: "The file id and name given do not name an existing file version (deleting or hiding a version that is already gone).",
        causes: &[cause(ResourceObjectNotFound, 0.85)],
        docs: ERRORS,
    },
    CodeEntry {
        code: "auth_token_limit",
        status: 400,
        title: "The upload URL's token is used by another upload at the same time",
        explanation: "An upload URL and its token take one upload at a time; concurrent uploads must each get their own upload URL.",
        causes: &[cause(ResourceLocked, 0.7).fixes(&[FIX_NEW_UPLOAD_URL])],
        docs: UPLOAD_FILE,
    },
    CodeEntry {
        code: "too_many_requests",
        status: 429,
        title: "B2 is rate-limiting this account",
        explanation: "Too many requests in a short time; retry after the Retry-After delay with exponential backoff.",
        causes: &[cause(ProviderThrottled, 0.85)],
        docs: ERRORS,
    },
    CodeEntry {
        code: "request_timeout",
        status: 408,
        title: "The upload pod timed out waiting for the upload",
        explanation: "The service timed out reading the uploaded file; get a new upload URL and retry.",
        causes: &[cause(NetworkFailed, 0.5), cause(ProviderUnavailable, 0.45).fixes(&[FIX_NEW_UPLOAD_URL])],
        docs: UPLOAD_FILE,
    },
    CodeEntry {
        code: "service_unavailable",
        status: 503,
        title: "The B2 storage pod behind this upload URL is too busy (get a new upload URL)",
        explanation: "B2 spreads uploads over storage pods; a pod that is full or busy answers 503 (\"c002_v0001118_t0002 is too busy\", \"No uploads available in vault …\"). Backblaze documents this as expected: the client must ask for a new upload URL.",
        causes: &[cause(ProviderUnavailable, 0.9)
            .why("The pod the upload URL points to cannot take uploads right now; this is part of B2's normal upload protocol, not an outage.")
            .fixes(&[FIX_NEW_UPLOAD_URL])],
        docs: UPLOAD_FILE,
    },
    CodeEntry {
        code: "internal_error",
        status: 500,
        title: "B2 had an internal error",
        explanation: "A server-side failure; retry with backoff (for uploads, with a new upload URL).",
        causes: &[cause(ProviderInternalError, 0.8).fixes(&[FIX_NEW_UPLOAD_URL])],
        docs: ERRORS,
    },
];

/// Codes no other API in the catalogue uses: they name B2 on their own.
pub const DISTINCT: &[&str] = &[
    "bad_auth_token",
    "expired_auth_token",
    "cap_exceeded",
    "storage_cap_exceeded",
    "transaction_cap_exceeded",
    "download_cap_exceeded",
    "bad_bucket_id",
    "file_not_present",
    "auth_token_limit",
];
