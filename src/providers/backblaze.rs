//! Backblaze B2's native API errors: `{"code": "bad_auth_token", "message": "…", "status": 401}`,
//! and the way the b2 command-line tool and b2-sdk-python print them
//! (`ERROR: … (unauthorized)`, `b2sdk.exception.InvalidAuthToken: … (bad_auth_token)`,
//! `b2.exception.ServiceError: 503 service_unavailable No uploads available in vault 0001099`).
//!
//! The JSON shape (`code`, `message`, `status`, nothing else) is B2's; a code only B2 uses
//! (`bad_auth_token`, `cap_exceeded`, …) names it on its own, a generic one (`unauthorized`,
//! `service_unavailable`) needs a mark: a `backblazeb2.com` request URL, B2's wording ("… is too
//! busy", "No uploads available in vault", "application key"), or the name in the text.
//! B2's S3-compatible API answers S3 XML and is read by `aws_s3`.

use crate::catalog::backblaze::{DISTINCT, TABLE};
use crate::context::RequestContext;
use crate::diagnosis::BodyFormat;
use crate::ids::ProviderId;
use crate::input::loose::Value;
use crate::input::{cap_str, Response};

use super::{context_host, without, Parsed, MAX_FIELDS};
use crate::search::SearchExt;

/// Wording and names that only B2 and its tools use.
const MARKS: &[&str] = &[
    "backblaze",
    "b2api",
    "b2sdk",
    "b2.exception",
    "b2_authorize_account",
    "b2_upload",
    "b2 upload",
    "is too busy",
    "tome is",
    "no uploads available in vault",
    "for application key",
    "caps & alerts",
];

fn marked(resp: &Response<'_>, ctx: Option<&RequestContext>, message: &str) -> bool {
    if context_host(ctx).is_some_and(|h| h.ends_with("backblazeb2.com")) {
        return true;
    }
    let head = cap_str(resp.text, 64 * 1024).to_ascii_lowercase();
    let message = message.to_ascii_lowercase();
    MARKS
        .iter()
        .any(|m| head.contains(m) || message.contains(m))
}

fn known(code: &str) -> bool {
    TABLE.iter().any(|e| e.code == code)
}

/// A B2 JSON error body.
pub fn from_json(resp: &Response<'_>, ctx: Option<&RequestContext>, v: &Value) -> Option<Parsed> {
    let Value::Obj(members) = v else {
        return None;
    };
    let shape = members
        .iter()
        .all(|(k, _)| matches!(k.as_str(), "code" | "message" | "status"));
    let code = v.text("code")?;
    let status = v.status("status")?;
    let message = v.text("message").unwrap_or("");
    if !(shape && known(code) && (DISTINCT.contains(&code) || marked(resp, ctx, message))) {
        return None;
    }
    let mut p = Parsed::new(ProviderId::BackblazeB2, resp.format);
    p.code = Some(code.to_string());
    p.message = (!message.is_empty()).then(|| message.to_string());
    p.body_status = Some(status);
    p.fields = without(v.flatten(MAX_FIELDS), &["code", "message", "status"]);
    Some(p)
}

/// The b2 tool's and b2sdk's printed errors.
pub fn from_text(resp: &Response<'_>, ctx: Option<&RequestContext>) -> Option<Parsed> {
    let text = cap_str(resp.text, 64 * 1024);
    if !marked(resp, ctx, "") {
        return None;
    }
    // `ServiceError: 503 service_unavailable No uploads available in vault 0001099`
    for line in text.lines() {
        let Some(i) = line.index_of("Error: ") else {
            continue;
        };
        let rest = line[i + "Error: ".len()..].trim();
        let mut words = rest.splitn(3, ' ');
        let (Some(s), Some(code)) = (words.next(), words.next()) else {
            continue;
        };
        if let (Ok(status), true) = (s.parse::<u16>(), known(code)) {
            let mut p = Parsed::new(ProviderId::BackblazeB2, BodyFormat::Text);
            p.code = Some(code.to_string());
            p.body_status = (100..=599).contains(&status).then_some(status);
            p.message = words
                .next()
                .map(|m| m.trim().to_string())
                .filter(|m| !m.is_empty());
            return Some(p);
        }
    }
    // `… (bad_auth_token)` at the end of a line.
    for line in text.lines() {
        let l = line.trim_end();
        let Some(open) = l.rfind('(') else {
            continue;
        };
        let Some(code) = l[open + 1..].strip_suffix(')') else {
            continue;
        };
        if !known(code) {
            continue;
        }
        let mut message = l[..open].trim();
        if let Some(m) = message.strip_prefix("ERROR: ") {
            message = m;
        } else if let Some((name, m)) = message.split_once(": ") {
            if !name.contains(' ') {
                message = m;
            }
        }
        let mut p = Parsed::new(ProviderId::BackblazeB2, BodyFormat::Text);
        p.code = Some(code.to_string());
        p.message = (!message.is_empty()).then(|| message.to_string());
        return Some(p);
    }
    None
}
