//! One place that keeps secrets out of every output.
//!
//! Never shown in full: SigV4/SigV2 signatures, session tokens (`X-Amz-Security-Token`),
//! `Authorization` headers, SAS `sig=`, JWT signatures (the header and claims stay readable),
//! API keys and secret keys. Access key ids keep their prefix and last four characters
//! (`ASIA…LA5J`): enough to tell keys apart, not enough to use one.
//!
//! Redaction runs last, over the whole [`Diagnosis`]: message, fields, evidence, notes and the
//! request context, so no code path can forget it.

use std::borrow::Cow;

use crate::context::RequestContext;
use crate::diagnosis::Diagnosis;
use crate::search::SearchExt;

/// What a label's value is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Hidden but for its first four characters.
    Secret,
    /// An access key id: prefix and last four kept.
    KeyId,
    /// `AKID/20260101/region/s3/aws4_request`: the key id part is shortened.
    Credential,
    /// `AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` or `Bearer …`.
    Authorization,
}

/// Names whose values are secrets, in query strings, form fields, headers, JSON and logs.
/// Compared ignoring ASCII case.
const LABELS: &[(&str, Kind)] = &[
    ("x-amz-signature", Kind::Secret),
    ("x-amz-security-token", Kind::Secret),
    ("x-goog-signature", Kind::Secret),
    ("signatureprovided", Kind::Secret),
    ("signature", Kind::Secret),
    ("sig", Kind::Secret),
    ("securitytoken", Kind::Secret),
    ("sessiontoken", Kind::Secret),
    ("session_token", Kind::Secret),
    ("aws_session_token", Kind::Secret),
    ("aws_secret_access_key", Kind::Secret),
    ("secretaccesskey", Kind::Secret),
    ("secret_access_key", Kind::Secret),
    ("secret_key", Kind::Secret),
    ("secretkey", Kind::Secret),
    ("client_secret", Kind::Secret),
    ("accountkey", Kind::Secret),
    ("access_token", Kind::Secret),
    ("refresh_token", Kind::Secret),
    ("id_token", Kind::Secret),
    ("apikey", Kind::Secret),
    ("api_key", Kind::Secret),
    ("api-key", Kind::Secret),
    ("x-api-key", Kind::Secret),
    ("password", Kind::Secret),
    ("token", Kind::Secret),
    ("awsaccesskeyid", Kind::KeyId),
    ("accesskeyid", Kind::KeyId),
    ("aws_access_key_id", Kind::KeyId),
    ("x-amz-credential", Kind::Credential),
    ("credential", Kind::Credential),
    ("authorization", Kind::Authorization),
    ("cookie", Kind::Secret),
];

/// The longest name in [`LABELS`].
const LONGEST_LABEL: usize = 21;

fn kind_of(name: &str) -> Option<Kind> {
    // Called for every word of every text: lower-case into a buffer once instead of comparing
    // against each label ignoring case (that was a fifth of `explain` on a signature echo).
    let name = name.trim().as_bytes();
    if name.len() < 3 || name.len() > LONGEST_LABEL {
        return None;
    }
    let mut buf = [0u8; LONGEST_LABEL];
    let lower = &mut buf[..name.len()];
    lower.copy_from_slice(name);
    lower.make_ascii_lowercase();
    let lower = &*lower;
    LABELS
        .iter()
        .find(|(l, _)| l.as_bytes() == lower)
        .map(|(_, k)| *k)
}

/// Hides a secret: its first four characters and a marker, or only the marker when short.
pub fn secret(value: &str) -> String {
    let v = value.trim();
    if v.is_empty() || v.has("[redacted]") {
        return v.to_string();
    }
    if v.chars().count() < 12 {
        return "…[redacted]".into();
    }
    let head: String = v.chars().take(4).collect();
    format!("{head}…[redacted]")
}

/// Shortens an access key id to its prefix and last four characters: `ASIA…LA5J`.
pub fn key_id(value: &str) -> String {
    let v = value.trim();
    let n = v.chars().count();
    if v.contains('…') || n < 12 {
        return v.to_string();
    }
    let head: String = v.chars().take(4).collect();
    let tail: String = v.chars().skip(n - 4).collect();
    format!("{head}…{tail}")
}

