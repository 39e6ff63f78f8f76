//! Who answered, and what they said: each provider module detects its own responses and parses
//! them into the common fields of [`Parsed`].
//!
//! Detection runs most specific first: bodies whose shape names the provider (Supabase's
//! `statusCode` string, V7's upper-case codes, problem+json's `type`), then S3-shaped XML, then
//! free-text forms (Unstructured exceptions, SDK exception strings), then codes found only in
//! headers. Anything left is `unknown`, with whatever code and message a generic reading finds.

use crate::context::RequestContext;
use crate::diagnosis::BodyFormat;
use crate::ids::ProviderId;
use crate::input::loose::Value;
use crate::input::{xml, Response};
use crate::search::SearchExt;

pub mod aws_s3;
pub mod azure_blob;
pub mod backblaze;
pub mod cloudinary;
pub mod firebase;
pub mod gcs;
pub mod problem_json;
pub mod proxies;
pub mod supabase;
pub mod tus;
pub mod unstructured;
pub mod uploadthing;
pub mod v7_darwin;

/// Most fields kept from one body.
pub const MAX_FIELDS: usize = 512;

/// A provider's reading of the response.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Parsed {
    /// Who answered.
    pub provider: ProviderId,
    /// The provider's own code, exactly as on the wire.
    pub code: Option<String>,
    /// The provider's message.
    pub message: Option<String>,
    /// The id to quote to support.
    pub request_id: Option<String>,
    /// The status the body claims, when it carries one.
    pub body_status: Option<u16>,
    /// Everything else found, in order, by wire name (`Key`, `errors[0].reason`).
    pub fields: Vec<(String, String)>,
    /// The format the error was read from.
    pub format: BodyFormat,
}

impl Parsed {
    /// An empty reading for `provider` in `format`.
    pub fn new(provider: ProviderId, format: BodyFormat) -> Self {
        Parsed {
            provider,
            code: None,
            message: None,
            request_id: None,
            body_status: None,
            fields: Vec::new(),
            format,
        }
    }

