//! What a bare HTTP status says when no error code is recognised.
//!
//! When the body carries no code that any catalogue table knows (an HTML page from a proxy, an
//! empty body, an unknown JSON shape), the status is the only evidence left. This table maps it to
//! a title and a ranked list of generic causes. The weights stay at or below 0.5, lower than a
//! recognised code would give, because a status alone is weak evidence; rules that look at the
//! body, headers or request context can still raise or add causes.
//!
//! The reading of 4xx statuses follows the common REST convention (as documented by e.g.
//! Datafold's RFC 7807 error handling): 401 authentication needed; 403 no access to the resource
//! or operation; 404 the resource the URL refers to does not exist; 409 a conflicting object
//! exists; 422 inputs malformed or failing validation (with an `errors` member saying what);
//! 400 any other client-side error, including account configuration and third-party failures;
//! 500 server side.

use super::{cause, CauseRef};
use crate::ids::CauseId::*;

/// Status 0: the browser got no response at all.
const NO_RESPONSE: &[CauseRef] = &[
    cause(CorsPreflightRejected, 0.5).why(
        "Browsers report status 0 when a cross-origin request is blocked by CORS: the preflight was rejected, or the response lacked Access-Control-Allow-Origin, so the page sees neither a status nor a body.",
    ),
    cause(NetworkFailed, 0.4).why(
        "Status 0 also means no response arrived at all: the device was offline, DNS failed, an extension, firewall or mixed-content rule blocked the request, or the connection was reset during the upload.",
    ),
    cause(SizeTooLarge, 0.15).why(
        "A proxy that rejects a too-large body (413) usually answers without CORS headers, so the browser hides that error behind status 0 as well.",
    ),
];

const REDIRECT: &[CauseRef] = &[
    cause(EndpointWrongRegion, 0.4).why(
        "Storage services redirect requests sent to another region's or the global endpoint; browsers do not follow such redirects for uploads, so the upload fails.",
    ),
    cause(EndpointWrongHost, 0.3).why(
        "The URL may point at an old domain, http instead of https, or a host that forwards elsewhere; upload to the final URL directly.",
    ),
];

const BAD_REQUEST: &[CauseRef] = &[cause(RequestInvalid, 0.5).why(
    "400 is the catch-all for errors on the client side: the request is malformed or missing a parameter, or the action cannot be performed as asked, e.g. because of the account's or organisation's configuration, or because a third-party service the API depends on rejected it.",
)];

const UNAUTHORIZED: &[CauseRef] = &[
    cause(AuthMissingCredentials, 0.45).why(
        "401 means the service needs to know who is calling: no credentials were sent, or anonymous access is not allowed.",
    ),
    cause(AuthTokenInvalid, 0.3).why(
        "Credentials were sent but could not be accepted: a malformed token, the wrong kind of key or the wrong Authorization scheme also gives 401.",
    ),
    cause(AuthTokenExpired, 0.3).why(
        "An expired JWT, OAuth or session token is rejected with 401 too: it worked before and fails once its lifetime is over.",
    ),
];

const FORBIDDEN: &[CauseRef] = &[
    cause(PermissionDenied, 0.45).why(
        "403 means the service knows who is calling but refuses access to this resource or operation.",
    ),
    cause(SignatureSecretMismatch, 0.3).why(
        "Storage services that sign requests S3-style also answer 403 when the signature does not verify, e.g. because it was computed with the wrong secret.",
    ),
    cause(PresignExpired, 0.3)
        .why("An expired presigned URL, POST policy or SAS token is refused with 403."),
    cause(AuthTokenExpired, 0.2)
        .why("Some services answer 403 rather than 401 when a token has expired."),
];

const NOT_FOUND: &[CauseRef] = &[
    cause(ResourceNotFound, 0.35).why(
        "404 means the resource the URL refers to does not exist: a wrong route, API version, tenant or identifier in the path.",
    ),
    cause(ResourceObjectNotFound, 0.3).why(
        "For a storage URL, the object or key in the path may not exist, or be hidden from a caller without read access.",
    ),
    cause(ResourceBucketNotFound, 0.3).why(
        "The bucket or container in the URL may not exist, or not be visible to this caller.",
    ),
    cause(EndpointWrongHost, 0.25).why(
        "A wrong endpoint, base URL or addressing style (path-style versus virtual-hosted) makes the path point at nothing.",
    ),
];

const METHOD_NOT_ALLOWED: &[CauseRef] = &[
    cause(ProviderNotImplemented, 0.4).why(
        "405 means the endpoint does not accept this HTTP method, e.g. a POST where only PUT is supported, or an operation the service does not implement.",
    ),
    cause(EndpointWrongHost, 0.35).why(
        "The request may have reached the wrong endpoint, such as a static website, CDN or API route that serves the path but does not take uploads.",
    ),
    cause(PostUnsupported, 0.2).why(
        "A browser POST upload sent to a service that only supports PUT uploads is often refused with 405.",
    ),
];

