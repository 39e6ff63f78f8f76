//! Google Cloud Storage: the XML API's `<Error>` body (signed URLs) and the JSON API's error
//! object (uploads through `upload/storage/v1`, the client libraries).
//!
//! XML: `<Error><Code>SignatureDoesNotMatch</Code><Message>…</Message><StringToSign>GOOG4-RSA-SHA256…`
//! looks like S3's, so it is GCS only with a mark: the `x-guploader-uploadid` or an `x-goog-*`
//! response header, a `storage.googleapis.com` request URL (or that host in the text around an
//! embedded body), a `GOOG4-`/`GOOG1` string to sign, GCS's wording ("Check your Google secret key",
//! "Google Cloud Storage", "No such object:"), or a `Details` element without S3's
//! `RequestId`/`HostId`.
//!
//! JSON: `{"error": {"code": 403, "message": …, "errors": [{"domain": "global", "reason": "forbidden", …}]}}`,
//! or the inner object alone as the Java, Node and Python clients print it. `code` is
//! `errors[0].reason` (or the `status` string such as `PERMISSION_DENIED` when there is no errors
//! list); the body's status is `error.code`. The shape is shared by every Google API, so it is GCS
//! when a mark says so or when the reason is one of the storage table's.

use crate::catalog;
use crate::context::RequestContext;
use crate::diagnosis::BodyFormat;
use crate::ids::ProviderId;
use crate::input::loose::Value;
use crate::input::xml::XmlDoc;
use crate::input::Response;

use super::{context_host, Parsed, MAX_FIELDS};
use crate::search::SearchExt;

/// Text that names GCS.
const TEXT_MARKS: &[&str] = &[
    "storage.googleapis.com",
    "googleapis.com/storage/",
    "googleapis.com/upload/storage/",
    "storage.cloud.google.com",
    "Google Cloud Storage",
    "Check your Google secret key",
    "cloud.google.com/storage/docs",
    "x-guploader-uploadid",
    "X-GUploader-UploadID",
];

/// Whether the request URL is a GCS endpoint (XML API host, or the JSON API paths on
/// `www.googleapis.com` / `storage.googleapis.com`).
fn gcs_url(ctx: Option<&RequestContext>) -> bool {
    let Some(host) = context_host(ctx) else {
        return false;
    };
    let url = ctx.and_then(|c| c.url.as_deref()).unwrap_or("");
    host == "storage.googleapis.com"
        || host.ends_with(".storage.googleapis.com")
        || host == "storage.cloud.google.com"
        || (host == "www.googleapis.com" && url.has("/storage/v1/"))
}

/// Whether the response headers are GCS's.
fn gcs_headers(resp: &Response<'_>) -> bool {
    resp.header("x-guploader-uploadid").is_some()
        || resp.headers.iter().any(|(k, _)| {
            k.get(..7)
                .is_some_and(|p| p.eq_ignore_ascii_case("x-goog-"))
        })
        || resp
            .header("server")
            .is_some_and(|s| s.eq_ignore_ascii_case("UploadServer"))
}

fn text_mark(resp: &Response<'_>) -> bool {
    let head = crate::input::cap_str(resp.text, 64 * 1024);
    TEXT_MARKS.iter().any(|m| resp.contains_in(head, m))
}

/// Whether any of GCS's marks is on the response or the request.
pub fn marked(resp: &Response<'_>, ctx: Option<&RequestContext>) -> bool {
    gcs_headers(resp) || gcs_url(ctx) || text_mark(resp)
}

/// The status a pasted text gives around an embedded body: `429 Too Many Requests`,
/// `status code: 403`, `Error 429:`.
fn status_around(text: &str) -> Option<u16> {
    if let Some(s) = super::status_in_text(text) {
        return Some(s);
    }
    let head = crate::input::cap_str(text, 64 * 1024);
    const PHRASES: &[(&str, u16)] = &[
        ("400 Bad Request", 400),
        ("401 Unauthorized", 401),
        ("403 Forbidden", 403),
        ("404 Not Found", 404),
        ("409 Conflict", 409),
        ("410 Gone", 410),
        ("412 Precondition Failed", 412),
        ("413 Request Entity Too Large", 413),
        ("429 Too Many Requests", 429),
        ("503 Service Unavailable", 503),
    ];
    PHRASES
        .iter()
        .find(|(p, _)| head.contains(p))
        .map(|(_, s)| *s)
}

