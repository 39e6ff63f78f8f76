//! HAR files (the devtools "Save all as HAR" export): every failed request in it, each with the
//! request context its entry records (method, URL, headers, form fields in order, size, time,
//! and Chrome's `_error` for requests that got no response).

use super::loose::{self, Value};
use super::Input;
use crate::context::{FileInfo, FormField, RequestContext};

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
    head.starts_with('{') && head.contains("\"log\"")
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

#[cfg(test)]
mod tests {
    use super::*;

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
