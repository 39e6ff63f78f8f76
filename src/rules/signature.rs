//! `SignatureDoesNotMatch` explained: what the provider signed, and where the request differs.
//!
//! ## What it does
//! Reads what the provider echoes with a signature mismatch, from the text or, when the text is
//! missing or flattened, from the `*Bytes` hex forms (space-separated hex pairs):
//! - `CanonicalRequest`: method, canonical URI, canonical query, canonical headers, signed header
//!   names and payload hash;
//! - `StringToSign`: for SigV4 the algorithm, date, credential scope and hash; for SigV2 the
//!   method, Content-MD5, Content-Type, expiry, `x-amz-*` headers and resource; for a browser POST
//!   form the base64 policy itself.
//!
//! Without a request context it states what the provider signed ("S3 computed the signature over
//! content-type: image/png", "signed headers: content-type;host", "payload: UNSIGNED-PAYLOAD") and
//! ranks the mismatches those facts make likely: a signed Content-Type or `x-amz-*` header, SDK
//! checksum parameters, a key encoded twice, a form POSTed to a presigned PUT URL, a signature
//! damaged in the URL. With a request context it rebuilds what the client sent (method, path,
//! query, host, the values of the signed headers) and compares it with the echo: the first
//! difference names `signature.header-mismatch` or `signature.request-modified`; when the request
//! reached the provider exactly as sent and every signed header comes from the URL itself, only
//! the secret is left (`signature.secret-mismatch`).
//!
//! ## Why
//! The provider computes its canonical request from the request it *received*. The client's
//! signer computed its own from what it *meant to send*. A signature mismatch is the difference
//! between the two, and the echo plus the context are the only places it shows: a browser that
//! appends `;charset=UTF-8`, an axios default Content-Type, a proxy that rewrites the Host header,
//! a key whose `+` was meant as a space, an SDK that signs checksum headers the browser never
//! sends. When the echoed request and the sent one agree on everything the URL carries, the
//! secret key is what differs.
//!
//! ## Example
//! `<CanonicalRequest>PUT\n/photo.png\n\ncontent-type:image/png\nhost:…\n\ncontent-type;host\n
//! UNSIGNED-PAYLOAD</CanonicalRequest>` with a context whose `content-type` is `image/jpeg` →
//! `signature.header-mismatch`, "S3 computed the signature over content-type image/png; the
//! browser sent image/jpeg". The same echo with `X-Amz-SignedHeaders=host` and a URL that reached
//! S3 unchanged → `signature.secret-mismatch`.
//!
//! ## Extension point
//! [`StringToSign::parse`] accepts any `<VENDOR>4-<ALGORITHM>` first line (`AWS4-HMAC-SHA256`,
//! `AWS4-ECDSA-P256-SHA256`, `GOOG4-RSA-SHA256`, `GOOG4-HMAC-SHA256`) and keeps the vendor prefix,
//! and [`CanonicalRequest::parse`] does not assume S3's header names: GCS's V4 echo (same layout)
//! goes through both as is when the GCS provider lands. Azure's "Signature did not match. String
//! to sign used was …" is a different layout (newline-separated header values, no names): it
//! wants its own parser next to these, fed from the Azure provider's field.

use super::post::percent_decode;
use super::{add_fix, assert_cause, fix_text, lower_cause, rule_out, Evidence};
use crate::context::RequestContext;
use crate::diagnosis::{Diagnosis, Fix};
use crate::ids::{CauseId, ProviderId};
use crate::redact;
use crate::search::SearchExt;

/// Longest value quoted back in evidence; longer ones are cut.
const QUOTE_MAX: usize = 120;
/// Most query parameters, canonical headers or signed header names read from one request:
/// keeps every comparison linear in the input.
const MAX_ITEMS: usize = 256;

/// Headers the signer derives from the URL or the clock, never from the page's choices.
const DERIVED_HEADERS: &[&str] = &[
    "host",
    "x-amz-date",
    "x-amz-content-sha256",
    "x-amz-security-token",
    "x-goog-date",
    "x-goog-content-sha256",
];

/// The echoed canonical request, split into its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CanonicalRequest {
    /// HTTP method as received.
    pub method: String,
    /// Canonical (encoded) URI.
    pub uri: String,
    /// Canonical query string (sorted, encoded), empty when none.
    pub query: String,
    /// Canonical headers in order, names lower-case, values trimmed.
    pub headers: Vec<(String, String)>,
    /// Signed header names.
    pub signed_headers: Vec<String>,
    /// Payload hash (`UNSIGNED-PAYLOAD`, a SHA-256, `STREAMING-…`), when echoed.
    pub payload: Option<String>,
}

impl CanonicalRequest {
    /// Splits a canonical request; `None` when the first lines are not a method and a path.
    pub fn parse(text: &str) -> Option<CanonicalRequest> {
        let lines = lines_of(text);
        let method = lines.first()?;
        if method.is_empty() || method.len() > 10 || !method.bytes().all(|b| b.is_ascii_uppercase())
        {
            return None;
        }
        let uri = lines.get(1)?;
        if !uri.starts_with('/') {
            return None;
        }
        let query = lines.get(2).cloned().unwrap_or_default();
        if query.contains(':') && !query.contains('=') {
            // A header line where the query belongs: not a canonical request.
            return None;
        }
        let mut rest: Vec<&String> = lines.iter().skip(3).collect();
        while rest.last().is_some_and(|l| l.is_empty()) {
            rest.pop();
        }
        let is_names = |l: &str| {
            !l.is_empty()
                && l.bytes().all(|b| {
                    b.is_ascii_lowercase()
                        || b.is_ascii_digit()
                        || matches!(b, b'-' | b';' | b'_' | b'.')
                })
        };
        let n = rest.len();
        let last = n
            .checked_sub(1)
            .and_then(|i| rest.get(i).map(|l| (i, l.as_str())));
        let before = n
            .checked_sub(2)
            .and_then(|i| rest.get(i).map(|l| (i, l.as_str())));
        let (signed_at, payload) = match (before, last) {
            (Some((s, names)), Some((_, p))) if !p.contains(':') && is_names(names) => {
                (Some(s), Some(p.to_string()))
            }
            (_, Some((s, names)))
                if is_names(names) && (names.contains(';') || names == "host") =>
            {
                (Some(s), None)
            }
            _ => (None, None),
        };
        let header_end = signed_at.unwrap_or(n);
        let headers = rest
            .iter()
            .take(header_end.min(MAX_ITEMS))
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        let signed_headers = signed_at
            .and_then(|s| rest.get(s))
            .map(|l| {
                l.split(';')
                    .filter(|s| !s.is_empty())
                    .take(MAX_ITEMS)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        Some(CanonicalRequest {
            method: method.clone(),
            uri: uri.clone(),
            query,
            headers,
            signed_headers,
            payload,
        })
    }

    /// The value the provider used for a canonical header.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// The canonical query's parameters, percent-decoded.
    pub fn query_params(&self) -> Vec<(String, String)> {
        split_query(&self.query)
    }
}

/// The echoed string to sign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StringToSign {
    /// `<VENDOR>4-<ALGORITHM>` (SigV4, GOOG4): algorithm, request date, credential scope, hash of
    /// the canonical request.
    V4 {
        /// `AWS4-HMAC-SHA256`, `GOOG4-RSA-SHA256`, ...
        algorithm: String,
        /// `20260101T000000Z`.
        date: String,
        /// `20260101/eu-west-1/s3/aws4_request`.
        scope: String,
        /// Hex SHA-256 of the canonical request.
        hash: String,
    },
    /// Signature Version 2: `METHOD\nContent-MD5\nContent-Type\nExpires\nx-amz-…\n/resource`.
    V2 {
        /// HTTP method as received.
        method: String,
        /// Content-MD5 as received (empty when none).
        content_md5: String,
        /// Content-Type as received (empty when none).
        content_type: String,
        /// Date or Expires.
        expires: String,
        /// The `x-amz-*` headers, lower-case names.
        amz_headers: Vec<(String, String)>,
        /// `/bucket/key?subresource`.
        resource: String,
    },
    /// A browser POST form: the string to sign is the base64 policy document itself.
    PostPolicy,
}

impl StringToSign {
    /// Recognises the scheme from the first line.
    pub fn parse(text: &str) -> Option<StringToSign> {
        let lines = lines_of(text);
        let first = lines.first()?;
        if is_algorithm(first) {
            return Some(StringToSign::V4 {
                algorithm: first.clone(),
                date: lines.get(1).cloned().unwrap_or_default(),
                scope: lines.get(2).cloned().unwrap_or_default(),
                hash: lines.get(3).cloned().unwrap_or_default(),
            });
        }
        if lines.len() == 1 {
            // Flattened by a renderer: "AWS4-HMAC-SHA256 20180323T233955Z scope hash".
            // The algorithm comes first, its vendor (at most 8 bytes) before a `-`: a long
            // base64 policy is not split into words for nothing.
            let words: Vec<&str> = if first.bytes().take(9).any(|b| b == b'-') {
                first.split_whitespace().take(5).collect()
            } else {
                Vec::new()
            };
            if let [alg, date, scope, hash] = words.as_slice() {
                if is_algorithm(alg) {
                    return Some(StringToSign::V4 {
                        algorithm: alg.to_string(),
                        date: date.to_string(),
                        scope: scope.to_string(),
                        hash: hash.to_string(),
                    });
                }
            }
            let b64 = first.len() >= 20
                && first
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='));
            if b64 && first.starts_with("eyJ") {
                return Some(StringToSign::PostPolicy);
            }
            return None;
        }
        let is_method =
            !first.is_empty() && first.len() <= 10 && first.bytes().all(|b| b.is_ascii_uppercase());
        if !is_method || lines.len() < 5 {
            return None;
        }
        let last = lines.len() - 1;
        let amz_headers = lines
            .iter()
            .take(last)
            .skip(4)
            .take(MAX_ITEMS)
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        Some(StringToSign::V2 {
            method: first.clone(),
            content_md5: lines.get(1).cloned().unwrap_or_default(),
            content_type: lines.get(2).cloned().unwrap_or_default(),
            expires: lines.get(3).cloned().unwrap_or_default(),
            amz_headers,
            resource: lines.get(last).cloned().unwrap_or_default(),
        })
    }

