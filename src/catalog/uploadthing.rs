//! UploadThing: `UploadThingError` codes, and the messages its client prints without one.
//!
//! Sources:
//! - `packages/shared/src/error.ts` of pingdotgg/uploadthing: `ERROR_CODES` (BAD_REQUEST 400,
//!   NOT_FOUND 404, FORBIDDEN 403, INTERNAL_SERVER_ERROR 500, INTERNAL_CLIENT_ERROR 500, TOO_LARGE
//!   413, TOO_SMALL 400, TOO_MANY_FILES 400, KEY_TOO_LONG 400, URL_GENERATION_FAILED 500,
//!   UPLOAD_FAILED 500, MISSING_ENV 500, FILE_LIMIT_EXCEEDED 500) and `toObject` (the wire shape
//!   `{"code", "message", "data"}`): <https://github.com/pingdotgg/uploadthing/blob/main/packages/shared/src/error.ts>;
//! - UploadThing's docs on file routes (`maxFileSize`, `maxFileCount`; defaults 4MB for images)
//!   and errors: <https://docs.uploadthing.com/file-routes>, <https://docs.uploadthing.com/errors>;
//! - issue threads with the messages (`tests/fixtures/uploadthing/`).

use super::proxies::Known;
use super::{cause, fix, CodeEntry, FixSpec};
use crate::ids::CauseId::*;
use crate::ids::ProviderId;

const ERRORS: &str = "https://docs.uploadthing.com/errors";
const ROUTES: &str = "https://docs.uploadthing.com/file-routes";

const FIX_ROUTE_CONFIG: FixSpec = fix(
    "Raise the file route's limits, or check the file in the page first",
    &[
        "Each file route sets maxFileSize and maxFileCount per file type; without one, images default to 4MB and 1 file.",
        "Raise them in the route config (f({ image: { maxFileSize: \"16MB\", maxFileCount: 4 } })), and show the limit in the UI.",
    ],
)
.snippet(
    "ts",
    r#"export const ourFileRouter = {
  imageUploader: f({ image: { maxFileSize: "16MB", maxFileCount: 4 } })
    .middleware(async () => ({}))
    .onUploadComplete(async ({ file }) => ({ url: file.url })),
} satisfies FileRouter;"#,
);

const FIX_ENV_AND_ROUTE: FixSpec = fix(
    "Check the route handler, its environment and its middleware",
    &[
        "The client asks your /api/uploadthing route for presigned URLs; it fails when UPLOADTHING_TOKEN (UPLOADTHING_SECRET and UPLOADTHING_APP_ID before v7) is missing in that environment, when the route is behind auth middleware that redirects, or when your .middleware() throws.",
        "Look at the server log of the route for the real error (use errorFormatter to send err.cause to the client while debugging).",
    ],
);

const BAD_REQUEST: CodeEntry = CodeEntry {
    code: "BAD_REQUEST",
    status: 400,
    title: "UploadThing rejected the request",
    explanation: "The upload request does not fit the file route: a file type, size or count the route does not accept (\"Invalid config: …\"), or a malformed request.",
    causes: &[
        cause(RequestInvalid, 0.5),
        cause(SizeTooLarge, 0.35).why("\"Invalid config: FileSizeMismatch\" / \"InvalidFileSize\": a file is larger than the route's maxFileSize.").fixes(&[FIX_ROUTE_CONFIG]),
    ],
    docs: ERRORS,
};

const TOO_LARGE: CodeEntry = CodeEntry {
    code: "TOO_LARGE",
    status: 413,
    title: "The file is larger than the route's maxFileSize",
    explanation: "UploadThing refused the file because it exceeds the maxFileSize of its type in the file route.",
    causes: &[cause(SizeTooLarge, 0.92).fixes(&[FIX_ROUTE_CONFIG])],
    docs: ROUTES,
};

const TOO_SMALL: CodeEntry = CodeEntry {
    code: "TOO_SMALL",
    status: 400,
    title: "The file is smaller than the route's minimum",
    explanation: "The file route requires a minimum size (minFileSize) or file count (minFileCount) that this upload does not meet.",
    causes: &[cause(SizeTooSmall, 0.8)],
    docs: ROUTES,
};

const TOO_MANY_FILES: CodeEntry = CodeEntry {
    code: "TOO_MANY_FILES",
    status: 400,
    title: "More files than the route's maxFileCount",
    explanation: "The upload has more files of a type than the file route allows (maxFileCount defaults to 1).",
    causes: &[cause(RequestInvalid, 0.8).fixes(&[FIX_ROUTE_CONFIG])],
    docs: ROUTES,
};

