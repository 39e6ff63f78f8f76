//! The intermediaries that answer instead of the storage: reverse proxies (nginx / OpenResty),
//! CDNs (Amazon CloudFront, Cloudflare's proxy), gateways (AWS API Gateway) and serverless
//! platforms (Vercel, Netlify), plus Express's body-parser when the upload goes through a Node
//! backend.
//!
//! Two kinds of knowledge live here:
//! - [`API_GATEWAY`] and [`VERCEL`] are ordinary code tables: API Gateway names its error in the
//!   `x-amzn-ErrorType` header (`ForbiddenException`, `BadRequestException`), Vercel in the
//!   `X-Vercel-Error` header and on its error page (`FUNCTION_PAYLOAD_TOO_LARGE`).
//! - [`PAGES`] holds what an intermediary means by a bare status: nginx, CloudFront, Cloudflare
//!   and Netlify send HTML pages or bodies without any code, so the layer that answered and the
//!   status are all there is. Each entry is a [`Known`] answer: who, which status, the text that
//!   identifies it, and a [`CodeEntry`] with an empty `code` (there is none on the wire) holding
//!   the title, explanation, causes and docs. The same type serves the other providers whose
//!   errors carry no code (Cloudinary's messages, tus servers without `ERR_*` tokens).
//!
//! Limits quoted (checked against the providers' documentation):
//! - nginx `client_max_body_size`: default 1m, 413 above it
//!   (<https://nginx.org/en/docs/http/ngx_http_core_module.html#client_max_body_size>);
//! - API Gateway REST APIs: 10 MB payload, not adjustable; 29 s integration timeout; Lambda
//!   behind it: 6 MB synchronous payload
//!   (<https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html>);
//! - Vercel Functions: 4.5 MB request body, `FUNCTION_PAYLOAD_TOO_LARGE` (413)
//!   (<https://vercel.com/docs/functions/limitations>);
//! - Cloudflare: 100 MB request body on Free and Pro plans, 413 above it; 100 s to the first
//!   byte from the origin, 524 after it (<https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/>);
//! - Netlify Functions: 6 MB request payload, 10 s synchronous execution by default
//!   (<https://docs.netlify.com/functions/overview/>);
//! - Express body-parser: `limit` defaults to `100kb` (<https://expressjs.com/en/resources/middleware/body-parser.html>).
//!
//! Sources of the wire shapes: the fixtures under `tests/fixtures/{nginx,cloudfront,cloudflare,
//! api-gateway,vercel,netlify}/` and `tests/fixtures/unknown/express-*`, each naming its issue
//! thread.

use super::{cause, fix, CauseRef, CodeEntry, FixSpec};
use crate::ids::CauseId::*;
use crate::ids::ProviderId;

/// An error known without a code of its own: by who answered, the status and some wording.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Known {
    /// Who answered.
    pub provider: ProviderId,
    /// The (effective) status it applies to: an exact status; a class `4` or `5` for any 4xx or
    /// 5xx; 0 for any error status (≥ 400), or for any status at all when `wording` is set.
    pub status: u16,
    /// Text the message or the page contains (case-sensitive); `""` for any.
    pub wording: &'static str,
    /// What it means. `code` is the provider's code when the same error also comes with one
    /// (a tus server that sends `ERR_*` tokens and one that does not), else `""`.
    pub entry: &'static CodeEntry,
}

impl Known {
    /// The key that names this entry in `tests/coverage-debt.txt`: `provider wording`, or
    /// `provider status` for an entry matched by status alone.
    pub fn key(&self) -> String {
        if self.wording.is_empty() {
            match self.status {
                0 => format!("{} 4xx/5xx", self.provider),
                s if s < 10 => format!("{} {s}xx", self.provider),
                s => format!("{} {s}", self.provider),
            }
        } else {
            format!("{} {}", self.provider, self.wording)
        }
    }
}

/// Finds the first entry of `tables` for `provider` whose status and wording match.
pub fn find_known(
    tables: &[&'static [Known]],
    provider: ProviderId,
    status: Option<u16>,
    said: &[&str],
) -> Option<&'static Known> {
    tables.iter().find_map(|t| {
        t.iter().find(|k| {
            let status_fits = match (k.status, status) {
                (0, _) if !k.wording.is_empty() => true,
                (0, Some(s)) => s >= 400,
                (class @ 1..=9, Some(s)) => s / 100 == class,
                (exact, Some(s)) => exact == s,
                (_, None) => false,
            };
            k.provider == provider
                && status_fits
                && (k.wording.is_empty() || said.iter().any(|s| s.contains(k.wording)))
        })
    })
}

// ---------------------------------------------------------------------------------------------
// Documentation pages.
// ---------------------------------------------------------------------------------------------

const NGINX_DOCS: &str =
    "https://nginx.org/en/docs/http/ngx_http_core_module.html#client_max_body_size";
const NGINX_PROXY_DOCS: &str = "https://nginx.org/en/docs/http/ngx_http_proxy_module.html";
const CLOUDFRONT_DOCS: &str =
    "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/troubleshooting-response-errors.html";
const CLOUDFLARE_5XX_DOCS: &str =
    "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/";
const CLOUDFLARE_413: &str =
    "https://developers.cloudflare.com/support/troubleshooting/http-status-codes/4xx-client-error/error-413/";
