//! CORS and network failures: the request got no HTTP response at all.
//!
//! ## What it does
//! When the client reports a fetch/XHR failure without a response (`fetchError`, status 0, or
//! the browsers' wording: "Failed to fetch", "NetworkError when attempting to fetch resource",
//! "Load failed"), ranks a CORS rejection against a plain network failure and writes the CORS
//! configuration to add, filled in with the request's origin, method and headers, in the format
//! of the storage the URL points at (S3 JSON and XML, R2, GCS, Azure).
//!
//! ## Why
//! Browsers hide the reason of a CORS rejection from the page on purpose: the script sees only
//! "Failed to fetch". For a direct-to-storage upload the usual reason is a bucket without a CORS
//! rule for this origin, method (PUT/POST) or header (Content-Type, x-amz-*), which only the
//! console shows.
//!
//! ## Example
//! `fetchError: "TypeError: Failed to fetch"`, `PUT https://b.s3.eu-west-1.amazonaws.com/k` with
//! `content-type: image/png` and `origin: https://app.example.com` → `cors.preflight-rejected`
//! with an S3 CORS rule allowing that origin, `PUT` and `content-type`.

use super::{add_fix, assert_cause, fix_text, Evidence};
use crate::context::RequestContext;
use crate::diagnosis::Diagnosis;
use crate::ids::CauseId;
use crate::providers::context_host;
use crate::search::SearchExt;

/// Browser wording for a request that got no response.
const NO_RESPONSE: &[&str] = &[
    "Failed to fetch",
    "NetworkError when attempting to fetch resource",
    "Load failed",
    "Network request failed",
    "Network Error",
    "ERR_NETWORK",
    "net::ERR_FAILED",
    "CORS",
];

/// Console wording that names CORS itself.
const EXPLICIT_CORS: &[&str] = &[
    "blocked by CORS policy",
    "Cross-Origin Request Blocked",
    "CORS header",
    "Access-Control-Allow-Origin",
    "CORS request did not succeed",
    "due to access control checks",
    "Response to preflight request",
    "preflight",
];

/// Wording that points at the network rather than CORS.
const NETWORK: &[&str] = &[
    "ERR_INTERNET_DISCONNECTED",
    "ERR_NAME_NOT_RESOLVED",
    "ERR_CONNECTION_REFUSED",
    "ERR_CONNECTION_RESET",
    "ERR_CONNECTION_CLOSED",
    "ERR_CONNECTION_TIMED_OUT",
    "ERR_TIMED_OUT",
    "ERR_CERT_",
    "ERR_SSL_",
    "ERR_BLOCKED_BY_CLIENT",
    "Mixed Content",
    "ECONNRESET",
    "ECONNREFUSED",
    "ENOTFOUND",
    "ETIMEDOUT",
    "EPIPE",
    "aborted",
    "offline",
];

/// Request headers a browser sends by itself or that never need a CORS allowance.
const SAFE_HEADERS: &[&str] = &[
    "accept",
    "accept-language",
    "content-language",
    "content-length",
    "host",
    "origin",
    "referer",
    "user-agent",
    "connection",
    "cookie",
];

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let fetch_error = ev.context.and_then(|c| c.fetch_error.as_deref());
    let no_response = fetch_error.is_some() || ev.response.status == Some(0);
    // Wording alone counts only when no status was seen: an answer with a status got a response.
    if !no_response && d.http_status.is_some() {
        return;
    }
    let worded_cors = EXPLICIT_CORS.iter().any(|w| ev.response.text_contains(w));
    let worded = NO_RESPONSE
        .iter()
        .any(|w| ev.response.text_contains(w) || fetch_error.is_some_and(|f| f.contains(w)));
    if !(no_response || worded || worded_cors) {
        return;
    }
    blocked(d, ev, fetch_error);
}

