//! RFC 9457 / RFC 7807 problem details (`application/problem+json`).
//!
//! Recognised by the content type, or without it by the shape: a string `type` together with
//! `title`, `status` or `detail`, or `title` + `status` + `detail`/`instance`. `code` is the
//! `code` extension member when there is one, else the last path segment of `type`
//! (`/errors/integrity` → `integrity`). `instance` is an opaque id to quote to support; it is
//! never parsed.

use crate::diagnosis::BodyFormat;
use crate::ids::ProviderId;
use crate::input::loose::Value;
use crate::input::Response;

use super::{without, Parsed, MAX_FIELDS};

/// Reads a problem details document.
pub fn from_json(resp: &Response<'_>, v: &Value) -> Option<Parsed> {
    if !v.is_obj() {
        return None;
    }
    let by_type = resp
        .content_type()
        .is_some_and(|ct| ct.ends_with("problem+json") || ct.ends_with("problem+xml"));
    // `type` is a URI reference; some APIs put a number there (then it names nothing).
    let ty = match v.get("type") {
        Some(Value::Str(t)) => Some(t.as_str()),
        _ => None,
    };
    let has = |k: &str| v.get(k).is_some();
    let by_shape = (has("type") && (has("title") || has("status") || has("detail")))
        || (has("title")
            && has("status")
            && (has("detail") || has("instance") || has("errors") || has("traceId")));
    if !(by_type || by_shape) {
        return None;
    }
    let mut p = Parsed::new(ProviderId::ProblemJson, BodyFormat::ProblemJson);
    p.code = v
        .text("code")
        .map(str::to_string)
        .or_else(|| ty.and_then(last_segment).map(str::to_string));
    p.message = v
        .text("detail")
        .or_else(|| v.text("title"))
        .map(str::to_string);
    p.body_status = v.status("status");
    p.request_id = v.text("instance").map(str::to_string);
    let msg_key = if v.text("detail").is_some() {
        "detail"
    } else {
        ""
    };
    p.fields = without(v.flatten(MAX_FIELDS), &["code", msg_key, "instance"]);
    Some(p)
}

/// `https://example.com/probs/out-of-credit` → `out-of-credit`. `about:blank` (the default,
/// RFC 9457 §4.2.1: no meaning beyond the status) and a type without a path name no code.
fn last_segment(ty: &str) -> Option<&str> {
    if ty.trim().eq_ignore_ascii_case("about:blank") {
        return None;
    }
    let t = ty
        .split(['?', '#'])
        .next()
        .unwrap_or(ty)
        .trim_end_matches('/');
    let path = match t.split_once("://") {
        Some((_, rest)) => rest.split_once('/').map(|(_, p)| p).unwrap_or(""),
        None => t,
    };
    path.rsplit('/').next().filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    #[test]
    fn last_segment() {
        assert_eq!(super::last_segment("/errors/integrity"), Some("integrity"));
        assert_eq!(
            super::last_segment("https://x.io/probs/out-of-credit/"),
            Some("out-of-credit")
        );
        assert_eq!(super::last_segment("about:blank"), None);
        assert_eq!(super::last_segment("https://x.io"), None);
        assert_eq!(
            super::last_segment("https://tools.ietf.org/html/rfc7231#section-6.5.1"),
            Some("rfc7231")
        );
    }
}