fn credential(value: &str) -> String {
    match value.split_once('/') {
        Some((key, rest)) => format!("{}/{rest}", key_id(key)),
        None => key_id(value),
    }
}

fn authorization(value: &str) -> String {
    let v = value.trim();
    if let Some((scheme, rest)) = v.split_once(' ') {
        if scheme.eq_ignore_ascii_case("AWS4-HMAC-SHA256") || scheme.starts_with("GOOG4") {
            // Keep Credential scope and SignedHeaders: they are what people debug.
            let parts: Vec<String> = rest
                .split(',')
                .map(|p| {
                    let p = p.trim();
                    match p.split_once('=') {
                        Some((k, val)) if k.eq_ignore_ascii_case("Signature") => {
                            format!("{k}={}", secret(val))
                        }
                        Some((k, val)) if k.eq_ignore_ascii_case("Credential") => {
                            format!("{k}={}", credential(val))
                        }
                        _ => p.to_string(),
                    }
                })
                .collect();
            return format!("{scheme} {}", parts.join(", "));
        }
        if scheme.eq_ignore_ascii_case("AWS") {
            let key = rest.split(':').next().unwrap_or("");
            return format!("AWS {}:…[redacted]", key_id(key));
        }
        return format!("{scheme} {}", secret(rest));
    }
    secret(v)
}

fn mask(kind: Kind, value: &str) -> String {
    match kind {
        Kind::Secret => secret(value),
        Kind::KeyId => key_id(value),
        Kind::Credential => credential(value),
        Kind::Authorization => authorization(value),
    }
}

/// Redacts a named value (a field, a header, a form field): by its name first, then by content.
pub fn named(name: &str, value: &str) -> String {
    // `StringToSignBytes` / `CanonicalRequestBytes`: hex of text that may hold a token.
    if name.ends_with("Bytes") {
        if let Some(decoded) = crate::rules::decode_hex_pairs(value) {
            if text(&decoded) != decoded {
                return "[redacted: the decoded bytes contain a secret]".into();
            }
        }
        return value.to_string();
    }
    match kind_of(name) {
        Some(kind) => mask(kind, value),
        None => text(value).into_owned(),
    }
}

fn is_value_end(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '&' | '"' | '\'' | '<' | ',' | ';' | ')' | ']' | '}' | '\\'
        )
}

/// Redacts secrets inside free text: `name=value` / `name: value` / `"name": "value"` pairs
/// for the secret names, JWTs, and access key ids.
pub fn text(s: &str) -> Cow<'_, str> {
    // text() runs on every field, note and piece of evidence: each pass is skipped unless a
    // byte it needs is there, found with memchr (a lower-cased copy and eleven substring
    // searches were a sixth of `explain` in the wasm on a signature echo).
    let bytes = s.as_bytes();
    let mut out = Cow::Borrowed(s);
    // A label's value follows `=` or `:`.
    if memchr::memchr2(b'=', b':', bytes).is_some() {
        if let Some(masked) = labels(s) {
            out = Cow::Owned(masked);
        }
    }
    // A mask keeps a prefix or suffix of its value and adds `…[redacted]`, neither of which
    // starts a JWT or a key id: what the input does not hold, the output cannot.
    if memchr::memchr_iter(b'J', bytes).any(|i| i >= 2 && bytes[i - 2..i] == *b"ey") {
        out = Cow::Owned(jwts(&out));
    }
    if memchr::memchr_iter(b'A', bytes)
        .any(|i| matches!(bytes.get(i + 1..i + 4), Some(b"KIA" | b"SIA")))
    {
        out = Cow::Owned(key_ids(&out));
    }
    out
}

