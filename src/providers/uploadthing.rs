//! UploadThing: `UploadThingError` as the route handler serialises it (`{"code": "TOO_LARGE",
//! "message": "…", "data": …}`), as the client prints or dumps it (`UploadThingError { code:
//! 'INTERNAL_CLIENT_ERROR', … }`), and the plain messages older clients throw ("Failed to get
//! presigned URLs", "Failed to upload file X to S3", `{message: "Invalid config:
//! FileSizeMismatch"}`).
//!
//! UploadThing's generic codes (`BAD_REQUEST`, `NOT_FOUND`, `FORBIDDEN`, …) are common words, so
//! they count only with a mark: an UploadThing host (`*.ufs.sh`, `uploadthing.com`, `utfs.io`) or
//! an `/api/uploadthing` route in the request URL, "uploadthing" in the text, or UploadThing's
//! own wording ("Invalid config: …"). Codes only UploadThing uses (`TOO_LARGE`,
//! `FILE_LIMIT_EXCEEDED`, `INTERNAL_CLIENT_ERROR`, …) need none. This module runs before V7
//! Darwin's, whose upper-case codes overlap.

use crate::catalog::uploadthing::{DISTINCT, MESSAGES, TABLE};
use crate::context::RequestContext;
use crate::diagnosis::BodyFormat;
use crate::ids::ProviderId;
use crate::input::loose::Value;
use crate::input::{cap_str, Response};

use super::{context_host, without, Parsed, MAX_FIELDS};
use crate::search::SearchExt;

fn host_or_route(ctx: Option<&RequestContext>) -> bool {
    let host = context_host(ctx).unwrap_or_default();
    host.ends_with(".ufs.sh")
        || host == "uploadthing.com"
        || host.ends_with(".uploadthing.com")
        || host == "utfs.io"
        || ctx
            .and_then(|c| c.url.as_deref())
            .is_some_and(|u| u.has("/api/uploadthing"))
}

fn text_mark(resp: &Response<'_>) -> bool {
    cap_str(resp.text, 64 * 1024).has_ignore_ascii_case("uploadthing")
}

fn wording(message: &str) -> bool {
    message.starts_with("Invalid config: ")
        || MESSAGES
            .iter()
            .any(|k| message.contains(k.wording) && k.wording.has("presigned"))
}

/// A serialised `UploadThingError`, or a body with UploadThing's wording.
pub fn from_json(resp: &Response<'_>, ctx: Option<&RequestContext>, v: &Value) -> Option<Parsed> {
    let Value::Obj(members) = v else {
        return None;
    };
    let shape = members
        .iter()
        .all(|(k, _)| matches!(k.as_str(), "code" | "message" | "data" | "cause" | "name"));
    if !shape {
        return None;
    }
    let code = v
        .text("code")
        .filter(|c| TABLE.iter().any(|e| e.code == *c));
    let message = v.text("message");
    let marked = host_or_route(ctx) || text_mark(resp);
    let accepted = match (code, message) {
        (Some(c), _) if DISTINCT.contains(&c) || marked => true,
        (_, Some(m)) if wording(m) => true,
        _ => false,
    };
    if !accepted || (code.is_none() && v.get("code").is_some()) {
        return None;
    }
    let mut p = Parsed::new(ProviderId::Uploadthing, resp.format);
    p.code = code.map(str::to_string);
    p.message = message.map(str::to_string);
    p.body_status = code
        .and_then(|c| TABLE.iter().find(|e| e.code == c))
        .map(|e| e.status)
        .filter(|_| resp.status.is_none() && !resp.embedded)
        .or_else(|| {
            resp.embedded
                .then(|| super::status_in_text(resp.text))
                .flatten()
        });
    p.fields = without(v.flatten(MAX_FIELDS), &["code", "message"]);
    Some(p)
}

/// `code: 'INTERNAL_CLIENT_ERROR'` or `code: "TOO_LARGE"` in a dump.
fn dumped_code(text: &str) -> Option<&'static str> {
    TABLE.iter().map(|e| e.code).find(|c| {
        text.contains(&format!("code: '{c}'"))
            || text.contains(&format!("code: \"{c}\""))
            || text.contains(&format!("\"code\":\"{c}\""))
    })
}

/// The client's printed errors.
pub fn from_text(resp: &Response<'_>, ctx: Option<&RequestContext>) -> Option<Parsed> {
    let text = cap_str(resp.text, 64 * 1024);
    let named = text.has("UploadThingError");
    if !(named || text_mark(resp) || host_or_route(ctx)) {
        return None;
    }
    let code = dumped_code(text);
    let known_at = MESSAGES.iter().filter_map(|k| text.find(k.wording)).min();
    if !(named || code.is_some() || known_at.is_some()) {
        return None;
    }
    let mut p = Parsed::new(ProviderId::Uploadthing, BodyFormat::Text);
    p.code = code.map(str::to_string);
    let line_of = |i: usize| {
        let start = text[..i].rfind('\n').map(|j| j + 1).unwrap_or(0);
        let line = text[start..].lines().next().unwrap_or("").trim();
        line.strip_prefix("Error: ").unwrap_or(line).to_string()
    };
    p.message = if let Some(i) = text.index_of("UploadThingError: ") {
        text[i + "UploadThingError: ".len()..]
            .lines()
            .next()
            .map(|l| l.trim().to_string())
    } else {
        known_at.map(line_of)
    }
    .filter(|m| !m.is_empty());
    p.body_status = super::status_in_text(text);
    Some(p)
}
