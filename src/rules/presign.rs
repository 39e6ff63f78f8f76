//! Presigned URLs: the `X-Amz-*` (SigV4) and `AWSAccessKeyId`/`Expires`/`Signature` (SigV2)
//! parameters of the request URL.
//!
//! ## What it does
//! Reads the query string of the request URL and checks each parameter against the response and
//! the request context:
//! - expiry: `X-Amz-Date` + `X-Amz-Expires` (SigV2: the `Expires` epoch) against S3's clock
//!   (`ServerTime`, the response's `Date`) or the client's (`sentAt`) → `presign.expired`, or
//!   ruled out when the URL was still valid;
//! - `X-Amz-Expires` above 604800 s → `presign.expiry-too-long`;
//! - `x-amz-*` headers the client sent that `X-Amz-SignedHeaders` does not list →
//!   `signature.unsigned-header`;
//! - `x-amz-checksum-*` / `x-amz-sdk-checksum-algorithm` parameters (and headers) that newer SDKs
//!   add by default → `signature.sdk-checksum-default`, with the SDK setting that stops them;
//! - the region of the credential scope against the URL's host and the region S3 names →
//!   `endpoint.wrong-region`;
//! - temporary credentials (`X-Amz-Security-Token`, `ASIA…`) whose session ends before the URL
//!   does → `auth.token-expired`.
//!
//! ## Why
//! A presigned URL is a complete, self-describing request: the parameters say who signed it,
//! when, for how long, for which region and which headers. S3's answers (`AccessDenied`,
//! `SignatureDoesNotMatch`, `NotImplemented`...) rarely point at the parameter that is wrong, but
//! the URL itself usually does.
//!
//! ## Example
//! `…?X-Amz-Credential=AKIA…%2F20251210%2Fauto%2Fs3%2Faws4_request&X-Amz-Date=20251210T150231Z&
//! X-Amz-Expires=3600&X-Amz-SignedHeaders=host&x-amz-checksum-crc32=AAAAAA%3D%3D&
//! x-amz-sdk-checksum-algorithm=CRC32` with sdk `aws-sdk-js-v3@3.729.0` →
//! `signature.sdk-checksum-default`, evidence "the URL carries x-amz-checksum-crc32=AAAAAA==,
//! x-amz-sdk-checksum-algorithm=CRC32: AAAAAA== is the CRC32 of zero bytes…; aws-sdk-js-v3 adds
//! these checksums by default since 3.729.0", fix `requestChecksumCalculation: "WHEN_REQUIRED"`.

use super::post::percent_decode;
use super::timing::{duration, iso, parse_time, sent_at, server_now};
use super::{add_fix, assert_cause, fix_text, has_cause, lower_cause, rule_out, Evidence};
use crate::diagnosis::Diagnosis;
use crate::ids::CauseId;
use crate::redact;
use crate::search::SearchExt;

/// The SigV4 maximum for `X-Amz-Expires` (7 days).
const MAX_EXPIRES: u64 = 604_800;
/// The longest any temporary AWS credential lives (federation tokens, IAM user sessions).
const MAX_SESSION: u64 = 36 * 3600;
/// Most query parameters read from one URL.
const MAX_PARAMS: usize = 256;
/// The CRC32 of zero bytes, base64: what a presigner computes for a body it does not have.
const EMPTY_CRC32: &str = "AAAAAA==";

/// The presigning parameters of a URL's query string (names compared ignoring ASCII case, values
/// percent-decoded).
#[derive(Debug, Default)]
struct Presigned {
    algorithm: Option<String>,
    credential: Option<String>,
    date: Option<String>,
    expires: Option<String>,
    signed_headers: Option<String>,
    signature: bool,
    token: bool,
    v2_key: Option<String>,
    v2_expires: Option<String>,
    v2_signature: bool,
    /// `x-amz-checksum-*` and `x-amz-sdk-checksum-algorithm`, as (lower-case name, value).
    checksums: Vec<(String, String)>,
}

impl Presigned {
    fn sigv4(&self) -> bool {
        self.credential.is_some() || self.algorithm.is_some() || self.signature
    }

    fn sigv2(&self) -> bool {
        !self.sigv4() && (self.v2_signature || self.v2_key.is_some())
    }

    /// The credential scope: (access key id, region).
    fn scope(&self) -> Option<(&str, &str)> {
        let mut parts = self.credential.as_deref()?.split('/');
        let key = parts.next()?;
        let _date = parts.next()?;
        let region = parts.next()?;
        Some((key.trim(), region.trim()))
    }

    fn key_id(&self) -> Option<&str> {
        self.scope()
            .map(|(k, _)| k)
            .or(self.v2_key.as_deref())
            .filter(|k| !k.is_empty())
    }
}