const APIGW_LIMITS: &str =
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html";
const APIGW_RESPONSES: &str =
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html";
const APIGW_MISSING_TOKEN: &str =
    "https://repost.aws/knowledge-center/api-gateway-authentication-token-errors";
const VERCEL_LIMITS: &str = "https://vercel.com/docs/functions/limitations";
const VERCEL_ERRORS: &str = "https://vercel.com/docs/errors";
const NETLIFY_DOCS: &str = "https://docs.netlify.com/functions/overview/";
const BODY_PARSER_DOCS: &str = "https://expressjs.com/en/resources/middleware/body-parser.html";

// ---------------------------------------------------------------------------------------------
// Fixes shared by several entries.
// ---------------------------------------------------------------------------------------------

/// The fix for every body limit of a layer in front of the storage: don't send the file through it.
pub const FIX_PRESIGNED_DIRECT: FixSpec = fix(
    "Upload the file straight to storage with a presigned URL",
    &[
        "Have the backend return a presigned PUT URL (or a presigned POST form) for the object instead of receiving the file itself.",
        "Upload from the browser directly to the storage endpoint; only the small JSON request for the URL goes through the proxy, gateway or function.",
        "For files above the storage's single-request limit, use a multipart upload with presigned part URLs.",
    ],
)
.snippet(
    "js",
    r#"// server: return a short-lived URL, never the file
const url = await getSignedUrl(s3, new PutObjectCommand({ Bucket, Key, ContentType }), { expiresIn: 600 });
// browser: the file goes to storage, not through your API
await fetch(url, { method: "PUT", body: file, headers: { "Content-Type": file.type } });"#,
);

const FIX_NGINX_BODY_SIZE: FixSpec = fix(
    "Raise client_max_body_size in the nginx that answered",
    &[
        "nginx refuses request bodies above client_max_body_size (default 1m) with 413 before the upload reaches your application or the storage.",
        "Set it in the http, server or location block that proxies the upload (every nginx in the chain, including an ingress controller's), then reload nginx.",
        "Keep it just above the largest file you accept; 0 disables the check.",
    ],
)
.snippet(
    "text",
    "# nginx.conf (http, server or location block)\nclient_max_body_size 100m;\n\n# Kubernetes ingress-nginx: annotation on the Ingress\nnginx.ingress.kubernetes.io/proxy-body-size: \"100m\"",
);

const FIX_NGINX_TIMEOUTS: FixSpec = fix(
    "Give slow uploads more time in nginx, or take them off the proxy",
    &[
        "504 from nginx means the upstream did not answer within proxy_read_timeout (default 60s); 502 means it closed the connection or could not be reached.",
        "Check the upstream's logs at that time: a crash, an out-of-memory kill or a restart during the upload gives 502.",
        "For long uploads raise proxy_read_timeout / proxy_send_timeout and client_body_timeout, or upload straight to storage so nginx only handles short requests.",
    ],
)
.snippet(
    "text",
    "location /upload {\n    proxy_pass http://app;\n    proxy_read_timeout 300s;\n    proxy_send_timeout 300s;\n    client_body_timeout 300s;\n}",
);

const FIX_APIGW_10MB: FixSpec = fix(
    "Stop sending files through API Gateway: its 10 MB limit cannot be raised",
    &[
        "API Gateway REST and HTTP APIs accept at most 10 MB per request, and a Lambda proxy integration at most 6 MB; AWS does not raise these limits.",
        "Return a presigned S3 URL (or presigned POST) from the API and upload the file directly to S3 from the client.",
        "Base64-encoding a file in JSON adds a third to its size: a 7.5 MB file already exceeds 10 MB that way.",
    ],
);

const FIX_VERCEL_CLIENT_UPLOAD: FixSpec = fix(
    "Upload from the browser to storage, not through the Vercel Function",
    &[
        "Vercel Functions accept at most 4.5 MB of request body; larger requests are refused with 413 FUNCTION_PAYLOAD_TOO_LARGE before your code runs, and the limit cannot be raised.",
        "Use a client upload: Vercel Blob's upload() from @vercel/blob/client with a handleUpload route, or a presigned S3/R2/GCS URL returned by a small function.",
        "For Payload CMS with a storage adapter, set clientUploads: true.",
    ],
)
.snippet(
    "js",
    r#"// browser (Vercel Blob client upload: the file never passes through the function)
import { upload } from "@vercel/blob/client";
const blob = await upload(file.name, file, { access: "public", handleUploadUrl: "/api/upload" });"#,
);

const FIX_NETLIFY_DIRECT: FixSpec = fix(
    "Keep files and long work out of Netlify Functions",
    &[
        "Netlify Functions take at most 6 MB of request payload and run for 10 seconds by default (26 s at most for synchronous functions).",
        "Upload files straight to storage with a presigned URL returned by a small function; move long processing to a background function.",
    ],
);

const FIX_CLOUDFLARE_BODY: FixSpec = fix(
    "Stay under Cloudflare's request body limit, or bypass the proxy for uploads",
    &[
        "Cloudflare's proxy accepts at most 100 MB per request on Free and Pro plans (200 MB Business, 500 MB Enterprise by default) and answers 413 above it.",
        "Upload in chunks below the limit (tus, S3 multipart, resumable uploads), or upload directly to storage (an R2 or S3 presigned URL, or a DNS-only hostname that is not proxied).",
    ],
);

