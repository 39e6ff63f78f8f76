//! Presigned POST policies: the base64 `policy` form field against the rest of the form.
//!
//! ## What it does
//! Decodes the `policy` field the form sent (standard base64, padding and white space optional)
//! into its JSON document and checks every condition against the form as the client describes
//! it: `{"field": "value"}` and `["eq", "$field", "value"]` need that exact value,
//! `["starts-with", "$field", "prefix"]` that prefix, `["content-length-range", min, max]` the file
//! size. Fields the policy does not cover are reported too: S3 rejects any form field other than
//! `x-amz-signature`, `file`, `policy` and `x-ignore-*` (plus `AWSAccessKeyId` and `signature`
//! for SigV2) that no condition names. It compares the policy's `expiration` with the server's
//! time (`ServerTime`, the response's `Date`) or the client's (`sentAt`), and reports a policy
//! that does not decode. Without a request context it reads S3's own wording ("Policy Condition
//! failed: [...]", "Extra input fields: ...", "Invalid 'expiration' value") and turns it into
//! the field and value to send.
//!
//! ## Why
//! `post.rs` checks the order of the fields and that key, policy and signature are there; a form
//! can have all of them and still break its policy. S3 then answers `AccessDenied` quoting one
//! condition at a time (or, for MinIO, none), and the policy that explains it is an opaque base64
//! string the page received from its server.
//!
//! ## Example
//! Policy `{"conditions": [{"acl": "public-read"}, ["starts-with", "$key", ""], ...]}` and a form
//! without `acl` → `post.policy-condition`, evidence "condition {"acl": "public-read"} needs a
//! field `acl` with the value `public-read`; the form has no `acl` field", fix: send `acl` =
//! `public-read`, or drop the condition on the server.

use std::collections::BTreeMap;

use super::timing::{duration, iso, parse_time, sent_at, server_now};
use super::{add_fix, assert_cause, fix_text, has_cause, lower_cause, rule_out, Evidence};
use crate::context::FormField;
use crate::diagnosis::{Diagnosis, Fix};
use crate::ids::CauseId;
use crate::input::loose::{self, Value};
use crate::search::SearchExt;

/// Most conditions and form fields examined.
const MAX_CONDITIONS: usize = 128;
const MAX_FIELDS: usize = 512;
/// Most failures reported as evidence.
const MAX_REPORTED: usize = 5;

/// Decodes standard (or URL-safe) base64; white space anywhere and missing padding are accepted.
/// `None` for any other character, data after padding, or an impossible length.
pub(crate) fn base64_decode(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() / 4 * 3 + 3);
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    let mut count = 0usize;
    let mut padded = false;
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => {
                padded = true;
                continue;
            }
            b' ' | b'\t' | b'\r' | b'\n' => continue,
            _ => return None,
        };
        if padded {
            return None;
        }
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        count += 1;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    (count % 4 != 1).then_some(out)
}

/// What a condition asks of a field.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Rule {
    Eq(String),
    StartsWith(String),
    Range(u64, u64),
}

/// One condition of the policy, with the field name it constrains (lower-case, without `$`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Condition {
    field: String,
    /// The name as written in the policy (case kept), for messages.
    written: String,
    rule: Rule,
    /// Written as an object (`{"acl": "public-read"}`) rather than an array.
    object: bool,
}

impl Condition {
    /// The condition as the policy writes it (secret values shortened).
    fn shown(&self) -> String {
        match &self.rule {
            Rule::Eq(v) if self.object => {
                format!(
                    "{{\"{}\": \"{}\"}}",
                    self.written,
                    shown_value(&self.field, v)
                )
            }
            Rule::Eq(v) => format!(
                "[\"eq\", \"${}\", \"{}\"]",
                self.written,
                shown_value(&self.field, v)
            ),
            Rule::StartsWith(v) => format!(
                "[\"starts-with\", \"${}\", \"{}\"]",
                self.written,
                shown_value(&self.field, v)
            ),
            Rule::Range(a, b) => format!("[\"content-length-range\", {a}, {b}]"),
        }
    }
}

/// A field's value as evidence may show it: session tokens, signatures and credentials are
/// shortened here already (redaction runs again over the whole diagnosis).
fn shown_value(field: &str, value: &str) -> String {
    crate::redact::named(field, value)
}

