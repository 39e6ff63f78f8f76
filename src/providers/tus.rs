//! tus resumable-upload servers (tusd, @tus/server, tusdotnet, tus-php, Supabase's and
//! Cloudflare Stream's tus endpoints) and the errors tus clients print.
//!
//! Read forms:
//! - tusd's body `ERR_MISMATCHED_OFFSET: mismatched offset` (`code` = the token);
//! - any plain body sent with a `Tus-Resumable` response header (@tus/server's
//!   `Upload-Offset conflict`, tusd v1's `upload not found`): `code` null, the wording is
//!   recognised by `catalog::tus::MESSAGES`;
//! - tus-js-client's `DetailedError`: `tus: unexpected response while uploading chunk,
//!   originated from request (method: PATCH, url: …, response code: 409, response text: …,
//!   request id: n/a)`, and its older `… originated from the request. response text: …`;
//! - tus-node-server's log object `{ status_code: 404, body: 'The file for this url was not
//!   found\n' }`;
//! - an empty body with a `Tus-Resumable` header (HEAD requests).
//!
//! A JSON body from a tus endpoint is left to its provider (Supabase's resumable endpoint
//! answers Supabase JSON).

use crate::catalog;
use crate::context::RequestContext;
use crate::diagnosis::BodyFormat;
use crate::ids::ProviderId;
use crate::input::loose::Value;
use crate::input::{cap_str, Response};

use super::{status_in_text, Parsed};
use crate::search::SearchExt;

/// `ERR_MISMATCHED_OFFSET: mismatched offset` → (token, message).
fn token_line(text: &str) -> Option<(&str, &str)> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let (token, message) = line.split_once(':')?;
    let well_formed = token.starts_with("ERR_")
        && token.len() > 4
        && token
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'_' || b.is_ascii_digit());
    well_formed.then(|| (token, message.trim()))
}

/// A tusd token anywhere in the text (a log line's `body="ERR_LOCK_TIMEOUT: …\\n"`): only tokens
/// of the tusd table count.
fn token_anywhere(text: &str) -> Option<(&str, &str)> {
    text.match_indices("ERR_").take(64).find_map(|(i, _)| {
        let rest = &text[i..];
        let len = rest
            .bytes()
            .take_while(|b| b.is_ascii_uppercase() || *b == b'_' || b.is_ascii_digit())
            .count();
        let token = &rest[..len];
        let after = rest[len..].strip_prefix(": ")?;
        if !catalog::tus::is_token(token) {
            return None;
        }
        let end = ["\\n", "\"", "\n"]
            .iter()
            .filter_map(|e| after.find(e))
            .min()
            .unwrap_or(after.len());
        Some((token, after[..end].trim()))
    })
}

/// `status=500` in a tusd log line.
fn logged_status(text: &str) -> Option<u16> {
    let i = text.index_of("status=")? + "status=".len();
    let digits: String = text[i..].trim_start_matches('"').chars().take(3).collect();
    digits
        .parse::<u16>()
        .ok()
        .filter(|s| (100..=599).contains(s))
}

/// Whether the text is one of the tus servers' known messages.
fn known_wording(text: &str) -> bool {
    catalog::tus::MESSAGES
        .iter()
        .any(|k| text.contains(k.wording))
}

/// The value after `label` in a tus-js-client error, up to `end` (or the line end).
fn between<'a>(text: &'a str, label: &str, ends: &[&str]) -> Option<&'a str> {
    let i = text.find(label)? + label.len();
    let rest = &text[i..];
    let end = ends
        .iter()
        .filter_map(|e| rest.find(e))
        .min()
        .unwrap_or(rest.len());
    Some(rest[..end].trim())
}

/// tus-js-client's `DetailedError` text.
fn client_error(text: &str) -> Option<Parsed> {
    let at = text.index_of("tus: ")?;
    let rest = &text[at + "tus: ".len()..];
    if !(rest.has("originated from") || rest.has("response code:")) {
        return None;
    }
    let mut p = Parsed::new(ProviderId::Tus, BodyFormat::Text);
    let what = rest
        .split([',', '\n'])
        .next()
        .unwrap_or("")
        .trim()
        .trim_end_matches('.');
    if !what.is_empty() {
        p.fields.push(("tusError".into(), what.to_string()));
    }
    p.body_status = between(rest, "response code: ", &[",", ")", "\n"])
        .and_then(|s| s.parse::<u16>().ok())
        .filter(|s| *s == 0 || (100..=599).contains(s));
    if let Some(method) = between(rest, "(method: ", &[","]) {
        p.fields.push(("method".into(), method.to_string()));
    }
    if let Some(url) = between(rest, ", url: ", &[", response code"]) {
        p.fields.push(("url".into(), url.to_string()));
    }
    let response_text =
        between(rest, "response text: ", &[", request id:", "\n"]).filter(|t| !t.is_empty());
    if let Some(t) = response_text {
        p.fields.push(("responseText".into(), t.to_string()));
        if let Some((token, message)) = token_line(t) {
            p.code = Some(token.to_string());
            p.message = Some(message.to_string());
        } else {
            p.message = Some(t.chars().take(500).collect());
        }
    }
    if p.message.is_none() {
        p.message = Some(what.to_string()).filter(|m| !m.is_empty());
    }
    if p.body_status.is_none() {
        // Older clients: `… originated from the request. response text: 413 Request Entity Too Large`.
        p.body_status = response_text
            .and_then(|t| t.get(..3))
            .and_then(|s| s.parse::<u16>().ok())
            .filter(|s| {
                (400..=599).contains(s) && response_text.is_some_and(|t| t.get(3..4) == Some(" "))
            })
            .or_else(|| status_in_text(text));
    }
    Some(p)
}

