//! V7 Darwin's external-storage registration API errors.
//!
//! V7 answers with upper-case codes (`NOT_AUTHENTICATED`, `INVALID_REQUEST`, `ALREADY_EXISTS`,
//! `NOT_FOUND`), either at the top level or inside an `errors` member. A code from the V7 table,
//! or a request to a `v7labs.com` host, marks the response as V7's.

use crate::catalog;
use crate::context::RequestContext;
use crate::diagnosis::BodyFormat;
use crate::ids::ProviderId;
use crate::input::loose::Value;
use crate::input::Response;

use super::{context_host, without, Parsed, MAX_FIELDS};

/// Where a V7 body keeps its code: `errors.code`, `errors[0].code`, `error.code`, `code`.
fn code_of(v: &Value) -> Option<(&str, &'static str)> {
    if let Some(e) = v.get("errors") {
        if let Some(c) = e.text("code") {
            return Some((c, "errors.code"));
        }
        if let Value::Arr(items) = e {
            if let Some(c) = items.first().and_then(|i| i.text("code")) {
                return Some((c, "errors[0].code"));
            }
        }
    }
    if let Some(c) = v.get("error").and_then(|e| e.text("code")) {
        return Some((c, "error.code"));
    }
    v.text("code").map(|c| (c, "code"))
}

/// Reads a V7 Darwin error.
pub fn from_json(resp: &Response<'_>, ctx: Option<&RequestContext>, v: &Value) -> Option<Parsed> {
    let (code, path) = code_of(v)?;
    let host = context_host(ctx).is_some_and(|h| h.ends_with("v7labs.com"));
    let known = catalog::v7_darwin::TABLE.iter().any(|e| e.code == code)
        && code.bytes().all(|b| b.is_ascii_uppercase() || b == b'_');
    if !(host || known) {
        return None;
    }
    let mut p = Parsed::new(ProviderId::V7Darwin, BodyFormat::Json);
    p.code = Some(code.to_string());
    let prefix = path.strip_suffix("code").unwrap_or("");
    let msg_path = format!("{prefix}message");
    let detail_path = format!("{prefix}detail");
    let flat = v.flatten(MAX_FIELDS);
    p.message = flat
        .iter()
        .find(|(k, _)| *k == msg_path || *k == detail_path)
        .map(|(_, m)| m.clone())
        .or_else(|| v.text("message").map(str::to_string));
    p.body_status = v.status("status").or_else(|| v.status("statusCode"));
    p.request_id = resp.header("x-request-id").map(str::to_string);
    p.fields = without(flat, &[path, &msg_path]);
    Some(p)
}

/// A V7 code pasted on its own, as V7's UI and docs show it: `401 - NOT_AUTHENTICATED`,
/// `ALREADY_EXISTS`. Only short texts count, and only codes from the V7 table.
pub fn from_text(resp: &Response<'_>) -> Option<Parsed> {
    let text = resp.text.trim();
    if text.len() > 300 {
        return None;
    }
    let code = text
        .split(|c: char| !(c.is_ascii_uppercase() || c == '_'))
        .find(|w| w.len() > 3 && catalog::v7_darwin::TABLE.iter().any(|e| e.code == *w))?;
    let mut p = Parsed::new(ProviderId::V7Darwin, BodyFormat::Text);
    p.code = Some(code.to_string());
    p.body_status = text
        .split_once(" - ")
        .and_then(|(s, _)| s.trim().parse().ok())
        .filter(|s| (100..=599).contains(s));
    Some(p)
}