const FIX_CLOUDFLARE_TIMEOUT: FixSpec = fix(
    "Answer within Cloudflare's 100 seconds, or take the upload off the proxy",
    &[
        "Cloudflare waits 100 seconds for the origin's response (524 after that) on all plans but Enterprise.",
        "Respond as soon as the upload is received and process it in the background, or upload in chunks that each finish well under 100 s, or upload straight to storage.",
    ],
);

const FIX_CLOUDFLARE_ORIGIN: FixSpec = fix(
    "Fix the origin behind Cloudflare",
    &[
        "520-523 and 525-527 mean Cloudflare could not get a valid answer from your origin: it crashed or reset the connection (520), refused it (521), did not accept it in time (522), was unreachable (523) or failed TLS (525/526).",
        "Check the origin's logs and firewall (allow Cloudflare's IP ranges), its TLS certificate, and that it is listening on the port Cloudflare uses.",
    ],
);

const FIX_CLOUDFRONT_METHODS: FixSpec = fix(
    "Allow the upload's method in the CloudFront behavior, or upload past CloudFront",
    &[
        "A behavior that allows only GET, HEAD (and OPTIONS) answers 403 to PUT, POST and PATCH: set Allowed HTTP methods to GET, HEAD, OPTIONS, PUT, POST, PATCH, DELETE for the upload path.",
        "An AWS WAF rule or a geographic restriction on the distribution also answers 403 'Request blocked': check the WAF logs.",
        "Uploading to the S3 endpoint directly with a presigned URL avoids CloudFront altogether.",
    ],
);

const FIX_CLOUDFRONT_ORIGIN: FixSpec = fix(
    "Check the origin behind CloudFront",
    &[
        "502 and 504 from CloudFront mean the origin was unreachable, failed TLS, or did not answer within the origin response timeout (30 s by default).",
        "503 names a Lambda@Edge or CloudFront Functions error, or an origin that is overloaded.",
        "Check the origin's health and logs, the origin protocol policy and certificate, and raise the origin response timeout for slow uploads.",
    ],
);

const FIX_BODY_PARSER_LIMIT: FixSpec = fix(
    "Raise the body-parser limit, or stop parsing files as JSON",
    &[
        "express.json(), express.urlencoded() and body-parser refuse bodies above `limit` (default '100kb') with 413 PayloadTooLargeError.",
        "Raise the limit on the parser that handles the upload route, or better, accept files as multipart with multer/busboy (streamed, not buffered), or upload straight to storage with a presigned URL.",
        "Base64 data in JSON is a third larger than the file.",
    ],
)
.snippet(
    "js",
    r#"app.use(express.json({ limit: "10mb" }));
app.use(express.urlencoded({ limit: "10mb", extended: true }));"#,
);

// ---------------------------------------------------------------------------------------------
// AWS API Gateway: `x-amzn-ErrorType`.
// ---------------------------------------------------------------------------------------------

const APIGW_PROXY: CauseRef = cause(ProxyIntermediary, 0.3).why(
    "API Gateway answered itself (x-amzn-ErrorType, x-amz-apigw-id): the request never reached the storage or, for most of these errors, your integration.",
);

