//! tus resumable-upload servers: tusd's `ERR_*` tokens, and the plain messages of servers that
//! send none (@tus/server, tusd before v2, tusdotnet).
//!
//! Sources:
//! - tusd `pkg/handler/unrouted_handler.go` (every `NewError("ERR_…", message, status)`) and
//!   `pkg/handler/error.go` (the body is `ERR_CODE: message\n`, `text/plain; charset=utf-8`):
//!   <https://github.com/tus/tusd/blob/main/pkg/handler/unrouted_handler.go>;
//! - @tus/server 2.4 `@tus/utils` `ERRORS` (plain bodies such as `Upload-Offset conflict\n`), and
//!   the responses recorded from it in `tests/fixtures/tus/emulator-*`;
//! - the tus protocol 1.0: 409 for an `Upload-Offset` that differs from the server's, 404/410
//!   for an upload that does not or no longer exists, 412 for an unsupported `Tus-Resumable`,
//!   413 above `Tus-Max-Size` (<https://tus.io/protocols/resumable-upload>).
//!
//! `code` is the `ERR_*` token when the body has one; the [`MESSAGES`] entries recognise the
//! same errors by their wording when it does not.

use super::proxies::Known;
use super::{cause, fix, CodeEntry, FixSpec};
use crate::ids::CauseId::*;
use crate::ids::ProviderId;

const TUSD_CODES: &str = "https://github.com/tus/tusd/blob/main/pkg/handler/unrouted_handler.go";
const PROTOCOL: &str = "https://tus.io/protocols/resumable-upload";

const FIX_RESUME_FROM_HEAD: FixSpec = fix(
    "Resume from the offset the server reports, and send one PATCH at a time",
    &[
        "Before resuming, send HEAD to the upload URL and continue from its Upload-Offset; tus-js-client and Uppy do this when retries are on (retryDelays).",
        "Never send two PATCH requests for the same upload at once (two tabs, a retry while the first request is still running, parallelUploads without the concatenation extension).",
        "Behind a load balancer, make sure all servers share the same storage and lock (tusd with a shared store and locker).",
    ],
)
.snippet(
    "js",
    r#"const upload = new tus.Upload(file, {
  endpoint: "/files/",
  retryDelays: [0, 1000, 3000, 5000], // on 409 tus-js-client re-reads the offset with HEAD
  chunkSize: 5 * 1024 * 1024,
});"#,
);

const FIX_NEW_UPLOAD: FixSpec = fix(
    "Start a new upload instead of resuming a dead one",
    &[
        "The upload URL the client stored (tus-js-client keeps it in localStorage by fingerprint) points at an upload the server no longer has: it expired, was finished or terminated, or lives on another server.",
        "Let the client create a new upload: remove the stored URL (upload.findPreviousUploads / removeFingerprintOnSuccess: true) and retry.",
    ],
)
.snippet(
    "js",
    r#"new tus.Upload(file, {
  endpoint: "/files/",
  removeFingerprintOnSuccess: true, // don't resume finished uploads
  onError(err) {
    if (err.originalResponse?.getStatus() === 404 || err.originalResponse?.getStatus() === 410) {
      // the stored upload is gone: start over without resuming
    }
  },
});"#,
);

const FIX_MAX_SIZE: FixSpec = fix(
    "Stay under the server's maximum upload size, or raise it",
    &[
        "The server announces its limit in the Tus-Max-Size header of an OPTIONS response; check file.size against it before creating the upload.",
        "Raise the limit where the server is configured (tusd -max-size, @tus/server maxSize) if larger files are fine.",
    ],
);

const FIX_WAIT_FOR_LOCK: FixSpec = fix(
    "Let the first request finish before retrying",
    &[
        "The upload is locked by another request that is still running or was cut off without the server noticing (a dropped connection, a proxy that buffers the body).",
        "Retry after a short delay (tus-js-client retryDelays); make sure proxies pass PATCH bodies through without buffering and time out idle requests.",
    ],
);

