//! Problem details for HTTP APIs (RFC 9457, formerly RFC 7807): the codes seen in the wild.
//!
//! Sources:
//! - RFC 9457, "Problem Details for HTTP APIs" (§3: the members; §3.1.1: `type` defaults to
//!   `about:blank`, whose `title` SHOULD be the HTTP status phrase; §3 examples `out-of-credit`
//!   and `validation-error` with its `errors` array of `detail` + `pointer`):
//!   <https://www.rfc-editor.org/rfc/rfc9457>
//! - Datafold, "Error handling" (`"type": "/errors/integrity"`, "Uniqueness violation", 409;
//!   `type`, `status` and `instance` always present; `instance` is an opaque id to quote to
//!   Datafold, never to parse; 422 carries an `errors` member and also covers resources named in
//!   payload fields): <https://docs.datafold.com/developer/datafold-api/error-handling>
//! - Slugs used as the last path segment of `type` by many APIs, e.g.
//!   `https://api.holded.com/problems/not-found`,
//!   `https://docs.holidayextras.co.uk/partner/v2/problems/too-many-requests` and `.../conflict`,
//!   and the same `/problems/{not-found,unauthorized,forbidden,conflict,validation-error,
//!   too-many-requests,payload-too-large,internal-server-error,service-unavailable}` family in
//!   many public API codebases.
//!
//! What `code` holds (see `ids/provider-ids.txt`): the problem's `code` member if any, else the
//! last path segment of `type` (`/errors/integrity` → `integrity`,
//! `https://example.net/validation-error` → `validation-error`), else none: `about:blank` (the
//! default type, RFC 9457 §4.2.1) means nothing beyond the status, so it gives no code.
//!
//! ```text
//! {"type":"/errors/integrity","title":"Uniqueness violation","status":409,
//!  "detail":"The resource with ... already exists.",
//!  "instance":"2022-02-08T14:30:55.851512Z/gs8ueabo/11840"}
//! ```
//!
//! Only codes are here. What a bare status means (401 authentication needed, 403 no access,
//! 404 URL target missing, 409 conflict, 422 validation, 400 other client error, 500 server) is in
//! [`super::status`], which is what a problem without a code falls back to.

use super::{cause, fix, CodeEntry};
use crate::ids::CauseId::*;