/// The `x-amzn-ErrorType` values API Gateway sends with its own (gateway) responses.
pub static API_GATEWAY: &[CodeEntry] = &[
    CodeEntry {
        code: "BadRequestException",
        status: 400,
        title: "API Gateway rejected the request before the integration",
        explanation: "API Gateway's generic 4xx type: a body too long for the Lambda integration ({\"message\": \"Request Too Long\"}, 413), a request validator that failed, or a body it could not pass on.",
        causes: &[
            cause(RequestInvalid, 0.5)
                .why("Without a 413, a request validator or a malformed body made API Gateway answer 400 before calling the integration."),
            cause(ProxyIntermediary, 0.5).why(
                "API Gateway answered itself (x-amzn-ErrorType, x-amz-apigw-id): the request never reached the storage or your integration.",
            ),
            cause(SizeTooLarge, 0.45)
                .why("Sent with 413 (\"Request Too Long\", \"The request could not be completed\"), it means the body is larger than API Gateway (10 MB) or the Lambda proxy integration behind it (6 MB synchronous) takes.")
                .fixes(&[FIX_APIGW_10MB, FIX_PRESIGNED_DIRECT]),
        ],
        docs: APIGW_RESPONSES,
    },
    CodeEntry {
        code: "ForbiddenException",
        status: 403,
        title: "API Gateway refused the request ({\"message\":\"Forbidden\"})",
        explanation: "API Gateway answers 403 Forbidden for a missing or wrong x-api-key when the method requires an API key, for a private API called from outside its VPC endpoint, and for a request blocked by a resource policy or AWS WAF.",
        causes: &[
            cause(AuthMissingCredentials, 0.45).why("The method requires an API key (x-api-key) that the request did not send, or a usage plan does not include it."),
            cause(PermissionDenied, 0.4).why("A resource policy, a private endpoint or an AWS WAF rule denies this caller."),
            cause(EndpointWrongHost, 0.3).why("A wrong stage or a custom domain without a base path mapping also ends in 403 Forbidden."),
            APIGW_PROXY,
        ],
        docs: APIGW_RESPONSES,
    },
    CodeEntry {
        code: "MissingAuthenticationTokenException",
        status: 403,
        title: "API Gateway has no such route, or the route needs a signed request",
        explanation: "\"Missing Authentication Token\" is API Gateway's answer to a request for a resource or method that does not exist in the deployed stage (a wrong path, a missing stage name, POST where only PUT is defined), and to an unsigned request to a method with IAM authorization.",
        causes: &[
            cause(EndpointWrongHost, 0.65)
                .why("API Gateway says \"Missing Authentication Token\" for any path or method that is not deployed: check the URL, the stage (/dev, /prod), the method, and that the API was redeployed after adding the route.")
                .fixes(&[fix(
                    "Call a deployed resource and method",
                    &[
                        "Compare the URL with the stage's Invoke URL plus the resource path; the stage name is part of the path unless a custom domain maps it.",
                        "Check the HTTP method: a route defined for PUT answers this error to POST and OPTIONS.",
                        "Redeploy the API (Actions → Deploy API) after changing resources.",
                    ],
                )]),
            cause(AuthMissingCredentials, 0.35).why("With IAM authorization on the method, the request must be signed with SigV4; an unsigned request gets this error."),
            APIGW_PROXY,
        ],
        docs: APIGW_MISSING_TOKEN,
    },
    CodeEntry {
        code: "UnauthorizedException",
        status: 401,
        title: "API Gateway's authorizer rejected the request",
        explanation: "A Lambda or Cognito authorizer on the method found no valid token in the request (Authorization header or the configured identity source).",
        causes: &[
            cause(AuthMissingCredentials, 0.5).why("The identity source (usually the Authorization header) is missing, so the authorizer answers 401 without running."),
            cause(AuthTokenExpired, 0.35).why("A Cognito authorizer rejects expired ID/access tokens with 401."),
            cause(AuthTokenInvalid, 0.3),
            APIGW_PROXY,
        ],
        docs: APIGW_RESPONSES,
    },
    CodeEntry {
        code: "AccessDeniedException",
        status: 403,
        title: "API Gateway's authorizer denied the request",
        explanation: "The authorizer ran and returned a Deny policy (\"User is not authorized to access this resource\"), or a cached policy from an earlier request does not cover this method or path.",
        causes: &[
            cause(PermissionDenied, 0.7).why("A Lambda authorizer returned Deny for this principal, or its cached Allow policy names another resource ARN (policy caching with a specific methodArn)."),
            APIGW_PROXY,
        ],
        docs: APIGW_RESPONSES,
    },
    CodeEntry {
        code: "TooManyRequestsException",
        status: 429,
        title: "API Gateway throttled the request",
        explanation: "The stage, method or usage-plan rate or burst limit was exceeded (THROTTLED), or the usage plan's quota is used up (QUOTA_EXCEEDED, \"Limit Exceeded\").",
        causes: &[
            cause(ProviderThrottled, 0.7),
            cause(ProviderQuotaExceeded, 0.3).why("\"Limit Exceeded\" means the usage plan's daily/weekly/monthly quota for this API key is used up."),
            APIGW_PROXY,
        ],
        docs: APIGW_RESPONSES,
    },
    CodeEntry {
        code: "InternalServerErrorException",
        status: 0,
        title: "API Gateway could not get a valid answer from the integration",
        explanation: "{\"message\": \"Internal server error\"} comes from API Gateway when the Lambda behind it failed, timed out or returned a malformed proxy response, or when the integration is misconfigured.",
        causes: &[
            cause(ProxyIntermediary, 0.6).why("API Gateway answered for a failed integration: the Lambda threw, ran out of memory or time, or returned something other than {statusCode, headers, body}."),
            cause(SizeTooLarge, 0.35).why("A file sent through the API can exceed the Lambda's 6 MB payload limit, which surfaces as this generic error.").fixes(&[FIX_APIGW_10MB, FIX_PRESIGNED_DIRECT]),
            cause(ProviderInternalError, 0.3),
        ],
        docs: APIGW_RESPONSES,
    },
    CodeEntry {
        code: "InvalidSignatureException",
        status: 403,
        title: "API Gateway could not verify the SigV4 signature",
        explanation: "The method uses IAM authorization and the request's signature does not match: wrong secret key, wrong region or service in the credential scope (execute-api), or the request was changed after signing.",
        causes: &[
            cause(SignatureSecretMismatch, 0.5),
            cause(SignatureRequestModified, 0.35),
            APIGW_PROXY,
        ],
        docs: APIGW_RESPONSES,
    },
];

// ---------------------------------------------------------------------------------------------
// Vercel: `X-Vercel-Error`.
// ---------------------------------------------------------------------------------------------

const VERCEL_PROXY: CauseRef = cause(ProxyIntermediary, 0.6).why(
    "Vercel's platform answered (X-Vercel-Error, Server: Vercel): the request stopped at the function in front of the storage.",
);