    /// The vendor prefix of a V4-style algorithm (`AWS4`, `GOOG4`).
    pub fn vendor(&self) -> Option<&str> {
        match self {
            StringToSign::V4 { algorithm, .. } => algorithm.split('-').next(),
            _ => None,
        }
    }

    /// The region of a V4 credential scope (`date/region/service/terminator`).
    pub fn scope_region(&self) -> Option<&str> {
        match self {
            StringToSign::V4 { scope, .. } => scope.split('/').nth(1).filter(|r| !r.is_empty()),
            _ => None,
        }
    }
}

/// `AWS4-HMAC-SHA256`, `GOOG4-RSA-SHA256`, `AWS4-ECDSA-P256-SHA256`.
fn is_algorithm(s: &str) -> bool {
    let Some((vendor, rest)) = s.split_once('-') else {
        return false;
    };
    vendor.ends_with('4')
        && vendor.len() <= 8
        && vendor
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && rest
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        && (rest.has("HMAC") || rest.has("RSA") || rest.has("ECDSA"))
}

/// Decodes `50 55 54 0a …` (hex pairs, any whitespace between or inside them) into text.
/// `None` when anything but hex digits and whitespace appears, or the digits are odd in number.
pub fn decode_hex_pairs(hex: &str) -> Option<String> {
    // Called twice on a `StringToSignBytes` echo (to redact it and to read it): one table look-up
    // per input byte, no growth (the digits are at most all of the input).
    let mut bytes = Vec::with_capacity(hex.len() / 2);
    let mut high = 0u8;
    let mut odd = false;
    for c in hex.bytes() {
        let v = HEX_DIGIT[usize::from(c)];
        if v >= HEX_SPACE {
            if v == HEX_SPACE {
                continue;
            }
            return None;
        }
        if odd {
            bytes.push((high << 4) | v);
        } else {
            high = v;
        }
        odd = !odd;
    }
    if odd || bytes.is_empty() {
        return None;
    }
    Some(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
    })
}

/// [`HEX_DIGIT`]'s mark for ASCII whitespace (skipped between and inside pairs).
const HEX_SPACE: u8 = 16;
/// [`HEX_DIGIT`]'s mark for any other byte.
const HEX_OTHER: u8 = 17;
/// Each byte's hex value, or [`HEX_SPACE`] / [`HEX_OTHER`].
static HEX_DIGIT: [u8; 256] = {
    let mut t = [HEX_OTHER; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            b'A'..=b'F' => c - b'A' + 10,
            _ if c.is_ascii_whitespace() => HEX_SPACE,
            _ => HEX_OTHER,
        };
        i += 1;
    }
    t
};

/// Lines with surrounding whitespace removed and leading empty lines dropped; a text whose line
/// breaks arrived escaped (`\n` inside a quoted string) is split on those.
fn lines_of(text: &str) -> Vec<String> {
    let unescaped;
    let text = if !text.contains('\n') && text.has("\\n") {
        unescaped = text.replace("\\n", "\n");
        unescaped.as_str()
    } else {
        text
    };
    let mut lines: Vec<String> = text.split('\n').map(|l| l.trim().to_string()).collect();
    let first = lines
        .iter()
        .position(|l| !l.is_empty())
        .unwrap_or(lines.len());
    lines.drain(..first);
    lines
}

/// `a=1&b=%2F` → `[("a","1"), ("b","/")]`.
fn split_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .take(MAX_ITEMS)
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

/// The parts of a request URL.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlParts {
    /// Lower-case host, without port.
    pub host: String,
    /// Port, when one is written and is not the scheme's default.
    pub port: Option<String>,
    /// The path as written (not decoded), `/` when empty.
    pub path: String,
    /// The query as written, without `?`.
    pub query: String,
}

impl UrlParts {
    /// Splits `https://host:port/path?query#fragment`; `None` without a host.
    pub fn parse(url: &str) -> Option<UrlParts> {
        let url = url.trim();
        let (scheme, rest) = url.split_once("://")?;
        let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let authority = rest.get(..end)?;
        let tail = rest.get(end..).unwrap_or("");
        let authority = authority.rsplit('@').next().unwrap_or(authority);
        let (host, port) = match authority.rsplit_once(':') {
            Some((h, p)) if p.bytes().all(|b| b.is_ascii_digit()) && !p.is_empty() => (h, Some(p)),
            _ => (authority, None),
        };
        if host.is_empty() {
            return None;
        }
        let default_port = match scheme.to_ascii_lowercase().as_str() {
            "https" => "443",
            "http" => "80",
            _ => "",
        };
        let tail = tail.split('#').next().unwrap_or("");
        let (path, query) = tail.split_once('?').unwrap_or((tail, ""));
        Some(UrlParts {
            host: host.to_ascii_lowercase(),
            port: port.filter(|p| *p != default_port).map(str::to_string),
            path: if path.is_empty() {
                "/".into()
            } else {
                path.to_string()
            },
            query: query.to_string(),
        })
    }

    /// The query's parameters, percent-decoded.
    pub fn params(&self) -> Vec<(String, String)> {
        split_query(&self.query)
    }

    /// A query parameter by case-insensitive name.
    pub fn param(&self, name: &str) -> Option<String> {
        self.params()
            .into_iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }

    /// `host` or `host:port`, as a signer puts it in the `host` header.
    pub fn host_header(&self) -> String {
        match &self.port {
            Some(p) => format!("{}:{p}", self.host),
            None => self.host.clone(),
        }
    }
}

/// A field of the provider's reading, also under the `Error.` prefix of JSON dumps.
pub fn field<'a>(ev: &'a Evidence<'_>, name: &str) -> Option<&'a str> {
    ev.parsed
        .field(name)
        .or_else(|| ev.parsed.field(&format!("Error.{name}")))
        .map(str::trim)
        .filter(|v| !v.is_empty())
}