fn parse_query(url: &str) -> Presigned {
    let mut p = Presigned::default();
    let Some((_, query)) = url.split_once('?') else {
        return p;
    };
    let query = query.split('#').next().unwrap_or("");
    for pair in query.split('&').take(MAX_PARAMS) {
        let (name, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let is = |n: &str| name.eq_ignore_ascii_case(n);
        let value = || percent_decode(raw);
        if is("X-Amz-Algorithm") {
            p.algorithm = Some(value());
        } else if is("X-Amz-Credential") {
            p.credential = Some(value());
        } else if is("X-Amz-Date") {
            p.date = Some(value());
        } else if is("X-Amz-Expires") {
            p.expires = Some(value());
        } else if is("X-Amz-SignedHeaders") {
            p.signed_headers = Some(value());
        } else if is("X-Amz-Signature") {
            p.signature = true;
        } else if is("X-Amz-Security-Token") {
            p.token = !raw.is_empty();
        } else if is("AWSAccessKeyId") {
            p.v2_key = Some(value());
        } else if is("Expires") {
            p.v2_expires = Some(value());
        } else if is("Signature") {
            p.v2_signature = true;
        } else if is("x-amz-sdk-checksum-algorithm")
            || name
                .get(..15)
                .is_some_and(|n| n.eq_ignore_ascii_case("x-amz-checksum-"))
        {
            p.checksums.push((name.to_ascii_lowercase(), value()));
        }
    }
    p
}

/// The host of a URL, without user info or port.
pub(crate) fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = authority.split(':').next()?;
    (!host.is_empty()).then_some(host)
}

/// `eu-west-1`, `us-gov-west-1`, `cn-north-1`, `ap-southeast-2`...
fn region_like(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    parts.len() >= 3
        && parts.len() <= 5
        && parts
            .first()
            .is_some_and(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_lowercase()))
        && parts
            .last()
            .is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The region an Amazon S3 host names: `bucket.s3.eu-west-1.amazonaws.com`,
/// `s3.eu-west-1.amazonaws.com`, `bucket.s3-eu-west-1.amazonaws.com`,
/// `bucket.s3.dualstack.eu-west-1.amazonaws.com`, access points. `None` for the global
/// `s3.amazonaws.com`, accelerate endpoints and other hosts.
fn host_region(host: &str) -> Option<String> {
    let host = host.to_ascii_lowercase();
    if !(host.ends_with(".amazonaws.com") || host.ends_with(".amazonaws.com.cn")) {
        return None;
    }
    let labels: Vec<&str> = host.split('.').collect();
    for (i, label) in labels.iter().enumerate() {
        if matches!(
            *label,
            "s3" | "s3-accesspoint" | "s3-fips" | "s3-object-lambda"
        ) {
            let next = labels
                .iter()
                .skip(i + 1)
                .find(|l| !matches!(**l, "dualstack" | "fips"))?;
            return region_like(next).then(|| (*next).to_string());
        }
        if let Some(r) = label.strip_prefix("s3-") {
            if r == "external-1" {
                return Some("us-east-1".to_string());
            }
            if region_like(r) {
                return Some(r.to_string());
            }
        }
    }
    None
}

/// The SDK that built the request, from the context's `sdk` (`aws-sdk-js-v3@3.729.0`,
/// `@aws-sdk/client-s3@3.730.0`, `boto3@1.36.2`, `botocore/1.36.0`, `aws-cli/2.23.0`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sdk {
    JsV3,
    Python,
    Cli,
    Other,
}

impl Sdk {
    /// The first version that adds checksums by default.
    fn default_checksums_since(self) -> Option<(u64, u64, u64)> {
        match self {
            Sdk::JsV3 => Some((3, 729, 0)),
            Sdk::Python => Some((1, 36, 0)),
            Sdk::Cli => Some((2, 23, 0)),
            Sdk::Other => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Sdk::JsV3 => "aws-sdk-js-v3",
            Sdk::Python => "boto3/botocore",
            Sdk::Cli => "AWS CLI v2",
            Sdk::Other => "the SDK",
        }
    }
}

/// Reads an SDK name and version: its family, and `(major, minor, patch)` when there is one.
fn parse_sdk(raw: &str) -> (Sdk, Option<(u64, u64, u64)>) {
    let lower = raw.to_ascii_lowercase();
    let family = if lower.has("client-s3") || lower.has("js-v3") || lower.has("@aws-sdk/") {
        Sdk::JsV3
    } else if lower.has("boto") {
        Sdk::Python
    } else if lower.has("aws-cli") {
        Sdk::Cli
    } else {
        Sdk::Other
    };
    // The version: the text after the last '@', '/' or space.
    let version = raw.trim().rsplit(['@', '/', ' ']).next().and_then(|v| {
        let mut it = v.trim_start_matches('v').split('.');
        let major = it.next()?.parse().ok()?;
        let minor = it.next().and_then(|m| m.parse().ok()).unwrap_or(0);
        let patch = it
            .next()
            .and_then(|p| {
                let end = p.bytes().take_while(u8::is_ascii_digit).count();
                p.get(..end)?.parse().ok()
            })
            .unwrap_or(0);
        Some((major, minor, patch))
    });
    (family, version)
}

/// A version as (major, minor, patch).
type Version = (u64, u64, u64);

fn sdk_of<'a>(ev: &Evidence<'a>) -> Option<(Sdk, Option<Version>, &'a str)> {
    let raw = ev.context?.sdk.as_deref()?.trim();
    let (family, version) = parse_sdk(raw);
    Some((family, version, raw))
}