const FILE_LIMIT_EXCEEDED: CodeEntry = CodeEntry {
    code: "FILE_LIMIT_EXCEEDED",
    status: 500,
    title: "The UploadThing app's storage limit is reached",
    explanation: "The app has used its plan's storage quota; UploadThing refuses new uploads until files are deleted or the plan is upgraded.",
    causes: &[cause(ProviderQuotaExceeded, 0.9)],
    docs: ERRORS,
};

const MISSING_ENV: CodeEntry = CodeEntry {
    code: "MISSING_ENV",
    status: 500,
    title: "The UploadThing route has no token configured",
    explanation: "The server route could not find UPLOADTHING_TOKEN (or UPLOADTHING_SECRET) in its environment.",
    causes: &[cause(AuthMissingCredentials, 0.85).fixes(&[FIX_ENV_AND_ROUTE])],
    docs: ERRORS,
};

const URL_GENERATION_FAILED: CodeEntry = CodeEntry {
    code: "URL_GENERATION_FAILED",
    status: 500,
    title: "UploadThing could not create the presigned upload URLs",
    explanation: "The route asked UploadThing's API for upload URLs and it failed: an invalid token, an API outage, or a request UploadThing refused.",
    causes: &[
        cause(AuthTokenInvalid, 0.4).fixes(&[FIX_ENV_AND_ROUTE]),
        cause(ProviderInternalError, 0.35),
    ],
    docs: ERRORS,
};

const UPLOAD_FAILED: CodeEntry = CodeEntry {
    code: "UPLOAD_FAILED",
    status: 500,
    title: "Sending the file to UploadThing's storage failed",
    explanation: "The browser's upload to the presigned URL failed: the network, a CORS or content-security-policy rule of the page, or the storage refusing the file.",
    causes: &[cause(NetworkFailed, 0.45), cause(ProviderInternalError, 0.3)],
    docs: ERRORS,
};

const INTERNAL_CLIENT_ERROR: CodeEntry = CodeEntry {
    code: "INTERNAL_CLIENT_ERROR",
    status: 500,
    title: "The UploadThing client could not read the server's answer",
    explanation: "The client library failed while handling the response of your /api/uploadthing route, typically \"Unexpected end of JSON input\": the route answered with an empty or non-JSON body (a redirect to a login page, a proxy's error page, a crashed handler).",
    causes: &[
        cause(ProxyIntermediary, 0.5).why("Something other than the UploadThing route handler answered the client (middleware, a redirect, a proxy), so the JSON it expected was missing.").fixes(&[FIX_ENV_AND_ROUTE]),
        cause(EndpointWrongHost, 0.3).why("The client's url option or the route path does not point at the UploadThing route handler."),
    ],
    docs: ERRORS,
};

const INTERNAL_SERVER_ERROR: CodeEntry = CodeEntry {
    code: "INTERNAL_SERVER_ERROR",
    status: 500,
    title: "The UploadThing route handler failed",
    explanation: "Your route's middleware or onUploadComplete threw, or the handler failed; the server log has the cause.",
    causes: &[cause(ProviderInternalError, 0.5).fixes(&[FIX_ENV_AND_ROUTE])],
    docs: ERRORS,
};

const FORBIDDEN: CodeEntry = CodeEntry {
    code: "FORBIDDEN",
    status: 403,
    title: "The UploadThing route refused this user",
    explanation: "The route's middleware threw an UploadThingError FORBIDDEN (usually: no signed-in user), or UploadThing refused the app's token.",
    causes: &[cause(PermissionDenied, 0.6), cause(AuthMissingCredentials, 0.35)],
    docs: ERRORS,
};

const NOT_FOUND: CodeEntry = CodeEntry {
    code: "NOT_FOUND",
    status: 404,
    title: "No such UploadThing file route",
    explanation: "The endpoint (slug) the client asked for is not a route of the file router, or the file does not exist.",
    causes: &[cause(ResourceNotFound, 0.6), cause(EndpointWrongHost, 0.3)],
    docs: ERRORS,
};

const PRESIGNED_URLS: CodeEntry = CodeEntry {
    code: "",
    status: 0,
    title: "The client could not get presigned URLs from your UploadThing route",
    explanation: "\"Failed to get presigned URLs\" / \"Unable to get presigned urls\": the request to your /api/uploadthing route failed. The route's log has the reason: missing environment variables, the route not public (auth middleware), the route's middleware throwing, or a file that breaks the route's limits.",
    causes: &[
        cause(AuthMissingCredentials, 0.45).why("UPLOADTHING_TOKEN (or UPLOADTHING_SECRET/APP_ID) missing in the deployed environment is the most common reason.").fixes(&[FIX_ENV_AND_ROUTE]),
        cause(SizeTooLarge, 0.35).why("A file above the route's maxFileSize also makes the presigned URL request fail.").fixes(&[FIX_ROUTE_CONFIG]),
        cause(EndpointWrongHost, 0.3).why("An auth middleware that redirects /api/uploadthing to a login page answers HTML instead of the route's JSON."),
    ],
    docs: ERRORS,
};