const REQUEST_TIMEOUT: &[CauseRef] = &[
    cause(NetworkFailed, 0.35).why(
        "408 means the server stopped waiting for the rest of the request: the connection was slow or stalled during the upload.",
    ),
    cause(ProxyIntermediary, 0.3).why(
        "Proxies and load balancers send 408 when an upload takes longer than their idle or body timeout.",
    ),
    cause(SizeTooLarge, 0.2).why(
        "Large bodies on slow connections run into these timeouts; uploading in smaller parts avoids them.",
    ),
];

const CONFLICT: &[CauseRef] = &[
    cause(ResourceAlreadyExists, 0.5).why(
        "409 means a conflicting object already exists: the path, key, bucket or item being created is taken and overwriting was not requested.",
    ),
    cause(ResourceLocked, 0.15).why(
        "A concurrent operation or a lease on the same resource can also be reported as a conflict.",
    ),
];

const GONE: &[CauseRef] = &[
    cause(ResourceUploadNotFound, 0.45).why(
        "410 means the resource existed but is gone for good; for uploads, typically an expired or terminated resumable or tus upload session.",
    ),
    cause(ResourceObjectNotFound, 0.2)
        .why("The object may have been deleted since it was referenced."),
];

const LENGTH_REQUIRED: &[CauseRef] = &[cause(SizeContentLengthMissing, 0.5).why(
    "411 means the server requires a Content-Length header and the request had none, typically because the body was streamed or sent chunked.",
)];

const PRECONDITION_FAILED: &[CauseRef] = &[
    cause(RequestPreconditionFailed, 0.5).why(
        "412 means a conditional header (If-Match, If-None-Match, If-Unmodified-Since, a generation match) did not hold for the current state of the resource.",
    ),
    cause(ResourceLocked, 0.15).why(
        "Azure Blob Storage answers 412 when a leased blob is written without the right lease id.",
    ),
];

const PAYLOAD_TOO_LARGE: &[CauseRef] = &[
    cause(SizeTooLarge, 0.5).why(
        "413 means the body is larger than the server accepts: the storage service's limit or, very often, the body limit of a proxy or platform in front of it.",
    ),
    cause(ProxyIntermediary, 0.25).why(
        "A 413 without a storage error code usually comes from a reverse proxy, serverless platform or CDN rather than from the storage service itself.",
    ),
];

const UNSUPPORTED_MEDIA_TYPE: &[CauseRef] = &[cause(RequestInvalidContentType, 0.5).why(
    "415 means the request's Content-Type is not accepted: the file's MIME type is not allowed, or the API expected another body format (e.g. JSON rather than multipart form data).",
)];

const RANGE_NOT_SATISFIABLE: &[CauseRef] = &[cause(RequestInvalidRange, 0.5).why(
    "416 means a Range or Content-Range header asked for bytes outside the resource, or a resumable upload's offset does not match the server's.",
)];

const UNPROCESSABLE: &[CauseRef] = &[
    cause(RequestInvalid, 0.5).why(
        "422 means the request was understood but its values are malformed or fail validation. Problem+json APIs usually add an \"errors\" member that lists what is wrong with each input.",
    ),
    cause(ResourceNotFound, 0.2).why(
        "Under the same convention, an identifier in the payload (not in the URL) that refers to something that does not exist is reported as 422 rather than 404.",
    ),
];

const LOCKED: &[CauseRef] = &[cause(ResourceLocked, 0.5).why(
    "423 means the resource is locked by another operation; the lock is usually released after a short while.",
)];

const TOO_MANY_REQUESTS: &[CauseRef] = &[
    cause(ProviderThrottled, 0.5).why(
        "429 means requests arrive faster than the service allows; slow down and retry with backoff, honouring Retry-After.",
    ),
    cause(ProviderQuotaExceeded, 0.2).why(
        "Some services also answer 429 when a plan or usage quota is used up, in which case retrying does not help.",
    ),
];

const CLIENT_CLOSED: &[CauseRef] = &[
    cause(NetworkFailed, 0.4).why(
        "499 is recorded by nginx-style proxies when the client closed the connection before the response, e.g. a cancelled or dropped upload.",
    ),
    cause(ProxyIntermediary, 0.3)
        .why("The status comes from a proxy, not from the storage service."),
];

const OTHER_CLIENT_ERROR: &[CauseRef] = &[cause(RequestInvalid, 0.35).why(
    "A 4xx status means the service considers the request at fault; without a recognised error code the exact reason is unknown, but the response body or message usually says more.",
)];