    /// The first field named `name`.
    pub fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Reads the response: the first provider that recognises it wins.
pub fn parse(resp: &Response<'_>, ctx: Option<&RequestContext>) -> Parsed {
    // A pasted exception names the layer that raised it, even when a body is embedded in it.
    let from_exception = if resp.format == BodyFormat::Text || resp.embedded {
        unstructured::from_text(resp)
    } else {
        None
    };
    let parsed = from_exception.or_else(|| match resp.format {
        BodyFormat::Xml => xml::parse(&resp.body).and_then(|doc| {
            azure_blob::from_xml(resp, ctx, &doc)
                .or_else(|| gcs::from_xml(resp, ctx, &doc))
                .or_else(|| aws_s3::from_xml(resp, ctx, doc))
        }),
        BodyFormat::Json | BodyFormat::ProblemJson => {
            resp.value.as_ref().and_then(|v| from_json(resp, ctx, v))
        }
        BodyFormat::Text => aws_s3::from_text(resp, ctx)
            .or_else(|| supabase::from_text(resp))
            .or_else(|| tus::from_text(resp, ctx))
            .or_else(|| backblaze::from_text(resp, ctx))
            .or_else(|| firebase::from_text(resp, ctx))
            .or_else(|| cloudinary::from_text(resp, ctx))
            .or_else(|| uploadthing::from_text(resp, ctx))
            .or_else(|| proxies::from_text(resp, ctx))
            .or_else(|| v7_darwin::from_text(resp)),
        BodyFormat::Html => proxies::from_html(resp, ctx),
        BodyFormat::Empty => None,
    });
    parsed
        // A JSON fragment inside a log line (an SDK's `$metadata={...}`) that no JSON reader
        // knows: the line around it may still be an S3 error.
        .or_else(|| {
            (resp.embedded && resp.format != BodyFormat::Text)
                .then(|| aws_s3::from_text(resp, ctx))
                .flatten()
        })
        .or_else(|| from_headers(resp, ctx))
        .unwrap_or_else(|| generic(resp, ctx))
}

fn from_json(resp: &Response<'_>, ctx: Option<&RequestContext>, v: &Value) -> Option<Parsed> {
    supabase::from_json(resp, ctx, v)
        .or_else(|| gcs::from_json(resp, ctx, v))
        .or_else(|| firebase::from_json(resp, ctx, v))
        .or_else(|| backblaze::from_json(resp, ctx, v))
        .or_else(|| cloudinary::from_json(resp, ctx, v))
        .or_else(|| uploadthing::from_json(resp, ctx, v))
        .or_else(|| tus::from_json(resp, ctx, v))
        .or_else(|| v7_darwin::from_json(resp, ctx, v))
        .or_else(|| problem_json::from_json(resp, v))
        .or_else(|| aws_s3::from_json(resp, ctx, v))
        .or_else(|| proxies::from_json(resp, ctx, v))
}

/// An error carried only by headers (HEAD requests, empty bodies).
fn from_headers(resp: &Response<'_>, ctx: Option<&RequestContext>) -> Option<Parsed> {
    if let Some(code) = resp.header("x-amz-error-code") {
        let mut p = Parsed::new(aws_s3::s3_provider(resp, ctx, None), resp.format);
        p.code = Some(code.to_string());
        p.message = resp.header("x-amz-error-message").map(str::to_string);
        p.request_id = resp.header("x-amz-request-id").map(str::to_string);
        return Some(p);
    }
    // S3 answers HEAD requests (and some errors) with no body: its headers still name it.
    let s3_marks = resp.header("x-amz-request-id").is_some()
        || resp.header("x-amz-id-2").is_some()
        || resp
            .header("server")
            .is_some_and(|s| s.eq_ignore_ascii_case("AmazonS3"));
    if s3_marks && matches!(resp.format, BodyFormat::Empty | BodyFormat::Html) {
        let mut p = Parsed::new(aws_s3::s3_provider(resp, ctx, None), resp.format);
        p.request_id = resp.header("x-amz-request-id").map(str::to_string);
        return Some(p);
    }
    if let Some(p) = azure_blob::from_headers(resp, ctx) {
        return Some(p);
    }
    if let Some(code) = resp.header("x-ms-error-code") {
        let mut p = Parsed::new(ProviderId::AzureBlob, resp.format);
        p.code = Some(code.to_string());
        p.request_id = resp.header("x-ms-request-id").map(str::to_string);
        return Some(p);
    }
    tus::from_headers(resp).or_else(|| proxies::from_headers(resp, ctx))
}

/// The storage a request URL's host belongs to, when the host says so.
pub fn provider_for_host(host: &str) -> Option<ProviderId> {
    let ends = |suffix: &str| host == &suffix[1..] || host.ends_with(suffix);
    Some(if host.has(".execute-api.") && ends(".amazonaws.com") {
        ProviderId::ApiGateway
    } else if ends(".amazonaws.com") && host.has("s3") {
        ProviderId::AwsS3
    } else if ends(".r2.cloudflarestorage.com") {
        ProviderId::CloudflareR2
    } else if ends(".storage.googleapis.com") || host == "storage.googleapis.com" {
        ProviderId::Gcs
    } else if ends(".blob.core.windows.net") || ends(".dfs.core.windows.net") {
        ProviderId::AzureBlob
    } else if ends(".supabase.co") || ends(".supabase.in") {
        ProviderId::SupabaseStorage
    } else if ends(".digitaloceanspaces.com") {
        ProviderId::DigitaloceanSpaces
    } else if ends(".wasabisys.com") {
        ProviderId::Wasabi
    } else if ends(".backblazeb2.com") {
        ProviderId::BackblazeB2
    } else if ends(".cloudfront.net") {
        ProviderId::Cloudfront
    } else if ends(".v7labs.com") {
        ProviderId::V7Darwin
    } else if host == "firebasestorage.googleapis.com" {
        ProviderId::FirebaseStorage
    } else if ends(".cloudinary.com") {
        ProviderId::Cloudinary
    } else if ends(".ufs.sh") || ends(".uploadthing.com") || host == "utfs.io" {
        ProviderId::Uploadthing
    } else if ends(".vercel.app") {
        ProviderId::Vercel
    } else if ends(".netlify.app") {
        ProviderId::Netlify
    } else {
        return None;
    })
}

/// The request was signed for S3: an `Authorization: AWS4-HMAC-SHA256 Credential=…/s3/aws4_request`
/// (or SigV2 `AWS key:sig`) header, or a presigned URL with an S3 credential scope.
fn s3_signed_request(ctx: &RequestContext) -> bool {
    let auth = ctx.header("authorization").unwrap_or("");
    let url = ctx.url.as_deref().unwrap_or("");
    (auth.starts_with("AWS4-HMAC-SHA256") && auth.has("/s3/aws4_request"))
        || (auth.starts_with("AWS ") && auth.contains(':'))
        || (url.has("X-Amz-Credential=") && url.has("%2Fs3%2Faws4_request"))
        || url.has("AWSAccessKeyId=")
}

/// The request went to the GCS JSON API (`/storage/v1/b/…`, also the `/upload/` and `/download/`
/// forms) or carries a GCS V4 signature, whatever the host (emulators, private endpoints).
fn gcs_api_request(ctx: &RequestContext) -> bool {
    let url = ctx.url.as_deref().unwrap_or("");
    let after_scheme = url.split_once("://").map_or(url, |(_, r)| r);
    let path = after_scheme.find('/').map_or("", |i| &after_scheme[i..]);
    [
        "/storage/v1/b/",
        "/upload/storage/v1/b/",
        "/download/storage/v1/b/",
    ]
    .iter()
    .any(|p| path.starts_with(p))
        || url.has("X-Goog-Credential=")
        || ctx
            .header("authorization")
            .is_some_and(|a| a.starts_with("GOOG4-"))
}

/// Nothing recognised the response: keep what a generic reading finds. With no response at
/// all, the request URL's host still says where the upload went.
fn generic(resp: &Response<'_>, ctx: Option<&RequestContext>) -> Parsed {
    let mut p = Parsed::new(ProviderId::Unknown, resp.format);
    // An empty error body from a host that names an S3-compatible service (R2 answers 501 with
    // no body to what it does not implement): that service answered.
    if resp.format == BodyFormat::Empty {
        if let Some(provider) = context_host(ctx).as_deref().and_then(provider_for_host) {
            if matches!(
                provider,
                ProviderId::CloudflareR2
                    | ProviderId::BackblazeB2
                    | ProviderId::DigitaloceanSpaces
                    | ProviderId::Wasabi
            ) {
                p.provider = provider;
            }
        }
    }
    if matches!(resp.format, BodyFormat::Empty | BodyFormat::Text)
        && resp.status.is_none_or(|s| s == 0)
    {
        let host = context_host(ctx).or_else(|| {
            let (url, _) = crate::rules::console_url_and_origin(resp.text);
            let c = RequestContext {
                url: url.map(str::to_string),
                ..RequestContext::default()
            };
            context_host(Some(&c))
        });
        if let Some(provider) = host.as_deref().and_then(provider_for_host) {
            p.provider = provider;
        }
    }
    // Nothing in the answer names the service, but the request does: how it was signed, or an
    // API path only one service has (an emulator on 127.0.0.1 answering a HEAD with no body).
    if p.provider == ProviderId::Unknown
        && matches!(resp.format, BodyFormat::Empty | BodyFormat::Text)
    {
        if let Some(ctx) = ctx {
            if gcs_api_request(ctx) {
                p.provider = ProviderId::Gcs;
            } else if s3_signed_request(ctx) {
                p.provider = aws_s3::s3_provider(resp, Some(ctx), None);
            }
        }
    }
    match resp.format {
        BodyFormat::Json | BodyFormat::ProblemJson => {
            if let Some(v) = &resp.value {
                let inner = v.get("error").filter(|e| e.is_obj()).unwrap_or(v);
                p.code = ["code", "error", "errorCode", "reason"]
                    .iter()
                    .find_map(|k| inner.text(k))
                    .map(str::to_string);
                p.message = ["message", "error_description", "detail", "msg"]
                    .iter()
                    .find_map(|k| inner.text(k))
                    .map(str::to_string);
                p.body_status = inner
                    .status("statusCode")
                    .or_else(|| inner.status("status"));
                p.fields = without(v.flatten(MAX_FIELDS), &["code", "message"]);
            }
        }
        BodyFormat::Xml => {
            if let Some(doc) = xml::parse(&resp.body) {
                p.code = doc.get("Code").map(str::to_string);
                p.message = doc.get("Message").map(str::to_string);
                p.fields = without(doc.fields, &["Code", "Message"]);
            }
        }
        BodyFormat::Html => {
            if let Some(title) = html_title(&resp.body) {
                p.fields.push(("title".into(), title));
            }
        }
        BodyFormat::Text => {
            p.body_status = status_in_text(resp.text).or_else(|| status_line(resp.text));
            let line = resp
                .text
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("")
                .trim();
            if !line.is_empty() {
                p.message = Some(line.chars().take(500).collect());
            }
        }
        BodyFormat::Empty => {}
    }
    p
}

/// An HTTP status mentioned in free text: "status code 413", "HTTP 403", "statusCode: 400",
/// "returned 404", "<HttpError 404 ...".
pub fn status_in_text(text: &str) -> Option<u16> {
    const LABELS: &[&str] = &[
        "status code ",
        "status code: ",
        "statusCode: ",
        "statusCode=",
        "Status Code: ",
        "status: ",
        "HTTP ",
        "HttpError ",
        "HTTP/1.1 ",
        "HTTP/2 ",
        "HTTP Response Code: ",
        "resulted in a `",
    ];
    let head = crate::input::cap_str(text, 64 * 1024);
    LABELS.iter().find_map(|label| {
        let i = head.index_of(label)?;
        let digits: String = head[i + label.len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let n: u16 = digits.parse().ok()?;
        (digits.len() == 3 && (100..=599).contains(&n)).then_some(n)
    })
}

/// A pasted text that is only a status line, as DevTools shows a failed request with no body:
/// `501 Not Implemented`.
fn status_line(text: &str) -> Option<u16> {
    let t = text.trim();
    if t.len() > 48 || t.contains('\n') {
        return None;
    }
    let (digits, reason) = t.split_once(' ')?;
    let n: u16 = digits.parse().ok()?;
    let words = reason
        .chars()
        .all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '-');
    (digits.len() == 3 && (400..=599).contains(&n) && words && !reason.is_empty()).then_some(n)
}

/// Drops the named fields (they have their own place in the diagnosis).
pub fn without(fields: Vec<(String, String)>, names: &[&str]) -> Vec<(String, String)> {
    fields
        .into_iter()
        .filter(|(k, _)| !names.contains(&k.as_str()))
        .collect()
}

/// The text of an HTML page's `<title>`.
pub fn html_title(body: &str) -> Option<String> {
    let lower = crate::input::cap_str(body, 64 * 1024).to_ascii_lowercase();
    let start = lower.index_of("<title")?;
    let open_end = start + lower.get(start..)?.find('>')? + 1;
    let end = open_end + lower.get(open_end..)?.index_of("</title")?;
    let title = body.get(open_end..end)?.trim();
    (!title.is_empty()).then(|| title.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The host of the request URL in the context, lower-cased.
pub fn context_host(ctx: Option<&RequestContext>) -> Option<String> {
    let url = ctx?.url.as_deref()?;
    let after_scheme = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = after_scheme
        .split(['/', '?', '#'])
        .next()?
        .rsplit('@')
        .next()?;
    let host = host.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}