/// Replaces the values after secret labels; `None` when there are none.
///
/// A label is a word (letters, digits, `_`, `-`, starting with a letter), then an optional quote,
/// spaces, and `=` or `:` (or `=>`). The scan starts from the separators, found with memchr, and
/// reads each one's word backwards: text is mostly words without one (a hex or base64 echo is
/// hundreds of them), and walking every word was a sixth of `explain` on a signature echo.
fn labels(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = String::new();
    // Everything before `copied` is in `out` (or is a masked value): separators there are inside
    // a value already handled.
    let mut copied = 0;
    for sep in memchr::memchr2_iter(b'=', b':', bytes) {
        if sep < copied {
            continue;
        }
        // Backwards from the separator: spaces, an optional quote, the word.
        let mut j = sep;
        while j > copied && bytes[j - 1] == b' ' {
            j -= 1;
        }
        if j > copied && matches!(bytes[j - 1], b'"' | b'\'') {
            j -= 1;
        }
        // No label is longer than LONGEST_LABEL: stop one byte past that (the `=` of a base64
        // value ends a word of hundreds).
        let floor = j.saturating_sub(LONGEST_LABEL + 1);
        let mut i = j;
        while i > floor && is_word(bytes[i - 1]) {
            i -= 1;
        }
        // The word must be whole (not the tail of a masked value nor longer than any label) and
        // start with a letter.
        if i == j
            || i < copied
            || (i > 0 && is_word(bytes[i - 1]))
            || !bytes[i].is_ascii_alphabetic()
        {
            continue;
        }
        let Some(kind) = kind_of(&s[i..j]) else {
            continue;
        };
        let mut k = sep + 1;
        if k < bytes.len() && bytes[k] == b'>' {
            k += 1;
        }
        while k < bytes.len() && bytes[k] == b' ' {
            k += 1;
        }
        let quoted = k < bytes.len() && matches!(bytes[k], b'"' | b'\'');
        let quote = if quoted { bytes[k] as char } else { ' ' };
        if quoted {
            k += 1;
        }
        let rest = &s[k..];
        let len = if kind == Kind::Authorization {
            // An Authorization value runs to the end of its quote or line.
            rest.find(|c: char| {
                c == '\n' || c == '\r' || (quoted && c == quote) || (!quoted && c == '"')
            })
            .unwrap_or(rest.len())
        } else if quoted {
            rest.find([quote, '\n']).unwrap_or(rest.len())
        } else {
            rest.find(is_value_end).unwrap_or(rest.len())
        };
        let value = &rest[..len];
        if value.trim().is_empty() {
            continue;
        }
        if out.is_empty() {
            out.reserve(s.len());
        }
        out.push_str(&s[copied..k]);
        out.push_str(&mask(kind, value));
        copied = k + len;
    }
    if copied == 0 {
        return None;
    }
    out.push_str(&s[copied..]);
    Some(out)
}

/// A letter, digit, `_` or `-`: what labels are made of, and base64url's alphabet.
#[inline]
fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// `header.payload.signature` → `header.payload.…[redacted]`.
fn jwts(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    let mut from = 0;
    while let Some(rel) = s.get(from..).and_then(|t| t.index_of("eyJ")) {
        let start = from + rel;
        let mut dots = Vec::new();
        let mut j = start;
        while j < bytes.len() && (is_word(bytes[j]) || bytes[j] == b'.') {
            if bytes[j] == b'.' {
                dots.push(j);
            }
            j += 1;
        }
        if dots.len() >= 2 && j > dots[1] + 1 {
            let sig_start = dots[1] + 1;
            out.push_str(&s[copied..sig_start]);
            out.push_str("…[redacted]");
            copied = j;
        }
        from = j.max(start + 3);
    }
    out.push_str(&s[copied..]);
    out
}

/// `AKIA`/`ASIA` + 16 upper-case letters or digits → prefix and last four. No word boundary is
/// required: a key id glued to other text (found by fuzzing: `TyAKIA…EXAMPLEpe`) is still a key
/// id, and masking a look-alike inside some base64 costs nothing.
fn key_ids(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    let mut i = 0;
    while i + 20 <= bytes.len() {
        let head = &bytes[i..i + 4];
        if (head == b"AKIA" || head == b"ASIA")
            && bytes[i + 4..i + 20]
                .iter()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        {
            // Mask the whole upper-case run, not just 20 characters: otherwise the kept last
            // four can rejoin what follows into another full key id (also found by fuzzing).
            let run = bytes[i..]
                .iter()
                .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                .count();
            out.push_str(&s[copied..i]);
            out.push_str(&key_id(&s[i..i + run]));
            copied = i + run;
            i += run;
            continue;
        }
        i += 1;
    }
    out.push_str(&s[copied..]);
    out
}