/// The `X-Vercel-Error` codes an upload runs into.
pub static VERCEL: &[CodeEntry] = &[
    CodeEntry {
        code: "FUNCTION_PAYLOAD_TOO_LARGE",
        status: 413,
        title: "The request body is larger than a Vercel Function accepts (4.5 MB)",
        explanation: "Vercel refuses request bodies over 4.5 MB to Serverless/Vercel Functions with 413 before your code runs; the limit cannot be raised. Files must go to storage directly from the client.",
        causes: &[
            cause(SizeTooLarge, 0.92)
                .why("The upload went through a Vercel Function, whose request body limit is 4.5 MB (multipart overhead and base64 count too).")
                .fixes(&[FIX_VERCEL_CLIENT_UPLOAD, FIX_PRESIGNED_DIRECT]),
            VERCEL_PROXY,
        ],
        docs: "https://vercel.com/docs/errors/FUNCTION_PAYLOAD_TOO_LARGE",
    },
    CodeEntry {
        code: "FUNCTION_INVOCATION_TIMEOUT",
        status: 504,
        title: "The Vercel Function did not answer within its maximum duration",
        explanation: "The function ran longer than its maximum duration (10 s by default on Hobby in older projects, configurable with maxDuration); uploading a file through it and on to storage counts against that time.",
        causes: &[
            cause(ProxyIntermediary, 0.7).why("Vercel answered 504 for the function that handled the upload: it was still running when the maximum duration ran out.")
                .fixes(&[
                    fix("Give the function more time, or take the upload out of it", &[
                        "Raise maxDuration for the route (export const maxDuration = 60 in Next.js, or vercel.json functions.maxDuration) within your plan's limit.",
                        "Better: upload from the browser straight to storage and let the function only sign the URL and record the result.",
                    ]),
                    FIX_VERCEL_CLIENT_UPLOAD,
                ]),
            cause(SizeTooLarge, 0.3).why("Larger files take longer to pass through the function; the same upload may succeed for smaller files."),
        ],
        docs: "https://vercel.com/docs/errors/FUNCTION_INVOCATION_TIMEOUT",
    },
    CodeEntry {
        code: "EDGE_FUNCTION_INVOCATION_TIMEOUT",
        status: 504,
        title: "The Vercel Edge Function did not start its response in time",
        explanation: "An Edge Function must begin sending its response within 25 seconds; an upload proxied through it to storage often does not.",
        causes: &[
            cause(ProxyIntermediary, 0.7).why("Vercel answered 504 for an Edge Function that had not started its response in time.").fixes(&[FIX_VERCEL_CLIENT_UPLOAD]),
            cause(SizeTooLarge, 0.25),
        ],
        docs: "https://vercel.com/docs/errors/EDGE_FUNCTION_INVOCATION_TIMEOUT",
    },
    CodeEntry {
        code: "FUNCTION_INVOCATION_FAILED",
        status: 500,
        title: "The Vercel Function crashed",
        explanation: "The function threw an unhandled error or exited while handling the request; the function's runtime logs have the stack trace.",
        causes: &[
            cause(ProxyIntermediary, 0.55).why("Vercel answered 500 for the function that handled the upload; the storage was never reached or its error was not handled."),
            cause(ProviderInternalError, 0.45),
        ],
        docs: "https://vercel.com/docs/errors/FUNCTION_INVOCATION_FAILED",
    },
    CodeEntry {
        code: "FUNCTION_RATE_LIMIT",
        status: 429,
        title: "Too many concurrent Vercel Function invocations",
        explanation: "The project exceeded its concurrency for function invocations; retry with backoff or upload in fewer parallel requests.",
        causes: &[cause(ProviderThrottled, 0.7), VERCEL_PROXY],
        docs: VERCEL_ERRORS,
    },
];

// ---------------------------------------------------------------------------------------------
// Pages and bodies without a code: by layer and status.
// ---------------------------------------------------------------------------------------------

const NGINX_413: CodeEntry = CodeEntry {
    code: "",
    status: 413,
    title: "nginx refused the upload: the body is larger than client_max_body_size",
    explanation: "An nginx (or OpenResty) in front of the storage or of your backend answered 413 with its own page. It checks the request's size against client_max_body_size, 1 MB unless configured, before passing anything on.",
    causes: &[
        cause(SizeTooLarge, 0.9)
            .why("nginx's client_max_body_size (default 1m) is smaller than the upload.")
            .fixes(&[FIX_NGINX_BODY_SIZE, FIX_PRESIGNED_DIRECT]),
        cause(ProxyIntermediary, 0.8).why("nginx answered with its own page; the storage and your application never saw the upload."),
    ],
    docs: NGINX_DOCS,
};

const NGINX_502: CodeEntry = CodeEntry {
    code: "",
    status: 502,
    title: "nginx got no valid answer from the server behind it (502 Bad Gateway)",
    explanation: "nginx passed the upload to its upstream (your app, a storage gateway, MinIO) and the connection was refused, reset or closed before a complete response: the upstream is down, crashed during the upload, or nginx points at the wrong address.",
    causes: &[
        cause(ProxyIntermediary, 0.85).why("nginx answered 502 with its own page because the upstream failed; the error is behind nginx, not in the upload request itself.").fixes(&[FIX_NGINX_TIMEOUTS]),
        cause(ProviderUnavailable, 0.35).why("The upstream may be down or restarting."),
        cause(SizeTooLarge, 0.2).why("An upstream that runs out of memory buffering a large upload is killed mid-request, which nginx reports as 502."),
    ],
    docs: NGINX_PROXY_DOCS,
};

const NGINX_504: CodeEntry = CodeEntry {
    code: "",
    status: 504,
    title: "nginx gave up waiting for the server behind it (504 Gateway Time-out)",
    explanation: "The upstream did not answer within proxy_read_timeout (60 s by default). Large uploads that the backend forwards to storage before answering often take longer.",
    causes: &[
        cause(ProxyIntermediary, 0.85).why("nginx answered 504 because its upstream did not respond in time.").fixes(&[FIX_NGINX_TIMEOUTS, FIX_PRESIGNED_DIRECT]),
        cause(SizeTooLarge, 0.3).why("Bigger files take longer; if small uploads work, the timeout is the limit that is hit."),
    ],
    docs: NGINX_PROXY_DOCS,
};