const INTERNAL_SERVER_ERROR: &[CauseRef] = &[
    cause(ProviderInternalError, 0.5).why(
        "500 means the error happened on the server side and cannot be fixed by changing the request: retry, and report it with the request id if it persists.",
    ),
    cause(ProxyIntermediary, 0.15).why(
        "Your own backend or a gateway in front of storage may have failed while handling the upload.",
    ),
];

const NOT_IMPLEMENTED: &[CauseRef] = &[cause(ProviderNotImplemented, 0.5).why(
    "501 means the server does not implement the requested method, header or feature, which is common with S3-compatible services that support only part of the S3 API.",
)];

const BAD_GATEWAY: &[CauseRef] = &[
    cause(ProxyIntermediary, 0.5).why(
        "502 comes from a proxy, load balancer or gateway that got no valid answer from the service behind it: it crashed, was unreachable, or closed the connection during the upload.",
    ),
    cause(ProviderUnavailable, 0.2)
        .why("The service behind the proxy may be down or restarting."),
];

const SERVICE_UNAVAILABLE: &[CauseRef] = &[
    cause(ProviderUnavailable, 0.45).why(
        "503 means the service is temporarily unable to handle the request: overloaded, in maintenance or partly down.",
    ),
    cause(ProviderThrottled, 0.35).why(
        "Storage services also answer 503 to make clients slow down (S3's SlowDown); retry with exponential backoff.",
    ),
    cause(ProxyIntermediary, 0.15)
        .why("A proxy or load balancer with no healthy backend answers 503 too."),
];

const GATEWAY_TIMEOUT: &[CauseRef] = &[
    cause(ProxyIntermediary, 0.5).why(
        "504 comes from a proxy, gateway or platform that gave up waiting for the service behind it; uploads routed through a server or serverless function often exceed its timeout.",
    ),
    cause(ProviderInternalError, 0.2).why(
        "The service behind the gateway may be too slow, e.g. timing out on its database.",
    ),
];

const CLOUDFLARE: &[CauseRef] = &[cause(ProxyIntermediary, 0.5).why(
    "Cloudflare answers 520 to 527 and 530 itself when it cannot get a valid response from the origin: the origin refused, reset or timed out the connection, or its TLS certificate or DNS is broken. The storage service or backend behind Cloudflare never answered.",
)];

const DATABASE_TIMEOUT: &[CauseRef] = &[
    cause(ProviderInternalError, 0.45).why(
        "Supabase answers 544 when the database behind Storage has no free connection in time, typically under many concurrent requests; retry, and raise the pool size or compute if it persists.",
    ),
    cause(ProviderThrottled, 0.2).why(
        "Too many concurrent requests cause it, so lowering upload concurrency helps.",
    ),
];

const OTHER_SERVER_ERROR: &[CauseRef] = &[
    cause(ProviderInternalError, 0.35).why(
        "A 5xx status means the failure is on the server side; without a recognised error code the exact reason is unknown. Retry with backoff.",
    ),
    cause(ProxyIntermediary, 0.15).why(
        "Non-standard 5xx statuses are often produced by proxies, CDNs or hosting platforms rather than by the storage service.",
    ),
];