fn context(ctx: &mut RequestContext) {
    if let Some(url) = &ctx.url {
        ctx.url = Some(text(url).into_owned());
    }
    for (name, value) in ctx.headers.iter_mut() {
        *value = named(name, value);
    }
    for field in &mut ctx.form_fields {
        if let Some(v) = &field.value {
            field.value = Some(named(&field.name, v));
        }
    }
    if let Some(e) = &ctx.fetch_error {
        ctx.fetch_error = Some(text(e).into_owned());
    }
}

/// Redacts every text of a diagnosis in place.
pub fn diagnosis(d: &mut Diagnosis) {
    if let Some(m) = &d.message {
        d.message = Some(text(m).into_owned());
    }
    for (name, value) in d.fields.iter_mut() {
        let leaf = name.rsplit(['.', ']']).next().unwrap_or(name);
        let leaf = leaf.trim_start_matches('[');
        *value = named(leaf, value);
    }
    for c in &mut d.causes {
        for e in &mut c.evidence {
            *e = text(e).into_owned();
        }
    }
    for n in &mut d.notes {
        *n = text(n).into_owned();
    }
    if let Some(ctx) = &mut d.request {
        context(ctx);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_fit_the_lookup_buffer() {
        // kind_of() compares a lower-cased copy of at most LONGEST_LABEL bytes.
        for (label, _) in LABELS {
            assert!(
                label.len() <= LONGEST_LABEL,
                "{label} is longer than LONGEST_LABEL"
            );
            assert_eq!(
                *label,
                label.to_ascii_lowercase(),
                "{label} must be lower-case"
            );
            assert!(kind_of(&label.to_ascii_uppercase()).is_some(), "{label}");
        }
        assert!(LABELS.iter().any(|(l, _)| l.len() == LONGEST_LABEL));
        let from_hex = crate::rules::decode_hex_pairs;
        assert_eq!(from_hex("41 42"), Some("AB".into()));
        assert_eq!(from_hex("4"), None);
        assert_eq!(from_hex("zz"), None);
    }

    #[test]
    fn query_and_headers() {
        let url = "https://b.s3.amazonaws.com/k?X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260101%2Fus-east-1&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404&X-Amz-Security-Token=FQoGZXIvYXdzEJr";
        let r = text(url);
        assert!(!r.contains("aeeed9bbccd4d02ee5c0109b86d86835"), "{r}");
        assert!(!r.contains("FQoGZXIvYXdzEJr"), "{r}");
        assert!(!r.contains("IOSFODNN7EXAMPLE"), "{r}");
        assert!(r.contains("X-Amz-Signature=aeee…[redacted]"), "{r}");
    }

    #[test]
    fn authorization_keeps_scope() {
        let a = named("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-date, Signature=fe5f80f77d5fa3beca038a248ff027d0445342fe2855ddc963176630326f1024");
        assert_eq!(a, "AWS4-HMAC-SHA256 Credential=AKIA…MPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-date, Signature=fe5f…[redacted]");
    }

    #[test]
    fn jwt_and_keys() {
        let t = "Bearer eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE3MDAwMDAwMDAsInJvbGUiOiJhbm9uIn0.c2lnbmF0dXJlc2lnbmF0dXJl and ASIAIOSFODNN7EXAMPLE";
        let r = text(t);
        assert!(
            r.contains(
                "eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjE3MDAwMDAwMDAsInJvbGUiOiJhbm9uIn0.…[redacted]"
            ),
            "{r}"
        );
        assert!(r.contains("ASIA…MPLE"), "{r}");
    }

    #[test]
    fn glued_key_ids_are_masked() {
        // Found by `cargo fuzz run redact`.
        let r = text("github.ntent-TyAKIAIOSFODNN7EXAMPLEpe: x");
        assert!(!r.contains("AKIAIOSFODNN7EXAMPLE"), "{r}");
        let r = text("example ASIAIOSFODNN7EXAMPAKIAIOSFODNN7EXAMPLE\u{ff}");
        assert!(!r.contains("AKIAIOSFODNN7EXAMPLE"), "{r}");
    }

    #[test]
    fn json_and_sas() {
        let r = text(
            r#"{"access_token": "ya29.a0AfH6SMBx3", "sas": "sv=2021&sig=abcDEF%2Bghi123456789%3D&se=2026"}"#,
        );
        assert!(!r.contains("ya29.a0AfH6SMBx3"), "{r}");
        assert!(!r.contains("abcDEF%2Bghi123456789"), "{r}");
    }
}