const NGINX_OTHER: CodeEntry = CodeEntry {
    code: "",
    status: 0,
    title: "nginx answered with its own error page",
    explanation: "The page is nginx's, not the storage service's: the request was stopped or failed at the nginx in front of it.",
    causes: &[cause(ProxyIntermediary, 0.75)
        .why("nginx answered with its own error page, so the storage service never produced this error.")],
    docs: NGINX_PROXY_DOCS,
};

const CLOUDFRONT_403: CodeEntry = CodeEntry {
    code: "",
    status: 403,
    title: "CloudFront refused the request itself (403 ERROR, The request could not be satisfied)",
    explanation: "CloudFront's own 403 page: the cache behavior does not allow this HTTP method (\"This distribution is not configured to allow the HTTP request method\", typical for PUT/POST uploads), or AWS WAF or a geographic restriction blocked the request (\"Request blocked\").",
    causes: &[
        cause(ProxyIntermediary, 0.85).why("CloudFront answered with its own page; the origin (S3, your API) never saw the request.").fixes(&[FIX_CLOUDFRONT_METHODS]),
        cause(ProviderNotImplemented, 0.45).why("A behavior limited to GET/HEAD (\"The distribution supports only cachable requests\") refuses PUT, POST and PATCH.").fixes(&[FIX_CLOUDFRONT_METHODS]),
        cause(PermissionDenied, 0.35).why("\"Request blocked\" means an AWS WAF rule or a geo restriction on the distribution matched this request."),
    ],
    docs: CLOUDFRONT_DOCS,
};

const CLOUDFRONT_METHOD: CodeEntry = CodeEntry {
    code: "",
    status: 403,
    title: "CloudFront does not allow this HTTP method on this path",
    explanation: "\"This distribution is not configured to allow the HTTP request method that was used for this request. The distribution supports only cachable requests.\" The cache behavior for the path allows only GET and HEAD (and OPTIONS); CloudFront refuses PUT, POST, PATCH and DELETE itself.",
    causes: &[
        cause(ProviderNotImplemented, 0.85)
            .why("The cache behavior's Allowed HTTP methods do not include the upload's method (PUT/POST), so CloudFront answers 403 without contacting the origin.")
            .fixes(&[FIX_CLOUDFRONT_METHODS, FIX_PRESIGNED_DIRECT]),
        cause(ProxyIntermediary, 0.8).why("CloudFront answered with its own page; the origin (S3, your API) never saw the request."),
    ],
    docs: CLOUDFRONT_DOCS,
};

const CLOUDFRONT_BLOCKED: CodeEntry = CodeEntry {
    code: "",
    status: 403,
    title: "CloudFront blocked the request (AWS WAF or a geographic restriction)",
    explanation: "\"Request blocked.\" on CloudFront's 403 page means a rule attached to the distribution matched: an AWS WAF web ACL (rate-based rules, body size or SQL-injection rules often match uploads) or the distribution's geo restriction.",
    causes: &[
        cause(PermissionDenied, 0.75)
            .why("An AWS WAF rule or a geo restriction on the distribution refused this request; WAF's sampled requests or logs name the rule.")
            .fixes(&[FIX_CLOUDFRONT_METHODS]),
        cause(ProxyIntermediary, 0.8).why("CloudFront answered with its own page; the origin never saw the request."),
        cause(SizeTooLarge, 0.25).why("WAF's body-size rules (SizeRestrictions_BODY in the AWS managed core rule set, 8 KB by default) block uploads through the distribution."),
    ],
    docs: CLOUDFRONT_DOCS,
};

const CLOUDFRONT_5XX: CodeEntry = CodeEntry {
    code: "",
    status: 0,
    title: "CloudFront could not get an answer from the origin",
    explanation: "CloudFront's own error page (\"The request could not be satisfied\"): 502 when it could not connect to the origin or TLS failed, 503 for an invalid Lambda@Edge function or an overloaded origin, 504 when the origin did not answer in time.",
    causes: &[
        cause(ProxyIntermediary, 0.85).why("CloudFront answered with its own page for a failing origin; the storage or API behind it did not produce this error.").fixes(&[FIX_CLOUDFRONT_ORIGIN]),
        cause(ProviderUnavailable, 0.3),
    ],
    docs: CLOUDFRONT_DOCS,
};

const CLOUDFLARE_413_E: CodeEntry = CodeEntry {
    code: "",
    status: 413,
    title: "Cloudflare refused the upload: larger than the plan's request body limit",
    explanation: "Cloudflare's proxy answered 413 with its own page (\"cloudflare\" in the footer). It limits request bodies to 100 MB on Free and Pro plans, 200 MB on Business and 500 MB on Enterprise by default, before anything reaches the origin.",
    causes: &[
        cause(SizeTooLarge, 0.9).why("The upload is larger than Cloudflare's request body limit for this zone's plan (100 MB on Free/Pro).").fixes(&[FIX_CLOUDFLARE_BODY, FIX_PRESIGNED_DIRECT]),
        cause(ProxyIntermediary, 0.8).why("Cloudflare's proxy answered; the origin never saw the upload."),
    ],
    docs: CLOUDFLARE_413,
};

