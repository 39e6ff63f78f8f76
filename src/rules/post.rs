//! Presigned POST forms and temporary credentials.
//!
//! ## What it does
//! Looks at the access key the provider echoes (`AWSAccessKeyId`) or the form carried, and — when
//! the caller gave the request context — at the order of the form fields.
//!
//! ## Why
//! S3 reads a POST form as a stream and stops at the file part: fields after it are never read.
//! A session token placed after the file therefore looks absent, and S3 reports the temporary
//! `ASIA…` key as unknown (`InvalidAccessKeyId`) — the error names the key, not the order.
//! Temporary keys are only valid together with their session token, so an `ASIA…` key with no
//! token gets the same answer.
//!
//! ## Example
//! Fields `key, AWSAccessKeyId, policy, signature, file, x-amz-security-token` and
//! `InvalidAccessKeyId` for `ASIA…` → `post.field-order` first, `auth.session-token-missing`
//! ruled out (the token is there, only too late). Without the token field →
//! `auth.session-token-missing` first.

use super::{assert_cause, lower_cause, rule_out, Evidence};
use crate::context::{FormField, RequestContext};
use crate::diagnosis::Diagnosis;
use crate::ids::CauseId;
use crate::redact;

/// Field names that carry the session token in a POST form.
const TOKEN_FIELDS: &[&str] = &["x-amz-security-token"];

/// The access key id, and whether it is a temporary one (`ASIA…`).
pub fn temporary_key(key: &str) -> bool {
    key.trim().starts_with("ASIA")
}

/// The access key id the request used: echoed by the provider, or taken from the form / URL.
fn access_key(ev: &Evidence<'_>) -> Option<String> {
    if let Some(k) = ev.parsed.field("AWSAccessKeyId") {
        return Some(k.trim().to_string());
    }
    let ctx = ev.context?;
    if let Some(k) = ctx.form_value("AWSAccessKeyId") {
        return Some(k.trim().to_string());
    }
    let cred = ctx
        .form_value("x-amz-credential")
        .map(str::to_string)
        .or_else(|| query_param(ctx, "X-Amz-Credential"))?;
    cred.split('/').next().map(|k| k.trim().to_string())
}

/// A query parameter of the request URL, percent-decoded.
pub fn query_param(ctx: &RequestContext, name: &str) -> Option<String> {
    let url = ctx.url.as_deref()?;
    let query = url.split_once('?')?.1.split('#').next()?;
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        k.eq_ignore_ascii_case(name).then(|| percent_decode(v))
    })
}

/// Decodes `%XX` escapes (and `+` as space is left alone: S3 URLs do not use it for spaces).
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            if let Some(v) = s
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let key = access_key(ev);
    let temporary = key.as_deref().is_some_and(temporary_key);
    let shown = key.as_deref().map(redact::key_id).unwrap_or_default();
    let code = ev.parsed.code.as_deref().unwrap_or("");
    let auth_error = matches!(
        code,
        "InvalidAccessKeyId"
            | "NotSignedUp"
            | "AccessDenied"
            | "InvalidToken"
            | "SignatureDoesNotMatch"
    );

    let form = ev.context.map(|c| c.form_fields.as_slice()).unwrap_or(&[]);
    if form.is_empty() {
        // Only the response: the key prefix is the evidence.
        // NotSignedUp: what s3s-fs (and some S3-compatibles) answer for an unknown key id.
        if code == "InvalidAccessKeyId" || code == "NotSignedUp" {
            if temporary {
                assert_cause(
                    d,
                    CauseId::AuthSessionTokenMissing,
                    0.7,
                    format!("access key {shown} is temporary (ASIA…): AWS knows it only together with its session token"),
                );
            } else if key.as_deref().is_some_and(|k| k.starts_with("AKIA")) {
                rule_out(
                    d,
                    CauseId::AuthSessionTokenMissing,
                    format!("access key {shown} is a long-term key (AKIA…), which needs no session token"),
                );
            }
        }
        return;
    }
    with_form(d, form, key.as_deref(), &shown, temporary && auth_error);
}

/// The rule for a form, out of line (see [`super::apply`]: a first call compiles only what it
/// calls). `temporary_auth`: the key is temporary and the code is an authentication error.
#[inline(never)]
fn with_form(
    d: &mut Diagnosis,
    form: &[FormField],
    key: Option<&str>,
    shown: &str,
    temporary_auth: bool,
) {
    let temporary = key.is_some_and(temporary_key);
    let n = form.len();
    let file_at = form
        .iter()
        .position(|f| f.file.is_some())
        .or_else(|| form.iter().position(|f| f.name == "file"));
    let token_at = form
        .iter()
        .position(|f| TOKEN_FIELDS.iter().any(|t| f.name.eq_ignore_ascii_case(t)));

    if let Some(fi) = file_at {
        if fi + 1 < n {
            let ignored: Vec<String> = form[fi + 1..]
                .iter()
                .map(|f| format!("`{}`", f.name))
                .collect();
            let mut confidence = 0.85;
            if token_at.is_some_and(|t| t > fi) {
                confidence = 0.95;
            }
            assert_cause(
                d,
                CauseId::PostFieldOrder,
                confidence,
                format!(
                    "field `{}` is #{} of {n}; the provider ignores what comes after it: {}",
                    form[fi].name,
                    fi + 1,
                    ignored.join(", ")
                ),
            );
        } else {
            rule_out(
                d,
                CauseId::PostFieldOrder,
                "the file is the last form field",
            );
        }
    }

    match token_at {
        Some(t) => {
            let late = file_at.is_some_and(|fi| t > fi);
            rule_out(
                d,
                CauseId::AuthSessionTokenMissing,
                if late {
                    "the form carries x-amz-security-token, but after the file, where it is never read"
                } else {
                    "the form carries x-amz-security-token before the file"
                },
            );
        }
        None if temporary_auth => assert_cause(
            d,
            CauseId::AuthSessionTokenMissing,
            0.92,
            format!("access key {shown} is temporary (ASIA…) and the form has no x-amz-security-token field"),
        ),
        None if !temporary && key.is_some() => rule_out(
            d,
            CauseId::AuthSessionTokenMissing,
            format!("access key {shown} is a long-term key, which needs no session token"),
        ),
        None => {}
    }

    // A presigned POST form must carry key, policy and a signature.
    let has = |name: &str| form.iter().any(|f| f.name.eq_ignore_ascii_case(name));
    let is_post_policy_form = has("policy") || has("AWSAccessKeyId") || has("x-amz-credential");
    if is_post_policy_form {
        let mut missing = Vec::new();
        for required in ["key", "policy"] {
            if !has(required) {
                missing.push(required);
            }
        }
        if !has("signature") && !has("x-amz-signature") {
            missing.push("x-amz-signature (or signature for SigV2)");
        }
        if missing.is_empty() {
            lower_cause(
                d,
                CauseId::PostMissingField,
                0.1,
                "key, policy and signature fields are all present",
            );
        } else {
            assert_cause(
                d,
                CauseId::PostMissingField,
                0.8,
                format!("the form has no {} field", missing.join(", no ")),
            );
        }
    }
}