/// Every code of this provider.
pub static TABLE: &[CodeEntry] = &[
    CodeEntry {
        code: "integrity",
        status: 409,
        title: "Uniqueness violation: a conflicting object already exists",
        explanation: "Datafold's `/errors/integrity` problem: the object you try to create \
            conflicts with an existing one (e.g. a user with the same email); `detail` names it. \
            `instance` is an opaque id of the occurrence: give it to support as-is, don't parse it.",
        causes: &[
            cause(ResourceAlreadyExists, 0.85)
                .why("An object with the same unique value (name, email, key) already exists.")
                .fixes(&[fix(
                    "Use the existing object or another unique value",
                    &[
                        "Read `detail` for the conflicting value.",
                        "Fetch and reuse the existing object, or create with a different value.",
                        "If you retried a create that actually succeeded, treat this as success.",
                    ],
                )]),
            cause(RequestInvalid, 0.1),
        ],
        docs: "https://docs.datafold.com/developer/datafold-api/error-handling",
    },
    CodeEntry {
        code: "validation-error",
        status: 422,
        title: "The request's input values are not valid",
        explanation: "The input is malformed or fails validation. RFC 9457's example of this type \
            carries an `errors` array whose entries give a `detail` and a JSON `pointer` (\"#/age\") \
            to each bad field; read them. A 422 can also mean a resource named in a payload field \
            does not exist. `instance` is an opaque id to quote to support, never to parse.",
        causes: &[
            cause(RequestInvalid, 0.8)
                .why("One or more fields are missing, of the wrong type or out of range; `errors` \
                    lists them with a pointer to each.")
                .fixes(&[fix(
                    "Fix each field listed in `errors`",
                    &[
                        "Read every entry of `errors`: `pointer` says which field, `detail` what is \
                            wrong with it.",
                        "Validate the same rules on the client before sending.",
                    ],
                )]),
            cause(ResourceNotFound, 0.15)
                .why("A payload field refers to something that does not exist (an id of a deleted \
                    or never-created object)."),
        ],
        docs: "https://www.rfc-editor.org/rfc/rfc9457",
    },
    CodeEntry {
        code: "validation",
        status: 0,
        title: "The request's input values are not valid",
        explanation: "A validation problem (answered with 400 or 422 depending on the API): the \
            input is malformed or fails validation; look for an `errors` member listing the \
            fields. `instance` is an opaque id to quote to support, never to parse.",
        causes: &[
            cause(RequestInvalid, 0.8).fixes(&[fix(
                "Fix the fields the problem lists",
                &[
                    "Read `detail` and any `errors`/`invalid-params` member for the fields at fault.",
                    "Compare the payload with the API's schema for this endpoint.",
                ],
            )]),
            cause(ResourceNotFound, 0.1),
        ],
        docs: "https://www.rfc-editor.org/rfc/rfc9457",
    },
    CodeEntry {
        code: "out-of-credit",
        status: 403,
        title: "The account does not have enough credit",
        explanation: "RFC 9457's example problem type: the operation costs more than the account's \
            balance; extension members such as `balance` may say by how much. `instance` is an \
            opaque id to quote to support, never to parse.",
        causes: &[cause(ProviderQuotaExceeded, 0.9)
            .why("The account's credit, plan or quota does not cover this operation.")
            .fixes(&[fix(
                "Top up or upgrade",
                &["Add credit or upgrade the plan, or make a cheaper request (see `detail` and \
                    extension members such as `balance`)."],
            )])],
        docs: "https://www.rfc-editor.org/rfc/rfc9457",
    },
    CodeEntry {
        code: "unauthorized",
        status: 401,
        title: "Authentication is required",
        explanation: "The API needs credentials and got none it accepts: anonymous access is not \
            allowed, or the token is expired or invalid. `detail` usually says which. `instance` \
            is an opaque id to quote to support, never to parse.",
        causes: &[
            cause(AuthMissingCredentials, 0.4)
                .why("No Authorization header / API key was sent with the request.")
                .fixes(&[fix(
                    "Send credentials",
                    &["Add the Authorization header (or API key header) the API documents to \
                        every request, including the upload itself."],
                )]),
            cause(AuthTokenExpired, 0.3).fixes(&[fix(
                "Refresh the token",
                &["Get a new access token (refresh flow or sign in again) and retry."],
            )]),
            cause(AuthTokenInvalid, 0.25)
                .why("The token is malformed, for another environment, or sent with the wrong \
                    scheme (e.g. `Token` vs `Bearer`)."),
        ],
        docs: "",
    },
    CodeEntry {
        code: "forbidden",
        status: 403,
        title: "Authenticated, but not allowed to do this",
        explanation: "The credentials are valid but have no access to the resource in the URL or \
            to this operation. `instance` is an opaque id to quote to support, never to parse.",
        causes: &[
            cause(PermissionDenied, 0.85)
                .why("The user, key or role lacks the permission for this resource or operation.")
                .fixes(&[fix(
                    "Get the permission or use an account that has it",
                    &[
                        "Check the role/scopes of the key or user against what the endpoint needs.",
                        "Ask an admin to grant access to this resource.",
                    ],
                )]),
            cause(AuthAccountDisabled, 0.1),
        ],
        docs: "",
    },
    CodeEntry {
        code: "not-found",
        status: 404,
        title: "The resource in the URL does not exist",
        explanation: "Nothing exists at the URL's resource: a wrong id or path, a deleted object, \
            or the wrong API base URL/version. Some APIs also answer 404 to hide resources you may \
            not see. `instance` is an opaque id to quote to support, never to parse.",
        causes: &[
            cause(ResourceNotFound, 0.45)
                .why("An id or slug in the URL does not match an existing resource.")
                .fixes(&[fix(
                    "Check the ids in the URL",
                    &["Compare every id/slug in the URL with the resource as the API lists it."],
                )]),
            cause(ResourceObjectNotFound, 0.25),
            cause(EndpointWrongHost, 0.2)
                .why("The base URL, API version or route is wrong, so no such endpoint exists."),
        ],
        docs: "",
    },
    CodeEntry {
        code: "conflict",
        status: 409,
        title: "The request conflicts with the resource's current state",
        explanation: "Something conflicting already exists (a duplicate name or key) or the \
            resource changed state since you read it. `instance` is an opaque id to quote to \
            support, never to parse.",
        causes: &[
            cause(ResourceAlreadyExists, 0.6).fixes(&[fix(
                "Reuse the existing resource or pick another name",
                &["Read `detail` for the conflicting value; fetch the existing one or change the value."],
            )]),
            cause(RequestPreconditionFailed, 0.2)
                .why("The resource changed since you read it (stale version/ETag)."),
            cause(ResourceLocked, 0.15),
        ],
        docs: "",
    },
    CodeEntry {
        code: "bad-request",
        status: 400,
        title: "The request is malformed",
        explanation: "A client-side error the client can fix: invalid syntax, a bad parameter, or \
            an action that cannot be performed in the current configuration. `instance` is an \
            opaque id to quote to support, never to parse.",
        causes: &[
            cause(RequestInvalid, 0.8).fixes(&[fix(
                "Fix what `detail` names",
                &["Read `detail`, then check the method, headers and body against the API reference."],
            )]),
            cause(RequestInvalidContentType, 0.1)
                .why("The body's Content-Type is not the one the endpoint expects."),
        ],
        docs: "",
    },
    CodeEntry {
        code: "too-many-requests",
        status: 429,
        title: "Rate limited",
        explanation: "The client sent too many requests; honour Retry-After if present. \
            `instance` is an opaque id to quote to support, never to parse.",
        causes: &[cause(ProviderThrottled, 0.9).fixes(&[fix(
            "Back off and retry",
            &[
                "Wait for Retry-After (or back off exponentially with jitter), then retry.",
                "Reduce parallel uploads.",
            ],
        )])],
        docs: "",
    },
    CodeEntry {
        code: "payload-too-large",
        status: 413,
        title: "The request body is larger than the API accepts",
        explanation: "The body exceeds the API's size limit. `instance` is an opaque id to quote \
            to support, never to parse.",
        causes: &[
            cause(SizeTooLarge, 0.85).fixes(&[fix(
                "Send less, or use the API's large-upload path",
                &["Check the documented maximum; compress, split, or use the API's multipart / \
                    resumable upload for big files."],
            )]),
            cause(ProxyIntermediary, 0.1),
        ],
        docs: "",
    },
    CodeEntry {
        code: "internal-server-error",
        status: 500,
        title: "The server failed",
        explanation: "An error on the server side that the client cannot fix. `instance` is an \
            opaque id of this occurrence: quote it to the API's support (it locates the logs), \
            never parse it.",
        causes: &[cause(ProviderInternalError, 0.9).fixes(&[fix(
            "Retry, then report with `instance`",
            &[
                "Retry with backoff.",
                "If it persists, contact the API's support and quote `instance` verbatim.",
            ],
        )])],
        docs: "",
    },
    CodeEntry {
        code: "service-unavailable",
        status: 503,
        title: "The service is temporarily unavailable",
        explanation: "The server is overloaded or in maintenance; honour Retry-After if present. \
            `instance` is an opaque id to quote to support, never to parse.",
        causes: &[
            cause(ProviderUnavailable, 0.85).fixes(&[fix(
                "Retry later",
                &["Retry after Retry-After or with exponential backoff; check the API's status page."],
            )]),
            cause(ProviderThrottled, 0.1),
        ],
        docs: "",
    },
];
