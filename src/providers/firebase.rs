//! Cloud Storage for Firebase: the JS SDK's `FirebaseError` (printed, or dumped as an object), the
//! Android SDK's `StorageException`, and the REST API's body.
//!
//! - JS SDK text: `FirebaseError: Firebase Storage: User does not have permission to access
//!   'images/a.png'. (storage/unauthorized)` → `code` = `storage/unauthorized`;
//! - JS SDK object: `{"code_": "storage/unauthorized", "message_": …, "serverResponse_": "{\n
//!   \"error\": {\n \"code\": 403, …"}` (v8 and earlier) or `{code, customData: {serverResponse},
//!   status_}` (v9+); the server response gives the real status;
//! - REST API (`firebasestorage.googleapis.com/v0/b/…`): `{"error": {"code": 403, "message":
//!   "Permission denied."}}`: the same shape as other Google APIs minus their `errors` and
//!   `status`, so it counts as Firebase's only with a mark (the host, Firebase's wording, or
//!   "firebase" in the pasted text); `code` is null (the number is the status);
//! - Android: `StorageException has occurred. … Code: -13021 HttpResult: 403` → the native
//!   code in the `errorCode` field.

use crate::catalog::firebase::TABLE;
use crate::context::RequestContext;
use crate::diagnosis::BodyFormat;
use crate::ids::ProviderId;
use crate::input::loose::{self, Value};
use crate::input::{cap_str, Response};

use super::{context_host, without, Parsed, MAX_FIELDS};
use crate::search::SearchExt;

/// Firebase's REST wording.
const REST_WORDING: &[&str] = &[
    "Permission denied.",
    "Please enable Firebase Storage",
    "Invalid HTTP method/URL pair.",
    "Firebase Storage",
];

fn host(ctx: Option<&RequestContext>) -> bool {
    context_host(ctx).is_some_and(|h| h == "firebasestorage.googleapis.com")
}

/// `Code: -13021 HttpResult: 403` in Android's log.
fn native(text: &str) -> Option<(String, Option<u16>)> {
    let i = text.index_of("Code: -130")? + "Code: ".len();
    let code: String = text[i..]
        .chars()
        .take_while(|c| *c == '-' || c.is_ascii_digit())
        .collect();
    let status = text[i..]
        .index_of("HttpResult: ")
        .and_then(|j| {
            let s = &text[i + j + "HttpResult: ".len()..];
            let d: String = s.chars().take_while(char::is_ascii_digit).collect();
            d.parse::<u16>().ok()
        })
        .filter(|s| (100..=599).contains(s));
    Some((code, status))
}

/// The message line Android logs before `Code: …` (after the `E/StorageException(pid): ` prefix).
fn native_message(text: &str) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| l.has("Code: -130"))?;
    let prev = lines.get(at.checked_sub(1)?)?;
    let msg = prev.rsplit("): ").next().unwrap_or(prev).trim();
    (!msg.is_empty() && !msg.has("has occurred")).then(|| msg.to_string())
}

/// The JS SDK's printed error.
pub fn from_text(resp: &Response<'_>, ctx: Option<&RequestContext>) -> Option<Parsed> {
    let _ = ctx;
    let text = cap_str(resp.text, 64 * 1024);
    if let Some(i) = text.index_of("(storage/") {
        let rest = &text[i + 1..];
        let end = rest.find(')')?;
        let code = &rest[..end];
        if !code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'/' || b == b'-')
        {
            return None;
        }
        let line_start = text[..i].rfind('\n').map(|j| j + 1).unwrap_or(0);
        let line = &text[line_start..i];
        let message = line
            .index_of("Firebase Storage: ")
            .map(|j| &line[j + "Firebase Storage: ".len()..])
            .unwrap_or(line)
            .trim();
        let mut p = Parsed::new(ProviderId::FirebaseStorage, BodyFormat::Text);
        p.code = Some(code.to_string());
        p.message = (!message.is_empty()).then(|| message.to_string());
        p.body_status = super::status_in_text(text);
        return Some(p);
    }
    if let Some(p) = logged_object(text) {
        return Some(p);
    }
    let (code, status) = native(text)?;
    if !text.has("StorageException") {
        return None;
    }
    let mut p = Parsed::new(ProviderId::FirebaseStorage, BodyFormat::Text);
    p.body_status = status;
    p.message = native_message(text);
    p.fields.push(("errorCode".into(), code));
    Some(p)
}