/// The rule past its guards, out of line (see [`super::apply`]: a first call compiles only what
/// it calls).
#[inline(never)]
fn blocked(d: &mut Diagnosis, ev: &Evidence<'_>, fetch_error: Option<&str>) {
    let said = fetch_error.unwrap_or(ev.response.text);
    let network_hint = NETWORK.iter().find(|w| said.contains(*w));
    let explicit = EXPLICIT_CORS
        .iter()
        .find(|w| said.contains(*w) || ev.response.text_contains(w));
    let what = match fetch_error {
        Some(f) => format!(
            "the request failed without an HTTP response (`{}`)",
            short(f)
        ),
        None => "the request got no HTTP response (status 0)".to_string(),
    };
    match (explicit, network_hint) {
        (Some(words), _) => {
            assert_cause(
                d,
                CauseId::CorsPreflightRejected,
                0.92,
                format!("the browser says the request was blocked by CORS (`{words}`)"),
            );
            assert_cause(d, CauseId::NetworkFailed, 0.2, "");
        }
        (None, Some(hint)) => {
            assert_cause(
                d,
                CauseId::NetworkFailed,
                0.8,
                format!("{what}; `{hint}` points at the network, not at CORS"),
            );
            assert_cause(d, CauseId::CorsPreflightRejected, 0.3, "");
        }
        (None, None) => {
            assert_cause(
                d,
                CauseId::CorsPreflightRejected,
                0.65,
                format!("{what}: browsers report a CORS rejection only this way; the console shows the real reason"),
            );
            assert_cause(d, CauseId::NetworkFailed, 0.45, what);
        }
    }
    // The console message names the URL and the page's origin even when no context was given.
    let (msg_url, msg_origin) = console_url_and_origin(ev.response.text);
    let mut ctx = ev.context.cloned().unwrap_or_default();
    if ctx.url.is_none() {
        ctx.url = msg_url.map(str::to_string);
    }
    if ctx.header("origin").is_none() {
        if let Some(o) = msg_origin {
            ctx.headers.insert("origin".into(), o.to_string());
        }
    }
    if d.causes
        .iter()
        .any(|c| c.id == CauseId::CorsPreflightRejected)
    {
        let rule = CorsRule::of(&ctx);
        add_fix(
            d,
            CauseId::CorsPreflightRejected,
            0.3,
            rule.fix(context_host(Some(&ctx)).as_deref()),
        );
    }
}

/// The URL and origin a browser console message names: Chrome's "Access to fetch at 'URL' from
/// origin 'ORIGIN'", Firefox's "the remote resource at URL".
pub fn console_url_and_origin(text: &str) -> (Option<&str>, Option<&str>) {
    let quoted_after = |label: &str| {
        let i = text.find(label)?;
        let rest = &text[i + label.len()..];
        let end = rest.find('\'')?;
        Some(&rest[..end])
    };
    let url = quoted_after(" at '")
        .filter(|u| u.starts_with("http"))
        .or_else(|| {
            let i = text.index_of("remote resource at ")?;
            let rest = &text[i + "remote resource at ".len()..];
            let rest = rest.trim_start_matches('[');
            let end = rest
                .find(|c: char| c.is_whitespace() || c == ']' || c == ')')
                .unwrap_or(rest.len());
            let url = rest[..end].trim_end_matches(['.', ']']);
            url.starts_with("http").then_some(url)
        });
    (url, quoted_after("from origin '"))
}

/// Hosts that take S3-style bucket CORS rules (AWS and the S3-compatibles), and URLs signed
/// the S3 way on hosts nobody can name.
fn is_s3_like(host: &str) -> bool {
    host.is_empty()
        || (host.ends_with(".amazonaws.com") && host.has("s3"))
        || host.ends_with(".digitaloceanspaces.com")
        || host.ends_with(".wasabisys.com")
        || host.ends_with(".backblazeb2.com")
        || host.ends_with(".linodeobjects.com")
        || host == "localhost"
        || host.starts_with("127.")
        || host.starts_with("minio")
}

fn short(s: &str) -> String {
    let line = s.lines().next().unwrap_or("").trim();
    if line.chars().count() > 160 {
        let cut: String = line.chars().take(160).collect();
        format!("{cut}…")
    } else {
        line.to_string()
    }
}

/// What a CORS rule must allow for this request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CorsRule {
    /// The page's origin, or a placeholder.
    pub origin: String,
    /// Whether the origin is known (from an `Origin` request header).
    pub origin_known: bool,
    /// The methods to allow.
    pub methods: Vec<String>,
    /// The request headers to allow (lower-case).
    pub headers: Vec<String>,
}

