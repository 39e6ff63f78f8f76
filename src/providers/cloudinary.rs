//! Cloudinary's upload API. Its errors carry a message and no code:
//! - REST: `{"error": {"message": "Invalid Signature …. String to sign - '…'."}}` (status on the
//!   wire), once `{"error": "Stale request - …"}`;
//! - the Node SDK's rejection `{ message: '…', name: 'Error', http_code: 400 }` (also nested as
//!   `{ error: { message, http_code, name } }`);
//! - SDK exceptions as text: `cloudinary.api.Error: File size too large. Got …`, Java's
//!   `java.lang.RuntimeException: Stale request - …`.
//!
//! The `{"error": {"message": …}}` shape is common, so a body counts as Cloudinary's only with a
//! mark: an `api.cloudinary.com` request URL, the SDK's `http_code` member, "cloudinary" in the
//! pasted text, or wording only Cloudinary uses (`catalog::cloudinary::DISTINCT`). `code` is
//! always null; `catalog::cloudinary::MESSAGES` recognises the message.

use crate::catalog::cloudinary::{DISTINCT, MESSAGES};
use crate::context::RequestContext;
use crate::diagnosis::BodyFormat;
use crate::ids::ProviderId;
use crate::input::loose::Value;
use crate::input::{cap_str, Response};

use super::{context_host, without, Parsed, MAX_FIELDS};
use crate::search::SearchExt;

fn marked(resp: &Response<'_>, ctx: Option<&RequestContext>, message: &str) -> bool {
    let head = cap_str(resp.text, 64 * 1024);
    context_host(ctx).is_some_and(|h| h == "api.cloudinary.com" || h.ends_with(".cloudinary.com"))
        || DISTINCT
            .iter()
            .any(|w| message.contains(w) || head.contains(w))
        || head.has_ignore_ascii_case("cloudinary")
}

/// The known message as it stands in the text (to its closing quote or the line end), when the
/// JSON read from a console dump lost it (`Object {error: Object}error: Objectmessage: "…"`).
fn message_in_text(text: &str) -> Option<&str> {
    let head = cap_str(text, 64 * 1024);
    let i = MESSAGES.iter().filter_map(|k| head.find(k.wording)).min()?;
    let rest = &head[i..];
    let end = rest.find(['"', '\n', '\'']).unwrap_or(rest.len());
    Some(rest[..end].trim())
}

/// `status code - 401 -` (Cloudinary's Java SDK) or the usual labels.
fn status_around(text: &str) -> Option<u16> {
    let head = cap_str(text, 64 * 1024);
    if let Some(i) = head.index_of("status code - ") {
        let d: String = head[i + "status code - ".len()..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        if let Ok(n) = d.parse::<u16>() {
            if (100..=599).contains(&n) {
                return Some(n);
            }
        }
    }
    super::status_in_text(head)
}

/// A Cloudinary error body or SDK error object.
pub fn from_json(resp: &Response<'_>, ctx: Option<&RequestContext>, v: &Value) -> Option<Parsed> {
    if !v.is_obj() {
        return None;
    }
    let inner = v.get("error").filter(|e| e.is_obj());
    let (obj, prefix) = match inner {
        Some(e) => (e, "error."),
        None => (v, ""),
    };
    let message = obj.text("message").or_else(|| {
        if inner.is_none() {
            v.text("error")
        } else {
            None
        }
    })?;
    let sdk_shape = obj.get("http_code").is_some();
    if !(sdk_shape || marked(resp, ctx, message)) {
        return None;
    }
    // Only the shapes Cloudinary uses: message (+ http_code, name) in `error` or at the top.
    if let Value::Obj(members) = obj {
        let allowed = members
            .iter()
            .all(|(k, _)| matches!(k.as_str(), "message" | "http_code" | "name" | "error"));
        if !allowed {
            return None;
        }
    }
    let mut p = Parsed::new(ProviderId::Cloudinary, resp.format);
    let known = MESSAGES.iter().any(|k| message.contains(k.wording));
    p.message = Some(
        if known {
            message
        } else {
            message_in_text(resp.text).unwrap_or(message)
        }
        .to_string(),
    );
    p.body_status = obj
        .status("http_code")
        .or_else(|| resp.embedded.then(|| status_around(resp.text)).flatten());
    p.fields = without(
        v.flatten(MAX_FIELDS),
        &[&format!("{prefix}message"), "error"],
    );
    Some(p)
}

/// An SDK exception printed as text.
pub fn from_text(resp: &Response<'_>, ctx: Option<&RequestContext>) -> Option<Parsed> {
    let text = cap_str(resp.text, 64 * 1024);
    if !marked(resp, ctx, text) {
        return None;
    }
    let at = MESSAGES.iter().filter_map(|k| text.find(k.wording)).min();
    let message = match at {
        Some(i) => text[i..].lines().next().unwrap_or("").trim(),
        None => {
            // "cloudinary" named but no known message: only an exception line counts.
            let line = text
                .lines()
                .find(|l| l.to_ascii_lowercase().has("cloudinary") && l.has("Error"))?;
            line.trim()
        }
    };
    let mut p = Parsed::new(ProviderId::Cloudinary, BodyFormat::Text);
    p.message = (!message.is_empty()).then(|| message.chars().take(500).collect());
    p.body_status = status_around(text);
    Some(p)
}