const CLOUDFLARE_524: CodeEntry = CodeEntry {
    code: "",
    status: 524,
    title: "Cloudflare: the origin did not answer within 100 seconds (524)",
    explanation: "Cloudflare connected to the origin and sent the request, but no response started within 100 seconds. Uploads that the backend processes or forwards before answering hit this on slow links or large files.",
    causes: &[
        cause(ProxyIntermediary, 0.85).why("Cloudflare answered 524 itself; the origin was still working on the upload.").fixes(&[FIX_CLOUDFLARE_TIMEOUT, FIX_PRESIGNED_DIRECT]),
        cause(SizeTooLarge, 0.3).why("Larger files take longer; if small uploads work, the 100 s timeout is what large ones hit."),
    ],
    docs: CLOUDFLARE_5XX_DOCS,
};

const CLOUDFLARE_5XX: CodeEntry = CodeEntry {
    code: "",
    status: 0,
    title: "Cloudflare could not get a valid response from the origin",
    explanation: "Cloudflare's own error page: the origin server behind it refused, reset or timed out the connection, or its TLS failed. The storage or backend never answered the upload.",
    causes: &[
        cause(ProxyIntermediary, 0.85).why("Cloudflare answered with its own page for a failing origin.").fixes(&[FIX_CLOUDFLARE_ORIGIN]),
        cause(ProviderUnavailable, 0.3),
    ],
    docs: CLOUDFLARE_5XX_DOCS,
};

const APIGW_413: CodeEntry = CodeEntry {
    code: "",
    status: 413,
    title: "API Gateway refused the upload: more than its 10 MB payload limit",
    explanation: "API Gateway accepts at most 10 MB (10485760 bytes) per request (\"HTTP content length exceeded 10485760 bytes.\") and this limit cannot be increased. A Lambda proxy integration takes only 6 MB.",
    causes: &[
        cause(SizeTooLarge, 0.92).why("The request body is above what API Gateway (10 MB, fixed) or the Lambda integration behind it (6 MB synchronous) accepts.").fixes(&[FIX_APIGW_10MB, FIX_PRESIGNED_DIRECT]),
        cause(ProxyIntermediary, 0.8).why("API Gateway answered before calling the integration."),
    ],
    docs: APIGW_LIMITS,
};

const APIGW_5XX: CodeEntry = CodeEntry {
    code: "",
    status: 0,
    title: "API Gateway answered for a failing integration",
    explanation: "API Gateway's own error: \"Internal server error\" (502/500) when the Lambda failed or returned a malformed response, \"Endpoint request timed out\" (504) after the 29 s integration timeout.",
    causes: &[
        cause(ProxyIntermediary, 0.7).why("API Gateway answered for the integration behind it; look at the Lambda's logs for the request id."),
        cause(SizeTooLarge, 0.35).why("Files sent through API Gateway and Lambda run into the 6 MB Lambda payload and the 29 s timeout; the generic error hides that.").fixes(&[FIX_APIGW_10MB, FIX_PRESIGNED_DIRECT]),
        cause(ProviderInternalError, 0.3),
    ],
    docs: APIGW_LIMITS,
};

const VERCEL_413: CodeEntry = CodeEntry {
    code: "",
    status: 413,
    title: "Vercel refused the upload: over the 4.5 MB function body limit",
    explanation: "Vercel answered 413 (\"Request Entity Too Large\") for a request to a function whose body exceeds 4.5 MB.",
    causes: &[
        cause(SizeTooLarge, 0.9).why("Vercel Functions accept at most 4.5 MB of request body.").fixes(&[FIX_VERCEL_CLIENT_UPLOAD, FIX_PRESIGNED_DIRECT]),
        VERCEL_PROXY,
    ],
    docs: VERCEL_LIMITS,
};

const VERCEL_OTHER: CodeEntry = CodeEntry {
    code: "",
    status: 0,
    title: "Vercel's platform answered instead of the function",
    explanation: "\"An error occurred with your deployment\": the function that handles the upload failed, timed out or was never reached.",
    causes: &[cause(ProxyIntermediary, 0.7).why("Vercel answered for the deployment; the function's logs say why.")],
    docs: VERCEL_ERRORS,
};

const NETLIFY_TIMEOUT: CodeEntry = CodeEntry {
    code: "",
    status: 0,
    title: "The Netlify Function timed out (\"Task timed out after 10 seconds\")",
    explanation: "Netlify Functions run for 10 seconds by default; when the function handling the upload runs longer, Netlify answers 502 with the Lambda runtime's {\"errorMessage\": \"... Task timed out after 10.01 seconds\"}.",
    causes: &[
        cause(ProxyIntermediary, 0.8).why("Netlify answered for the function that was still running; the storage or API it called may be slow, or the upload itself takes longer than 10 s.").fixes(&[FIX_NETLIFY_DIRECT]),
        cause(SizeTooLarge, 0.3).why("Passing a file through the function takes time and counts against the 6 MB payload limit."),
    ],
    docs: NETLIFY_DOCS,
};

