//! HAR files (the devtools "Save all as HAR" export): every failed request in it, each with the
//! request context its entry records (method, URL, headers, form fields in order, size, time,
//! and Chrome's `_error` for requests that got no response).

use super::loose::{self, Value};
use super::Input;
use crate::context::{FileInfo, FormField, RequestContext};
use crate::search::SearchExt;

/// How much of a HAR file is read. HAR files carry every response body of a page, so they are
/// allowed to be larger than a single error ([`crate::INPUT_CAP`] still applies to each body).
pub const HAR_CAP: usize = 32 << 20;

/// Most entries explained from one HAR file.
pub const MAX_ENTRIES: usize = 200;

/// One failed request found in a HAR file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct HarEntry {
    /// Position of the entry in `log.entries` (0-based).
    pub index: usize,
    /// The response, as an [`Input`].
    pub input: Input,
    /// The request, as a [`RequestContext`].
    pub context: RequestContext,
    /// Remarks about the entry (a body the HAR holds only as base64, a cut body).
    pub notes: Vec<String>,
}

/// Whether `text` looks like a HAR file (cheap: checks the start only).
pub fn looks_like_har(text: &str) -> bool {
    let head = super::cap_str(text.trim_start_matches('\u{feff}').trim_start(), 512);
    head.starts_with('{') && head.has("\"log\"")
}