fn python(ev: &Evidence<'_>) -> bool {
    matches!(sdk_of(ev), Some((Sdk::Python, _, _)))
}

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    checksum_in_message(d, ev);
    let Some(url) = ev.context.and_then(|c| c.url.as_deref()) else {
        return;
    };
    let p = parse_query(url);
    if !p.sigv4() && !p.sigv2() {
        if !p.checksums.is_empty() {
            sdk_checksums(d, ev, &p);
        }
        return;
    }
    presigned(d, ev, &p, url);
}

/// The rule for a presigned URL, out of line (see [`super::apply`]: a first call compiles only
/// what it calls).
#[inline(never)]
fn presigned(d: &mut Diagnosis, ev: &Evidence<'_>, p: &Presigned, url: &str) {
    not_a_form(d, ev);
    expiry(d, ev, p);
    expiry_too_long(d, ev, p);
    unsigned_headers(d, ev, p);
    sdk_checksums(d, ev, p);
    region(d, ev, p, url);
    token(d, ev, p);
}

/// A presigned PUT or GET carries no POST form, so no POST policy can have failed.
fn not_a_form(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let Some(ctx) = ev.context else {
        return;
    };
    let method = ctx.method.as_deref().unwrap_or("").trim();
    let not_post = ["PUT", "GET", "HEAD", "DELETE"]
        .iter()
        .any(|m| method.eq_ignore_ascii_case(m));
    if not_post && ctx.form_fields.is_empty() && !message_lower(ev).has("policy") {
        rule_out(
            d,
            CauseId::PostPolicyCondition,
            format!("the request is a {method} to a presigned URL, not a POST form: no POST policy is involved"),
        );
    }
}

fn code<'a>(ev: &Evidence<'a>) -> &'a str {
    ev.parsed.code.as_deref().unwrap_or("")
}