/// The echoed text of `name`, or its `*Bytes` hex form when the text is missing or was
/// flattened to one line by whatever displayed it.
fn echoed(ev: &Evidence<'_>, name: &str, bytes_name: &str) -> Option<String> {
    let text = field(ev, name);
    // Text with its line breaks needs nothing from the hex echo: decode it only otherwise.
    if let Some(t) = text.filter(|t| t.contains('\n')) {
        return Some(t.to_string());
    }
    let bytes = field(ev, bytes_name).and_then(decode_hex_pairs);
    match (text, bytes) {
        (Some(_), Some(b)) if b.contains('\n') => Some(b),
        (Some(t), _) => Some(t.to_string()),
        (None, b) => b,
    }
}

/// How to call whoever checked the signature.
pub fn who(provider: ProviderId) -> &'static str {
    match provider {
        ProviderId::AwsS3 => "S3",
        ProviderId::Minio => "MinIO",
        ProviderId::CloudflareR2 => "R2",
        ProviderId::BackblazeB2 => "B2",
        ProviderId::DigitaloceanSpaces => "Spaces",
        ProviderId::Wasabi => "Wasabi",
        ProviderId::Gcs => "GCS",
        ProviderId::AzureBlob => "Azure",
        ProviderId::SupabaseStorage => "Supabase Storage",
        _ => "the server",
    }
}

/// `the server` → `The server` at the start of a sentence.
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A value quoted in evidence: secrets masked, long ones cut.
fn quote(name: &str, value: &str) -> String {
    let v = redact::named(name, value);
    if v.chars().count() > QUOTE_MAX {
        let cut: String = v.chars().take(QUOTE_MAX).collect();
        format!("{cut}…")
    } else {
        v
    }
}

/// Is this a checksum header or parameter added by the SDKs' default integrity protection?
fn is_checksum_name(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.starts_with("x-amz-checksum-") || n == "x-amz-sdk-checksum-algorithm"
}

/// Whitespace runs collapsed, as the canonical form does with header values.
fn canonical_value(v: &str) -> String {
    v.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A MIME type safe to paste into a snippet.
fn snippet_safe(v: &str) -> bool {
    !v.is_empty()
        && v.len() <= 100
        && v.bytes().all(|b| {
            b.is_ascii_alphanumeric()
                || matches!(b, b'/' | b'-' | b'+' | b'.' | b';' | b'=' | b' ' | b'_')
        })
}

/// What differs between the request the client sent and the one the provider echoed.
#[derive(Debug, Default)]
struct Comparison {
    /// Header differences: (name, sent, received).
    headers: Vec<(String, String, String)>,
    /// Method: (sent, received).
    method: Option<(String, String)>,
    /// Path: (sent, received, only the encoding differs).
    path: Option<(String, String, bool)>,
    /// Query parameters the provider received that the page did not send.
    added: Vec<String>,
    /// Query parameters the page sent that the provider did not receive.
    removed: Vec<String>,
    /// Query parameters whose values differ.
    changed: Vec<String>,
    /// Host: (sent, received).
    host: Option<(String, String)>,
    /// Whether the URL (path, query, host) was compared.
    url_compared: bool,
    /// Signed, page-controlled headers the context did not list.
    unknown_headers: Vec<String>,
}

impl Comparison {
    fn request_differs(&self) -> bool {
        self.method.is_some()
            || self.path.is_some()
            || !self.added.is_empty()
            || !self.removed.is_empty()
            || !self.changed.is_empty()
            || self.host.is_some()
    }
}

/// Rebuilds what the client sent and compares it with the echoed canonical request.
fn compare(creq: &CanonicalRequest, ctx: &RequestContext) -> Comparison {
    let mut c = Comparison::default();
    if let Some(m) = ctx.method.as_deref() {
        let m = m.trim().to_ascii_uppercase();
        if !m.is_empty() && m != creq.method {
            c.method = Some((m, creq.method.clone()));
        }
    }
    if let Some(url) = ctx.url.as_deref().and_then(UrlParts::parse) {
        c.url_compared = true;
        if url.path != creq.uri {
            let sent = percent_decode(&url.path);
            let received = percent_decode(&creq.uri);
            c.path = Some((url.path.clone(), creq.uri.clone(), sent == received));
        }
        let sent: Vec<(String, String)> = url
            .params()
            .into_iter()
            .filter(|(k, _)| !k.eq_ignore_ascii_case("X-Amz-Signature"))
            .filter(|(k, _)| !k.eq_ignore_ascii_case("X-Goog-Signature"))
            .collect();
        let received = creq.query_params();
        for (k, v) in &received {
            match sent.iter().find(|(sk, _)| sk == k) {
                None => c.added.push(k.clone()),
                Some((_, sv)) if sv != v => c.changed.push(k.clone()),
                Some(_) => {}
            }
        }
        for (k, _) in &sent {
            if !received.iter().any(|(rk, _)| rk == k) {
                c.removed.push(k.clone());
            }
        }
        if let Some(h) = creq.header("host") {
            let sent_host = url.host_header();
            if !h.eq_ignore_ascii_case(&sent_host) && !h.eq_ignore_ascii_case(&url.host) {
                c.host = Some((sent_host, h.to_string()));
            }
        }
    }
    for name in &creq.signed_headers {
        if DERIVED_HEADERS.contains(&name.as_str()) {
            continue;
        }
        let received = creq.header(name).unwrap_or("");
        match ctx.header(name) {
            Some(sent) => {
                if canonical_value(sent) != received {
                    c.headers
                        .push((name.clone(), canonical_value(sent), received.to_string()));
                }
            }
            None => c.unknown_headers.push(name.clone()),
        }
    }
    c
}

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    if ev.parsed.code.as_deref() != Some("SignatureDoesNotMatch") {
        return;
    }
    mismatch(d, ev);
}

/// The rule past its guard, out of line (see [`super::apply`]: a first call compiles only what
/// it calls).
#[inline(never)]
fn mismatch(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let who = who(ev.parsed.provider);
    let sts = echoed(ev, "StringToSign", "StringToSignBytes").and_then(|t| StringToSign::parse(&t));
    let creq = echoed(ev, "CanonicalRequest", "CanonicalRequestBytes")
        .and_then(|t| CanonicalRequest::parse(&t));
    let url = ev
        .context
        .and_then(|c| c.url.as_deref())
        .and_then(UrlParts::parse);

    // A signature damaged on its way: base64's `+` read back as a space.
    if field(ev, "SignatureProvided").is_some_and(|s| s.contains(' ')) {
        assert_cause(
            d,
            CauseId::SignatureRequestModified,
            0.9,
            "SignatureProvided contains a space where a base64 signature has `+`: the `+` was put in the URL without being encoded as %2B and was read back as a space",
        );
        rule_out(
            d,
            CauseId::SignatureHeaderMismatch,
            "the signature itself was damaged in the URL, which fails it whatever the headers",
        );
        lower_cause(d, CauseId::SignatureSecretMismatch, 0.15, "");
        add_fix(
            d,
            CauseId::SignatureRequestModified,
            0.9,
            fix_text(
                "Encode the signature when putting it in the URL",
                vec![
                    "A SigV2 signature is base64 and may contain `+`, `/` and `=`: percent-encode it (encodeURIComponent) or take the URL from the SDK as is.".into(),
                    "Better: sign with Signature Version 4 (hex signatures, no encoding trouble), e.g. getSignedUrl from @aws-sdk/s3-request-presigner.".into(),
                ],
                Some(("js", "const url = `${base}?AWSAccessKeyId=${keyId}&Expires=${expires}&Signature=${encodeURIComponent(signature)}`;".into())),
            ),
        );
        return;
    }

    match &sts {
        Some(StringToSign::PostPolicy) => {
            post_policy(d, who);
            return;
        }
        Some(StringToSign::V2 { .. }) => {
            d.notes.push(format!(
                "{} checked a Signature Version 2 signature (the StringToSign has no AWS4-HMAC-SHA256 line): the legacy AWSAccessKeyId/Signature/Expires scheme, which S3 accepts only for older buckets and regions. Sign with SigV4 where you can.",
                capitalised(who)
            ));
        }
        Some(v4 @ StringToSign::V4 { algorithm, .. }) if v4.vendor() != Some("AWS4") => {
            d.notes.push(format!(
                "The string to sign uses {algorithm}: read with the SigV4 layout it shares."
            ));
        }
        _ => {}
    }
    if let Some(v2 @ StringToSign::V2 { .. }) = &sts {
        sig_v2(d, who, v2, ev.context, url.as_ref());
    }

    let mut facts = Vec::new();
    if let Some(creq) = &creq {
        facts.push(format!(
            "{} computed the signature over {} {}",
            capitalised(who),
            creq.method,
            quote("path", &creq.uri)
        ));
        if !creq.signed_headers.is_empty() {
            facts.push(format!("signed headers: {}", creq.signed_headers.join(";")));
        }
        if let Some(p) = &creq.payload {
            facts.push(format!("payload: {}", quote("payload", p)));
        }
        echoed_request(d, ev, who, creq);
        if let Some(ctx) = ev.context {
            with_context(d, who, creq, ctx);
        }
    }
    if creq.is_none() && sts.is_none() {
        if let Some(ctx) = ev.context {
            sdk_signed(d, ctx);
        }
    }
    if let Some(StringToSign::V4 { scope, .. }) = &sts {
        if !scope.is_empty() {
            facts.push(format!("credential scope: {}", quote("scope", scope)));
        }
    }
    // Header-signed requests: the scope's region against the host's (presign.rs does it for
    // presigned URLs).
    if let (Some(sts), Some(u)) = (&sts, &url) {
        if u.param("X-Amz-Credential").is_none() {
            if let (Some(scoped), Some(host_region)) =
                (sts.scope_region(), super::region::region_of_host(&u.host))
            {
                if scoped != host_region {
                    assert_cause(
                        d,
                        CauseId::EndpointWrongRegion,
                        0.6,
                        format!(
                            "the signature is scoped to {} but the request went to {}, a host in {host_region}",
                            quote("region", scoped),
                            quote("host", &u.host)
                        ),
                    );
                }
            }
        }
    }
    supabase_endpoint(d, ev, url.as_ref());

    // The facts go with the signature cause that now leads.
    let lead = d
        .causes
        .iter()
        .filter(|c| {
            matches!(
                c.id,
                CauseId::SignatureHeaderMismatch
                    | CauseId::SignatureRequestModified
                    | CauseId::SignatureSecretMismatch
                    | CauseId::SignatureSdkChecksumDefault
            )
        })
        .max_by(|a, b| a.confidence.total_cmp(&b.confidence))
        .map(|c| c.id);
    if let Some(id) = lead {
        for f in facts {
            assert_cause(d, id, 0.0, f);
        }
    }
}

