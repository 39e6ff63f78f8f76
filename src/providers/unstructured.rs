//! Unstructured connector errors, pasted as text (a traceback or the connector's error line).
//!
//! `code` is the Python exception type as it appears (`ClientAuthenticationError`,
//! `PermissionError`, ...). The message of the underlying system is classified into an
//! `innerError` field (`AccessDenied`, `AuthenticationFailed`, `expired_access_token`,
//! `invalid_grant`, `ConditionalAccess`, `AccountIsDisabled`, ...) that the rules use to rank the
//! causes. `PermissionError` and `ValueError` are generic Python exceptions, so they count only
//! when the message names one of those inner errors.

use crate::diagnosis::BodyFormat;
use crate::ids::ProviderId;
use crate::input::Response;
use crate::search::SearchExt;

use super::Parsed;

/// The exception types the Unstructured connectors raise, specific ones first.
const TYPES: &[(&str, bool)] = &[
    ("ClientAuthenticationError", true),
    ("ApiPermissionError", true),
    ("ClientRequestException", true),
    ("HttpResponseError", true),
    ("AuthError", true),
    ("UserError", true),
    ("PermissionError", false),
    ("ValueError", false),
];

/// Inner errors recognised in the message: (needle, innerError value).
const INNER: &[(&str, &str)] = &[
    ("AccountIsDisabled", "AccountIsDisabled"),
    (
        "AuthorizationPermissionMismatch",
        "AuthorizationPermissionMismatch",
    ),
    ("Signature fields not well formed", "SignatureMalformed"),
    ("invalid_access_token", "invalid_access_token"),
    ("Conditional Access", "ConditionalAccess"),
    ("AADSTS53003", "ConditionalAccess"),
    ("invalid_grant", "invalid_grant"),
    ("expired_access_token", "expired_access_token"),
    ("Signature not valid", "SignatureNotValid"),
    ("Signature did not match", "SignatureNotValid"),
    ("AuthenticationFailed", "AuthenticationFailed"),
    ("insufficient permission", "InsufficientPermission"),
    ("insufficient_scope", "InsufficientPermission"),
    ("permission to view", "InsufficientPermission"),
    ("AccessDenied", "AccessDenied"),
    ("Access Denied", "AccessDenied"),
    ("Access denied", "AccessDenied"),
    ("File not found", "FileNotFound"),
    ("file not found", "FileNotFound"),
    ("invalid_client", "invalid_client"),
    ("Unauthorized", "Unauthorized"),
    (" not found", "NotFound"),
];

/// The position of `name` used as an exception type (`Name:` or `Name(`), not inside a longer word.
fn find_type(text: &str, name: &str) -> Option<usize> {
    let mut last = None;
    let mut from = 0;
    while let Some(i) = text.get(from..).and_then(|t| t.index_of(name)) {
        let at = from + i;
        let before_ok = text[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric() && c != '_');
        let after = text[at + name.len()..].chars().next();
        if before_ok && matches!(after, Some(':' | '(')) {
            last = Some(at);
        }
        from = at + name.len();
    }
    last
}

/// Reads an Unstructured connector error.
pub fn from_text(resp: &Response<'_>) -> Option<Parsed> {
    let text = resp.text;
    let (name, at, specific) = TYPES
        .iter()
        .filter_map(|(name, specific)| find_type(text, name).map(|at| (*name, at, *specific)))
        .max_by_key(|(_, at, specific)| (*at, *specific))?;
    let rest = text[at + name.len()..]
        .trim_start_matches([':', '('])
        .trim();
    let inner = INNER
        .iter()
        .find(|(needle, _)| text.contains(needle))
        .map(|(_, v)| *v);
    if !specific && inner.is_none() {
        return None;
    }
    let mut p = Parsed::new(ProviderId::Unstructured, BodyFormat::Text);
    p.code = Some(name.to_string());
    let message: String = rest
        .lines()
        .next()
        .unwrap_or("")
        .trim()
        .chars()
        .take(2000)
        .collect();
    p.message = (!message.is_empty()).then_some(message);
    if let Some(inner) = inner {
        p.fields.push(("innerError".into(), inner.to_string()));
    }
    Some(p)
}
