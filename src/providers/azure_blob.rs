//! Azure Blob Storage (and Azurite, the emulator): the `<Error>` XML body, the `x-ms-error-code`
//! header, and the empty-body answers the request context explains.
//!
//! An Azure error body looks like S3's but says whose it is in several ways; any one of them is
//! enough:
//! - `x-ms-*` response headers (`x-ms-request-id`, `x-ms-error-code`, `x-ms-version`), or a
//!   `Server` of `Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0` / `Azurite-Blob/3.x`;
//! - a request to `*.blob.core.windows.net` (or `.dfs.`, `.file.`) or to Azurite's
//!   `127.0.0.1:10000/devstoreaccount1`;
//! - a `Message` that ends with `RequestId:<guid>` and `Time:<iso>` lines;
//! - elements only Azure sends (`AuthenticationErrorDetail`, `HeaderName`, `QueryParameterName`)
//!   or codes only Azure uses (`ContainerNotFound`, `AuthorizationPermissionMismatch`...).
//!
//! The `RequestId:` and `Time:` lines are moved out of the message: the id is the request id to
//! quote to support, `Time` (Azure's clock when it answered) is kept as the field `Time`.

use crate::catalog;
use crate::context::RequestContext;
use crate::diagnosis::BodyFormat;
use crate::ids::ProviderId;
use crate::input::xml::XmlDoc;
use crate::input::Response;

use super::{context_host, Parsed};
use crate::search::SearchExt;

/// Elements only Azure Storage puts into an error body.
const AZURE_ELEMENTS: &[&str] = &[
    "AuthenticationErrorDetail",
    "HeaderName",
    "HeaderValue",
    "QueryParameterName",
    "QueryParameterValue",
    "ExceptionDetails.ExceptionMessage",
];

/// Text that names Azure Storage when the error was found inside other text (an SDK exception, a
/// log line with headers).
const TEXT_MARKS: &[&str] = &[
    ".blob.core.windows.net",
    ".dfs.core.windows.net",
    ".file.core.windows.net",
    "x-ms-request-id",
    "x-ms-error-code",
    "Windows-Azure-Blob",
    "Azurite-Blob",
    "devstoreaccount1",
];

/// Whether `host` (and the URL) belong to Azure Storage or Azurite.
fn azure_url(ctx: Option<&RequestContext>) -> bool {
    let Some(host) = context_host(ctx) else {
        return false;
    };
    let url = ctx.and_then(|c| c.url.as_deref()).unwrap_or("");
    host.ends_with(".blob.core.windows.net")
        || host.ends_with(".dfs.core.windows.net")
        || host.ends_with(".file.core.windows.net")
        || host.ends_with(".blob.core.chinacloudapi.cn")
        || host.ends_with(".blob.core.usgovcloudapi.net")
        || url.has(":10000/devstoreaccount1")
        || url.has("/devstoreaccount1/")
}

/// Whether the response headers are Azure Storage's.
fn azure_headers(resp: &Response<'_>) -> bool {
    resp.headers
        .iter()
        .any(|(k, _)| k.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("x-ms-")))
        || resp.header("server").is_some_and(|s| {
            s.starts_with("Windows-Azure") || s.starts_with("Azurite") || s.has("Azurite-")
        })
}

/// Whether the server that answered is Azurite.
pub fn is_azurite(resp: &Response<'_>, ctx: Option<&RequestContext>) -> bool {
    resp.header("server").is_some_and(|s| s.has("Azurite"))
        || crate::input::cap_str(resp.text, 64 * 1024).has("Azurite-Blob")
        || ctx
            .and_then(|c| c.url.as_deref())
            .is_some_and(|u| u.has(":10000/devstoreaccount1") || u.has(":10000/"))
            && context_host(ctx).is_some_and(|h| h == "127.0.0.1" || h == "localhost")
}

/// `RequestId:<id>` and `Time:<iso>` lines of an Azure message.
fn message_lines(message: &str) -> (String, Option<String>, Option<String>) {
    let mut kept = Vec::new();
    let mut request_id = None;
    let mut time = None;
    for line in message.lines() {
        let t = line.trim();
        if let Some(id) = t.strip_prefix("RequestId:") {
            request_id = Some(id.trim().to_string());
        } else if let Some(tm) = t.strip_prefix("Time:") {
            time = Some(tm.trim().to_string());
        } else {
            kept.push(line);
        }
    }
    // Some clients flatten the lines with spaces: "… signature. RequestId:… Time:…".
    let mut text = kept.join("\n").trim().to_string();
    if request_id.is_none() {
        if let Some(i) = text.index_of(" RequestId:") {
            let tail = text[i + " RequestId:".len()..].to_string();
            text.truncate(i);
            let (id, rest) = tail.split_once(" Time:").unwrap_or((tail.as_str(), ""));
            request_id = Some(id.trim().to_string()).filter(|s| !s.is_empty());
            time = Some(rest.trim().to_string()).filter(|s| !s.is_empty());
        }
    }
    (text.trim().to_string(), request_id, time)
}