/// The SDK that signed a header-signed request in the same call, from the context's `sdk` or
/// the user agents it sends.
fn signing_sdk(ctx: &RequestContext) -> Option<String> {
    const SDKS: &[&str] = &[
        "aws-sdk-",
        "Boto3/",
        "Botocore/",
        "aws-cli/",
        "aws-sdk-go",
        "aws-sdk-java",
        "minio-",
        "MinIO (",
    ];
    if let Some(sdk) = ctx
        .sdk
        .as_deref()
        .filter(|s| SDKS.iter().any(|m| s.contains(m)) || s.starts_with("boto"))
    {
        return Some(sdk.to_string());
    }
    ["x-amz-user-agent", "user-agent"]
        .iter()
        .filter_map(|h| ctx.header(h))
        .find_map(|ua| {
            let at = SDKS.iter().filter_map(|m| ua.find(m)).min()?;
            Some(ua[at..].split_whitespace().next().unwrap_or("").to_string())
        })
}

/// No echoed string to sign, but the request shows a header signature (`Authorization:
/// AWS4-HMAC-SHA256 … SignedHeaders=…`) made by an SDK in the same call. The SDK signs exactly
/// the headers it sends, so a header that differs from what was signed is unlikely unless
/// something rewrote the request on the way: the secret is the first suspect.
///
/// Example: s3s-fs answers a PutObject signed with a wrong secret with a bare
/// `<Code>SignatureDoesNotMatch</Code>` (tests/live, fault `wrong-secret`).
fn sdk_signed(d: &mut Diagnosis, ctx: &RequestContext) {
    let Some(auth) = ctx.header("authorization") else {
        return;
    };
    if !auth.starts_with("AWS4-HMAC-SHA256") || !auth.has("SignedHeaders=") {
        return;
    }
    let Some(sdk) = signing_sdk(ctx) else {
        return;
    };
    assert_cause(
        d,
        CauseId::SignatureSecretMismatch,
        0.7,
        format!("{sdk} signed the request's headers itself (Authorization: AWS4-HMAC-SHA256 with SignedHeaders) and sends exactly what it signed: the secret key it was given is the first suspect"),
    );
    lower_cause(
        d,
        CauseId::SignatureHeaderMismatch,
        0.25,
        "an SDK that signs in the same call cannot send other header values than it signed, unless a proxy rewrites them",
    );
}

/// The form's signature is computed over the base64 policy itself.
fn post_policy(d: &mut Diagnosis, who: &str) {
    let facts = format!(
        "{} computed the signature over the POST policy itself (StringToSign is the base64 policy document): no request header, method or URL is part of it",
        capitalised(who)
    );
    assert_cause(d, CauseId::SignatureSecretMismatch, 0.85, facts);
    assert_cause(
        d,
        CauseId::SignatureSecretMismatch,
        0.85,
        "the form carried the policy the server signed, so the signature was derived with another key: a wrong secret, or a SigV4 signing key not derived as HMAC(HMAC(HMAC(HMAC(\"AWS4\"+secret, date), region), \"s3\"), \"aws4_request\")",
    );
    rule_out(
        d,
        CauseId::SignatureHeaderMismatch,
        "a POST form's signature covers the policy, not the request headers",
    );
    rule_out(
        d,
        CauseId::SignatureSdkChecksumDefault,
        "a POST form's signature covers the policy, not checksum headers",
    );
    lower_cause(
        d,
        CauseId::SignatureRequestModified,
        0.1,
        "a POST form's signature covers the policy, not the URL or the method",
    );
    add_fix(
        d,
        CauseId::SignatureSecretMismatch,
        0.85,
        fix_text(
            "Sign the policy with the SigV4 signing key of the right secret",
            vec![
                "Let the SDK build the form (createPresignedPost in @aws-sdk/s3-presigned-post, generate_presigned_post in boto3) instead of signing by hand.".into(),
                "If you sign by hand: x-amz-signature = hex(HMAC-SHA256(signingKey, policyBase64)), where signingKey is derived from \"AWS4\" + secret, the date, the region and \"s3\" of x-amz-credential.".into(),
                "Check that the secret belongs to the access key in x-amz-credential and has no stray whitespace.".into(),
            ],
            None,
        ),
    );
}