/// A GCS XML API error.
pub fn from_xml(resp: &Response<'_>, ctx: Option<&RequestContext>, doc: &XmlDoc) -> Option<Parsed> {
    if doc.root != "Error" {
        return None;
    }
    let code = doc.get("Code")?;
    let s3_ids = doc.get("RequestId").is_some() || doc.get("HostId").is_some();
    let string_to_sign = doc.get("StringToSign").unwrap_or("");
    let goog_signing = string_to_sign.starts_with("GOOG4-")
        || string_to_sign.has("GOOG1")
        || doc
            .get("CanonicalRequest")
            .is_some_and(|c| c.has("X-Goog-") || c.has("x-goog-"));
    let details = doc.get("Details").is_some() && !s3_ids;
    let wording = doc
        .get("Message")
        .is_some_and(|m| m.has("Check your Google secret key"));
    if !(goog_signing || details || wording || marked(resp, ctx)) {
        return None;
    }
    let mut p = Parsed::new(ProviderId::Gcs, BodyFormat::Xml);
    p.code = Some(code.to_string());
    p.message = doc.get("Message").map(str::to_string);
    p.request_id = resp.header("x-guploader-uploadid").map(str::to_string);
    p.fields = super::without(doc.fields.clone(), &["Code", "Message"]);
    if resp.embedded {
        p.body_status = status_around(resp.text);
    }
    Some(p)
}

/// The error object: `error` of `{"error": {...}}`, or the value itself when it has the inner
/// shape (`code` + `errors` list, or `code` + `status`).
fn error_object(v: &Value) -> Option<(&Value, &'static str)> {
    if let Some(e) = v.get("error").filter(|e| e.is_obj()) {
        return Some((e, "error."));
    }
    (v.get("errors").is_some() && v.get("code").is_some()).then_some((v, ""))
}

/// A GCS JSON API error.
pub fn from_json(resp: &Response<'_>, ctx: Option<&RequestContext>, v: &Value) -> Option<Parsed> {
    let (err, prefix) = error_object(v)?;
    let first = match err.get("errors") {
        Some(Value::Arr(list)) => list.first().filter(|e| e.is_obj()),
        Some(_) => return None,
        None => None,
    };
    let reason = first.and_then(|e| e.text("reason"));
    let status = err.text("status").filter(|s| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_uppercase() || b == b'_' || b.is_ascii_digit())
    });
    let code = reason.or(status)?;
    let domain = first.and_then(|e| e.text("domain"));
    let known = catalog::gcs::TABLE
        .iter()
        .any(|e| e.code.eq_ignore_ascii_case(code));
    let google_shape = domain.is_some() || status.is_some();
    if !(marked(resp, ctx) || (known && google_shape)) {
        return None;
    }
    let mut p = Parsed::new(ProviderId::Gcs, resp.format);
    p.code = Some(code.to_string());
    p.message = err
        .text("message")
        .or_else(|| first.and_then(|e| e.text("message")))
        .map(str::to_string);
    p.body_status = err.status("code");
    p.request_id = resp.header("x-guploader-uploadid").map(str::to_string);
    p.fields = v
        .flatten(MAX_FIELDS)
        .into_iter()
        .filter_map(|(k, val)| {
            let short = k.strip_prefix(prefix).unwrap_or(&k);
            match short {
                "code" | "message" => None,
                _ => Some((short.to_string(), val)),
            }
        })
        .collect();
    Some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_around_reads_reason_phrases() {
        assert_eq!(
            status_around("Client error with status 429 Too Many Requests: <?xml"),
            Some(429)
        );
        assert_eq!(status_around("nothing here"), None);
    }
}