/// A logged error object the forgiving reader cannot read whole (every line prefixed by the
/// logger): `"code_": "storage/unknown"`, `"message_": "…"`, and the server response's
/// `\"code\": 400`.
fn logged_object(text: &str) -> Option<Parsed> {
    if !text.has("Firebase") {
        return None;
    }
    let i = text
        .index_of("\"storage/")
        .or_else(|| text.index_of("'storage/"))?
        + 1;
    let code: String = text[i..]
        .chars()
        .take_while(|c| c.is_ascii_lowercase() || *c == '/' || *c == '-')
        .collect();
    let mut p = Parsed::new(ProviderId::FirebaseStorage, BodyFormat::Text);
    p.message = ["\"message_\": \"", "\"message\": \""]
        .iter()
        .find_map(|label| {
            let j = text.find(label)? + label.len();
            let m = text[j..].split('"').next()?;
            Some(
                m.strip_prefix("Firebase Storage: ")
                    .unwrap_or(m)
                    .to_string(),
            )
        });
    p.body_status = ["\\\"code\\\": ", "\"code\": "].iter().find_map(|label| {
        let j = text.find(label)? + label.len();
        let d: String = text[j..].chars().take_while(char::is_ascii_digit).collect();
        d.parse::<u16>().ok().filter(|s| (100..=599).contains(s))
    });
    p.code = Some(code);
    Some(p)
}

/// The status inside a server response string: `{"error": {"code": 403, …}}`.
fn server_status(server: &str) -> Option<u16> {
    let v = loose::parse(server)?;
    v.get("error")?.status("code")
}

/// The JS SDK's error object, or the REST API's body.
pub fn from_json(resp: &Response<'_>, ctx: Option<&RequestContext>, v: &Value) -> Option<Parsed> {
    let sdk_code = ["code", "code_"]
        .iter()
        .find_map(|k| v.text(k))
        .filter(|c| c.starts_with("storage/"));
    if let Some(code) = sdk_code {
        let mut p = Parsed::new(ProviderId::FirebaseStorage, resp.format);
        p.code = Some(code.to_string());
        p.message = ["message", "message_", "_baseMessage"]
            .iter()
            .find_map(|k| v.text(k))
            .map(|m| {
                m.strip_prefix("Firebase Storage: ")
                    .unwrap_or(m)
                    .to_string()
            });
        let server = v
            .text("serverResponse_")
            .or_else(|| v.text("serverResponse"))
            .or_else(|| v.get("customData").and_then(|c| c.text("serverResponse")));
        p.body_status = server
            .and_then(server_status)
            .or_else(|| v.status("status_"))
            .or_else(|| v.status("status"));
        p.fields = without(
            v.flatten(MAX_FIELDS),
            &["code", "code_", "message", "message_"],
        );
        if !TABLE.iter().any(|e| e.code == code) {
            p.fields.push(("sdk".into(), "firebase".into()));
        }
        return Some(p);
    }
    // REST: exactly `{"error": {"code": <number>, "message": "…"}}`.
    let Value::Obj(top) = v else {
        return None;
    };
    let err = v.get("error")?;
    let Value::Obj(inner) = err else {
        return None;
    };
    let numeric = matches!(err.get("code"), Some(Value::Num(_)));
    let message = err.text("message")?;
    if top.len() != 1 || inner.len() != 2 || !numeric {
        return None;
    }
    let text_mark = cap_str(resp.text, 64 * 1024)
        .to_ascii_lowercase()
        .has("firebase");
    if !(host(ctx) || text_mark || REST_WORDING.iter().any(|w| message.contains(w))) {
        return None;
    }
    let mut p = Parsed::new(ProviderId::FirebaseStorage, resp.format);
    p.message = Some(message.to_string());
    p.body_status = err.status("code");
    if let Some((code, _)) = native(resp.text) {
        p.fields.push(("errorCode".into(), code));
    }
    Some(p)
}

#[cfg(test)]
mod tests {
    #[test]
    fn native_code_and_status() {
        let t = "E/StorageException(1):  Code: -13021 HttpResult: 403";
        assert_eq!(super::native(t), Some(("-13021".to_string(), Some(403))));
    }
}