/// Signature Version 2: the string to sign names the Content-Type, the x-amz-* headers and the
/// resource S3 received.
fn sig_v2(
    d: &mut Diagnosis,
    who: &str,
    sts: &StringToSign,
    ctx: Option<&RequestContext>,
    url: Option<&UrlParts>,
) {
    let StringToSign::V2 {
        method,
        content_type,
        amz_headers,
        resource,
        expires,
        ..
    } = sts
    else {
        return;
    };
    let who_c = capitalised(who);
    let resource_path = resource.split('?').next().unwrap_or(resource);
    let object_url = resource_path.trim_matches('/').contains('/');
    // Does the URL say what S3 signed? (A SigV2 presigned URL carries what was signed with it.)
    let mut url_agrees = url.is_some();
    if method == "POST" && content_type.starts_with("multipart/form-data") && object_url {
        url_agrees = false;
        assert_cause(
            d,
            CauseId::SignatureRequestModified,
            0.8,
            format!(
                "{who_c} received a multipart/form-data POST to the object URL {}: a presigned URL is signed for one method (PUT with the raw file as the body); a form upload needs a presigned POST (url + fields) instead",
                quote("resource", resource_path)
            ),
        );
        add_fix(d, CauseId::SignatureRequestModified, 0.8, form_post_fix());
    }
    if let Some(sent) = ctx.and_then(|c| c.method.as_deref()) {
        if !sent.trim().eq_ignore_ascii_case(method) {
            url_agrees = false;
            assert_cause(
                d,
                CauseId::SignatureRequestModified,
                0.85,
                format!(
                    "the page sent {}, but {who} verified a {method} request",
                    sent.trim()
                ),
            );
        }
    }
    let params = url.map(UrlParts::params).unwrap_or_default();
    let param = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
    };
    let signed_in_url = param("Content-Type");
    if !content_type.is_empty() {
        match signed_in_url {
            Some(s) if s != *content_type => {
                url_agrees = false;
                assert_cause(
                    d,
                    CauseId::SignatureHeaderMismatch,
                    0.9,
                    format!(
                        "the URL was signed for Content-Type {}; {who} received {}",
                        quote("content-type", &s),
                        quote("content-type", content_type)
                    ),
                );
                if snippet_safe(&s) {
                    add_fix(
                        d,
                        CauseId::SignatureHeaderMismatch,
                        0.9,
                        fix_text(
                            format!("Send Content-Type: {s}, the type the URL was signed for"),
                            vec![
                                format!("The URL was signed for {s}; the request must carry exactly that Content-Type."),
                                "Or presign with the type the page will really send (file.type), deciding it once.".into(),
                            ],
                            Some(("js", format!("await fetch(url, {{ method: \"PUT\", headers: {{ \"Content-Type\": \"{s}\" }}, body: file }});"))),
                        ),
                    );
                }
            }
            Some(_) => {}
            None => {
                url_agrees = false;
                let why = if param("Signature").is_some() {
                    "; the URL names no Content-Type, so it was most likely signed without one (presigners sign a Content-Type only when given one)"
                } else {
                    ""
                };
                assert_cause(
                    d,
                    CauseId::SignatureHeaderMismatch,
                    if why.is_empty() { 0.6 } else { 0.75 },
                    format!(
                        "{who_c} computed the signature over Content-Type: {}{why}",
                        quote("content-type", content_type)
                    ),
                );
            }
        }
    } else if signed_in_url.is_some_and(|s| !s.is_empty()) {
        url_agrees = false;
        assert_cause(
            d,
            CauseId::SignatureHeaderMismatch,
            0.85,
            format!(
                "the URL was signed with a Content-Type, but the request reached {who} without one"
            ),
        );
    }
    for (name, value) in amz_headers {
        if name == "x-amz-security-token" {
            continue;
        }
        let in_url = param(name);
        if in_url.as_deref() != Some(value.as_str()) {
            url_agrees = false;
            assert_cause(
                d,
                CauseId::SignatureHeaderMismatch,
                0.6,
                format!(
                    "{who_c} computed the signature over {name}: {}{}",
                    quote(name, value),
                    if url.is_some() && in_url.is_none() {
                        "; the URL does not carry it, so the signer may not have signed it"
                    } else {
                        ""
                    }
                ),
            );
        }
    }
    if !amz_headers.iter().any(|(n, _)| is_checksum_name(n)) {
        rule_out(
            d,
            CauseId::SignatureSdkChecksumDefault,
            "a SigV2 string to sign lists every x-amz-* header S3 received, and none is a checksum header",
        );
    }
    let Some(u) = url else {
        return;
    };
    for (k, _) in &params {
        let lower = k.to_ascii_lowercase();
        if lower.starts_with("x-amz-")
            && lower != "x-amz-security-token"
            && !amz_headers.iter().any(|(n, _)| *n == lower)
        {
            url_agrees = false;
            assert_cause(
                d,
                CauseId::SignatureHeaderMismatch,
                0.85,
                format!("the URL was signed with {k}, but the request reached {who} without that header"),
            );
        }
    }
    let sent = percent_decode(&u.path);
    let received = percent_decode(resource_path);
    if !sent.is_empty() && sent != "/" && !received.ends_with(&sent) {
        url_agrees = false;
        assert_cause(
            d,
            CauseId::SignatureRequestModified,
            0.8,
            format!(
                "{who_c} signed the resource {}, but the page requested {}",
                quote("resource", resource_path),
                quote("path", &u.path)
            ),
        );
    }
    if param("Expires").is_some_and(|e| e != *expires) {
        url_agrees = false;
    }
    if url_agrees {
        let named: Vec<String> = std::iter::once(format!(
            "Content-Type {}",
            quote("content-type", content_type)
        ))
        .filter(|_| !content_type.is_empty())
        .chain(
            amz_headers
                .iter()
                .filter(|(n, _)| n != "x-amz-security-token")
                .map(|(n, v)| format!("{n} {}", quote(n, v))),
        )
        .collect();
        let named = if named.is_empty() {
            String::new()
        } else {
            format!(" ({})", named.join(", "))
        };
        rule_out(
            d,
            CauseId::SignatureHeaderMismatch,
            format!("the URL names the same headers{named} that {who} signed"),
        );
        rule_out(
            d,
            CauseId::SignatureRequestModified,
            format!("method, resource and expiry in the URL are the ones {who} signed"),
        );
        assert_cause(
            d,
            CauseId::SignatureSecretMismatch,
            0.85,
            format!(
                "{who_c} signed exactly what the URL declares (method, Content-Type, x-amz-* headers, expiry, resource): the signature was computed with another secret key"
            ),
        );
        add_fix(d, CauseId::SignatureSecretMismatch, 0.85, secret_fix());
    }
}

/// What the echoed canonical request says by itself.
fn echoed_request(d: &mut Diagnosis, ev: &Evidence<'_>, who: &str, creq: &CanonicalRequest) {
    let who_c = capitalised(who);
    let page_headers: Vec<&String> = creq
        .signed_headers
        .iter()
        .filter(|h| !DERIVED_HEADERS.contains(&h.as_str()) && !is_checksum_name(h))
        .collect();

    // Checksum headers and parameters from the SDKs' default integrity protection.
    let mut checksum = Vec::new();
    for h in creq.signed_headers.iter().filter(|h| is_checksum_name(h)) {
        let v = creq.header(h).unwrap_or("");
        checksum.push(if v.is_empty() {
            format!("{h} is a signed header but the request reached {who} without it")
        } else {
            format!("{h}: {} is a signed header", quote(h, v))
        });
    }
    for (k, v) in creq
        .query_params()
        .iter()
        .filter(|(k, _)| is_checksum_name(k))
    {
        checksum.push(format!("the URL carries {k}={}", quote(k, v)));
    }
    if !checksum.is_empty() {
        let empty_crc = creq
            .headers
            .iter()
            .chain(creq.query_params().iter())
            .any(|(k, v)| is_checksum_name(k) && v == "AAAAAA==");
        let mut evidence = checksum.join("; ");
        evidence.push_str(
            ": checksum fields that aws-sdk-js-v3 >= 3.729 and boto3 >= 1.36 add by default",
        );
        if empty_crc {
            evidence.push_str(
                "; AAAAAA== is the CRC32 of an empty body, signed before the file was known",
            );
        }
        assert_cause(d, CauseId::SignatureSdkChecksumDefault, 0.8, evidence);
    }

    // Signed headers the page controls.
    let mut missing = Vec::new();
    for name in &page_headers {
        let v = creq.header(name).unwrap_or("");
        if v.is_empty() {
            missing.push(name.as_str());
        } else if name.as_str() == "content-type" {
            assert_cause(
                d,
                CauseId::SignatureHeaderMismatch,
                0.6,
                format!(
                    "{who_c} computed the signature over content-type: {}: the server must have signed exactly this value",
                    quote(name, v)
                ),
            );
            if snippet_safe(v)
                && ev
                    .context
                    .is_none_or(|c| c.header("content-type").is_none())
            {
                add_fix(
                    d,
                    CauseId::SignatureHeaderMismatch,
                    0.6,
                    fix_text(
                        format!("Sign and send Content-Type: {v}, byte for byte"),
                        vec![
                            format!("{who_c} received content-type {v}: the server's ContentType must be exactly this string (no added charset, no other type)."),
                            "Pass the same value to the presigner and to fetch/XHR; file.type can be \"\" or differ between browsers, so decide the type once and send it along with the URL.".into(),
                        ],
                        Some((
                            "js",
                            format!(
                                "// server\nconst url = await getSignedUrl(s3, new PutObjectCommand({{ Bucket, Key, ContentType: \"{v}\" }}), {{ expiresIn: 600 }});\n// browser\nawait fetch(url, {{ method: \"PUT\", headers: {{ \"Content-Type\": \"{v}\" }}, body: file }});"
                            ),
                        )),
                    ),
                );
            }
        } else {
            assert_cause(
                d,
                CauseId::SignatureHeaderMismatch,
                0.55,
                format!(
                    "{who_c} computed the signature over {name}: {}: the request must send exactly the value the server signed",
                    quote(name, v)
                ),
            );
        }
    }
    if !missing.is_empty() {
        assert_cause(
            d,
            CauseId::SignatureHeaderMismatch,
            0.85,
            format!(
                "{} {} signed, but the request reached {who} without {}",
                missing.join(", "),
                if missing.len() == 1 { "is" } else { "are" },
                if missing.len() == 1 { "it" } else { "them" }
            ),
        );
    }
    if page_headers.is_empty() && !creq.signed_headers.is_empty() && ev.context.is_none() {
        lower_cause(
            d,
            CauseId::SignatureHeaderMismatch,
            0.15,
            format!(
                "the signed headers are {} only: no header the page sets is covered by the signature",
                creq.signed_headers.join(";")
            ),
        );
    }

    // The key as S3 canonicalized it.
    if creq.uri.has("%2520") || creq.uri.has("%252F") || creq.uri.has("%252B") {
        assert_cause(
            d,
            CauseId::SignatureRequestModified,
            0.7,
            format!(
                "the path {} holds %25-escapes (an encoded %): the key was percent-encoded twice, once by the page and once more by the signer or the client",
                quote("path", &creq.uri)
            ),
        );
    } else if creq.uri.has("%2B") && ev.context.is_none() {
        assert_cause(
            d,
            CauseId::SignatureRequestModified,
            0.45,
            format!(
                "the path {} holds %2B, a literal `+`: S3 reads `+` in a path as a plus sign, so a key whose spaces were written as `+` is another key than the one signed",
                quote("path", &creq.uri)
            ),
        );
    }
    // A form POSTed to a presigned object URL.
    let presigned = creq
        .query_params()
        .iter()
        .any(|(k, _)| k.eq_ignore_ascii_case("X-Amz-Algorithm"));
    if creq.method == "POST"
        && presigned
        && !creq.query.has("uploadId")
        && !creq.query.has("uploads")
    {
        assert_cause(
            d,
            CauseId::SignatureRequestModified,
            0.75,
            format!(
                "{who_c} received a POST to a presigned object URL: presigned PutObject URLs are signed for PUT; a form upload needs a presigned POST (url + fields)"
            ),
        );
        add_fix(d, CauseId::SignatureRequestModified, 0.75, form_post_fix());
    }
}