const MISMATCHED_OFFSET: CodeEntry = CodeEntry {
    code: "ERR_MISMATCHED_OFFSET",
    status: 409,
    title: "The chunk's Upload-Offset is not where the server's upload ends",
    explanation: "A PATCH must continue exactly at the server's current offset. The client sent another offset: it resumed from a stale offset, or two requests wrote to the same upload.",
    causes: &[
        cause(RequestInvalidRange, 0.7)
            .why("The Upload-Offset of the PATCH differs from the number of bytes the server has stored for this upload.")
            .fixes(&[FIX_RESUME_FROM_HEAD]),
        cause(ResourceLocked, 0.25).why("Two concurrent requests for the same upload (a retry racing the original) make one of them see a moved offset."),
    ],
    docs: TUSD_CODES,
};

const UPLOAD_NOT_FOUND: CodeEntry = CodeEntry {
    code: "ERR_UPLOAD_NOT_FOUND",
    status: 404,
    title: "The tus upload does not exist on this server",
    explanation: "The upload URL names an upload the server does not know: it expired and was cleaned up, it was terminated, it was created on another server, or the URL is wrong.",
    causes: &[
        cause(ResourceUploadNotFound, 0.85)
            .why("The client resumed an upload URL (often stored by fingerprint in localStorage) that this server no longer has.")
            .fixes(&[FIX_NEW_UPLOAD]),
        cause(EndpointWrongHost, 0.2).why("A wrong base path, or a Location header built from the wrong host behind a proxy, points the client at a URL with no upload."),
    ],
    docs: TUSD_CODES,
};

const UPLOAD_GONE: CodeEntry = CodeEntry {
    code: "",
    status: 410,
    title: "The tus upload expired and was removed",
    explanation: "The server's expiration extension removed the unfinished upload (Upload-Expires has passed); resuming it is no longer possible.",
    causes: &[cause(ResourceUploadNotFound, 0.9)
        .why("The upload's Upload-Expires time passed before it was finished, so the server deleted it.")
        .fixes(&[FIX_NEW_UPLOAD])],
    docs: PROTOCOL,
};

const MAX_SIZE_EXCEEDED: CodeEntry = CodeEntry {
    code: "ERR_MAX_SIZE_EXCEEDED",
    status: 413,
    title: "The upload is larger than the tus server's maximum size",
    explanation: "The Upload-Length announced when creating the upload exceeds the server's configured maximum (Tus-Max-Size).",
    causes: &[cause(SizeTooLarge, 0.92)
        .why("The file's size (Upload-Length) is above the tus server's maximum upload size.")
        .fixes(&[FIX_MAX_SIZE])],
    docs: TUSD_CODES,
};

const UPLOAD_SIZE_EXCEEDED: CodeEntry = CodeEntry {
    code: "ERR_UPLOAD_SIZE_EXCEEDED",
    status: 413,
    title: "The chunk would grow the upload beyond its declared Upload-Length",
    explanation: "The PATCH carries more bytes than the upload has left: the client declared a smaller Upload-Length than the data it sends, or resends a chunk the server already stored.",
    causes: &[
        cause(RequestInvalidRange, 0.6).why("Offset plus chunk length is larger than the Upload-Length given when the upload was created.").fixes(&[FIX_RESUME_FROM_HEAD]),
        cause(SizeTooLarge, 0.4).why("The file changed size after the upload was created (Upload-Length is fixed at creation)."),
    ],
    docs: TUSD_CODES,
};

const UNSUPPORTED_VERSION: CodeEntry = CodeEntry {
    code: "ERR_UNSUPPORTED_VERSION",
    status: 412,
    title: "The request has no (or an unsupported) Tus-Resumable header",
    explanation: "Every tus request except OPTIONS, GET and HEAD must carry Tus-Resumable: 1.0.0. It was missing or had another version: a plain HTTP client, a proxy that strips the header, or a non-tus client.",
    causes: &[
        cause(RequestMissingHeader, 0.8).why("The request lacks Tus-Resumable: 1.0.0 (or a proxy removed it).").fixes(&[fix(
            "Send Tus-Resumable: 1.0.0 on every request",
            &[
                "Use a tus client (tus-js-client, Uppy's Tus plugin) rather than fetch/axios for the upload requests.",
                "If a proxy sits in front of the tus server, make it forward the Tus-Resumable, Upload-Offset, Upload-Length and Upload-Metadata headers.",
            ],
        )]),
        cause(ProxyIntermediary, 0.2).why("A proxy that drops unknown request headers causes this on every request."),
    ],
    docs: PROTOCOL,
};