const S3_UPLOAD_FAILED: CodeEntry = CodeEntry {
    code: "",
    status: 0,
    title: "The browser's upload to UploadThing's storage failed",
    explanation: "\"Failed to upload file … to S3\" (uploadthing v5 and earlier): the presigned POST to S3 was refused. Its policy carries the route's maxFileSize as content-length-range, so a file over the limit fails exactly here.",
    causes: &[
        cause(SizeTooLarge, 0.55).why("The presigned POST's content-length-range is the route's maxFileSize; a larger file is refused by S3.").fixes(&[FIX_ROUTE_CONFIG]),
        cause(PostPolicyCondition, 0.35),
        cause(NetworkFailed, 0.2),
    ],
    docs: ROUTES,
};

const SIZE_MISMATCH: CodeEntry = CodeEntry {
    code: "",
    status: 400,
    title: "A file breaks the route's maxFileSize (Invalid config: FileSizeMismatch)",
    explanation: "The route handler compared the files with the route config and a file is larger than maxFileSize for its type (4MB for images unless configured).",
    causes: &[cause(SizeTooLarge, 0.9).fixes(&[FIX_ROUTE_CONFIG])],
    docs: ROUTES,
};

const COUNT_MISMATCH: CodeEntry = CodeEntry {
    code: "",
    status: 400,
    title: "More files than the route allows (Invalid config: FileCountMismatch)",
    explanation:
        "The upload has more files of a type than the route's maxFileCount (1 unless configured).",
    causes: &[cause(RequestInvalid, 0.85).fixes(&[FIX_ROUTE_CONFIG])],
    docs: ROUTES,
};

const TYPE_MISMATCH: CodeEntry = CodeEntry {
    code: "",
    status: 400,
    title: "A file type the route does not accept (Invalid config: InvalidFileType)",
    explanation: "The route accepts only the file types in its config (image, video, pdf, …); this file's type is not one of them.",
    causes: &[cause(RequestInvalidContentType, 0.85)],
    docs: ROUTES,
};

/// `UploadThingError` codes.
pub static TABLE: &[CodeEntry] = &[
    BAD_REQUEST,
    TOO_LARGE,
    TOO_SMALL,
    TOO_MANY_FILES,
    FILE_LIMIT_EXCEEDED,
    MISSING_ENV,
    URL_GENERATION_FAILED,
    UPLOAD_FAILED,
    INTERNAL_CLIENT_ERROR,
    INTERNAL_SERVER_ERROR,
    FORBIDDEN,
    NOT_FOUND,
];

/// Messages without a code (or with only a generic one).
pub static MESSAGES: &[Known] = &[
    Known {
        provider: ProviderId::Uploadthing,
        status: 0,
        wording: "FileSizeMismatch",
        entry: &SIZE_MISMATCH,
    },
    Known {
        provider: ProviderId::Uploadthing,
        status: 0,
        wording: "InvalidFileSize",
        entry: &SIZE_MISMATCH,
    },
    Known {
        provider: ProviderId::Uploadthing,
        status: 0,
        wording: "FileCountMismatch",
        entry: &COUNT_MISMATCH,
    },
    Known {
        provider: ProviderId::Uploadthing,
        status: 0,
        wording: "InvalidFileType",
        entry: &TYPE_MISMATCH,
    },
    Known {
        provider: ProviderId::Uploadthing,
        status: 0,
        wording: "to get presigned URLs",
        entry: &PRESIGNED_URLS,
    },
    Known {
        provider: ProviderId::Uploadthing,
        status: 0,
        wording: "to get presigned urls",
        entry: &PRESIGNED_URLS,
    },
    Known {
        provider: ProviderId::Uploadthing,
        status: 0,
        wording: "to S3",
        entry: &S3_UPLOAD_FAILED,
    },
];

/// Codes only UploadThing uses.
pub const DISTINCT: &[&str] = &[
    "TOO_LARGE",
    "TOO_SMALL",
    "TOO_MANY_FILES",
    "KEY_TOO_LONG",
    "URL_GENERATION_FAILED",
    "UPLOAD_FAILED",
    "MISSING_ENV",
    "FILE_LIMIT_EXCEEDED",
    "INTERNAL_CLIENT_ERROR",
];