fn message_lower(ev: &Evidence<'_>) -> String {
    ev.parsed
        .message
        .as_deref()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// When the URL stops working, and how the evidence names it.
fn expires_at(p: &Presigned) -> Option<(i64, String)> {
    if p.sigv4() {
        let date_text = p.date.as_deref()?;
        let signed = parse_time(date_text)?;
        let secs: u64 = p.expires.as_deref()?.trim().parse().ok()?;
        let until = signed.checked_add(i64::try_from(secs).ok()?)?;
        let until_text = iso(until).unwrap_or_default();
        return Some((
            until,
            format!(
                "signed at X-Amz-Date {} for {} (X-Amz-Expires {secs}), valid until {until_text}",
                date_text.trim(),
                duration(secs)
            ),
        ));
    }
    let raw = p.v2_expires.as_deref()?.trim();
    let until: i64 = raw.parse().ok()?;
    let until_text = iso(until).unwrap_or_default();
    Some((
        until,
        format!("Expires={raw} (SigV2), valid until {until_text}"),
    ))
}

fn expiry(d: &mut Diagnosis, ev: &Evidence<'_>, p: &Presigned) {
    let Some((until, shown)) = expires_at(p) else {
        return;
    };
    let (now, now_shown) = match server_now(ev).or_else(|| sent_at(ev)) {
        Some(n) => n,
        None => return,
    };
    let msg = message_lower(ev);
    if now > until {
        assert_cause(
            d,
            CauseId::PresignExpired,
            0.92,
            format!(
                "the URL expired {} before it was used: {shown}; {now_shown}",
                duration(now.saturating_sub(until).unsigned_abs())
            ),
        );
        add_fix(
            d,
            CauseId::PresignExpired,
            0.92,
            fix_text(
                "Presign right before the upload, for long enough",
                vec![
                    format!("This URL lived {}; request a fresh one when the upload starts, not when the page loads.", p.expires.as_deref().and_then(|e| e.trim().parse::<u64>().ok()).map(duration).unwrap_or_else(|| "until the Expires time".to_string())),
                    "Give it enough time for the slowest upload (up to 604800 s), and retry a 403 once with a new URL.".to_string(),
                ],
                Some(expired_snippet(ev)),
            ),
        );
    } else if !msg.has("expired") {
        rule_out(
            d,
            CauseId::PresignExpired,
            format!(
                "the URL was still valid: {shown}; {now_shown}, {} before it expires",
                duration(until.saturating_sub(now).unsigned_abs())
            ),
        );
    }
}

/// A fresh URL for the same operation (GetObject for GET/HEAD, PutObject otherwise).
fn expired_snippet(ev: &Evidence<'_>) -> (&'static str, String) {
    let method = ev
        .context
        .and_then(|c| c.method.as_deref())
        .unwrap_or("PUT")
        .trim()
        .to_ascii_uppercase();
    let get = method == "GET" || method == "HEAD";
    if python(ev) {
        let op = if get { "get_object" } else { "put_object" };
        ("python", format!("# on your server, when the browser asks for it\nurl = s3.generate_presigned_url(\"{op}\", Params={{\"Bucket\": bucket, \"Key\": key}}, ExpiresIn=900)"))
    } else {
        let op = if get {
            "GetObjectCommand"
        } else {
            "PutObjectCommand"
        };
        ("js", format!("// on your server, when the browser asks for it\nconst url = await getSignedUrl(s3, new {op}({{ Bucket, Key }}), {{ expiresIn: 900 }});"))
    }
}

fn expiry_too_long(d: &mut Diagnosis, ev: &Evidence<'_>, p: &Presigned) {
    if !p.sigv4() {
        return;
    }
    let Some(raw) = p.expires.as_deref().map(str::trim) else {
        return;
    };
    let Ok(secs) = raw.parse::<u64>() else {
        return;
    };
    if secs > MAX_EXPIRES {
        assert_cause(
            d,
            CauseId::PresignExpiryTooLong,
            0.92,
            format!("X-Amz-Expires is {secs} s ({}); SigV4 presigned URLs last at most 604800 s (7 days)", duration(secs)),
        );
        add_fix(
            d,
            CauseId::PresignExpiryTooLong,
            0.92,
            fix_text(
                "Presign for 7 days at most",
                vec![
                    format!("Use an expiry of 604800 s or less instead of {secs} s; for uploads minutes are enough."),
                    "For links that must live longer, keep the object private and hand out a fresh URL on demand.".to_string(),
                ],
                Some(if python(ev) {
                    ("python", "url = s3.generate_presigned_url(\"put_object\", Params={\"Bucket\": bucket, \"Key\": key}, ExpiresIn=3600)  # <= 604800".to_string())
                } else {
                    ("js", "const url = await getSignedUrl(s3, command, { expiresIn: 3600 }); // seconds, <= 604800".to_string())
                }),
            ),
        );
    } else if !message_lower(ev).has("less than a week") {
        rule_out(
            d,
            CauseId::PresignExpiryTooLong,
            format!("X-Amz-Expires is {secs} s, within the 604800 s (7 days) SigV4 allows"),
        );
    }
}

fn unsigned_headers(d: &mut Diagnosis, ev: &Evidence<'_>, p: &Presigned) {
    let Some(ctx) = ev.context else {
        return;
    };
    let Some(signed) = p.signed_headers.as_deref() else {
        return;
    };
    if ctx.headers.is_empty() {
        return;
    }
    let signed_list: Vec<String> = signed
        .split(';')
        .map(|h| h.trim().to_ascii_lowercase())
        .filter(|h| !h.is_empty())
        .collect();
    let mut unsigned: Vec<&str> = Vec::new();
    let mut sent_amz: Vec<&str> = Vec::new();
    for name in ctx.headers.keys() {
        let n = name.trim();
        let is_amz = n
            .get(..6)
            .is_some_and(|pfx| pfx.eq_ignore_ascii_case("x-amz-"));
        if !is_amz || n.eq_ignore_ascii_case("x-amz-content-sha256") {
            continue;
        }
        sent_amz.push(n);
        if !signed_list.iter().any(|s| s.eq_ignore_ascii_case(n)) {
            unsigned.push(n);
        }
    }
    if let Some(first) = unsigned.first().copied() {
        let names = unsigned
            .iter()
            .take(8)
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        assert_cause(
            d,
            CauseId::SignatureUnsignedHeader,
            0.9,
            format!("the request sent {names}, but X-Amz-SignedHeaders is `{signed}`: S3 refuses x-amz-* headers a presigned URL does not sign"),
        );
        let lower_first = first.to_ascii_lowercase();
        add_fix(
            d,
            CauseId::SignatureUnsignedHeader,
            0.9,
            fix_text(
                format!("Stop sending {first}, or sign it into the URL"),
                vec![
                    format!("The URL signs only: {signed}. Every other x-amz-* header the browser adds makes S3 answer AccessDenied (HeadersNotSigned)."),
                    format!("Either remove {first} from the browser's request, or give its value to the presigner on the server and send exactly that value."),
                    "aws-sdk-js v3 moves x-amz-* values into the query string when presigning; to keep one as a signed header, list it in unhoistableHeaders.".to_string(),
                ],
                Some((
                    "js",
                    format!(
                        "// server: sign the header the browser will send\nconst url = await getSignedUrl(s3, command, {{\n  expiresIn: 600,\n  unhoistableHeaders: new Set([\"{lower_first}\"]),\n}});\n// browser: send it with the same value, or not at all"
                    ),
                )),
            ),
        );
    } else if !sent_amz.is_empty() && ev.parsed.field("HeadersNotSigned").is_none() {
        rule_out(
            d,
            CauseId::SignatureUnsignedHeader,
            format!(
                "every x-amz-* header sent ({}) is in X-Amz-SignedHeaders ({signed})",
                sent_amz
                    .iter()
                    .take(8)
                    .copied()
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
    }
}

/// A provider message or log line that names the checksum headers.
fn checksum_in_message(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let message = ev.parsed.message.as_deref().unwrap_or("");
    let text = if ev.parsed.code.is_none() {
        ev.response.text
    } else {
        message
    };
    let Some(name) = checksum_header_named(text) else {
        return;
    };
    if !(text.has_ignore_ascii_case("not implemented")
        || text.has_ignore_ascii_case("notimplemented")
        || text.has_ignore_ascii_case("not supported")
        || text.has_ignore_ascii_case("unsupported header"))
    {
        return;
    }
    assert_cause(
        d,
        CauseId::SignatureSdkChecksumDefault,
        0.85,
        format!("the provider refuses the header {name} (not implemented or unsupported there): newer AWS SDKs add it by default"),
    );
    add_fix(
        d,
        CauseId::SignatureSdkChecksumDefault,
        0.85,
        checksum_fix(ev, None),
    );
}

fn checksum_fix(ev: &Evidence<'_>, sdk_line: Option<String>) -> crate::diagnosis::Fix {
    let mut steps = Vec::with_capacity(4);
    if let Some(line) = sdk_line {
        steps.push(line);
    }
    steps.push("Set requestChecksumCalculation: \"WHEN_REQUIRED\" on the S3Client that signs (aws-sdk-js-v3 ≥ 3.729.0), or request_checksum_calculation=\"when_required\" in botocore's Config (boto3 ≥ 1.36); AWS_REQUEST_CHECKSUM_CALCULATION=WHEN_REQUIRED works for both.".to_string());
    steps.push(
        "Generate new URLs afterwards: URLs already issued keep the checksum parameters."
            .to_string(),
    );
    steps.push("Who rejects them: Cloudflare R2, older MinIO releases, Backblaze B2, Google Cloud Storage's S3 interoperability and many other S3-compatible servers; a presigned PutObject is signed without its body, so the checksum in the URL (AAAAAA==, the CRC32 of zero bytes) cannot match the file anyway.".to_string());
    let snippet = if python(ev) {
        (
            "python",
            "import boto3\nfrom botocore.config import Config\n\ns3 = boto3.client(\"s3\", config=Config(\n    request_checksum_calculation=\"when_required\",\n    response_checksum_validation=\"when_required\",\n))".to_string(),
        )
    } else {
        (
            "js",
            "const s3 = new S3Client({\n  region,\n  requestChecksumCalculation: \"WHEN_REQUIRED\",\n  responseChecksumValidation: \"WHEN_REQUIRED\",\n});\nconst url = await getSignedUrl(s3, new PutObjectCommand({ Bucket, Key }), { expiresIn: 600 });".to_string(),
        )
    };
    fix_text(
        "Stop the SDK from adding checksums by default",
        steps,
        Some(snippet),
    )
}

fn sdk_checksums(d: &mut Diagnosis, ev: &Evidence<'_>, p: &Presigned) {
    let headers: Vec<(&str, &str)> = ev
        .context
        .map(|c| {
            c.headers
                .iter()
                .filter(|(k, _)| {
                    let k = k.trim();
                    k.eq_ignore_ascii_case("x-amz-sdk-checksum-algorithm")
                        || k.get(..15)
                            .is_some_and(|n| n.eq_ignore_ascii_case("x-amz-checksum-"))
                })
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect()
        })
        .unwrap_or_default();
    let sdk = sdk_of(ev);
    let sdk_line = sdk.and_then(|(family, version, raw)| {
        let since = family.default_checksums_since()?;
        let v = version?;
        Some(if v >= since {
            format!("{raw}: {} adds these checksums by default since {}.{}.{}.", family.name(), since.0, since.1, since.2)
        } else {
            format!("{raw} is older than {}.{}.{}, so {} did not add them by default: the code asks for a checksum (ChecksumAlgorithm / ChecksumCRC32...).", since.0, since.1, since.2, family.name())
        })
    });
    let explicit = matches!(sdk, Some((family, Some(v), _)) if family.default_checksums_since().is_some_and(|s| v < s));

    if p.checksums.is_empty() && headers.is_empty() {
        // Nothing of the kind was sent: rule it out when the picture is complete.
        let presigned = p.signature || p.v2_signature;
        let headers_known = ev.context.is_some_and(|c| !c.headers.is_empty());
        let msg = message_lower(ev);
        let named = ev
            .parsed
            .field("HeadersNotSigned")
            .is_some_and(|h| h.to_ascii_lowercase().has("checksum"))
            || msg.has("x-amz-checksum")
            || msg.has("x-amz-sdk-checksum");
        // signature.rs reads an echoed StringToSign/CanonicalRequest more precisely.
        let echoed = ev.parsed.field("StringToSign").is_some()
            || ev.parsed.field("CanonicalRequest").is_some();
        if presigned && headers_known && !named && !echoed {
            rule_out(
                d,
                CauseId::SignatureSdkChecksumDefault,
                "the URL has no x-amz-checksum-* or x-amz-sdk-checksum-algorithm parameter and the request sent no checksum header",
            );
        }
        return;
    }

    let mut sent: Vec<String> = Vec::new();
    let mut empty_body = false;
    for (name, value) in p.checksums.iter().take(6) {
        empty_body |= value.trim() == EMPTY_CRC32;
        let mut s = String::with_capacity(name.len() + value.len() + 1);
        s.push_str(name);
        s.push('=');
        s.push_str(value.trim());
        sent.push(s);
    }
    let in_url = !sent.is_empty();
    for (name, _) in headers.iter().take(6) {
        let mut s = String::from("header ");
        s.push_str(name.trim());
        sent.push(s);
    }
    let mut evidence = if in_url {
        format!("the URL carries {}", sent.join(", "))
    } else {
        format!("the request sent {}", sent.join(", "))
    };
    if empty_body {
        evidence.push_str(": AAAAAA== is the CRC32 of zero bytes, computed when the URL was signed without the file, so it cannot match the upload");
    }
    if let Some(line) = &sdk_line {
        evidence.push_str("; ");
        evidence.push_str(line);
    }
    let aws = ev.parsed.provider == crate::ids::ProviderId::AwsS3;
    let mut confidence: f64 = match (empty_body, in_url) {
        (true, _) => 0.9,
        (false, true) => 0.75,
        (false, false) => 0.6,
    };
    if aws && !empty_body {
        confidence -= 0.15;
    }
    if explicit {
        confidence = confidence.min(0.5);
    }
    assert_cause(
        d,
        CauseId::SignatureSdkChecksumDefault,
        confidence,
        evidence,
    );
    // The fix repeats the SDK line only when the code asked for the checksum itself.
    let fix_line = if explicit { sdk_line } else { None };
    add_fix(
        d,
        CauseId::SignatureSdkChecksumDefault,
        confidence,
        checksum_fix(ev, fix_line),
    );
    if empty_body && has_cause(d, CauseId::IntegrityChecksumMismatch) {
        lower_cause(
            d,
            CauseId::IntegrityChecksumMismatch,
            0.5,
            "the expected checksum is the one of an empty body, baked into the URL by the SDK",
        );
    }
}

fn region(d: &mut Diagnosis, ev: &Evidence<'_>, p: &Presigned, url: &str) {
    let Some((_, scope)) = p.scope() else {
        return;
    };
    if scope.is_empty() {
        return;
    }
    let echoed = ev
        .parsed
        .field("Region")
        .map(str::trim)
        .or_else(|| ev.response.header("x-amz-bucket-region").map(str::trim))
        .filter(|r| !r.is_empty());
    let url_host = host(url);
    let from_host = url_host.and_then(host_region);
    let mut right: Option<String> = None;
    let named = super::messages::region_pair(ev.parsed.message.as_deref().unwrap_or(""));
    if let Some(r) = echoed.filter(|r| !r.eq_ignore_ascii_case(scope)) {
        // The message may already say it in these words ("the region 'x' is wrong; expecting 'y'").
        let said =
            named.is_some_and(|(w, e)| w.eq_ignore_ascii_case(scope) && e.eq_ignore_ascii_case(r));
        assert_cause(
            d,
            CauseId::EndpointWrongRegion,
            0.92,
            if said {
                String::new()
            } else {
                format!("the URL is signed for region '{scope}' (X-Amz-Credential) but the bucket is in '{r}' (named by the response)")
            },
        );
        right = Some(r.to_string());
    }
    if let Some(h) = from_host
        .as_deref()
        .filter(|h| !h.eq_ignore_ascii_case(scope))
    {
        assert_cause(
            d,
            CauseId::EndpointWrongRegion,
            0.85,
            format!(
                "the URL goes to the {h} endpoint ({}) but X-Amz-Credential is scoped to '{scope}': the signing client and the URL disagree on the region",
                url_host.unwrap_or("")
            ),
        );
        right = right
            .or_else(|| echoed.map(str::to_string))
            .or(Some(h.to_string()));
    }
    if let Some(region) = right {
        let snippet = if python(ev) {
            ("python", format!("s3 = boto3.client(\"s3\", region_name=\"{region}\",\n                  config=Config(signature_version=\"s3v4\"))\nurl = s3.generate_presigned_url(\"put_object\", Params={{\"Bucket\": bucket, \"Key\": key}}, ExpiresIn=900)"))
        } else {
            ("js", format!("const s3 = new S3Client({{ region: \"{region}\" }}); // the bucket's region\nconst url = await getSignedUrl(s3, new PutObjectCommand({{ Bucket, Key }}), {{ expiresIn: 900 }});\n// → https://BUCKET.s3.{region}.amazonaws.com/KEY?…X-Amz-Credential=…/{region}/s3/aws4_request…"))
        };
        add_fix(
            d,
            CauseId::EndpointWrongRegion,
            0.85,
            fix_text(
                format!("Presign with region {region}"),
                vec![
                    format!("Configure the client that presigns (your server) with region \"{region}\" and let it build the URL: host and credential scope then agree."),
                    format!("Check with `aws s3api get-bucket-location --bucket <bucket>`; the URL should start with https://<bucket>.s3.{region}.amazonaws.com/."),
                ],
                Some(snippet),
            ),
        );
        return;
    }
    // Scope, host and (when named) the response agree: the region is not the problem.
    if let Some(h) = from_host {
        if named.is_none() && h.eq_ignore_ascii_case(scope) {
            rule_out(
                d,
                CauseId::EndpointWrongRegion,
                format!(
                    "X-Amz-Credential is scoped to '{scope}', the region of the URL's host {}",
                    url_host.unwrap_or("")
                ),
            );
        }
    }
}

fn token(d: &mut Diagnosis, ev: &Evidence<'_>, p: &Presigned) {
    let code = code(ev);
    let key = p.key_id();
    let temporary = key.is_some_and(super::temporary_key);
    let shown = key.map(redact::key_id).unwrap_or_default();
    let used_after = p
        .date
        .as_deref()
        .and_then(parse_time)
        .zip(sent_at(ev))
        .map(|(signed, (sent, _))| sent.saturating_sub(signed));
    let used = used_after
        .filter(|s| *s > 0)
        .map(|s| format!("; it was used {} after signing", duration(s.unsigned_abs())))
        .unwrap_or_default();
    if p.token && matches!(code, "ExpiredToken" | "TokenRefreshRequired") {
        assert_cause(
            d,
            CauseId::AuthTokenExpired,
            0.92,
            format!("the URL carries a session token (X-Amz-Security-Token), so it was signed with temporary credentials ({shown}), and S3 says their session has ended; the URL stops working with them, whatever X-Amz-Expires says{used}"),
        );
        add_fix(d, CauseId::AuthTokenExpired, 0.92, session_fix(ev));
        return;
    }
    if p.token && code == "InvalidToken" {
        assert_cause(
            d,
            CauseId::AuthTokenExpired,
            0.25,
            format!("the URL carries a session token (X-Amz-Security-Token) for {shown}; a token from an ended or rotated session can also be reported as invalid{used}"),
        );
        return;
    }
    let expires = p
        .expires
        .as_deref()
        .and_then(|e| e.trim().parse::<u64>().ok());
    let auth_error = matches!(
        code,
        "AccessDenied"
            | "ExpiredToken"
            | "InvalidToken"
            | "TokenRefreshRequired"
            | "InvalidAccessKeyId"
    );
    if temporary && auth_error {
        if let Some(secs) = expires.filter(|s| *s > MAX_SESSION) {
            assert_cause(
                d,
                CauseId::AuthTokenExpired,
                0.3,
                format!("possible: the URL was signed with temporary credentials ({shown}) for X-Amz-Expires {secs} s ({}), longer than temporary credentials live (36 h at most, role sessions 1–12 h), so it stops working when the session ends{used}", duration(secs)),
            );
            add_fix(d, CauseId::AuthTokenExpired, 0.3, session_fix(ev));
        } else if used_after.is_some_and(|s| s > 3600) {
            assert_cause(
                d,
                CauseId::AuthTokenExpired,
                0.25,
                format!("possible: the URL was signed with temporary credentials ({shown}){used}, longer than many role sessions (1 h by default)"),
            );
        }
    } else if key.is_some_and(|k| k.starts_with("AKIA")) && !p.token && code == "AccessDenied" {
        rule_out(
            d,
            CauseId::AuthTokenExpired,
            format!("the URL is signed with a long-term access key ({shown}) and carries no session token"),
        );
    }
}

fn session_fix(ev: &Evidence<'_>) -> crate::diagnosis::Fix {
    fix_text(
        "Sign with credentials that outlive the URL",
        vec![
            "A presigned URL is only valid while the credentials that signed it are: with a role (Lambda, ECS, EC2, SSO, Cognito) that is the session's lifetime, often 1 h, never more than 36 h.".to_string(),
            "Keep the URL's lifetime below the remaining lifetime of the session, and presign on demand instead of storing URLs.".to_string(),
            "For links that must last days, sign with a dedicated IAM user's long-term key (AKIA…) kept on the server, or serve the file through CloudFront signed URLs.".to_string(),
        ],
        Some(if python(ev) {
            ("python", "# presign when the user asks, for minutes, with fresh role credentials\nurl = boto3.client(\"s3\").generate_presigned_url(\"get_object\", Params={\"Bucket\": bucket, \"Key\": key}, ExpiresIn=900)".to_string())
        } else {
            ("js", "// presign when the user asks, for minutes; the default provider refreshes role credentials\nconst url = await getSignedUrl(new S3Client({ region }), command, { expiresIn: 900 });".to_string())
        }),
    )
}

/// The first checksum header a text names (`x-amz-checksum-crc32`, `x-amz-sdk-checksum-algorithm`),
/// as written there: a provider's message refusing it, or a log line.
pub(super) fn checksum_header_named(text: &str) -> Option<String> {
    let at = text
        .index_of_ignore_ascii_case("x-amz-checksum-")
        .or_else(|| text.index_of_ignore_ascii_case("x-amz-sdk-checksum-algorithm"))?;
    Some(
        text.get(at..)
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .take(64)
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_sigv4_parameters() {
        let p = parse_query("https://b.s3.eu-west-1.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20250101%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20250101T000000Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host%3Bx-amz-acl&X-Amz-Signature=abc&x-amz-checksum-crc32=AAAAAA%3D%3D&x-amz-sdk-checksum-algorithm=CRC32#frag");
        assert!(p.sigv4() && !p.sigv2());
        assert_eq!(p.scope(), Some(("AKIAIOSFODNN7EXAMPLE", "eu-west-1")));
        assert_eq!(p.signed_headers.as_deref(), Some("host;x-amz-acl"));
        assert_eq!(p.checksums.len(), 2);
        assert_eq!(p.checksums[0].1, "AAAAAA==");
        assert_eq!(expires_at(&p).map(|e| e.0), parse_time("20250101T000500Z"));
    }

    #[test]
    fn reads_sigv2_parameters() {
        let p = parse_query("https://bucket.s3.amazonaws.com/k?uploadId=X&AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Signature=w2us&Expires=1642761261");
        assert!(p.sigv2());
        assert_eq!(p.key_id(), Some("AKIAIOSFODNN7EXAMPLE"));
        assert_eq!(expires_at(&p).map(|e| e.0), Some(1_642_761_261));
    }

    #[test]
    fn odd_queries_do_not_panic() {
        for url in ["", "?", "?&&&=", "https://x/?X-Amz-Expires=99999999999999999999999&X-Amz-Date=20250101T000000Z&X-Amz-Signature", "https://x/?X-Amz-Credential=%", "https://x/?X-Amz-Date=%E2%82&X-Amz-Expires=-5&X-Amz-Signature=1", "?x-amz-checksum-\u{e9}=1"] {
            let p = parse_query(url);
            let _ = expires_at(&p);
            let _ = p.scope();
        }
        let p = parse_query("https://x/?X-Amz-Date=99991231T235959Z&X-Amz-Expires=18446744073709551615&X-Amz-Signature=1");
        assert!(expires_at(&p).is_none());
        let p = parse_query(
            "https://x/?X-Amz-Date=99991231T235959Z&X-Amz-Expires=604800&X-Amz-Signature=1",
        );
        assert!(expires_at(&p).is_some());
    }

    #[test]
    fn regions_of_hosts() {
        let r = |h: &str| host_region(h);
        assert_eq!(
            r("bucket.s3.eu-west-1.amazonaws.com").as_deref(),
            Some("eu-west-1")
        );
        assert_eq!(
            r("s3.eu-west-1.amazonaws.com").as_deref(),
            Some("eu-west-1")
        );
        assert_eq!(
            r("bucket.s3-eu-west-1.amazonaws.com").as_deref(),
            Some("eu-west-1")
        );
        assert_eq!(
            r("s3-us-gov-west-1.amazonaws.com").as_deref(),
            Some("us-gov-west-1")
        );
        assert_eq!(
            r("b.s3.dualstack.ap-southeast-2.amazonaws.com").as_deref(),
            Some("ap-southeast-2")
        );
        assert_eq!(
            r("b.s3.cn-north-1.amazonaws.com.cn").as_deref(),
            Some("cn-north-1")
        );
        assert_eq!(
            r("ap-111122223333.s3-accesspoint.us-west-2.amazonaws.com").as_deref(),
            Some("us-west-2")
        );
        assert_eq!(
            r("b.s3-external-1.amazonaws.com").as_deref(),
            Some("us-east-1")
        );
        assert_eq!(r("bucket.s3.amazonaws.com"), None);
        assert_eq!(r("s3.amazonaws.com"), None);
        assert_eq!(r("b.s3-accelerate.amazonaws.com"), None);
        assert_eq!(r("acct.r2.cloudflarestorage.com"), None);
        assert_eq!(r("s3.eu-west-1.example.com"), None);
        assert_eq!(
            host("https://user:pw@Bucket.S3.eu-west-1.amazonaws.com:443/k?x=1"),
            Some("Bucket.S3.eu-west-1.amazonaws.com")
        );
        assert_eq!(host("https://"), None);
    }

    #[test]
    fn sdk_versions() {
        assert_eq!(
            parse_sdk("aws-sdk-js-v3@3.729.0"),
            (Sdk::JsV3, Some((3, 729, 0)))
        );
        assert_eq!(
            parse_sdk("@aws-sdk/client-s3@3.730.1"),
            (Sdk::JsV3, Some((3, 730, 1)))
        );
        assert_eq!(parse_sdk("boto3@1.36.2"), (Sdk::Python, Some((1, 36, 2))));
        assert_eq!(
            parse_sdk("Botocore/1.35.99"),
            (Sdk::Python, Some((1, 35, 99)))
        );
        assert_eq!(parse_sdk("aws-cli/2.23.0"), (Sdk::Cli, Some((2, 23, 0))));
        assert_eq!(
            parse_sdk("boto3 1.36.0rc1"),
            (Sdk::Python, Some((1, 36, 0)))
        );
        assert_eq!(parse_sdk("aws-sdk-js-v3"), (Sdk::JsV3, None));
        assert_eq!(parse_sdk("minio-js@8"), (Sdk::Other, Some((8, 0, 0))));
        assert_eq!(parse_sdk(""), (Sdk::Other, None));
        assert!(Some((3, 729, 0)) >= Sdk::JsV3.default_checksums_since());
        assert!(Some((3, 728, 9)) < Sdk::JsV3.default_checksums_since());
    }
}