/// Title and ranked generic causes for a response whose error code nobody recognised, judged by
/// its HTTP status alone.
///
/// `None` means no status is known (e.g. only a body or a log line was given) and yields no
/// causes; `Some(0)` is the browser's "no response" (CORS or network failure). Statuses without a
/// specific row fall back to their class: other 4xx suggest `request.invalid`, other 5xx
/// `provider.internal-error`; 1xx, 2xx and out-of-range values yield no causes. Every weight is at
/// most 0.5 so a recognised code always outranks a bare status.
pub fn for_status(status: Option<u16>) -> (&'static str, &'static [CauseRef]) {
    let Some(status) = status else {
        return ("No HTTP status and no recognisable error code", &[]);
    };
    match status {
        0 => (
            "No HTTP response (status 0): the request was blocked or never answered",
            NO_RESPONSE,
        ),
        100..=199 => (
            "Informational status (1xx) with no recognisable error code",
            &[],
        ),
        200..=299 => ("Success status (2xx) with no recognisable error code", &[]),
        300..=399 => ("Redirect (3xx) with no recognisable error code", REDIRECT),
        400 => (
            "Bad request (400) with no recognisable error code",
            BAD_REQUEST,
        ),
        401 => (
            "Unauthorized (401) with no recognisable error code",
            UNAUTHORIZED,
        ),
        403 => ("Forbidden (403) with no recognisable error code", FORBIDDEN),
        404 => ("Not found (404) with no recognisable error code", NOT_FOUND),
        405 => (
            "Method not allowed (405) with no recognisable error code",
            METHOD_NOT_ALLOWED,
        ),
        408 => (
            "Request timeout (408) with no recognisable error code",
            REQUEST_TIMEOUT,
        ),
        409 => ("Conflict (409) with no recognisable error code", CONFLICT),
        410 => ("Gone (410) with no recognisable error code", GONE),
        411 => (
            "Length required (411) with no recognisable error code",
            LENGTH_REQUIRED,
        ),
        412 => (
            "Precondition failed (412) with no recognisable error code",
            PRECONDITION_FAILED,
        ),
        413 => (
            "Payload too large (413) with no recognisable error code",
            PAYLOAD_TOO_LARGE,
        ),
        415 => (
            "Unsupported media type (415) with no recognisable error code",
            UNSUPPORTED_MEDIA_TYPE,
        ),
        416 => (
            "Range not satisfiable (416) with no recognisable error code",
            RANGE_NOT_SATISFIABLE,
        ),
        422 => (
            "Unprocessable content (422) with no recognisable error code",
            UNPROCESSABLE,
        ),
        423 => ("Locked (423) with no recognisable error code", LOCKED),
        429 => (
            "Too many requests (429) with no recognisable error code",
            TOO_MANY_REQUESTS,
        ),
        499 => (
            "Client closed request (499) with no recognisable error code",
            CLIENT_CLOSED,
        ),
        s if (400..=499).contains(&s) => (
            "Client error (4xx) with no recognisable error code",
            OTHER_CLIENT_ERROR,
        ),
        500 => (
            "Internal server error (500) with no recognisable error code",
            INTERNAL_SERVER_ERROR,
        ),
        501 => (
            "Not implemented (501) with no recognisable error code",
            NOT_IMPLEMENTED,
        ),
        502 => (
            "Bad gateway (502) with no recognisable error code",
            BAD_GATEWAY,
        ),
        503 => (
            "Service unavailable (503) with no recognisable error code",
            SERVICE_UNAVAILABLE,
        ),
        504 => (
            "Gateway timeout (504) with no recognisable error code",
            GATEWAY_TIMEOUT,
        ),
        520 => (
            "Cloudflare: unknown error from the origin (520)",
            CLOUDFLARE,
        ),
        521 => (
            "Cloudflare: the origin web server is down (521)",
            CLOUDFLARE,
        ),
        522 => (
            "Cloudflare: connection to the origin timed out (522)",
            CLOUDFLARE,
        ),
        523 => ("Cloudflare: the origin is unreachable (523)", CLOUDFLARE),
        524 => (
            "Cloudflare: the origin took too long to respond (524)",
            CLOUDFLARE,
        ),
        525 => (
            "Cloudflare: TLS handshake with the origin failed (525)",
            CLOUDFLARE,
        ),
        526 => (
            "Cloudflare: invalid TLS certificate at the origin (526)",
            CLOUDFLARE,
        ),
        527 => ("Cloudflare: Railgun error (527)", CLOUDFLARE),
        530 => ("Cloudflare: origin error (530)", CLOUDFLARE),
        544 => (
            "Database timeout (544) with no recognisable error code",
            DATABASE_TIMEOUT,
        ),
        s if (500..=599).contains(&s) => (
            "Server error (5xx) with no recognisable error code",
            OTHER_SERVER_ERROR,
        ),
        _ => (
            "Unexpected HTTP status with no recognisable error code",
            &[],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_stay_below_known_codes() {
        for s in (0..=999).map(Some).chain([None]) {
            let (title, causes) = for_status(s);
            assert!(!title.is_empty());
            for c in causes {
                assert!((0.0..=0.5).contains(&c.weight), "{s:?}: {}", c.id);
            }
            for w in causes.windows(2) {
                assert!(w[0].weight >= w[1].weight, "{s:?}: not ranked");
            }
        }
    }

    #[test]
    fn status_classes() {
        assert!(for_status(None).1.is_empty());
        assert!(for_status(Some(200)).1.is_empty());
        assert_eq!(for_status(Some(0)).1[0].id, CorsPreflightRejected);
        assert_eq!(for_status(Some(418)).1[0].id, RequestInvalid);
        assert_eq!(for_status(Some(599)).1[0].id, ProviderInternalError);
        assert_eq!(for_status(Some(522)).1[0].id, ProxyIntermediary);
        assert_eq!(for_status(Some(544)).1[0].id, ProviderInternalError);
        for s in (400..=599).map(Some) {
            assert!(!for_status(s).1.is_empty(), "{s:?} has no causes");
        }
    }
}