/// A decoded POST policy.
#[derive(Debug, Default)]
struct Policy {
    expiration: Option<String>,
    conditions: Vec<Condition>,
    /// Conditions that are not of a shape S3 accepts: (1-based position, what is wrong).
    malformed: Vec<(usize, &'static str)>,
}

/// A number in a condition: JSON number or numeric string.
fn number(v: &Value) -> Option<u64> {
    v.as_text()?.trim().parse().ok()
}

/// One array condition: `["eq", "$key", "v"]`, `["starts-with", "$key", "v"]`,
/// `["content-length-range", 1, 2]`.
fn array_condition(items: &[Value]) -> Option<Condition> {
    let op = items.first()?.as_text()?.trim().to_ascii_lowercase();
    if items.len() != 3 {
        return None;
    }
    if op == "content-length-range" {
        let min = number(items.get(1)?)?;
        let max = number(items.get(2)?)?;
        return Some(Condition {
            field: "content-length".into(),
            written: "content-length".into(),
            rule: Rule::Range(min, max),
            object: false,
        });
    }
    let name = items.get(1)?.as_text()?.trim().strip_prefix('$')?;
    let value = match items.get(2)? {
        Value::Null => String::new(),
        v => v.as_text()?.to_string(),
    };
    let rule = match op.as_str() {
        "eq" => Rule::Eq(value),
        "starts-with" => Rule::StartsWith(value),
        _ => return None,
    };
    Some(Condition {
        field: name.to_ascii_lowercase(),
        written: name.to_string(),
        rule,
        object: false,
    })
}

/// Deepest nesting the strict JSON check follows.
const MAX_JSON_DEPTH: usize = 64;

/// Where strict JSON reading stopped: (byte offset, what is there).
type JsonError = (usize, &'static str);

fn ws(b: &[u8], i: &mut usize) {
    while matches!(b.get(*i), Some(b' ' | b'\t' | b'\r' | b'\n')) {
        *i += 1;
    }
}

fn json_string(b: &[u8], i: &mut usize) -> Result<(), JsonError> {
    let start = *i;
    *i += 1; // the opening quote
    loop {
        match b.get(*i) {
            None => return Err((start, "an unterminated string")),
            Some(b'"') => {
                *i += 1;
                return Ok(());
            }
            Some(b'\\') => match b.get(*i + 1) {
                Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => *i += 2,
                Some(b'u') => {
                    let hex = b.get(*i + 2..*i + 6).ok_or((*i, "a bad \\u escape"))?;
                    if !hex.iter().all(u8::is_ascii_hexdigit) {
                        return Err((*i, "a bad \\u escape"));
                    }
                    *i += 6;
                }
                _ => return Err((*i, "a bad escape")),
            },
            Some(c) if *c < 0x20 => return Err((*i, "a raw control character in a string")),
            Some(_) => *i += 1,
        }
    }
}

fn json_digits(b: &[u8], i: &mut usize) -> usize {
    let from = *i;
    while b.get(*i).is_some_and(u8::is_ascii_digit) {
        *i += 1;
    }
    *i - from
}

fn json_number(b: &[u8], i: &mut usize) -> Result<(), JsonError> {
    let start = *i;
    if b.get(*i) == Some(&b'-') {
        *i += 1;
    }
    let int_start = *i;
    let n = json_digits(b, i);
    if n == 0 || (n > 1 && b.get(int_start) == Some(&b'0')) {
        return Err((start, "a malformed number"));
    }
    if b.get(*i) == Some(&b'.') {
        *i += 1;
        if json_digits(b, i) == 0 {
            return Err((start, "a malformed number"));
        }
    }
    if matches!(b.get(*i), Some(b'e' | b'E')) {
        *i += 1;
        if matches!(b.get(*i), Some(b'+' | b'-')) {
            *i += 1;
        }
        if json_digits(b, i) == 0 {
            return Err((start, "a malformed number"));
        }
    }
    Ok(())
}

fn json_object(b: &[u8], i: &mut usize, depth: usize) -> Result<(), JsonError> {
    *i += 1;
    ws(b, i);
    if b.get(*i) == Some(&b'}') {
        *i += 1;
        return Ok(());
    }
    loop {
        ws(b, i);
        match b.get(*i) {
            Some(b'"') => json_string(b, i)?,
            Some(b'}') => return Err((*i, "a trailing comma")),
            Some(b'\'') => return Err((*i, "a single-quoted key")),
            Some(c) if c.is_ascii_alphabetic() || *c == b'_' || *c == b'$' => {
                return Err((*i, "an unquoted key"))
            }
            _ => return Err((*i, "a key that is not a string")),
        }
        ws(b, i);
        if b.get(*i..*i + 2) == Some(&b"=>"[..]) {
            return Err((*i, "`=>` (a Ruby hash) instead of `:`"));
        }
        if b.get(*i) != Some(&b':') {
            return Err((*i, "a missing `:`"));
        }
        *i += 1;
        ws(b, i);
        json_value(b, i, depth + 1)?;
        ws(b, i);
        match b.get(*i) {
            Some(b',') => *i += 1,
            Some(b'}') => {
                *i += 1;
                return Ok(());
            }
            _ => return Err((*i, "a missing `,` or `}`")),
        }
    }
}

fn json_array(b: &[u8], i: &mut usize, depth: usize) -> Result<(), JsonError> {
    *i += 1;
    ws(b, i);
    if b.get(*i) == Some(&b']') {
        *i += 1;
        return Ok(());
    }
    loop {
        ws(b, i);
        if b.get(*i) == Some(&b']') {
            return Err((*i, "a trailing comma"));
        }
        json_value(b, i, depth + 1)?;
        ws(b, i);
        match b.get(*i) {
            Some(b',') => *i += 1,
            Some(b']') => {
                *i += 1;
                return Ok(());
            }
            _ => return Err((*i, "a missing `,` or `]`")),
        }
    }
}

fn json_value(b: &[u8], i: &mut usize, depth: usize) -> Result<(), JsonError> {
    if depth > MAX_JSON_DEPTH {
        return Err((*i, "nesting too deep"));
    }
    match b.get(*i) {
        None => Err((*i, "the end of the text where a value should be")),
        Some(b'"') => json_string(b, i),
        Some(b'-' | b'0'..=b'9') => json_number(b, i),
        Some(b'\'') => Err((*i, "a single-quoted string")),
        Some(b'{') => json_object(b, i, depth),
        Some(b'[') => json_array(b, i, depth),
        Some(_) => {
            for word in [&b"true"[..], b"false", b"null"] {
                if b.get(*i..*i + word.len()) == Some(word) {
                    *i += word.len();
                    return Ok(());
                }
            }
            Err((*i, "an unexpected character"))
        }
    }
}

/// Where `s` first stops being strict JSON (RFC 8259): S3 reads a POST policy strictly, while
/// this crate's reader forgives single quotes, trailing commas and Ruby hashes.
fn strict_json_error(s: &str) -> Option<JsonError> {
    let b = s.as_bytes();
    let mut i = 0;
    ws(b, &mut i);
    if let Err(e) = json_value(b, &mut i, 0) {
        return Some(e);
    }
    ws(b, &mut i);
    (i < b.len()).then_some((i, "text after the end of the document"))
}

/// Decodes the `policy` field. `Err` says why it does not decode.
fn decode(field: &str) -> Result<Policy, String> {
    let raw = field.trim();
    if raw.is_empty() {
        return Err("is empty".into());
    }
    let bytes = base64_decode(raw).ok_or("is not base64")?;
    let text = String::from_utf8(bytes).map_err(|_| "decodes to bytes that are not UTF-8 text")?;
    if let Some((at, what)) = strict_json_error(&text) {
        let near: String = text.get(at..).unwrap_or("").chars().take(24).collect();
        return Err(format!(
            "decodes to text that is not valid JSON: {what} at byte {at} (`{near}`)"
        ));
    }
    let doc = loose::parse(&text).ok_or("decodes to text that is not JSON")?;
    if !doc.is_obj() {
        return Err("decodes to JSON that is not an object".into());
    }
    let mut policy = Policy {
        expiration: doc.text("expiration").map(str::to_string),
        ..Policy::default()
    };
    let Some(Value::Arr(conditions)) = doc.get("conditions") else {
        return Err("decodes to a document without a `conditions` array".into());
    };
    for (i, c) in conditions.iter().take(MAX_CONDITIONS).enumerate() {
        match c {
            Value::Obj(members) if !members.is_empty() => {
                for (k, v) in members {
                    match v.as_text() {
                        Some(v) => policy.conditions.push(Condition {
                            field: k.trim().trim_start_matches('$').to_ascii_lowercase(),
                            written: k.trim().trim_start_matches('$').to_string(),
                            rule: Rule::Eq(v.to_string()),
                            object: true,
                        }),
                        None => policy
                            .malformed
                            .push((i + 1, "has a value that is not a string")),
                    }
                }
            }
            Value::Arr(items) => match array_condition(items) {
                Some(cond) => policy.conditions.push(cond),
                None => policy.malformed.push((
                    i + 1,
                    "is not [\"eq\" | \"starts-with\", \"$field\", value] or [\"content-length-range\", min, max]",
                )),
            },
            _ => policy
                .malformed
                .push((i + 1, "is neither an object nor an array")),
        }
    }
    Ok(policy)
}

/// What the form (as the client describes it) breaks.
#[derive(Debug)]
enum Failure<'a> {
    /// The condition's field is not in the form.
    Missing(&'a Condition),
    /// The field is there with another value.
    Mismatch(&'a Condition, String),
    /// No `bucket` field, and the URL addresses another bucket than the policy names.
    WrongBucket(&'a Condition, String),
    /// The file is outside `content-length-range`: (condition, size, too large, size is the
    /// whole body).
    Size(&'a Condition, u64, bool, bool),
    /// A field no condition covers.
    Extra(&'a str),
}

/// Fields S3 never requires a condition for.
fn exempt(name: &str) -> bool {
    [
        "x-amz-signature",
        "signature",
        "awsaccesskeyid",
        "file",
        "policy",
    ]
    .iter()
    .any(|e| name.eq_ignore_ascii_case(e))
        || name
            .get(..9)
            .is_some_and(|p| p.eq_ignore_ascii_case("x-ignore-"))
}

/// The bucket the URL addresses (`bucket.s3….amazonaws.com/…` or path-style `host/bucket/…`).
fn url_bucket(url: &str) -> Option<&str> {
    let host = super::presign::host(url)?;
    let lower = host.to_ascii_lowercase();
    if let Some(i) = lower.index_of(".s3.").or_else(|| lower.index_of(".s3-")) {
        if lower.ends_with(".amazonaws.com") {
            return host.get(..i);
        }
    }
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.split_once('/')?.1;
    let first = path.split(['/', '?', '#']).next()?;
    (!first.is_empty()).then_some(first)
}

fn check<'a>(
    policy: &'a Policy,
    form: &'a [FormField],
    body_size: Option<u64>,
    url: Option<&str>,
) -> Vec<Failure<'a>> {
    let mut fields: BTreeMap<String, &FormField> = BTreeMap::new();
    for f in form.iter().take(MAX_FIELDS) {
        fields
            .entry(f.name.trim().to_ascii_lowercase())
            .or_insert(f);
    }
    let file = form.iter().find(|f| f.file.is_some());
    let file_name = file
        .and_then(|f| f.file.as_ref())
        .and_then(|i| i.name.as_deref());
    let mut failures = Vec::new();
    for cond in &policy.conditions {
        if let Rule::Range(min, max) = cond.rule {
            let (size, whole_body) = match file.and_then(|f| f.file.as_ref()).and_then(|i| i.size) {
                Some(s) => (s, false),
                None => match body_size {
                    Some(s) => (s, true),
                    None => continue,
                },
            };
            // The whole body includes the other fields: only "too small" is certain from it.
            if size < min {
                failures.push(Failure::Size(cond, size, false, whole_body));
            } else if size > max && !whole_body {
                failures.push(Failure::Size(cond, size, true, false));
            }
            continue;
        }
        let sent = fields.get(&cond.field).and_then(|f| f.value.as_deref());
        let sent = match (sent, cond.field.as_str()) {
            (Some(v), _) => v.to_string(),
            // S3 takes the bucket from the URL when the form has no bucket field.
            (None, "bucket") => {
                if let (Some(u), Some(b), Rule::Eq(want)) =
                    (url, url.and_then(url_bucket), &cond.rule)
                {
                    // A proxy may put a prefix before the bucket (`/s3/my-bucket/`).
                    let prefixed = u
                        .split(['?', '#'])
                        .next()
                        .unwrap_or("")
                        .split('/')
                        .skip(3)
                        .any(|seg| seg == want);
                    if b != want && !prefixed {
                        failures.push(Failure::WrongBucket(cond, b.to_string()));
                    }
                }
                continue;
            }
            (None, _) => {
                failures.push(Failure::Missing(cond));
                continue;
            }
        };
        // `${filename}` in the key is replaced by the file's name before the check.
        let sent = match (cond.field.as_str(), file_name) {
            ("key", Some(name)) if sent.has("${filename}") => sent.replace("${filename}", name),
            _ => sent,
        };
        let ok = match &cond.rule {
            Rule::Eq(v) => sent == *v,
            Rule::StartsWith(p) => sent.starts_with(p.as_str()),
            Rule::Range(..) => true,
        };
        if !ok {
            failures.push(Failure::Mismatch(cond, sent));
        }
    }
    // A handful of conditions: a scan, not a set (whose collect() would link a sort).
    let covered = |name: &str| policy.conditions.iter().any(|c| c.field == name);
    for (name, f) in &fields {
        if f.file.is_some() || exempt(name) || covered(name) {
            continue;
        }
        failures.push(Failure::Extra(f.name.trim()));
    }
    failures
}

fn python(ev: &Evidence<'_>) -> bool {
    ev.context
        .and_then(|c| c.sdk.as_deref())
        .is_some_and(|s| s.to_ascii_lowercase().has("boto"))
}

fn bytes(n: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    if n >= MIB && n % MIB == 0 {
        format!("{n} bytes ({} MiB)", n / MIB)
    } else if n >= KIB && n % KIB == 0 {
        format!("{n} bytes ({} KiB)", n / KIB)
    } else if n >= KIB {
        // One decimal, in integers (no float formatting machinery in the wasm).
        format!("{n} bytes ({})", super::size::short(n))
    } else {
        format!("{n} bytes")
    }
}

fn evidence(f: &Failure<'_>) -> String {
    match f {
        Failure::Missing(c) => match &c.rule {
            Rule::Eq(v) => format!("condition {} needs a field `{}` with the value `{v}`; the form has no `{}` field", c.shown(), c.written, c.written),
            Rule::StartsWith(p) if p.is_empty() => format!("condition {} needs a field `{}` (any value); the form has no `{}` field", c.shown(), c.written, c.written),
            _ => format!("condition {} needs a field `{}`; the form has no `{}` field", c.shown(), c.written, c.written),
        },
        Failure::Mismatch(c, sent) => format!(
            "condition {} fails: the form's `{}` is `{}`",
            c.shown(),
            c.written,
            shown_value(&c.field, sent)
        ),
        Failure::Size(c, size, large, whole) => {
            let what = if *whole { "the request body" } else { "the file" };
            let (min, max) = match c.rule {
                Rule::Range(a, b) => (a, b),
                _ => (0, 0),
            };
            if *large {
                format!("condition {} fails: {what} is {}, above the maximum {}", c.shown(), bytes(*size), bytes(max))
            } else {
                format!("condition {} fails: {what} is {}, below the minimum {}", c.shown(), bytes(*size), bytes(min))
            }
        }
        Failure::WrongBucket(c, bucket) => format!(
            "condition {} fails: the form is posted to bucket `{bucket}` (the request URL) and sends no `bucket` field",
            c.shown()
        ),
        Failure::Extra(name) => format!("the form sends `{name}`, which no condition of the policy covers: S3 rejects every field the policy does not name (except x-amz-signature, file, policy and x-ignore-*)"),
    }
}

/// The fix for the first failure: what to send, or what to sign instead.
fn fix_for(f: &Failure<'_>, py: bool, file_type: Option<&str>) -> Fix {
    let server = |fields: String, conditions: String| -> (&'static str, String) {
        if py {
            let fields = if fields.is_empty() {
                String::new()
            } else {
                format!("    Fields={{{fields}}},\n")
            };
            ("python", format!("post = s3.generate_presigned_post(\n    Bucket=bucket, Key=key,\n{fields}    Conditions=[{conditions}],\n    ExpiresIn=600,\n)\n# the browser sends every entry of post[\"fields\"], then the file, last"))
        } else {
            let fields = if fields.is_empty() {
                String::new()
            } else {
                format!(
                    "  Fields: {{ {fields} }}, // returned in `fields`: the browser sends them\n"
                )
            };
            ("js", format!("import {{ createPresignedPost }} from \"@aws-sdk/s3-presigned-post\";\nconst {{ url, fields }} = await createPresignedPost(s3, {{\n  Bucket, Key,\n{fields}  Conditions: [{conditions}],\n  Expires: 600,\n}});\n// browser: append every entry of `fields`, then the file, last"))
        }
    };
    match f {
        Failure::Missing(c) | Failure::Mismatch(c, _) if c.field == "content-length" => fix_text(
            "Remove the Content-Length condition from the policy",
            vec![
                "Content-Length is not a form field: the browser never sends one in the form, so a condition on `$Content-Length` always fails.".to_string(),
                "Limit the size with [\"content-length-range\", min, max] instead and sign a new policy.".to_string(),
            ],
            Some(server(String::new(), "[\"content-length-range\", 1, 10 * 1024 * 1024]".to_string())),
        ),
        Failure::Missing(c) | Failure::Mismatch(c, _) => {
            let (want, cond_py, cond_js) = match &c.rule {
                Rule::Eq(v) => (
                    format!("exactly `{v}`"),
                    format!("{{\"{}\": \"{v}\"}}", c.written),
                    format!("[\"eq\", \"${}\", \"{v}\"]", c.written),
                ),
                Rule::StartsWith(p) if p.is_empty() => (
                    "any value".to_string(),
                    format!("[\"starts-with\", \"${}\", \"\"]", c.written),
                    format!("[\"starts-with\", \"${}\", \"\"]", c.written),
                ),
                Rule::StartsWith(p) => (
                    format!("a value starting with `{p}`"),
                    format!("[\"starts-with\", \"${}\", \"{p}\"]", c.written),
                    format!("[\"starts-with\", \"${}\", \"{p}\"]", c.written),
                ),
                Rule::Range(..) => (String::new(), String::new(), String::new()),
            };
            let value = match &c.rule {
                Rule::Eq(v) => v.clone(),
                Rule::StartsWith(p) if c.field == "content-type" => {
                    file_type.filter(|t| t.starts_with(p.as_str())).unwrap_or(p).to_string()
                }
                Rule::StartsWith(p) => p.clone(),
                Rule::Range(..) => String::new(),
            };
            let mut steps = vec![
                format!("Send a form field `{}` with {want}, before the file field; the policy was signed with this condition and S3 checks it as written.", c.written),
                "Or change the condition on the server and sign a new policy; the Fields the server returns must satisfy its own Conditions.".to_string(),
            ];
            if c.field == "content-type" {
                steps.push("The file part's own Content-Type does not count: S3 checks a separate form field named Content-Type.".to_string());
            }
            let fields = format!("\"{}\": \"{value}\"", c.written);
            let (lang, code) = server(fields, if py { cond_py } else { cond_js });
            fix_text(
                format!("Send `{}` as the policy requires", c.written),
                steps,
                Some((lang, code)),
            )
        }
        Failure::Size(c, size, large, _) => {
            let (min, max) = match c.rule {
                Rule::Range(a, b) => (a, b),
                _ => (0, 0),
            };
            fix_text(
                if *large { "Upload a smaller file, or raise the policy's maximum" } else { "Upload a larger file, or lower the policy's minimum" },
                vec![
                    format!("The policy accepts files of {min} to {max} bytes; this one is {size} bytes. Check file.size in the page before asking for a form, and tell the user the limit."),
                    "If the limit is wrong, sign a new policy with another content-length-range on the server.".to_string(),
                ],
                Some(if py {
                    ("python", format!("Conditions=[[\"content-length-range\", {min}, {max}]]  # bytes"))
                } else {
                    let test = if min == 0 {
                        format!("file.size > {max}")
                    } else {
                        format!("file.size < {min} || file.size > {max}")
                    };
                    ("js", format!("// browser, before requesting the form\nif ({test}) throw new Error(\"file size out of range\");\n// server: Conditions: [[\"content-length-range\", {min}, {max}]] // bytes"))
                }),
            )
        }
        Failure::WrongBucket(c, bucket) => {
            let want = match &c.rule {
                Rule::Eq(v) => v.as_str(),
                _ => "",
            };
            fix_text(
                "Post the form to the bucket the policy was signed for",
                vec![
                    format!("The policy names bucket `{want}`, the form goes to `{bucket}`. Use the URL the presigner returned with the form fields, or sign the policy for `{bucket}`."),
                    "Presigners build the URL and the policy from the same Bucket parameter; a URL assembled separately (from another setting or environment) drifts from it.".to_string(),
                ],
                Some(if py {
                    ("python", format!("post = s3.generate_presigned_post(Bucket=\"{bucket}\", Key=key, ExpiresIn=600)\n# post the form to post[\"url\"]: it names the same bucket as the policy"))
                } else {
                    ("js", format!("// the URL and the policy come from the same Bucket: post the form to `url`\nconst {{ url, fields }} = await createPresignedPost(s3, {{ Bucket: \"{bucket}\", Key, Expires: 600 }});"))
                }),
            )
        }
        Failure::Extra(name) => fix_text(
            format!("Stop sending `{name}`, or cover it with a condition"),
            vec![
                format!("Remove the field `{name}` from the form (a library may add it: jQuery/XHR wrappers add x-requested-with, SDK helpers add bucket)."),
                format!("Or add a condition for it on the server, such as [\"starts-with\", \"${name}\", \"\"], and sign a new policy; fields named x-ignore-* need none."),
            ],
            Some(server(String::new(), format!("[\"starts-with\", \"${name}\", \"\"]"))),
        ),
    }
}

/// Fuzzing entry (feature `fuzzing`): decodes a `policy` field and checks a form against it;
/// returns how many conditions failed, or `None` when the field does not decode.
#[cfg(feature = "fuzzing")]
pub fn fuzz_policy(
    field: &str,
    form: &[FormField],
    body_size: Option<u64>,
    url: Option<&str>,
) -> Option<usize> {
    let policy = decode(field).ok()?;
    let failures = check(&policy, form, body_size, url);
    for f in &failures {
        let _ = evidence(f);
        let _ = fix_for(f, false, None);
    }
    Some(failures.len())
}

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let message = ev.parsed.message.as_deref().unwrap_or("");
    let lower = message.to_ascii_lowercase();
    let policy_message = lower.has("invalid according to policy");
    if policy_message {
        rule_out(
            d,
            CauseId::PermissionDenied,
            "the provider refused the form because of its POST policy, before any permission check",
        );
    }
    let ctx_form = ev.context.map(|c| c.form_fields.as_slice()).unwrap_or(&[]);
    let policy_field = ctx_form
        .iter()
        .find(|f| f.name.trim().eq_ignore_ascii_case("policy"))
        .and_then(|f| f.value.as_deref());
    from_message(d, ev, message);
    if let Some(field) = policy_field {
        with_policy(d, ev, field, ctx_form, &lower);
    }
    expiration_message(d, message);
    if lower.has("policy expired") {
        lower_cause(
            d,
            CauseId::PostPolicyCondition,
            0.2,
            "the provider's only complaint about the policy is its expiration",
        );
    }
}

/// "Invalid Policy: Invalid 'expiration' value: '2011-09-13T07:52:58+02:00'".
fn expiration_message(d: &mut Diagnosis, message: &str) {
    let Some(i) = message.index_of("Invalid 'expiration' value: '") else {
        return;
    };
    let value = message
        .get(i + "Invalid 'expiration' value: '".len()..)
        .and_then(|r| r.split('\'').next())
        .unwrap_or("");
    let utc = parse_time(value).and_then(iso);
    let evidence = match &utc {
        Some(z) => format!("the policy's expiration `{value}` is not in the form S3 reads: it must be UTC ISO 8601 ending in Z, here {z}"),
        None => format!("the policy's expiration `{value}` is not a UTC ISO 8601 time ending in Z"),
    };
    assert_cause(d, CauseId::PostPolicyInvalid, 0.9, evidence);
    add_fix(
        d,
        CauseId::PostPolicyInvalid,
        0.9,
        fix_text(
            "Write the expiration in UTC with a Z",
            vec![format!(
                "Format the expiration as YYYY-MM-DDThh:mm:ssZ (or with .sss milliseconds): {}.",
                utc.as_deref().unwrap_or("2011-09-13T05:52:58Z")
            )],
            Some(("js", "expiration: new Date(Date.now() + 10 * 60 * 1000).toISOString(), // \"2026-01-01T12:10:00.000Z\"".to_string())),
        ),
    );
}

/// No policy in the context: what S3's message says.
fn from_message(d: &mut Diagnosis, ev: &Evidence<'_>, message: &str) {
    let py = python(ev);
    if let Some(i) = message.index_of("Policy Condition failed:") {
        let quoted = message
            .get(i + "Policy Condition failed:".len()..)
            .unwrap_or("");
        // Pasted from a JS/JSON string: `[\"eq\", \"$Content-Type\", ...]`.
        let unescaped = quoted.replace("\\\"", "\"");
        let Some((Value::Arr(items), _)) = loose::parse_prefix(&unescaped) else {
            return;
        };
        let Some(cond) = array_condition(&items) else {
            return;
        };
        if matches!(cond.rule, Rule::Range(..)) {
            return;
        }
        add_fix(
            d,
            CauseId::PostPolicyCondition,
            0.95,
            fix_for(&Failure::Missing(&cond), py, None),
        );
        return;
    }
    if let Some(i) = message.index_of("Extra input fields:") {
        let rest = message.get(i + "Extra input fields:".len()..).unwrap_or("");
        let names: Vec<&str> = rest
            .split([',', ' ', '\n'])
            .map(|n| n.trim().trim_end_matches('.'))
            .filter(|n| !n.is_empty())
            .take(8)
            .collect();
        let Some(first) = names.first().copied() else {
            return;
        };
        assert_cause(
            d,
            CauseId::PostPolicyCondition,
            0.95,
            format!(
                "the provider names {} as form field(s) that no condition of the policy covers",
                names.join(", ")
            ),
        );
        add_fix(
            d,
            CauseId::PostPolicyCondition,
            0.95,
            fix_for(&Failure::Extra(first), py, None),
        );
    }
}

#[inline(never)] // out of line: see `rules::apply`
fn with_policy(
    d: &mut Diagnosis,
    ev: &Evidence<'_>,
    field: &str,
    form: &[FormField],
    lower_message: &str,
) {
    let mut text = field.trim();
    // A Python bytes repr (`b'eyJ…'`) sent as the value.
    if let Some(inner) = text.strip_prefix("b'").and_then(|t| t.strip_suffix('\'')) {
        assert_cause(
            d,
            CauseId::PostPolicyInvalid,
            0.6,
            "the `policy` field is written as b'…', a Python bytes repr: send the text itself (policy.decode())",
        );
        text = inner;
    }
    let policy = match decode(text) {
        Ok(p) => p,
        Err(why) => {
            let confidence = if ev.parsed.code.as_deref() == Some("InvalidPolicyDocument") {
                0.9
            } else {
                0.8
            };
            assert_cause(
                d,
                CauseId::PostPolicyInvalid,
                confidence,
                format!("the form's `policy` field {why}"),
            );
            add_fix(
                d,
                CauseId::PostPolicyInvalid,
                confidence,
                fix_text(
                    "Send the policy exactly as the server signed it",
                    policy_steps(&why),
                    None,
                ),
            );
            rule_out(
                d,
                CauseId::PostPolicyCondition,
                "the policy does not decode, so no condition in it could be checked",
            );
            return;
        }
    };
    if let Some((at, what)) = policy.malformed.first() {
        assert_cause(
            d,
            CauseId::PostPolicyInvalid,
            0.8,
            format!("condition #{at} of the decoded policy {what}"),
        );
    }
    expiration(d, ev, &policy, lower_message);

    let ctx = ev.context;
    let failures = check(
        &policy,
        form,
        ctx.and_then(|c| c.body_size),
        ctx.and_then(|c| c.url.as_deref()),
    );
    let says_policy = lower_message.has("invalid according to policy");
    let says_size = matches!(
        ev.parsed.code.as_deref(),
        Some("EntityTooLarge" | "EntityTooSmall")
    );
    if failures.is_empty() {
        let n = policy.conditions.len();
        if says_policy && !lower_message.has("policy expired") {
            assert_cause(
                d,
                CauseId::PostPolicyCondition,
                0.0,
                format!("the form as described meets all {n} conditions of the decoded policy: the form actually sent, or its policy field, differs from the one described"),
            );
        }
        if !says_policy && policy.malformed.is_empty() {
            rule_out(
                d,
                CauseId::PostPolicyCondition,
                format!("the form meets all {n} conditions of its policy and sends no field the policy does not cover"),
            );
        }
        if says_size {
            if let Some(range) = policy
                .conditions
                .iter()
                .find(|c| matches!(c.rule, Rule::Range(..)))
            {
                rule_out(
                    d,
                    CauseId::PostPolicyCondition,
                    format!("the file is within the policy's {}", range.shown()),
                );
            }
        }
        return;
    }
    let confidence = if says_policy || says_size { 0.95 } else { 0.85 };
    for f in failures.iter().take(MAX_REPORTED) {
        assert_cause(d, CauseId::PostPolicyCondition, confidence, evidence(f));
        match f {
            Failure::Size(_, _, large, _) => {
                let id = if *large {
                    CauseId::SizeTooLarge
                } else {
                    CauseId::SizeTooSmall
                };
                assert_cause(d, id, 0.9, evidence(f));
            }
            // post.rs already reports a missing key, policy or signature.
            Failure::Missing(c) if !matches!(c.field.as_str(), "content-length" | "key") => {
                assert_cause(
                    d,
                    CauseId::PostMissingField,
                    0.7,
                    format!(
                        "the policy requires the field `{}`, which the form does not send",
                        c.written
                    ),
                );
            }
            _ => {}
        }
    }
    if failures.len() > MAX_REPORTED {
        assert_cause(
            d,
            CauseId::PostPolicyCondition,
            confidence,
            format!(
                "{} more conditions or fields fail",
                failures.len() - MAX_REPORTED
            ),
        );
    }
    let py = python(ev);
    let file_type = form
        .iter()
        .find_map(|f| f.file.as_ref())
        .and_then(|i| i.mime_type.as_deref());
    if let Some(first) = failures.first() {
        add_fix(
            d,
            CauseId::PostPolicyCondition,
            confidence,
            fix_for(first, py, file_type),
        );
    }
    if let Some(size) = failures.iter().find(|f| matches!(f, Failure::Size(..))) {
        if let Failure::Size(_, _, large, _) = size {
            let id = if *large {
                CauseId::SizeTooLarge
            } else {
                CauseId::SizeTooSmall
            };
            add_fix(d, id, 0.9, fix_for(size, py, file_type));
        }
    }
    if has_cause(d, CauseId::PresignExpired) && !lower_message.has("expired") {
        lower_cause(d, CauseId::PresignExpired, 0.2, "");
    }
}

/// How to produce a policy S3 can read, for what `decode` found wrong.
fn policy_steps(why: &str) -> Vec<String> {
    let mut steps = vec![
        "The `policy` field must be the base64 of the JSON policy document, byte for byte the string that was signed.".to_string(),
        "Forward the value your server's presigner returned (fields.Policy / fields[\"policy\"]) without re-encoding, trimming or JSON-stringifying it.".to_string(),
    ];
    if why.has("Ruby hash") {
        steps.push("The document is a Ruby Hash#inspect: encode JSON instead, Base64.strict_encode64(policy.to_json), not policy.to_s.".to_string());
    } else if why.has("single-quoted") || why.has("unquoted key") {
        steps.push("The document is a Python or JavaScript literal, not JSON: encode it with json.dumps(policy) / JSON.stringify(policy).".to_string());
    } else if why.has("not base64") {
        steps.push("Use standard base64 of the UTF-8 JSON text (no line breaks are needed, no data: prefix, no URL-encoding left in).".to_string());
    }
    steps
}

fn expired_fix(late: &str, py: bool) -> Fix {
    fix_text(
        "Sign the POST policy when the upload starts",
        vec![
            format!("The policy had been expired for {late}: request the form from your server when the user starts the upload, not when the page loads."),
            "Compute the expiration from the signing server's current UTC time (now + a few minutes to an hour), with a synced clock.".to_string(),
        ],
        Some(if py {
            ("python", "post = s3.generate_presigned_post(Bucket=bucket, Key=key, ExpiresIn=600)  # seconds from now".to_string())
        } else {
            ("js", "const { url, fields } = await createPresignedPost(s3, { Bucket, Key, Expires: 600 }); // seconds from now".to_string())
        }),
    )
}

fn expiration(d: &mut Diagnosis, ev: &Evidence<'_>, policy: &Policy, lower_message: &str) {
    let Some(text) = policy.expiration.as_deref().map(str::trim) else {
        assert_cause(
            d,
            CauseId::PostPolicyInvalid,
            0.6,
            "the decoded policy has no `expiration`; S3 requires one",
        );
        return;
    };
    let Some(exp) = parse_time(text) else {
        assert_cause(
            d,
            CauseId::PostPolicyInvalid,
            0.8,
            format!("the policy's expiration `{text}` is not an ISO 8601 time"),
        );
        return;
    };
    if !text.ends_with('Z') && !text.ends_with('z') {
        assert_cause(
            d,
            CauseId::PostPolicyInvalid,
            0.7,
            format!(
                "the policy's expiration `{text}` is not in UTC: S3 wants it ending in Z ({})",
                iso(exp).unwrap_or_default()
            ),
        );
    }
    let says_expired = lower_message.has("policy expired");
    if let Some((now, shown)) = server_now(ev) {
        if now > exp {
            let late = duration(now.saturating_sub(exp).unsigned_abs());
            assert_cause(
                d,
                CauseId::PresignExpired,
                0.92,
                format!("the policy expired {late} before the server's time: expiration {text}, {shown}"),
            );
            add_fix(
                d,
                CauseId::PresignExpired,
                0.92,
                expired_fix(&late, python(ev)),
            );
            return;
        }
    }
    match sent_at(ev) {
        Some((sent, shown)) if sent > exp => {
            let late = duration(sent.saturating_sub(exp).unsigned_abs());
            assert_cause(
                d,
                CauseId::PresignExpired,
                0.9,
                format!("the policy had expired {late} before the form was sent: expiration {text}, {shown}"),
            );
            add_fix(d, CauseId::PresignExpired, 0.9, expired_fix(&late, python(ev)));
        }
        Some((sent, shown)) if says_expired => assert_cause(
            d,
            CauseId::TimeClockSkew,
            0.55,
            format!("by the client's clock the policy still had {} left (expiration {text}, {shown}), yet the provider says it has expired: that clock, or the clock of the server that wrote the expiration, is off", duration(exp.saturating_sub(sent).unsigned_abs())),
        ),
        Some((sent, shown)) => rule_out(
            d,
            CauseId::PresignExpired,
            format!("the policy was still valid: expiration {text}, {shown}, {} before it", duration(exp.saturating_sub(sent).unsigned_abs())),
        ),
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(s: &str) -> String {
        const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let b = s.as_bytes();
        let mut out = String::new();
        for chunk in b.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |acc, (i, &c)| acc | u32::from(c) << (16 - 8 * i));
            for i in 0..=chunk.len() {
                out.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            }
            for _ in chunk.len()..3 {
                out.push('=');
            }
        }
        out
    }

    #[test]
    fn base64_variants() {
        assert_eq!(base64_decode("aGVsbG8=").as_deref(), Some(&b"hello"[..]));
        assert_eq!(base64_decode("aGVsbG8").as_deref(), Some(&b"hello"[..]));
        assert_eq!(
            base64_decode(" aGVs\nbG8= ").as_deref(),
            Some(&b"hello"[..])
        );
        assert_eq!(base64_decode("").as_deref(), Some(&b""[..]));
        assert_eq!(
            base64_decode("-_-_").as_deref(),
            base64_decode("+/+/").as_deref()
        );
        assert_eq!(base64_decode("aGVsbG8=x"), None);
        assert_eq!(base64_decode("a"), None);
        assert_eq!(base64_decode("aGVsbG8*"), None);
        assert_eq!(base64_decode("é"), None);
        assert_eq!(
            base64_decode(&b64("{\"a\":1}")).as_deref(),
            Some(&b"{\"a\":1}"[..])
        );
    }

    #[test]
    fn decodes_real_policy() {
        // minio/minio#9382
        let p = decode("eyJleHBpcmF0aW9uIjoiMjAyMC0wNC0yMlQwODoyMjo1OC4wMDBaIiwiY29uZGl0aW9ucyI6W3siYnVja2V0IjoiZWxhcmkifSx7ImFjbCI6InB1YmxpYy1yZWFkIn0seyJ4LWFtei1jcmVkZW50aWFsIjoidW1lb3gvMjAyMDA0MTcvdXMtZWFzdC0xL3MzL2F3czRfcmVxdWVzdCJ9LHsieC1hbXotYWxnb3JpdGhtIjoiQVdTNC1ITUFDLVNIQTI1NiJ9LHsieC1hbXotZGF0ZSI6IjIwMjAwNDE3VDA4MjI1OFoifSx7InN1Y2Nlc3NfYWN0aW9uX3N0YXR1cyI6IjIwMCJ9LFsic3RhcnRzLXdpdGgiLCIka2V5IiwiIl1dfQ==").unwrap();
        assert_eq!(p.expiration.as_deref(), Some("2020-04-22T08:22:58.000Z"));
        assert_eq!(p.conditions.len(), 7);
        assert_eq!(p.conditions[1].shown(), "{\"acl\": \"public-read\"}");
        assert_eq!(p.conditions[6].shown(), "[\"starts-with\", \"$key\", \"\"]");
        assert!(p.malformed.is_empty());
    }

    #[test]
    fn invalid_policies() {
        assert_eq!(
            decode("not base64!").err().as_deref(),
            Some("is not base64")
        );
        assert_eq!(decode("  ").err().as_deref(), Some("is empty"));
        assert_eq!(
            decode(&b64("{\"expiration\": ")).err().as_deref(),
            Some("decodes to text that is not valid JSON: the end of the text where a value should be at byte 15 (``)")
        );
        let ruby = decode(&b64("{\"expiration\"=>\"2015-01-22T10:00:00Z\"}"))
            .err()
            .unwrap_or_default();
        assert!(
            ruby.contains("`=>` (a Ruby hash) instead of `:` at byte 13"),
            "{ruby}"
        );
        assert_eq!(
            decode(&b64("[1,2]")).err().as_deref(),
            Some("decodes to JSON that is not an object")
        );
        assert_eq!(
            decode(&b64("{\"expiration\":\"2030-01-01T00:00:00Z\"}"))
                .err()
                .as_deref(),
            Some("decodes to a document without a `conditions` array")
        );
        assert!(decode("//79").err().is_some()); // bytes that are not UTF-8
        let p = decode(&b64("{\"conditions\":[[\"eq\",\"key\",\"a\"],[\"in\",\"$key\",\"a\"],42,{\"acl\":[1]},[\"content-length-range\",\"x\",1]]}")).unwrap();
        assert!(p.conditions.is_empty());
        assert_eq!(p.malformed.len(), 5);
    }

    #[test]
    fn strict_json() {
        for ok in [
            "{}",
            "[]",
            " {\"a\": [1, -2.5e3, 0.5, true, false, null, \"x\\u00e9\\n\"]} ",
            "{\"conditions\":[[\"content-length-range\",0,10]]}",
        ] {
            assert_eq!(strict_json_error(ok), None, "{ok}");
        }
        let err = |s: &str| strict_json_error(s).map(|e| e.1);
        assert_eq!(err("{'a': 1}"), Some("a single-quoted key"));
        assert_eq!(err("{\"a\": 'b'}"), Some("a single-quoted string"));
        assert_eq!(err("{a: 1}"), Some("an unquoted key"));
        assert_eq!(err("{\"a\": 1,}"), Some("a trailing comma"));
        assert_eq!(err("[1, 2,]"), Some("a trailing comma"));
        assert_eq!(err("{\"a\" 1}"), Some("a missing `:`"));
        assert_eq!(err("{\"a\": 1 \"b\": 2}"), Some("a missing `,` or `}`"));
        assert_eq!(err("{\"a\": 01}"), Some("a malformed number"));
        assert_eq!(err("{\"a\": 1.}"), Some("a malformed number"));
        assert_eq!(err("{\"a\": \"x"), Some("an unterminated string"));
        assert_eq!(err("{\"a\": \"\\x\"}"), Some("a bad escape"));
        assert_eq!(err("{\"a\": \"\\u12\"}"), Some("a bad \\u escape"));
        assert_eq!(err("{\"a\": None}"), Some("an unexpected character"));
        assert_eq!(err("{} x"), Some("text after the end of the document"));
        assert_eq!(err(""), Some("the end of the text where a value should be"));
        assert_eq!(err(&"[".repeat(100_000)), Some("nesting too deep"));
        assert_eq!(
            err("{\"a\":\"\u{1}\"}"),
            Some("a raw control character in a string")
        );
        assert_eq!(err("{\"a\"=>1}"), Some("`=>` (a Ruby hash) instead of `:`"));
    }

    #[test]
    fn policy_without_conditions_leaves_every_field_extra() {
        let p = decode(&b64(
            "{\"expiration\":\"2030-01-01T00:00:00Z\",\"conditions\":[]}",
        ))
        .unwrap();
        let form = vec![
            FormField {
                name: "key".into(),
                value: Some("a".into()),
                file: None,
            },
            FormField {
                name: "policy".into(),
                value: Some("x".into()),
                file: None,
            },
            FormField {
                name: "x-ignore-me".into(),
                value: Some("1".into()),
                file: None,
            },
            FormField {
                name: "file".into(),
                value: None,
                file: Some(crate::context::FileInfo::default()),
            },
        ];
        let f = check(&p, &form, None, None);
        assert_eq!(f.len(), 1);
        assert!(matches!(f[0], Failure::Extra("key")));
    }

    #[test]
    fn conditions_checked() {
        let p = decode(&b64(r#"{"expiration":"2030-01-01T00:00:00Z","conditions":[{"bucket":"b"},["starts-with","$key","uploads/"],["eq","$Content-Type","image/png"],["content-length-range",10,100]]}"#)).unwrap();
        let file = |size| FormField {
            name: "file".into(),
            value: None,
            file: Some(crate::context::FileInfo {
                name: Some("a.png".into()),
                size: Some(size),
                mime_type: Some("image/png".into()),
            }),
        };
        let ok = vec![
            FormField {
                name: "key".into(),
                value: Some("uploads/${filename}".into()),
                file: None,
            },
            FormField {
                name: "content-type".into(),
                value: Some("image/png".into()),
                file: None,
            },
            file(50),
        ];
        assert!(check(&p, &ok, None, Some("https://b.s3.eu-west-1.amazonaws.com/")).is_empty());
        let bad = vec![
            FormField {
                name: "key".into(),
                value: Some("avatars/a.png".into()),
                file: None,
            },
            file(500),
        ];
        let f = check(&p, &bad, None, Some("https://minio.example.com/other/"));
        let shown: Vec<String> = f.iter().map(evidence).collect();
        assert_eq!(f.len(), 4, "{shown:?}");
        assert!(
            shown[0].contains("posted to bucket `other`"),
            "{}",
            shown[0]
        );
        assert!(shown[1].contains("`key` is `avatars/a.png`"));
        assert!(shown[2].contains("no `Content-Type` field"));
        assert!(shown[3].contains("500 bytes, above the maximum 100 bytes"));
        // A same-origin proxy that puts a prefix before the bucket: not a wrong bucket.
        let f = check(&p, &bad, None, Some("http://127.0.0.1:5173/s3/b/"));
        assert!(!f.iter().any(|f| matches!(f, Failure::WrongBucket(..))));
        // Only the whole body is known: too small is certain, too large is not.
        let body_only = vec![FormField {
            name: "key".into(),
            value: Some("uploads/x".into()),
            file: None,
        }];
        assert!(check(&p, &body_only, Some(5), None)
            .iter()
            .any(|f| matches!(f, Failure::Size(_, 5, false, true))));
        assert!(!check(&p, &body_only, Some(5000), None)
            .iter()
            .any(|f| matches!(f, Failure::Size(..))));
    }

    #[test]
    fn buckets_of_urls() {
        assert_eq!(
            url_bucket("https://my-bucket.s3.eu-west-1.amazonaws.com/"),
            Some("my-bucket")
        );
        assert_eq!(
            url_bucket("https://my-bucket.s3.amazonaws.com"),
            Some("my-bucket")
        );
        assert_eq!(
            url_bucket("https://s3.eu-west-1.amazonaws.com/my-bucket/"),
            Some("my-bucket")
        );
        assert_eq!(
            url_bucket("https://file.sw.elari.systems/elari"),
            Some("elari")
        );
        assert_eq!(url_bucket("https://example.com/"), None);
        assert_eq!(url_bucket(""), None);
    }

    #[test]
    fn sizes_for_people() {
        assert_eq!(bytes(10), "10 bytes");
        assert_eq!(bytes(1_048_576), "1048576 bytes (1 MiB)");
        assert_eq!(bytes(23_456), "23456 bytes (22.9 KiB)");
        assert_eq!(bytes(1_500_000), "1500000 bytes (1.4 MiB)");
        assert!(bytes(u64::MAX).starts_with("18446744073709551615 bytes"));
    }
}