/// The request the client sent, compared with the echo.
fn with_context(d: &mut Diagnosis, who: &str, creq: &CanonicalRequest, ctx: &RequestContext) {
    let who_c = capitalised(who);
    let c = compare(creq, ctx);
    for (name, sent, received) in &c.headers {
        let received_text = if received.is_empty() {
            "no value (the header did not reach it)".to_string()
        } else {
            quote(name, received)
        };
        assert_cause(
            d,
            CauseId::SignatureHeaderMismatch,
            0.92,
            format!(
                "{who_c} computed the signature over {name} {received_text}; the browser sent {}",
                quote(name, sent)
            ),
        );
    }
    if let Some((sent, received)) = &c.method {
        assert_cause(
            d,
            CauseId::SignatureRequestModified,
            0.9,
            format!("the page sent {sent}, but {who} verified a {received} request: a redirect or proxy changed the method"),
        );
    }
    if let Some((sent, received, encoding_only)) = &c.path {
        let evidence = if *encoding_only {
            let plus = sent.contains('+') && received.has("%2B");
            format!(
                "the page requested {} and {who} canonicalized the path as {}: they differ only in encoding{}",
                quote("path", sent),
                quote("path", received),
                if plus {
                    "; `+` in a path is a literal plus for S3, so a key whose spaces became `+` was signed as another key"
                } else {
                    ", so a signer that encoded the key its own way signed another path"
                }
            )
        } else {
            format!(
                "the page requested {}, but {who} received {}: something between them rewrote the path",
                quote("path", sent),
                quote("path", received)
            )
        };
        assert_cause(d, CauseId::SignatureRequestModified, 0.88, evidence);
    }
    if !c.added.is_empty() {
        assert_cause(
            d,
            CauseId::SignatureRequestModified,
            0.85,
            format!(
                "{who_c} received query parameters the page's URL does not have: {}",
                c.added.join(", ")
            ),
        );
    }
    if !c.removed.is_empty() {
        assert_cause(
            d,
            CauseId::SignatureRequestModified,
            0.85,
            format!(
                "the page's URL has query parameters {who} did not receive: {}",
                c.removed.join(", ")
            ),
        );
    }
    if !c.changed.is_empty() {
        assert_cause(
            d,
            CauseId::SignatureRequestModified,
            0.85,
            format!(
                "query parameters reached {who} with other values than the page sent: {}",
                c.changed.join(", ")
            ),
        );
    }
    if let Some((sent, received)) = &c.host {
        assert_cause(
            d,
            CauseId::SignatureRequestModified,
            0.85,
            format!(
                "the page sent the request to {}, but {who} received host {}: a proxy or CDN forwarded it with another Host header, and the signature covers the host",
                quote("host", sent),
                quote("host", received)
            ),
        );
        assert_cause(
            d,
            CauseId::EndpointWrongHost,
            0.5,
            format!(
                "the URL was signed for {} but the request is served as {}",
                quote("host", sent),
                quote("host", received)
            ),
        );
    }
    if !c.headers.is_empty() || c.request_differs() {
        return;
    }
    if !c.url_compared {
        return;
    }

    // Everything the client can see reached the provider unchanged.
    let page_headers: Vec<&String> = creq
        .signed_headers
        .iter()
        .filter(|h| !DERIVED_HEADERS.contains(&h.as_str()))
        .collect();
    let checksums = creq.signed_headers.iter().any(|h| is_checksum_name(h))
        || creq.query_params().iter().any(|(k, _)| is_checksum_name(k));
    rule_out(
        d,
        CauseId::SignatureRequestModified,
        format!("method, path, query and host reached {who} exactly as the page sent them"),
    );
    if page_headers.is_empty() {
        rule_out(
            d,
            CauseId::SignatureHeaderMismatch,
            format!(
                "every signed header ({}) comes from the URL itself, and the URL reached {who} unchanged",
                creq.signed_headers.join(";")
            ),
        );
        if !checksums {
            rule_out(
                d,
                CauseId::SignatureSdkChecksumDefault,
                "the signed request has no x-amz-checksum-* or x-amz-sdk-checksum-algorithm",
            );
        }
        assert_cause(
            d,
            CauseId::SignatureSecretMismatch,
            0.92,
            format!(
                "{who_c} received exactly the request the page sent (method, path, query, host) and signed nothing else: the signature was computed with another secret key"
            ),
        );
    } else if c.unknown_headers.is_empty() {
        let listed: Vec<String> = page_headers
            .iter()
            .map(|h| format!("{h} {}", quote(h, creq.header(h).unwrap_or(""))))
            .collect();
        lower_cause(
            d,
            CauseId::SignatureHeaderMismatch,
            0.35,
            format!(
                "the browser sent {} and {who} received the same; it still fails if the server signed other values for them",
                listed.join(", ")
            ),
        );
        assert_cause(
            d,
            CauseId::SignatureSecretMismatch,
            0.7,
            format!(
                "{who_c} received exactly the request the page sent (method, path, query, host, signed headers): either the secret differs or the server signed other header values"
            ),
        );
    } else {
        assert_cause(
            d,
            CauseId::SignatureSecretMismatch,
            0.55,
            format!(
                "the URL reached {who} unchanged; the request context does not list the signed {} to compare",
                c.unknown_headers.join(", ")
            ),
        );
    }
    add_fix(d, CauseId::SignatureSecretMismatch, 0.55, secret_fix());
}

/// The secret must belong to the key id and carry no stray bytes.
fn secret_fix() -> Fix {
    fix_text(
            "Check the secret the server signs with",
            vec![
                "The secret must belong to the access key id in X-Amz-Credential; a rotated or copied-wrong secret gives exactly this error.".into(),
                "Trim it: a trailing newline or quotes from an .env file or a secret manager change every signature.".into(),
                "Compare your signer's canonical request with the one in the error: when they are equal, only the key can differ.".into(),
            ],
            Some((
                "js",
                "const s3 = new S3Client({\n  region,\n  credentials: {\n    accessKeyId: process.env.S3_ACCESS_KEY_ID.trim(),\n    secretAccessKey: process.env.S3_SECRET_ACCESS_KEY.trim(), // a stray \"\\n\" breaks every signature\n  },\n});".into(),
            )),
        )
}