/// A tus server's plain-text body, or a tus client's error text.
pub fn from_text(resp: &Response<'_>, ctx: Option<&RequestContext>) -> Option<Parsed> {
    let _ = ctx;
    let text = cap_str(resp.text, 64 * 1024);
    let header = resp.header("tus-resumable").is_some();
    if let Some((token, message)) = token_line(text) {
        if header || catalog::tus::is_token(token) {
            let mut p = Parsed::new(ProviderId::Tus, BodyFormat::Text);
            p.code = Some(token.to_string());
            p.message = Some(message.to_string());
            return Some(p);
        }
    }
    if let Some(p) = client_error(text) {
        return Some(p);
    }
    if let Some((token, message)) = token_anywhere(text) {
        let mut p = Parsed::new(ProviderId::Tus, BodyFormat::Text);
        p.code = Some(token.to_string());
        p.message = Some(message.to_string());
        p.body_status = logged_status(text).or_else(|| status_in_text(text));
        return Some(p);
    }
    let logged = (text.has("[TusServer]") || text.has("tusd")) && known_wording(text);
    if header || logged {
        let mut p = Parsed::new(ProviderId::Tus, BodyFormat::Text);
        let wording_at = catalog::tus::MESSAGES
            .iter()
            .filter_map(|k| text.find(k.wording))
            .min()
            .filter(|_| logged);
        p.message = match wording_at {
            Some(i) => text[i..]
                .split(['\n', '\'', '"', '\\'])
                .next()
                .map(|m| m.trim().to_string()),
            None => text
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .map(|l| l.chars().take(500).collect()),
        };
        if !header {
            p.body_status = status_in_text(text);
        }
        return Some(p);
    }
    None
}

/// tus-node-server's logged response object `{ status_code: 404, body: '…' }`.
pub fn from_json(resp: &Response<'_>, ctx: Option<&RequestContext>, v: &Value) -> Option<Parsed> {
    let _ = ctx;
    let body = v.text("body")?;
    let status = v.status("status_code")?;
    let tokened = token_line(body);
    if !(tokened.is_some() || known_wording(body) || resp.header("tus-resumable").is_some()) {
        return None;
    }
    let mut p = Parsed::new(ProviderId::Tus, resp.format);
    p.body_status = Some(status);
    match tokened {
        Some((token, message)) => {
            p.code = Some(token.to_string());
            p.message = Some(message.to_string());
        }
        None => p.message = Some(body.trim().to_string()),
    }
    Some(p)
}

/// A response with no body whose `Tus-Resumable` header says a tus server answered.
pub fn from_headers(resp: &Response<'_>) -> Option<Parsed> {
    resp.header("tus-resumable")?;
    let mut p = Parsed::new(ProviderId::Tus, resp.format);
    p.message = resp
        .text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| l.chars().take(500).collect());
    Some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tusd_token_line() {
        assert_eq!(
            token_line("ERR_MISMATCHED_OFFSET: mismatched offset\n"),
            Some(("ERR_MISMATCHED_OFFSET", "mismatched offset"))
        );
        assert_eq!(token_line("ERR: x"), None);
        assert_eq!(token_line("Upload-Offset conflict"), None);
    }

    #[test]
    fn client_error_fields() {
        let t = "Error: tus: unexpected response while uploading chunk, originated from request (method: PATCH, url: https://x/files/1, response code: 409, response text: ERR_MISMATCHED_OFFSET: mismatched offset\n, request id: n/a)";
        let p = client_error(t).unwrap();
        assert_eq!(p.body_status, Some(409));
        assert_eq!(p.code.as_deref(), Some("ERR_MISMATCHED_OFFSET"));
        assert_eq!(p.field("method"), Some("PATCH"));
    }
}
