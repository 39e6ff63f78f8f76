//! Supabase Storage JSON errors.
//!
//! Current format: `{"statusCode": "403", "code": "AccessDenied", "error": "Unauthorized",
//! "message": "..."}`; legacy formats: `{"statusCode": "404", "error": "not_found", "message": ...}`
//! and `{"httpStatusCode": 400, "code": "...", "message": ...}`. The status inside the body is the
//! real one: the REST layer may answer HTTP 400 around a 403.
//!
//! `{statusCode, error, message}` with a *number* is also Fastify's default error shape (which
//! Supabase Storage is built on, but so are many other servers), so that shape alone is Supabase
//! only with a second mark: a string `statusCode`, a `code` member, a Supabase host, or a code
//! from the Supabase table.

use crate::catalog;
use crate::context::RequestContext;
use crate::diagnosis::BodyFormat;
use crate::ids::ProviderId;
use crate::input::loose::Value;
use crate::input::Response;

use super::{context_host, without, Parsed, MAX_FIELDS};

/// The error classes of supabase-js / storage-js / supabase-dart as they print.
const SDK_ERRORS: &[&str] = &[
    "StorageApiError",
    "StorageUnknownError",
    "StorageError",
    "StorageException",
];

/// Reads a Supabase Storage error.
pub fn from_json(resp: &Response<'_>, ctx: Option<&RequestContext>, v: &Value) -> Option<Parsed> {
    if let Some(name) = v.text("name").filter(|n| SDK_ERRORS.contains(n)) {
        // An SDK error serialised: `{"name":"StorageApiError","message":...,"status":400}`.
        let mut p = Parsed::new(ProviderId::SupabaseStorage, BodyFormat::Json);
        p.code = v.text("code").map(str::to_string);
        p.message = v.text("message").map(str::to_string);
        p.body_status = v.status("statusCode").or_else(|| v.status("status"));
        p.fields = without(v.flatten(MAX_FIELDS), &["code", "message"]);
        p.fields.push(("sdkError".into(), name.to_string()));
        return Some(p);
    }
    if let Some(p) = postgrest(resp, v) {
        return Some(p);
    }
    let status_key = if v.get("statusCode").is_some() {
        "statusCode"
    } else if v.get("httpStatusCode").is_some() {
        "httpStatusCode"
    } else {
        return None;
    };
    let message = v.text("message")?;
    let code = v.text("code").or_else(|| v.text("error"))?;
    let string_status = matches!(v.get(status_key), Some(Value::Str(_)));
    let host = context_host(ctx)
        .is_some_and(|h| h.ends_with(".supabase.co") || h.ends_with(".supabase.in"));
    let known = catalog::supabase::TABLE.iter().any(|e| e.code == code);
    // The current format carries `code` *and* `error`; `code` alone is too common (Azure's
    // RestError dumps have `statusCode`, `code` and `message` too).
    let current_format = v.get("code").is_some() && v.get("error").is_some();
    let marked = string_status || status_key == "httpStatusCode" || current_format || host || known;
    if !marked {
        return None;
    }
    let mut p = Parsed::new(ProviderId::SupabaseStorage, BodyFormat::Json);
    p.code = Some(code.to_string());
    p.message = Some(message.to_string());
    p.body_status = v.status(status_key);
    p.request_id = resp.header("sb-request-id").map(str::to_string);
    let code_key = if v.get("code").is_some() {
        "code"
    } else {
        "error"
    };
    p.fields = without(v.flatten(MAX_FIELDS), &[code_key, "message", status_key]);
    Some(p)
}

/// PostgREST's error around Storage (`/rest/v1`): exactly `code`, `details`, `hint` and
/// `message` (`{"code":"PGRST301","details":null,"hint":null,"message":"JWT expired"}`), also as
/// postgrest-py's dict and supabase-dart's `PostgrestException(message: …, code: …, …)`.
fn postgrest(resp: &Response<'_>, v: &Value) -> Option<Parsed> {
    let Value::Obj(members) = v else {
        return None;
    };
    let shape = members.len() == 4
        && ["code", "details", "hint", "message"]
            .iter()
            .all(|k| v.get(k).is_some());
    let code = v.text("code").filter(|_| shape)?;
    let mut p = Parsed::new(ProviderId::SupabaseStorage, BodyFormat::Json);
    p.code = Some(code.to_string());
    p.message = v.text("message").map(str::to_string);
    if resp.embedded {
        p.body_status = super::status_in_text(resp.text);
    }
    p.fields = without(v.flatten(MAX_FIELDS), &["code", "message"]);
    p.fields.push(("api".into(), "postgrest".into()));
    Some(p)
}

/// `StorageApiError: new row violates row-level security policy` as supabase-js prints it.
pub fn from_text(resp: &Response<'_>) -> Option<Parsed> {
    let text = resp.text;
    let (name, at) = SDK_ERRORS
        .iter()
        .find_map(|n| text.find(&format!("{n}: ")).map(|at| (*n, at)))?;
    let message = text[at + name.len() + 2..]
        .lines()
        .next()
        .unwrap_or("")
        .trim();
    let mut p = Parsed::new(ProviderId::SupabaseStorage, BodyFormat::Text);
    p.message = (!message.is_empty()).then(|| message.to_string());
    p.body_status = super::status_in_text(text);
    p.fields.push(("sdkError".into(), name.to_string()));
    Some(p)
}