fn pairs(v: Option<&Value>) -> Vec<(String, String)> {
    match v {
        Some(Value::Arr(items)) => items
            .iter()
            .filter_map(|h| {
                Some((
                    h.text("name")?.to_string(),
                    h.text("value").unwrap_or("").to_string(),
                ))
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The failed requests of a HAR file (status 0 or ≥ 400, or an `_error`), in order; `None` when
/// the text is not a HAR file.
pub fn failed_entries(text: &str) -> Option<Vec<HarEntry>> {
    if !looks_like_har(text) {
        return None;
    }
    let root = loose::parse(super::cap_str(text, HAR_CAP))?;
    let Value::Arr(entries) = root.get("log")?.get("entries")? else {
        return None;
    };
    let mut out = Vec::new();
    for (index, e) in entries.iter().enumerate() {
        if out.len() >= MAX_ENTRIES {
            break;
        }
        let (Some(req), Some(resp)) = (e.get("request"), e.get("response")) else {
            continue;
        };
        let status = resp.status("status").unwrap_or(0);
        let error = e
            .text("_error")
            .or_else(|| resp.text("_error"))
            .filter(|s| !s.is_empty());
        if !(status == 0 || status >= 400 || error.is_some()) {
            continue;
        }
        // Preflights are reported through the request they guard.
        if req
            .text("method")
            .is_some_and(|m| m.eq_ignore_ascii_case("OPTIONS"))
            && status < 400
        {
            continue;
        }
        let mut notes = Vec::new();
        let content = resp.get("content");
        let mut body = content
            .and_then(|c| c.text("text"))
            .unwrap_or("")
            .to_string();
        if content
            .and_then(|c| c.text("encoding"))
            .is_some_and(|enc| enc.eq_ignore_ascii_case("base64"))
        {
            notes.push(
                "The HAR holds this response body as base64; it was not decoded.".to_string(),
            );
            body.clear();
        }
        let mut input = Input::text(body);
        input.status = (status != 0).then_some(status);
        input.headers = pairs(resp.get("headers"));

        let mut ctx = RequestContext {
            method: req.text("method").map(str::to_string),
            url: req.text("url").map(str::to_string),
            sent_at: e.text("startedDateTime").map(str::to_string),
            fetch_error: error.map(str::to_string),
            ..RequestContext::default()
        };
        for (name, value) in pairs(req.get("headers")) {
            // HTTP/2 pseudo-headers are not request headers.
            if !name.starts_with(':') {
                ctx.headers.insert(name, value);
            }
        }
        ctx.body_size = req
            .text("bodySize")
            .and_then(|s| s.parse::<i64>().ok())
            .and_then(|n| u64::try_from(n).ok());
        if let Some(Value::Arr(params)) = req.get("postData").and_then(|p| p.get("params")) {
            for p in params {
                let Some(name) = p.text("name") else { continue };
                let mut field = FormField {
                    name: name.to_string(),
                    ..FormField::default()
                };
                if let Some(file) = p.text("fileName") {
                    field.file = Some(FileInfo {
                        name: Some(file.to_string()),
                        mime_type: p.text("contentType").map(str::to_string),
                        ..FileInfo::default()
                    });
                } else {
                    field.value = p.text("value").map(str::to_string);
                }
                ctx.form_fields.push(field);
            }
        }
        // Exports that keep the multipart body as text but no `params`: read the fields from it.
        if ctx.form_fields.is_empty() {
            if let Some(post) = req.get("postData") {
                let boundary = post
                    .text("mimeType")
                    .and_then(boundary_of)
                    .or_else(|| ctx.header("content-type").and_then(boundary_of))
                    .map(str::to_string);
                if let Some(text) = post.text("text") {
                    ctx.form_fields = multipart_fields(text, boundary.as_deref());
                }
            }
        }
        if status == 0 && ctx.fetch_error.is_none() {
            ctx.fetch_error = Some("no response (status 0 in the HAR)".into());
        }
        out.push(HarEntry {
            index,
            input,
            context: ctx,
            notes,
        });
    }
    Some(out)
}

/// The `boundary=` of a `multipart/form-data` content type.
fn boundary_of(content_type: &str) -> Option<&str> {
    if !content_type.to_ascii_lowercase().has("multipart/form-data") {
        return None;
    }
    let at = content_type.to_ascii_lowercase().index_of("boundary=")?;
    let b = content_type.get(at + "boundary=".len()..)?;
    let b = b.split(';').next().unwrap_or("").trim().trim_matches('"');
    (!b.is_empty()).then_some(b)
}

/// Most parts read from one multipart body; values longer than this are cut.
const MAX_PARTS: usize = 256;
const MAX_VALUE: usize = 16 * 1024;

/// The fields of a multipart body in the order they were sent (`name`, `filename`, the value of
/// text parts). Without a known boundary, the first line is taken as the delimiter when it
/// starts with `--`.
fn multipart_fields(text: &str, boundary: Option<&str>) -> Vec<FormField> {
    let delimiter = match boundary {
        Some(b) => format!("--{b}"),
        None => match text.trim_start().lines().next() {
            Some(l) if l.starts_with("--") && l.len() > 2 => l.trim_end().to_string(),
            _ => return Vec::new(),
        },
    };
    let mut out = Vec::new();
    for part in text.split(delimiter.as_str()).skip(1).take(MAX_PARTS) {
        if part.starts_with("--") {
            break;
        }
        let part = part
            .strip_prefix("\r\n")
            .or_else(|| part.strip_prefix('\n'))
            .unwrap_or(part);
        let (head, body) = part
            .split_once("\r\n\r\n")
            .or_else(|| part.split_once("\n\n"))
            .unwrap_or((part, ""));
        let mut name = None;
        let mut file_name = None;
        let mut mime = None;
        for line in head.lines() {
            let lower = line.to_ascii_lowercase();
            if lower.starts_with("content-disposition:") {
                name = disposition_param(line, "name");
                file_name = disposition_param(line, "filename");
            } else if let Some(v) = lower.strip_prefix("content-type:") {
                mime = Some(v.trim().to_string());
            }
        }
        let Some(name) = name else { continue };
        let mut field = FormField {
            name,
            ..FormField::default()
        };
        if let Some(file) = file_name {
            field.file = Some(FileInfo {
                name: Some(file),
                mime_type: mime,
                ..FileInfo::default()
            });
        } else {
            let value = body
                .strip_suffix("\r\n")
                .or_else(|| body.strip_suffix('\n'))
                .unwrap_or(body);
            field.value = Some(value.chars().take(MAX_VALUE).collect());
        }
        out.push(field);
    }
    out
}

/// `name="key"` in a `Content-Disposition` line (not `filename=` when asking for `name`).
fn disposition_param(line: &str, param: &str) -> Option<String> {
    for piece in line.split(';').skip(1) {
        let Some((k, v)) = piece.split_once('=') else {
            continue;
        };
        if k.trim().eq_ignore_ascii_case(param) {
            return Some(v.trim().trim_matches('"').to_string());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_form_fields_from_a_multipart_body_without_params() {
        // Chromium's export of a presigned POST whose file field came first: the body as text,
        // no `params` (the file's bytes are left out of the text).
        let body = "------WebKitFormBoundaryQ7\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\r\n------WebKitFormBoundaryQ7\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\nuploads/a.png\r\n------WebKitFormBoundaryQ7\r\nContent-Disposition: form-data; name=\"policy\"\r\n\r\neyJ9\r\n------WebKitFormBoundaryQ7--\r\n";
        let fields = multipart_fields(body, Some("----WebKitFormBoundaryQ7"));
        let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["file", "key", "policy"]);
        assert!(fields[0].file.is_some());
        assert_eq!(fields[1].value.as_deref(), Some("uploads/a.png"));
        // The boundary guessed from the first line, and from the content type.
        assert_eq!(multipart_fields(body, None).len(), 3);
        assert_eq!(
            boundary_of("multipart/form-data; boundary=----WebKitFormBoundaryQ7"),
            Some("----WebKitFormBoundaryQ7")
        );
        assert_eq!(boundary_of("application/json"), None);
        // Not multipart, or broken: nothing, never a panic.
        assert!(multipart_fields("key=a&policy=b", None).is_empty());
        assert!(multipart_fields("--x\r\nContent-Disposition: form-data; name", None).is_empty());

        let har = format!(
            r#"{{"log":{{"entries":[{{"startedDateTime":"2026-01-01T00:00:00Z","request":{{"method":"POST","url":"https://b.s3.amazonaws.com/","headers":[],"postData":{{"mimeType":"multipart/form-data; boundary=----WebKitFormBoundaryQ7","text":{}}}}},"response":{{"status":403,"headers":[],"content":{{"text":""}}}}}}]}}}}"#,
            serde_json_string(body)
        );
        let entries = failed_entries(&har).unwrap_or_default();
        assert_eq!(entries.len(), 1);
        let names: Vec<&str> = entries[0]
            .context
            .form_fields
            .iter()
            .map(|f| f.name.as_str())
            .collect();
        assert_eq!(names, ["file", "key", "policy"]);
    }

    /// A JSON string literal (the test has no serde_json in every feature set).
    fn serde_json_string(s: &str) -> String {
        let mut out = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\r' => out.push_str("\\r"),
                '\n' => out.push_str("\\n"),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }

    #[test]
    fn reads_failed_entries() {
        let har = r#"{"log":{"version":"1.2","entries":[
          {"startedDateTime":"2026-01-01T00:00:00Z","request":{"method":"GET","url":"https://a/ok","headers":[]},"response":{"status":200,"headers":[],"content":{"text":"ok"}}},
          {"startedDateTime":"2026-01-01T00:00:01Z","request":{"method":"POST","url":"https://b.s3.amazonaws.com/","headers":[{"name":":authority","value":"b"},{"name":"Origin","value":"https://app"}],"bodySize":1234,
            "postData":{"mimeType":"multipart/form-data","params":[{"name":"key","value":"a.png"},{"name":"file","fileName":"a.png","contentType":"image/png"},{"name":"x-amz-security-token","value":"tok"}]}},
           "response":{"status":403,"headers":[{"name":"Content-Type","value":"application/xml"}],"content":{"mimeType":"application/xml","text":"<Error><Code>InvalidAccessKeyId</Code></Error>"}}},
          {"request":{"method":"PUT","url":"https://c/k","headers":[]},"response":{"status":0,"headers":[],"content":{}},"_error":"net::ERR_FAILED"}
        ]}}"#;
        let e = failed_entries(har).unwrap();
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].index, 1);
        assert_eq!(e[0].input.status, Some(403));
        assert_eq!(e[0].context.form_fields.len(), 3);
        assert!(e[0].context.form_fields[1].file.is_some());
        assert_eq!(e[0].context.body_size, Some(1234));
        assert!(!e[0].context.headers.contains_key(":authority"));
        assert_eq!(e[1].context.fetch_error.as_deref(), Some("net::ERR_FAILED"));
        assert_eq!(e[1].input.status, None);
        assert!(failed_entries("{\"statusCode\":\"403\"}").is_none());
    }
}