const NETLIFY_413: CodeEntry = CodeEntry {
    code: "",
    status: 413,
    title: "Netlify refused the upload: over the 6 MB function payload limit",
    explanation: "Netlify Functions accept at most 6 MB of request payload (less for binary bodies, which are base64-encoded).",
    causes: &[
        cause(SizeTooLarge, 0.9).why("The request body is above Netlify's function payload limit.").fixes(&[FIX_NETLIFY_DIRECT, FIX_PRESIGNED_DIRECT]),
        cause(ProxyIntermediary, 0.75),
    ],
    docs: NETLIFY_DOCS,
};

const NETLIFY_OTHER: CodeEntry = CodeEntry {
    code: "",
    status: 0,
    title: "Netlify answered for the function that handles the upload",
    explanation: "A Netlify Function failed (an unhandled error, a crash) while handling the request; the function's log has the details.",
    causes: &[
        cause(ProxyIntermediary, 0.7).why("Netlify's platform answered for the function; the storage never produced this error."),
        cause(ProviderInternalError, 0.35),
    ],
    docs: NETLIFY_DOCS,
};

const EXPRESS_413: CodeEntry = CodeEntry {
    code: "",
    status: 413,
    title: "Express's body parser refused the request: larger than its `limit`",
    explanation: "PayloadTooLargeError (\"request entity too large\", type entity.too.large) comes from body-parser / express.json() / express.urlencoded() in the Node backend, whose limit is 100kb unless configured. The file never reached the storage.",
    causes: &[
        cause(SizeTooLarge, 0.92).why("The body is larger than the body-parser `limit` of the route (default '100kb').").fixes(&[FIX_BODY_PARSER_LIMIT, FIX_PRESIGNED_DIRECT]),
        cause(ProxyIntermediary, 0.6).why("Your Node backend refused the request before passing the file on to storage."),
    ],
    docs: BODY_PARSER_DOCS,
};

/// What an intermediary means by a status when it sends no code: most specific first.
pub static PAGES: &[Known] = &[
    Known {
        provider: ProviderId::Nginx,
        status: 413,
        wording: "",
        entry: &NGINX_413,
    },
    Known {
        provider: ProviderId::Nginx,
        status: 502,
        wording: "",
        entry: &NGINX_502,
    },
    Known {
        provider: ProviderId::Nginx,
        status: 504,
        wording: "",
        entry: &NGINX_504,
    },
    Known {
        provider: ProviderId::Nginx,
        status: 0,
        wording: "",
        entry: &NGINX_OTHER,
    },
    Known {
        provider: ProviderId::Cloudfront,
        status: 403,
        wording: "not configured to allow the HTTP request method",
        entry: &CLOUDFRONT_METHOD,
    },
    Known {
        provider: ProviderId::Cloudfront,
        status: 403,
        wording: "Request blocked",
        entry: &CLOUDFRONT_BLOCKED,
    },
    Known {
        provider: ProviderId::Cloudfront,
        status: 403,
        wording: "",
        entry: &CLOUDFRONT_403,
    },
    Known {
        provider: ProviderId::Cloudfront,
        status: 5,
        wording: "",
        entry: &CLOUDFRONT_5XX,
    },
    Known {
        provider: ProviderId::Cloudflare,
        status: 413,
        wording: "",
        entry: &CLOUDFLARE_413_E,
    },
    Known {
        provider: ProviderId::Cloudflare,
        status: 524,
        wording: "",
        entry: &CLOUDFLARE_524,
    },
    Known {
        provider: ProviderId::Cloudflare,
        status: 5,
        wording: "",
        entry: &CLOUDFLARE_5XX,
    },
    Known {
        provider: ProviderId::ApiGateway,
        status: 413,
        wording: "",
        entry: &APIGW_413,
    },
    Known {
        provider: ProviderId::ApiGateway,
        status: 5,
        wording: "",
        entry: &APIGW_5XX,
    },
    Known {
        provider: ProviderId::Vercel,
        status: 413,
        wording: "",
        entry: &VERCEL_413,
    },
    Known {
        provider: ProviderId::Vercel,
        status: 0,
        wording: "",
        entry: &VERCEL_OTHER,
    },
    Known {
        provider: ProviderId::Netlify,
        status: 0,
        wording: "Task timed out after",
        entry: &NETLIFY_TIMEOUT,
    },
    Known {
        provider: ProviderId::Netlify,
        status: 413,
        wording: "",
        entry: &NETLIFY_413,
    },
    Known {
        provider: ProviderId::Netlify,
        status: 5,
        wording: "",
        entry: &NETLIFY_OTHER,
    },
    Known {
        provider: ProviderId::Unknown,
        status: 0,
        wording: "request entity too large",
        entry: &EXPRESS_413,
    },
];

/// API Gateway's default gateway-response messages, with the `x-amzn-ErrorType` each goes with:
/// a body without the header is still read by its message.
pub const API_GATEWAY_MESSAGES: &[(&str, &str)] = &[
    (
        "Missing Authentication Token",
        "MissingAuthenticationTokenException",
    ),
    ("Forbidden", "ForbiddenException"),
    ("Unauthorized", "UnauthorizedException"),
    (
        "User is not authorized to access this resource",
        "AccessDeniedException",
    ),
    ("Too Many Requests", "TooManyRequestsException"),
    ("Limit Exceeded", "TooManyRequestsException"),
    ("Internal server error", "InternalServerErrorException"),
    ("Request Too Long", "BadRequestException"),
    ("Endpoint request timed out", ""),
    ("Request Entity Too Large", ""),
];