impl CorsRule {
    /// The rule a request needs.
    pub fn of(ctx: &RequestContext) -> Self {
        let origin = ctx.header("origin").map(str::to_string);
        // The method sent, plus GET; when unknown, the methods uploads use.
        let mut methods: Vec<String> = match ctx.method.as_deref() {
            Some(m) => vec![m.to_ascii_uppercase()],
            None => vec!["PUT".into(), "POST".into()],
        };
        if !methods.iter().any(|m| m == "GET") {
            methods.push("GET".into());
        }
        // Sorted and without repeats, kept so as it is built (a handful of names).
        let mut headers: Vec<String> = Vec::new();
        for h in ctx.headers.keys().map(|h| h.to_ascii_lowercase()) {
            if SAFE_HEADERS.contains(&h.as_str()) {
                continue;
            }
            if let Err(at) = headers.binary_search(&h) {
                headers.insert(at, h);
            }
        }
        CorsRule {
            origin_known: origin.is_some(),
            origin: origin.unwrap_or_else(|| "https://YOUR-APP-ORIGIN".into()),
            methods,
            headers,
        }
    }

    fn list(items: &[String]) -> String {
        items
            .iter()
            .map(|i| format!("\"{i}\""))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn allowed_headers(&self) -> Vec<String> {
        if self.headers.is_empty() {
            vec!["*".into()]
        } else {
            self.headers.clone()
        }
    }

    /// The fix for the storage behind `host`.
    pub fn fix(&self, host: Option<&str>) -> crate::diagnosis::Fix {
        let host = host.unwrap_or("");
        let origins = Self::list(std::slice::from_ref(&self.origin));
        let methods = Self::list(&self.methods);
        let headers = Self::list(&self.allowed_headers());
        let mut steps = Vec::new();
        if !self.origin_known {
            steps.push("Replace https://YOUR-APP-ORIGIN with the origin of the page that uploads (scheme, host and port, no path).".to_string());
        }
        let (title, snippet) = if host.ends_with(".r2.cloudflarestorage.com") {
            steps.push("Cloudflare dashboard → R2 → the bucket → Settings → CORS Policy → paste this JSON (AllowedHeaders must list the headers by name: R2 does not accept every wildcard form).".into());
            (
                "Add a CORS policy to the R2 bucket",
                ("json", format!("[\n  {{\n    \"AllowedOrigins\": [{origins}],\n    \"AllowedMethods\": [{methods}],\n    \"AllowedHeaders\": [{headers}],\n    \"ExposeHeaders\": [\"ETag\"],\n    \"MaxAgeSeconds\": 3600\n  }}\n]")),
            )
        } else if host == "storage.googleapis.com" || host.ends_with(".storage.googleapis.com") {
            steps.push("Save this as cors.json and run: gcloud storage buckets update gs://BUCKET --cors-file=cors.json (or gsutil cors set cors.json gs://BUCKET).".into());
            let response_headers = Self::list(
                &self
                    .allowed_headers()
                    .into_iter()
                    .filter(|h| h != "*")
                    .chain(["ETag".to_string()])
                    .collect::<Vec<_>>(),
            );
            (
                "Add a CORS configuration to the GCS bucket",
                ("json", format!("[\n  {{\n    \"origin\": [{origins}],\n    \"method\": [{methods}],\n    \"responseHeader\": [{response_headers}],\n    \"maxAgeSeconds\": 3600\n  }}\n]")),
            )
        } else if host.ends_with(".blob.core.windows.net") {
            let account = host.split('.').next().unwrap_or("ACCOUNT");
            steps.push("Azure portal → the storage account → Resource sharing (CORS) → Blob service, or run this command.".into());
            (
                "Add a CORS rule to the Azure storage account (Blob service)",
                ("shell", format!(
                    "az storage cors add --services b --account-name {account} \\\n  --origins {} --methods {} OPTIONS \\\n  --allowed-headers {} --exposed-headers etag x-ms-request-id --max-age 3600",
                    self.origin,
                    self.methods.join(" "),
                    if self.headers.is_empty() { "'*'".to_string() } else { self.headers.join(" ") },
                )),
            )
        } else if host.has(".execute-api.") {
            steps.push("HTTP API: API Gateway console → the API → CORS → set these values, or run the command.".into());
            steps.push("REST API with Lambda proxy integration: \"Enable CORS\" on the resource creates the OPTIONS method, but the Lambda itself must also return Access-Control-Allow-Origin on every response, errors included.".into());
            (
                "Allow the page's origin on the API Gateway endpoint",
                ("shell", format!(
                    "aws apigatewayv2 update-api --api-id API_ID \\\n  --cors-configuration 'AllowOrigins={},AllowMethods={},AllowHeaders={},MaxAge=3600'",
                    self.origin,
                    self.methods.join(","),
                    self.allowed_headers().join(","),
                )),
            )
        } else if is_s3_like(host) {
            steps.push("S3 console → the bucket → Permissions → Cross-origin resource sharing (CORS) → Edit → paste this JSON (S3-compatible services take the same rules through their console or `aws s3api put-bucket-cors`).".into());
            steps.push(
                "ExposeHeaders ETag lets the browser read part ETags for multipart uploads.".into(),
            );
            (
                "Add a CORS rule to the bucket",
                ("json", format!("[\n  {{\n    \"AllowedOrigins\": [{origins}],\n    \"AllowedMethods\": [{methods}],\n    \"AllowedHeaders\": [{headers}],\n    \"ExposeHeaders\": [\"ETag\"],\n    \"MaxAgeSeconds\": 3600\n  }}\n]")),
            )
        } else {
            steps.push("The server behind this URL must answer the preflight (OPTIONS) and the request itself with these headers, error responses included.".into());
            (
                "Make the server send CORS headers for the page's origin",
                ("text", format!(
                    "Access-Control-Allow-Origin: {}\nAccess-Control-Allow-Methods: {}\nAccess-Control-Allow-Headers: {}\nAccess-Control-Expose-Headers: ETag\nAccess-Control-Max-Age: 3600",
                    self.origin,
                    self.methods.join(", "),
                    self.allowed_headers().join(", "),
                )),
            )
        };
        steps.push("Then retry from the page; the preflight (OPTIONS) answer is cached for MaxAgeSeconds at most.".into());
        fix_text(title, steps, Some(snippet))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(url: &str) -> RequestContext {
        let mut c = RequestContext {
            method: Some("put".into()),
            url: Some(url.into()),
            ..RequestContext::default()
        };
        c.headers.insert("Content-Type".into(), "image/png".into());
        c.headers
            .insert("Origin".into(), "https://app.example.com".into());
        c.headers.insert("Content-Length".into(), "10".into());
        c
    }

    #[test]
    fn console_messages() {
        let chrome = "Access to fetch at 'https://x.execute-api.us-east-1.amazonaws.com/dev/u' from origin 'http://localhost:7024' has been blocked by CORS policy";
        assert_eq!(
            console_url_and_origin(chrome),
            (
                Some("https://x.execute-api.us-east-1.amazonaws.com/dev/u"),
                Some("http://localhost:7024")
            )
        );
        let firefox = "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://b.s3.amazonaws.com/k?a=1. (Reason: CORS header missing).";
        assert_eq!(
            console_url_and_origin(firefox).0,
            Some("https://b.s3.amazonaws.com/k?a=1")
        );
        assert_eq!(console_url_and_origin("nothing"), (None, None));
    }

    #[test]
    fn rule_from_request() {
        let r = CorsRule::of(&ctx("https://b.s3.amazonaws.com/k"));
        assert_eq!(r.origin, "https://app.example.com");
        assert_eq!(r.methods, vec!["PUT".to_string(), "GET".to_string()]);
        assert_eq!(r.headers, vec!["content-type".to_string()]);
    }

    #[test]
    fn formats_per_storage() {
        let r = CorsRule::of(&ctx("https://b.s3.amazonaws.com/k"));
        let s3 = r.fix(Some("b.s3.amazonaws.com"));
        let code = &s3.snippet.as_ref().unwrap().code;
        assert!(
            code.contains("\"AllowedOrigins\": [\"https://app.example.com\"]"),
            "{code}"
        );
        assert!(
            code.contains("\"AllowedHeaders\": [\"content-type\"]"),
            "{code}"
        );
        let gcs = r.fix(Some("storage.googleapis.com"));
        assert!(gcs
            .snippet
            .as_ref()
            .unwrap()
            .code
            .contains("\"responseHeader\": [\"content-type\", \"ETag\"]"));
        let az = r.fix(Some("acct.blob.core.windows.net"));
        assert!(az
            .snippet
            .as_ref()
            .unwrap()
            .code
            .contains("--account-name acct"));
        let r2 = r.fix(Some("x.r2.cloudflarestorage.com"));
        assert!(r2.title.contains("R2"));
        let api = r.fix(Some("abc.execute-api.us-east-1.amazonaws.com"));
        assert!(api.snippet.as_ref().unwrap().code.contains("apigatewayv2"));
        let other = r.fix(Some("uploads.example.com"));
        assert!(other
            .snippet
            .as_ref()
            .unwrap()
            .code
            .starts_with("Access-Control-Allow-Origin: https://app.example.com"));
    }
}