/// An Azure Storage XML error.
pub fn from_xml(resp: &Response<'_>, ctx: Option<&RequestContext>, doc: &XmlDoc) -> Option<Parsed> {
    if doc.root != "Error" {
        return None;
    }
    let code = doc.get("Code")?;
    let message = doc.get("Message").unwrap_or("");
    let element = AZURE_ELEMENTS.iter().any(|e| doc.get(e).is_some());
    let lines = message.has("RequestId:") && message.has("Time:");
    let known = catalog::azure_blob::TABLE
        .iter()
        .any(|e| e.code == code && e.code != "InternalError" && e.code != "InvalidOperation");
    let head = crate::input::cap_str(resp.text, 64 * 1024);
    let text = resp.embedded && TEXT_MARKS.iter().any(|m| head.contains(m));
    // S3's own marks win over a shared code (S3 has no Azure elements or message lines).
    let s3 = doc.get("HostId").is_some() || resp.header("x-amz-request-id").is_some();
    if !(element || lines || azure_headers(resp) || azure_url(ctx) || text || (known && !s3)) {
        return None;
    }
    let mut p = Parsed::new(ProviderId::AzureBlob, BodyFormat::Xml);
    p.code = Some(code.to_string());
    let (text, request_id, time) = message_lines(message);
    p.message = (!text.is_empty()).then_some(text);
    p.request_id = request_id.or_else(|| resp.header("x-ms-request-id").map(str::to_string));
    for (k, v) in &doc.fields {
        if k != "Code" && k != "Message" {
            p.fields.push((k.clone(), v.clone()));
        }
    }
    if let Some(t) = time {
        p.fields.push(("Time".into(), t));
    }
    if resp.embedded {
        p.body_status = super::status_in_text(resp.text).or_else(|| status_word(resp.text));
    }
    Some(p)
}

/// `Status: 403 (…)` as the .NET SDK prints it, `"statusCode": 403`, `StatusCode=403`.
fn status_word(text: &str) -> Option<u16> {
    let head = crate::input::cap_str(text, 64 * 1024);
    ["Status: ", "\"statusCode\": ", "StatusCode="]
        .iter()
        .find_map(|label| {
            let i = head.find(label)?;
            let digits: String = head[i + label.len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            let n: u16 = digits.parse().ok()?;
            (digits.len() == 3 && (100..=599).contains(&n)).then_some(n)
        })
}

/// An Azure error carried only by headers (`x-ms-error-code`), or an empty-body answer the
/// request context explains.
pub fn from_headers(resp: &Response<'_>, ctx: Option<&RequestContext>) -> Option<Parsed> {
    if let Some(code) = resp.header("x-ms-error-code") {
        let mut p = Parsed::new(ProviderId::AzureBlob, resp.format);
        p.code = Some(code.to_string());
        p.request_id = resp.header("x-ms-request-id").map(str::to_string);
        return Some(p);
    }
    // Azurite (and Azure for HEAD requests) answers some errors with headers only; an empty body
    // from an Azure host or with Azure's headers is still Azure's.
    if resp.format == BodyFormat::Empty
        && resp.status.is_some_and(|s| s >= 400)
        && (azure_headers(resp) || azure_url(ctx))
    {
        let mut p = Parsed::new(ProviderId::AzureBlob, BodyFormat::Empty);
        p.request_id = resp.header("x-ms-request-id").map(str::to_string);
        return Some(p);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_lines_are_split_off() {
        let (m, id, t) = message_lines(
            "The specified blob does not exist.\nRequestId:6bfe8563-5c65\nTime:2026-11-23T10:30:08.600Z",
        );
        assert_eq!(m, "The specified blob does not exist.");
        assert_eq!(id.as_deref(), Some("6bfe8563-5c65"));
        assert_eq!(t.as_deref(), Some("2026-11-23T10:30:08.600Z"));
        let (m, id, t) = message_lines("Server failed. RequestId:159c Time:2016-08-08T08:11:13Z");
        assert_eq!(m, "Server failed.");
        assert_eq!(id.as_deref(), Some("159c"));
        assert_eq!(t.as_deref(), Some("2016-08-08T08:11:13Z"));
        let (m, id, _) = message_lines("");
        assert!(m.is_empty() && id.is_none());
    }

    #[test]
    fn status_words() {
        assert_eq!(status_word("Status: 403 (This request...)"), Some(403));
        assert_eq!(status_word("Status: 40"), None);
        assert_eq!(status_word("nothing"), None);
    }
}