/// A form was POSTed where a presigned PUT URL was expected.
fn form_post_fix() -> Fix {
    fix_text(
        "PUT the file to a presigned URL, or presign a POST for forms",
        vec![
            "A presigned PutObject URL takes method PUT with the raw file as the body, not a FormData.".into(),
            "For a browser form upload, have the server create a presigned POST (createPresignedPost / generate_presigned_post) and send its fields plus the file, file last.".into(),
        ],
        Some((
            "js",
            "// presigned PUT URL: the file is the body\nawait fetch(url, { method: \"PUT\", headers: { \"Content-Type\": file.type }, body: file });".into(),
        )),
    )
}

/// Supabase's S3 endpoint has its own keys, region and addressing.
fn supabase_endpoint(d: &mut Diagnosis, ev: &Evidence<'_>, url: Option<&UrlParts>) {
    let supabase_host = url.is_some_and(|u| {
        (u.host.ends_with(".supabase.co") || u.host.ends_with(".supabase.in"))
            && u.path.has("/storage/v1/s3")
    });
    if !supabase_host && ev.parsed.provider != ProviderId::SupabaseStorage {
        return;
    }
    assert_cause(
        d,
        CauseId::SignatureSecretMismatch,
        0.5,
        "the request went to Supabase Storage's S3 endpoint, which checks signatures made with its own S3 access keys (Storage settings), not the anon or service_role key",
    );
    add_fix(
        d,
        CauseId::SignatureSecretMismatch,
        0.5,
        fix_text(
            "Use Supabase's S3 keys, the project's region and path-style URLs",
            vec![
                "Create the access key pair under Project Settings → Storage → S3 Connection and use both halves from there.".into(),
                "Set region to the project's region (shown next to the endpoint) and forcePathStyle: true.".into(),
            ],
            Some((
                "js",
                "const s3 = new S3Client({\n  forcePathStyle: true,\n  region: \"<project region>\",\n  endpoint: \"https://<project-ref>.supabase.co/storage/v1/s3\",\n  credentials: { accessKeyId: \"<s3 access key id>\", secretAccessKey: \"<s3 secret>\" },\n});".into(),
            )),
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::evidence;

    #[test]
    fn hex_pairs_decode() {
        assert_eq!(
            decode_hex_pairs("50 55 54 0a 2f").as_deref(),
            Some("PUT\n/")
        );
        // a pair split across a line break by a renderer
        assert_eq!(decode_hex_pairs("50 5\n5 54").as_deref(), Some("PUT"));
        assert_eq!(decode_hex_pairs("5055540A").as_deref(), Some("PUT\n"));
        assert_eq!(
            decode_hex_pairs("... hex represenation of the above ..."),
            None
        );
        assert_eq!(decode_hex_pairs("50 5"), None);
        assert_eq!(decode_hex_pairs(""), None);
    }

    #[test]
    fn canonical_request_splits() {
        let c = CanonicalRequest::parse(
            "PUT\n/photos/a%20b.png\nX-Amz-Algorithm=AWS4-HMAC-SHA256&x-id=PutObject\ncontent-type:image/png\nhost:b.s3.eu-west-1.amazonaws.com\n\ncontent-type;host\nUNSIGNED-PAYLOAD",
        )
        .expect("parses");
        assert_eq!(c.method, "PUT");
        assert_eq!(c.uri, "/photos/a%20b.png");
        assert_eq!(c.header("content-type"), Some("image/png"));
        assert_eq!(c.signed_headers, vec!["content-type", "host"]);
        assert_eq!(c.payload.as_deref(), Some("UNSIGNED-PAYLOAD"));
        assert_eq!(c.query_params()[1], ("x-id".into(), "PutObject".into()));
    }

    #[test]
    fn canonical_request_empty_query_and_hash_payload() {
        let c = CanonicalRequest::parse(
            "GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\nx-amz-date:20130524T000000Z\n\nhost;range;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        )
        .expect("parses");
        assert_eq!(c.query, "");
        assert_eq!(c.headers.len(), 3);
        assert_eq!(c.signed_headers, vec!["host", "range", "x-amz-date"]);
        assert!(c.payload.is_some_and(|p| p.starts_with("e3b0")));
    }

    #[test]
    fn canonical_request_escaped_and_truncated() {
        let c = CanonicalRequest::parse("PUT\\n/k\\n\\nhost:h\\n\\nhost").expect("parses");
        assert_eq!(c.signed_headers, vec!["host"]);
        assert_eq!(c.payload, None);
        assert!(CanonicalRequest::parse("not a request").is_none());
        assert!(CanonicalRequest::parse("PUT\nkey-without-slash").is_none());
    }

    #[test]
    fn string_to_sign_schemes() {
        let v4 = StringToSign::parse(
            "AWS4-HMAC-SHA256\n20260414T101111Z\n20260414/auto/s3/aws4_request\nb3ab",
        )
        .expect("v4");
        assert_eq!(v4.vendor(), Some("AWS4"));
        assert_eq!(v4.scope_region(), Some("auto"));
        let goog = StringToSign::parse(
            "GOOG4-RSA-SHA256 20251018T190528Z 20251018/auto/storage/goog4_request 2836",
        )
        .expect("flattened goog4");
        assert_eq!(goog.vendor(), Some("GOOG4"));
        let v2 = StringToSign::parse("PUT\n\nimage/jpeg\n1374043568\nx-amz-acl:public-read\n/b/k")
            .expect("v2");
        match v2 {
            StringToSign::V2 {
                content_type,
                amz_headers,
                resource,
                ..
            } => {
                assert_eq!(content_type, "image/jpeg");
                assert_eq!(
                    amz_headers,
                    vec![("x-amz-acl".into(), "public-read".into())]
                );
                assert_eq!(resource, "/b/k");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            StringToSign::parse("eyJleHBpcmF0aW9uIjoiMjAxNS0wNy0yMFQxNzoxMjowMloiIn0="),
            Some(StringToSign::PostPolicy)
        );
        assert_eq!(StringToSign::parse("hello"), None);
    }

    #[test]
    fn url_parts() {
        let u = UrlParts::parse("https://b.s3.amazonaws.com:443/a%20b?x=1&Y=%2F#f").expect("url");
        assert_eq!(u.host, "b.s3.amazonaws.com");
        assert_eq!(u.port, None);
        assert_eq!(u.path, "/a%20b");
        assert_eq!(u.param("y").as_deref(), Some("/"));
        let u = UrlParts::parse("http://localhost:9000").expect("url");
        assert_eq!(u.host_header(), "localhost:9000");
        assert_eq!(u.path, "/");
        assert!(UrlParts::parse("not a url").is_none());
    }

    // Rule behaviour over a SigV4 echo. No complete real SigV4 body with its CanonicalRequest
    // was found in a public thread (excerpts are cut), so these bodies are synthetic, shaped
    // like S3's; the fixtures cover SigV2 and POST-policy echoes from real responses.
    const V4_BODY: &str = "<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>AKIAIOSFODNN7EXAMPLE</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256\n20260101T000000Z\n20260101/eu-west-1/s3/aws4_request\n0f0f</StringToSign><SignatureProvided>abcdef012345</SignatureProvided><CanonicalRequest>PUT\n/photos/cat.png\nX-Amz-Algorithm=AWS4-HMAC-SHA256&amp;X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260101%2Feu-west-1%2Fs3%2Faws4_request&amp;X-Amz-Date=20260101T000000Z&amp;X-Amz-Expires=600&amp;X-Amz-SignedHeaders=@SIGNED@\nCANONICAL\n\n@SIGNED@\nUNSIGNED-PAYLOAD</CanonicalRequest><RequestId>4442587FB7D0A2F9</RequestId><HostId>h0st</HostId></Error>";
    const URL_QUERY: &str = "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20260101%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20260101T000000Z&X-Amz-Expires=600&X-Amz-SignedHeaders=@SIGNED@&X-Amz-Signature=abcdef012345";

    fn body(signed: &str, canonical: &str) -> String {
        V4_BODY
            .replace("@SIGNED@", signed)
            .replace("CANONICAL", canonical)
    }

    /// A 403 (SignatureDoesNotMatch's status).
    fn run(body: &str, ctx: Option<serde_json::Value>) -> crate::Diagnosis {
        crate::rules::test_util::run(403, body, ctx)
    }

    fn ids(d: &crate::Diagnosis) -> Vec<&str> {
        d.causes.iter().map(|c| c.id.as_str()).collect()
    }

    const HOST: &str = "host:photos.s3.eu-west-1.amazonaws.com";

    #[test]
    fn signed_content_type_without_context() {
        let b = body(
            "content-type;host",
            &format!("content-type:image/png\n{HOST}"),
        );
        let d = run(&b, None);
        assert_eq!(ids(&d)[0], "signature.header-mismatch", "{:?}", ids(&d));
        let e = evidence(&d, "signature.header-mismatch");
        assert!(
            e.contains("S3 computed the signature over content-type: image/png"),
            "{e}"
        );
        assert!(e.contains("signed headers: content-type;host"), "{e}");
        assert!(e.contains("payload: UNSIGNED-PAYLOAD"), "{e}");
        // the same echo from the hex form only
        let hex: String = format!("PUT\n/photos/cat.png\n\ncontent-type:image/png\n{HOST}\n\ncontent-type;host\nUNSIGNED-PAYLOAD")
            .bytes()
            .map(|b| format!("{b:02x} "))
            .collect();
        let only_hex = format!("<Error><Code>SignatureDoesNotMatch</Code><Message>m</Message><CanonicalRequestBytes>{hex}</CanonicalRequestBytes><RequestId>1</RequestId><HostId>h</HostId></Error>");
        let d = run(&only_hex, None);
        assert_eq!(ids(&d)[0], "signature.header-mismatch", "{:?}", ids(&d));
    }

    #[test]
    fn signed_header_missing_from_the_request() {
        let b = body("content-type;host", &format!("content-type:\n{HOST}"));
        let d = run(&b, None);
        assert_eq!(ids(&d)[0], "signature.header-mismatch");
        assert!(evidence(&d, "signature.header-mismatch")
            .contains("content-type is signed, but the request reached S3 without it"));
    }

    #[test]
    fn context_header_differs() {
        let b = body(
            "content-type;host",
            &format!("content-type:image/png\n{HOST}"),
        );
        let url = format!(
            "https://photos.s3.eu-west-1.amazonaws.com/photos/cat.png?{}",
            URL_QUERY.replace("@SIGNED@", "content-type%3Bhost")
        );
        let d = run(
            &b,
            Some(
                serde_json::json!({"method": "PUT", "url": url, "headers": {"content-type": "image/jpeg"}}),
            ),
        );
        assert_eq!(ids(&d)[0], "signature.header-mismatch");
        let e = evidence(&d, "signature.header-mismatch");
        assert!(e.contains("S3 computed the signature over content-type image/png; the browser sent image/jpeg"), "{e}");
    }

    #[test]
    fn context_matches_and_only_url_headers_are_signed() {
        let b = body("host", HOST);
        let url = format!(
            "https://photos.s3.eu-west-1.amazonaws.com/photos/cat.png?{}",
            URL_QUERY.replace("@SIGNED@", "host")
        );
        let d = run(
            &b,
            Some(
                serde_json::json!({"method": "PUT", "url": url, "headers": {"content-type": "image/png"}}),
            ),
        );
        let got = ids(&d);
        assert_eq!(got[0], "signature.secret-mismatch", "{got:?}");
        assert!(d.causes[0].confidence >= 0.9);
        assert!(!got.contains(&"signature.header-mismatch"), "{got:?}");
        assert!(!got.contains(&"signature.request-modified"), "{got:?}");
    }

    #[test]
    fn context_matches_with_signed_content_type() {
        let b = body(
            "content-type;host",
            &format!("content-type:image/png\n{HOST}"),
        );
        let url = format!(
            "https://photos.s3.eu-west-1.amazonaws.com/photos/cat.png?{}",
            URL_QUERY.replace("@SIGNED@", "content-type%3Bhost")
        );
        let d = run(
            &b,
            Some(
                serde_json::json!({"method": "PUT", "url": url, "headers": {"content-type": "image/png"}}),
            ),
        );
        let got = ids(&d);
        assert_eq!(got[0], "signature.secret-mismatch", "{got:?}");
        // still possible: the server may have signed another type
        assert!(got.contains(&"signature.header-mismatch"), "{got:?}");
        assert!(!got.contains(&"signature.request-modified"), "{got:?}");
    }

    #[test]
    fn context_path_encoded_differently() {
        let b = body("host", HOST).replace("/photos/cat.png", "/photos/my%2Bcat.png");
        let url = format!(
            "https://photos.s3.eu-west-1.amazonaws.com/photos/my+cat.png?{}",
            URL_QUERY.replace("@SIGNED@", "host")
        );
        let d = run(&b, Some(serde_json::json!({"method": "PUT", "url": url})));
        assert_eq!(ids(&d)[0], "signature.request-modified");
        assert!(evidence(&d, "signature.request-modified").contains("differ only in encoding"));
    }

    #[test]
    fn context_query_parameter_added() {
        let b = body("host", HOST).replace(
            "X-Amz-SignedHeaders=host",
            "X-Amz-SignedHeaders=host&amp;x-id=PutObject",
        );
        let url = format!(
            "https://photos.s3.eu-west-1.amazonaws.com/photos/cat.png?{}",
            URL_QUERY.replace("@SIGNED@", "host")
        );
        let d = run(&b, Some(serde_json::json!({"method": "PUT", "url": url})));
        assert_eq!(ids(&d)[0], "signature.request-modified");
        assert!(evidence(&d, "signature.request-modified").contains("x-id"));
    }

    #[test]
    fn context_host_rewritten_by_a_proxy() {
        let b = body("host", "host:minio:9000");
        let url = format!(
            "https://files.example.com/photos/cat.png?{}",
            URL_QUERY.replace("@SIGNED@", "host")
        );
        let d = run(&b, Some(serde_json::json!({"method": "PUT", "url": url})));
        assert_eq!(ids(&d)[0], "signature.request-modified");
        assert!(ids(&d).contains(&"endpoint.wrong-host"));
    }

    #[test]
    fn signed_checksum_headers() {
        let b = body(
            "content-length;host;x-amz-checksum-crc32;x-amz-sdk-checksum-algorithm",
            &format!("content-length:1234\n{HOST}\nx-amz-checksum-crc32:AAAAAA==\nx-amz-sdk-checksum-algorithm:CRC32"),
        );
        let d = run(&b, None);
        assert_eq!(
            ids(&d)[0],
            "signature.sdk-checksum-default",
            "{:?}",
            ids(&d)
        );
        assert!(evidence(&d, "signature.sdk-checksum-default")
            .contains("AAAAAA== is the CRC32 of an empty body"));
    }

    #[test]
    fn no_secret_in_evidence() {
        let b = body(
            "host;x-amz-security-token",
            &format!("{HOST}\nx-amz-security-token:FQoGZXIvYXdzEJr0123456789abcdefSECRET"),
        );
        let d = run(&b, None);
        let all: String = d
            .causes
            .iter()
            .flat_map(|c| c.evidence.iter())
            .cloned()
            .collect();
        assert!(!all.contains("0123456789abcdefSECRET"), "{all}");
    }

    #[test]
    fn supabase_s3_endpoint() {
        let b = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><Resource>my-uploads</Resource></Error>";
        let d = run(
            b,
            Some(
                serde_json::json!({"method": "PUT", "url": "https://abcdefgh.supabase.co/storage/v1/s3/my-uploads/a.png"}),
            ),
        );
        let c = d
            .causes
            .iter()
            .find(|c| c.id.as_str() == "signature.secret-mismatch")
            .expect("secret mismatch");
        assert!(
            c.fixes[0].title.contains("Supabase's S3 keys"),
            "{:?}",
            c.fixes[0]
        );
        assert!(c
            .evidence
            .iter()
            .any(|e| e.contains("Supabase Storage's S3 endpoint")));
    }
}