const INVALID_CONTENT_TYPE: CodeEntry = CodeEntry {
    code: "ERR_INVALID_CONTENT_TYPE",
    status: 400,
    title: "A PATCH without Content-Type: application/offset+octet-stream",
    explanation: "tus chunks must be sent with Content-Type application/offset+octet-stream.",
    causes: &[
        cause(RequestMissingHeader, 0.75),
        cause(RequestInvalidContentType, 0.4),
    ],
    docs: TUSD_CODES,
};

const INVALID_UPLOAD_LENGTH: CodeEntry = CodeEntry {
    code: "ERR_INVALID_UPLOAD_LENGTH",
    status: 400,
    title: "Creating the upload without a valid Upload-Length",
    explanation: "The POST that creates an upload must say how big it is (Upload-Length) or defer it (Upload-Defer-Length: 1 when the server supports it).",
    causes: &[cause(RequestMissingHeader, 0.75), cause(SizeContentLengthMissing, 0.35)],
    docs: TUSD_CODES,
};

const INVALID_OFFSET: CodeEntry = CodeEntry {
    code: "ERR_INVALID_OFFSET",
    status: 400,
    title: "A PATCH without a valid Upload-Offset header",
    explanation: "Every PATCH must say where the chunk starts (Upload-Offset).",
    causes: &[cause(RequestMissingHeader, 0.8)],
    docs: TUSD_CODES,
};

const UPLOAD_LOCKED: CodeEntry = CodeEntry {
    code: "ERR_UPLOAD_LOCKED",
    status: 423,
    title: "Another request is writing to this upload",
    explanation: "The server locks an upload while a request writes to it. A second request for the same upload arrived while the first was still running (or was cut off without the server noticing).",
    causes: &[cause(ResourceLocked, 0.85).fixes(&[FIX_WAIT_FOR_LOCK])],
    docs: TUSD_CODES,
};

const LOCK_TIMEOUT: CodeEntry = CodeEntry {
    code: "ERR_LOCK_TIMEOUT",
    status: 500,
    title: "The server could not lock the upload in time",
    explanation: "tusd waited for the lock of this upload (held by another, possibly stale, request) and gave up.",
    causes: &[
        cause(ResourceLocked, 0.8).why("Another request still holds the upload's lock, or a stale lock file (filelocker) was left behind by a crashed request.").fixes(&[FIX_WAIT_FOR_LOCK]),
        cause(ProviderInternalError, 0.2),
    ],
    docs: TUSD_CODES,
};

const UPLOAD_REJECTED: CodeEntry = CodeEntry {
    code: "ERR_UPLOAD_REJECTED",
    status: 400,
    title: "A pre-create hook rejected the upload",
    explanation: "The server's pre-create hook (your own code or service) refused to create the upload: an authorization check, a file-type or size rule, a quota.",
    causes: &[
        cause(PermissionDenied, 0.5).why("The hook's authorization check rejected the caller (missing or invalid token in the upload's headers or metadata)."),
        cause(RequestInvalid, 0.45).why("The hook's validation (file type, name, size, metadata) rejected the upload."),
    ],
    docs: "https://tus.github.io/tusd/advanced-topics/hooks/",
};

const UPLOAD_INTERRUPTED: CodeEntry = CodeEntry {
    code: "ERR_UPLOAD_INTERRUPTED",
    status: 400,
    title: "Another request for this upload took over",
    explanation: "tusd stopped this request because a newer request for the same upload arrived (the client retried while the old request was still open).",
    causes: &[cause(ResourceLocked, 0.6).fixes(&[FIX_RESUME_FROM_HEAD]), cause(NetworkFailed, 0.3)],
    docs: TUSD_CODES,
};

const ORIGIN_NOT_ALLOWED: CodeEntry = CodeEntry {
    code: "ERR_ORIGIN_NOT_ALLOWED",
    status: 403,
    title: "The tus server does not allow this page's origin",
    explanation: "tusd's CORS configuration (-cors-allow-origin) does not match the Origin of the page that uploads.",
    causes: &[cause(CorsPreflightRejected, 0.85).fixes(&[fix(
        "Allow the page's origin on the tus server",
        &["Start tusd with -cors-allow-origin matching your site (a regular expression), or put the page and the tus endpoint on the same origin."],
    )])],
    docs: TUSD_CODES,
};

const READ_TIMEOUT: CodeEntry = CodeEntry {
    code: "ERR_READ_TIMEOUT",
    status: 500,
    title: "The server stopped waiting for the chunk's data",
    explanation: "No data arrived for longer than tusd's network timeout while reading the PATCH body: the connection stalled.",
    causes: &[cause(NetworkFailed, 0.75), cause(ProxyIntermediary, 0.2).why("A proxy that buffers request bodies delays the data until the whole chunk arrived.")],
    docs: TUSD_CODES,
};

const CONNECTION_RESET: CodeEntry = CodeEntry {
    code: "ERR_CONNECTION_RESET",
    status: 500,
    title: "The connection was reset while the chunk was being sent",
    explanation: "The client (or something in between) closed the connection in the middle of the PATCH; resuming continues from the stored offset.",
    causes: &[cause(NetworkFailed, 0.8).fixes(&[FIX_RESUME_FROM_HEAD])],
    docs: TUSD_CODES,
};

/// tusd's error tokens.
pub static TABLE: &[CodeEntry] = &[
    MISMATCHED_OFFSET,
    UPLOAD_NOT_FOUND,
    MAX_SIZE_EXCEEDED,
    UPLOAD_SIZE_EXCEEDED,
    UNSUPPORTED_VERSION,
    INVALID_CONTENT_TYPE,
    INVALID_UPLOAD_LENGTH,
    INVALID_OFFSET,
    UPLOAD_LOCKED,
    LOCK_TIMEOUT,
    UPLOAD_REJECTED,
    UPLOAD_INTERRUPTED,
    ORIGIN_NOT_ALLOWED,
    READ_TIMEOUT,
    CONNECTION_RESET,
];

/// The same errors from servers that send no token, by their wording.
pub static MESSAGES: &[Known] = &[
    Known {
        provider: ProviderId::Tus,
        status: 0,
        wording: "Upload-Offset conflict",
        entry: &MISMATCHED_OFFSET,
    },
    Known {
        provider: ProviderId::Tus,
        status: 0,
        wording: "mismatched offset",
        entry: &MISMATCHED_OFFSET,
    },
    Known {
        provider: ProviderId::Tus,
        status: 0,
        wording: "Offset does not match file",
        entry: &MISMATCHED_OFFSET,
    },
    Known {
        provider: ProviderId::Tus,
        status: 0,
        wording: "The file for this url was not found",
        entry: &UPLOAD_NOT_FOUND,
    },
    Known {
        provider: ProviderId::Tus,
        status: 0,
        wording: "The file for this url no longer exists",
        entry: &UPLOAD_GONE,
    },
    Known {
        provider: ProviderId::Tus,
        status: 0,
        wording: "Maximum size exceeded",
        entry: &MAX_SIZE_EXCEEDED,
    },
    Known {
        provider: ProviderId::Tus,
        status: 0,
        wording: "upload exceeds maximum size",
        entry: &MAX_SIZE_EXCEEDED,
    },
    Known {
        provider: ProviderId::Tus,
        status: 0,
        wording: "size exceeded",
        entry: &UPLOAD_SIZE_EXCEEDED,
    },
    Known {
        provider: ProviderId::Tus,
        status: 0,
        wording: "Tus-Resumable Required",
        entry: &UNSUPPORTED_VERSION,
    },
    Known {
        provider: ProviderId::Tus,
        status: 0,
        wording: "Invalid tus-resumable",
        entry: &UNSUPPORTED_VERSION,
    },
    Known {
        provider: ProviderId::Tus,
        status: 0,
        wording: "is currently being updated",
        entry: &UPLOAD_LOCKED,
    },
    Known {
        provider: ProviderId::Tus,
        status: 0,
        wording: "file currently locked",
        entry: &UPLOAD_LOCKED,
    },
];

/// Whether `token` is one of tusd's error tokens.
pub fn is_token(token: &str) -> bool {
    TABLE.iter().any(|e| e.code == token)
}
