//! Amazon S3 and S3-compatible servers: the `<Error>` XML body, the `x-amz-error-code` header,
//! and the SDK exception strings people paste (boto3/botocore, Java SDK, Go SDK v2, JS SDK v3).
//!
//! Which S3 answered: `aws-s3` when the response carries AWS's marks (`Server: AmazonS3`,
//! `x-amz-id-2`, a `HostId`, an `amazonaws.com` endpoint in the body or the request URL), else
//! `s3-compatible`. Later provider files narrow `s3-compatible` down (MinIO, R2, B2, ...).

use crate::context::RequestContext;
use crate::diagnosis::BodyFormat;
use crate::ids::ProviderId;
use crate::input::loose::Value;
use crate::input::xml::XmlDoc;
use crate::input::Response;

use super::{context_host, without, Parsed, MAX_FIELDS};
use crate::search::SearchExt;

/// The typed view of an S3 error body: every element S3 documents for upload errors. Values are
/// kept as sent; sizes and skews are parsed into numbers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct S3Error {
    /// `Code`.
    pub code: Option<String>,
    /// `Message`.
    pub message: Option<String>,
    /// `RequestId`.
    pub request_id: Option<String>,
    /// `HostId` (extended request id).
    pub host_id: Option<String>,
    /// `Resource`.
    pub resource: Option<String>,
    /// `Key`.
    pub key: Option<String>,
    /// `BucketName`.
    pub bucket_name: Option<String>,
    /// `AWSAccessKeyId`.
    pub aws_access_key_id: Option<String>,
    /// `StringToSign`.
    pub string_to_sign: Option<String>,
    /// `StringToSignBytes` (hex).
    pub string_to_sign_bytes: Option<String>,
    /// `CanonicalRequest`.
    pub canonical_request: Option<String>,
    /// `CanonicalRequestBytes` (hex).
    pub canonical_request_bytes: Option<String>,
    /// `SignatureProvided`.
    pub signature_provided: Option<String>,
    /// `RequestTime`.
    pub request_time: Option<String>,
    /// `ServerTime`.
    pub server_time: Option<String>,
    /// `MaxAllowedSkewMilliseconds`.
    pub max_allowed_skew_ms: Option<u64>,
    /// `Expires`.
    pub expires: Option<String>,
    /// `X-Amz-Expires`.
    pub x_amz_expires: Option<String>,
    /// `Region`.
    pub region: Option<String>,
    /// `Endpoint`.
    pub endpoint: Option<String>,
    /// `Bucket`.
    pub bucket: Option<String>,
    /// `ProposedSize`.
    pub proposed_size: Option<u64>,
    /// `MaxSizeAllowed`.
    pub max_size_allowed: Option<u64>,
    /// `MinSizeAllowed`.
    pub min_size_allowed: Option<u64>,
    /// `ArgumentName`.
    pub argument_name: Option<String>,
    /// `ArgumentValue`.
    pub argument_value: Option<String>,
    /// `HeadersNotSigned`.
    pub headers_not_signed: Option<String>,
    /// `UploadId`.
    pub upload_id: Option<String>,
    /// `PartNumber`.
    pub part_number: Option<u64>,
    /// `ETag`.
    pub etag: Option<String>,
    /// `Condition`.
    pub condition: Option<String>,
}

impl S3Error {
    /// Reads the typed view from `(name, value)` pairs (a parsed body's fields plus its code and
    /// message).
    pub fn from_fields<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut e = S3Error::default();
        for (name, value) in pairs {
            let s = || Some(value.to_string());
            let n = || value.trim().parse::<u64>().ok();
            match name {
                "Code" => e.code = s(),
                "Message" => e.message = s(),
                "RequestId" => e.request_id = s(),
                "HostId" => e.host_id = s(),
                "Resource" => e.resource = s(),
                "Key" => e.key = s(),
                "BucketName" => e.bucket_name = s(),
                "AWSAccessKeyId" => e.aws_access_key_id = s(),
                "StringToSign" => e.string_to_sign = s(),
                "StringToSignBytes" => e.string_to_sign_bytes = s(),
                "CanonicalRequest" => e.canonical_request = s(),
                "CanonicalRequestBytes" => e.canonical_request_bytes = s(),
                "SignatureProvided" => e.signature_provided = s(),
                "RequestTime" => e.request_time = s(),
                "ServerTime" => e.server_time = s(),
                "MaxAllowedSkewMilliseconds" => e.max_allowed_skew_ms = n(),
                "Expires" => e.expires = s(),
                "X-Amz-Expires" => e.x_amz_expires = s(),
                "Region" => e.region = s(),
                "Endpoint" => e.endpoint = s(),
                "Bucket" => e.bucket = s(),
                "ProposedSize" => e.proposed_size = n(),
                "MaxSizeAllowed" => e.max_size_allowed = n(),
                "MinSizeAllowed" => e.min_size_allowed = n(),
                "ArgumentName" => e.argument_name = s(),
                "ArgumentValue" => e.argument_value = s(),
                "HeadersNotSigned" => e.headers_not_signed = s(),
                "UploadId" => e.upload_id = s(),
                "PartNumber" => e.part_number = n(),
                "ETag" => e.etag = s(),
                "Condition" => e.condition = s(),
                _ => {}
            }
        }
        e
    }

    /// The typed view of a parsed response.
    pub fn of(parsed: &Parsed) -> Self {
        let mut e =
            S3Error::from_fields(parsed.fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        e.code = parsed.code.clone();
        e.message = parsed.message.clone();
        e.request_id = parsed.request_id.clone();
        e
    }
}

/// Hosts of S3-compatible services that name them.
const COMPATIBLE_HOSTS: &[(&str, ProviderId)] = &[
    (".digitaloceanspaces.com", ProviderId::DigitaloceanSpaces),
    (".r2.cloudflarestorage.com", ProviderId::CloudflareR2),
    (".backblazeb2.com", ProviderId::BackblazeB2),
    (".wasabisys.com", ProviderId::Wasabi),
];

/// Text that only AWS's own S3 (or an AWS SDK talking to its default endpoint) produces.
const AWS_TEXT_MARKS: &[&str] = &[
    "s3.amazonaws.com",
    ".s3-",
    "://s3.",
    "Service: Amazon S3",
    "server: AmazonS3",
    "Server: AmazonS3",
    "x-amz-id-2:",
    "'x-amz-id-2':",
    "S3 Extended Request ID",
    "operation error S3:",
];

/// Wording only one S3-compatible service uses, wherever it appears in the response (an XML
/// message, an SDK exception, a log line). Checked after the request's host and before AWS's
/// marks: an AWS SDK talking to these services prints their words in its own exception format.
const COMPATIBLE_TEXT_MARKS: &[(&str, ProviderId)] = &[
    (
        "Presigned post requests are not yet implemented",
        ProviderId::CloudflareR2,
    ),
    ("Credential access key has length", ProviderId::CloudflareR2),
    // Backblaze B2's S3-compatible API: "Unsupported header 'x-amz-checksum-crc32' received
    // for this API call."
    ("received for this API call", ProviderId::BackblazeB2),
    // MinIO's own error codes (XMinioStorageFull, XMinioInvalidObjectName...) and headers.
    ("XMinio", ProviderId::Minio),
    ("x-minio-", ProviderId::Minio),
    // Garage's and Ceph RGW's logs and ids: S3-compatible servers with no provider id of their own.
    ("garage_api", ProviderId::S3Compatible),
    ("<RequestId>tx0", ProviderId::S3Compatible),
];

/// Messages MinIO words differently from AWS (AWS: "Access Denied", "...minimum allowed size");
/// with MinIO's `<Resource>` element they name MinIO. Servers derived from MinIO (RustFS) copy
/// them too, and are S3-compatible in the same way.
const MINIO_MESSAGES: &[&str] = &[
    "Your proposed upload is smaller than the minimum allowed object size.",
    "Your proposed upload exceeds the maximum allowed object size.",
    "Access Denied.",
];

/// Which service a `HostId` names: AWS's is base64 (mixed case, `+`, `/`, `=`); MinIO sends a
/// UUID, 64 hex digits or its old placeholder `3L137`; Ceph RGW `<zonegroup id>-default-default`.
fn host_id_kind(host_id: &str) -> Option<ProviderId> {
    let h = host_id.trim();
    if h.is_empty() {
        return None;
    }
    let hex = |s: &str| s.bytes().all(|b| b.is_ascii_hexdigit());
    let uuid = h.len() == 36
        && h.split('-').map(str::len).eq([8, 4, 4, 4, 12])
        && hex(&h.replace('-', ""));
    if uuid || (h.len() == 64 && hex(h)) || h == "3L137" {
        Some(ProviderId::Minio)
    } else if h.ends_with("-default") || h.bytes().all(|b| b.is_ascii_digit()) {
        // RGW's zonegroup, or a placeholder: not AWS, which sends base64.
        Some(ProviderId::S3Compatible)
    } else {
        Some(ProviderId::AwsS3)
    }
}

/// A named S3-compatible service by its own wording or ids in the response.
fn compatible_by_marks(
    head: &str,
    resp: &Response<'_>,
    doc: Option<&XmlDoc>,
) -> Option<ProviderId> {
    // R2's NotImplemented names the header and its value ("Header 'x-amz-checksum-crc32' with
    // value '...' not implemented"); AWS says "A header you provided implies functionality that
    // is not implemented".
    if let Some(i) = head.index_of("Header '") {
        let rest = head.get(i..).unwrap_or("");
        let line = rest.split('\n').next().unwrap_or(rest);
        if line.has("' with value") && line.has("not implemented") {
            return Some(ProviderId::CloudflareR2);
        }
    }
    if let Some((_, provider)) = COMPATIBLE_TEXT_MARKS
        .iter()
        .find(|(m, _)| resp.contains_in(head, m))
    {
        return Some(*provider);
    }
    if resp.headers.iter().any(|(k, _)| {
        k.get(..8)
            .is_some_and(|p| p.eq_ignore_ascii_case("x-minio-"))
    }) {
        return Some(ProviderId::Minio);
    }
    // Ceph RGW request ids: `tx000000000000000025424ca-00570d4891-c9fa396-default`.
    let rgw_id = |r: &str| r.trim().starts_with("tx0") && r.contains('-');
    if doc.and_then(|d| d.get("RequestId")).is_some_and(rgw_id) {
        return Some(ProviderId::S3Compatible);
    }
    let doc = doc?;
    let message = doc.get("Message").unwrap_or("").trim();
    (doc.get("Resource").is_some() && MINIO_MESSAGES.contains(&message))
        .then_some(ProviderId::Minio)
}

/// Which S3 answered: a named S3-compatible (by host or server), AWS (by its marks), else
/// `s3-compatible`. SDK exception strings with no endpoint of their own count as AWS: that is
/// where an AWS SDK sends requests unless told otherwise.
pub fn s3_provider(
    resp: &Response<'_>,
    ctx: Option<&RequestContext>,
    doc: Option<&XmlDoc>,
) -> ProviderId {
    let head = crate::input::cap_str(resp.text, 64 * 1024);
    let host = context_host(ctx);
    for (suffix, provider) in COMPATIBLE_HOSTS {
        if host.as_deref().is_some_and(|h| h.ends_with(suffix)) || resp.contains_in(head, suffix) {
            return *provider;
        }
    }
    if let Some(provider) = compatible_by_marks(head, resp, doc) {
        return provider;
    }
    // Ceph RGW request ids: `tx000000000000000025424ca-00570d4891-c9fa396-default`.
    if resp.contains_in(head, "x-amz-request-id: tx0")
        || resp
            .header("x-amz-request-id")
            .is_some_and(|r| r.starts_with("tx0"))
    {
        return ProviderId::S3Compatible;
    }
    if let Some(server) = resp.header("server") {
        if server.eq_ignore_ascii_case("AmazonS3") {
            return ProviderId::AwsS3;
        }
        if server.to_ascii_lowercase().starts_with("minio") {
            return ProviderId::Minio;
        }
        return ProviderId::S3Compatible;
    }
    if host
        .as_deref()
        .is_some_and(|h| h.ends_with(".amazonaws.com") || h == "amazonaws.com")
        || resp.header("x-amz-id-2").is_some()
        || AWS_TEXT_MARKS.iter().any(|m| resp.contains_in(head, m))
    {
        return ProviderId::AwsS3;
    }
    if let Some(kind) = doc.and_then(|d| d.get("HostId")).and_then(host_id_kind) {
        return kind;
    }
    if resp.format == BodyFormat::Text || resp.embedded {
        let sdk = [
            "An error occurred (",
            "A client error (",
            "AWS HTTP error",
            "Aws\\S3\\Exception",
            "S3Exception",
        ];
        if sdk.iter().any(|m| resp.contains_in(head, m))
            && !resp.contains_in(head, "--endpoint-url")
        {
            return ProviderId::AwsS3;
        }
    }
    ProviderId::S3Compatible
}

/// An S3-shaped XML error (`<Error><Code>…`).
pub fn from_xml(resp: &Response<'_>, ctx: Option<&RequestContext>, doc: XmlDoc) -> Option<Parsed> {
    if doc.root != "Error" || doc.get("Code").is_none() {
        return None;
    }
    let mut p = Parsed::new(s3_provider(resp, ctx, Some(&doc)), BodyFormat::Xml);
    p.code = doc.get("Code").map(str::to_string);
    p.message = doc.get("Message").map(str::to_string);
    p.request_id = doc
        .get("RequestId")
        .map(str::to_string)
        .or_else(|| resp.header("x-amz-request-id").map(str::to_string));
    p.fields = without(doc.fields, &["Code", "Message", "RequestId"]);
    Some(p)
}

/// An S3 error serialised as JSON or a Python/JS dump of the SDK's parsed error
/// (`{'Error': {'Code': 'AccessDenied', ...}, 'ResponseMetadata': {...}}`).
pub fn from_json(resp: &Response<'_>, ctx: Option<&RequestContext>, v: &Value) -> Option<Parsed> {
    // `{'Error': {...}}` (boto3), or a Node dump `{ StatusCode: 301, Headers: {...}, Body: { Error: {...} } }`.
    let body = ["Body", "body", "data"]
        .iter()
        .find_map(|k| v.get(k).filter(|b| b.get("Error").is_some()))
        .unwrap_or(v);
    let err = body.get("Error").filter(|e| e.is_obj())?;
    let code = err.text("Code")?;
    let mut p = Parsed::new(s3_provider(resp, ctx, None), resp.format);
    p.code = Some(code.to_string());
    p.message = err.text("Message").map(str::to_string);
    let meta = v.get("ResponseMetadata");
    p.request_id = meta.and_then(|m| m.text("RequestId")).map(str::to_string);
    p.body_status = meta
        .and_then(|m| m.status("HTTPStatusCode"))
        .or_else(|| v.status("StatusCode"))
        .or_else(|| v.status("statusCode"));
    if p.request_id.is_none() {
        p.request_id = err.text("RequestId").map(str::to_string);
    }
    let flat = v.flatten(MAX_FIELDS);
    // Fields of the error by their S3 names (`Key`, `Endpoint`...), the rest by path.
    p.fields = flat
        .into_iter()
        .filter_map(|(k, val)| {
            let short = k
                .strip_prefix("Body.Error.")
                .or_else(|| k.strip_prefix("body.Error."))
                .or_else(|| k.strip_prefix("data.Error."))
                .or_else(|| k.strip_prefix("Error."))
                .unwrap_or(&k);
            match short {
                "Code" | "Message" | "RequestId" => None,
                _ => Some((short.to_string(), val)),
            }
        })
        .collect();
    Some(p)
}

/// The exception strings SDKs print:
/// - boto3/botocore: `An error occurred (AccessDenied) when calling the PutObject operation: Access Denied`
/// - Java SDK: `... (Service: Amazon S3; Status Code: 403; Error Code: SignatureDoesNotMatch; Request ID: X; ...)`
/// - Go SDK v2: `operation error S3: PutObject, https response error StatusCode: 403, RequestID: X, HostID: Y, api error AccessDenied: Access Denied`
pub fn from_text(resp: &Response<'_>, ctx: Option<&RequestContext>) -> Option<Parsed> {
    let text = resp.text;
    let mut p = Parsed::new(s3_provider(resp, ctx, None), BodyFormat::Text);
    let botocore = text
        .index_of("An error occurred (")
        .map(|i| i + "An error occurred (".len())
        .or_else(|| {
            text.index_of("A client error (")
                .map(|i| i + "A client error (".len())
        });
    if let Some(start) = botocore {
        let rest = &text[start..];
        let end = rest.find(')')?;
        let code = &rest[..end];
        // With no error body, botocore puts the HTTP status where the code goes.
        // Old awscli says "Unknown" when there was no body to take a code from.
        match code.parse::<u16>() {
            Ok(status) if (100..=599).contains(&status) => p.body_status = Some(status),
            _ if code == "Unknown" => {}
            _ => p.code = Some(code.to_string()),
        }
        if p.body_status.is_none() {
            p.body_status = super::status_in_text(text);
        }
        let after = &rest[end..];
        if let Some(op) = after
            .strip_prefix(") when calling the ")
            .or_else(|| after.strip_prefix(") occurred when calling the "))
            .and_then(|s| s.split(" operation").next())
        {
            p.fields.push(("operation".into(), op.to_string()));
        }
        p.message = after.split_once(": ").map(|(_, m)| {
            first_line(m)
                .trim()
                .trim_end_matches(['"', '\''])
                .to_string()
        });
        return Some(p);
    }
    // S3's CORS refusal as the console or the docs quote it ("CORSResponse: This CORS request
    // is not allowed", "CORS Response: CORS is not enabled for this bucket").
    if let Some(i) = text
        .index_of("CORSResponse:")
        .or_else(|| text.index_of("CORS Response:"))
    {
        p.provider = ProviderId::AwsS3;
        p.message = Some(first_line(&text[i..]).trim().to_string());
        p.body_status = super::status_in_text(text);
        return Some(p);
    }
    if text.has("Error Code: ") && (text.has("Amazon S3") || text.has("Status Code: ")) {
        p.code = after_label(text, "Error Code: ");
        p.body_status = after_label(text, "Status Code: ").and_then(|s| s.parse().ok());
        p.request_id = after_label(text, "Request ID: ");
        if let Some(ext) = after_label(text, "S3 Extended Request ID: ") {
            p.fields.push(("HostId".into(), ext));
            p.provider = ProviderId::AwsS3;
        }
        p.message = text
            .index_of(" (Service: ")
            .map(|i| {
                first_line(text[..i].rsplit('\n').next().unwrap_or(""))
                    .trim()
                    .to_string()
            })
            .filter(|m| !m.is_empty());
        return p.code.is_some().then_some(p);
    }
    if let Some(p) = go_sdk(text, p.clone()) {
        return Some(p);
    }
    if let Some(p) = php_sdk(text, p.clone()) {
        return Some(p);
    }
    if let Some(p) = compatible_text(text, p.clone()) {
        return Some(p);
    }
    // A log that shows an S3 response without an error body (HEAD requests): the marks and
    // the status are all there is.
    if p.provider == ProviderId::AwsS3 {
        let head = crate::input::cap_str(text, 64 * 1024);
        if AWS_TEXT_MARKS.iter().any(|m| head.contains(m)) {
            p.body_status = super::status_in_text(text);
            return Some(p);
        }
    }
    None
}

/// Go SDK v2: `... https response error StatusCode: 403, RequestID: X, HostID: Y, api error AccessDenied: Access Denied`.
fn go_sdk(text: &str, mut p: Parsed) -> Option<Parsed> {
    if let Some(i) = text.index_of("api error ") {
        let rest = &text[i + "api error ".len()..];
        let (code, msg) = rest.split_once(':')?;
        if code.is_empty() || code.contains(char::is_whitespace) {
            return None;
        }
        p.code = Some(code.to_string());
        p.message = Some(first_line(msg).trim().to_string());
        p.body_status = after_label(text, "StatusCode: ").and_then(|s| s.parse().ok());
        p.request_id = after_label(text, "RequestID: ");
        if let Some(host) = after_label(text, "HostID: ") {
            p.fields.push(("HostId".into(), host));
            p.provider = ProviderId::AwsS3;
        }
        return Some(p);
    }
    None
}

/// AWS SDK for PHP's summary: `SignatureDoesNotMatch (client): The request signature ... - <body>`.
fn php_sdk(text: &str, mut p: Parsed) -> Option<Parsed> {
    let (at, marker) = [" (client): ", " (server): "]
        .iter()
        .find_map(|m| text.find(m).map(|i| (i, *m)))?;
    let code = text[..at]
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .next()?;
    if code.len() < 3 || !code.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    p.code = Some(code.to_string());
    let rest = first_line(&text[at + marker.len()..]);
    // "(client): - <body>": no message of its own, only the body after the dash.
    let message = rest.split(" - ").next().unwrap_or("").trim();
    let message = if message.starts_with('-') {
        ""
    } else {
        message
    };
    p.message = (!message.is_empty()).then(|| message.to_string());
    p.body_status = super::status_in_text(text);
    Some(p)
}

/// Whether `word` is a code of the S3 table, exactly as spelled there.
fn s3_code(word: &str) -> bool {
    word.len() >= 6 && crate::catalog::aws_s3::TABLE.iter().any(|e| e.code == word)
}

/// The text in double quotes after `label` (`message="..."`).
fn quoted_after<'t>(text: &'t str, label: &str) -> Option<&'t str> {
    let i = text.find(label)?;
    let rest = text.get(i + label.len()..)?;
    let end = rest.find('"')?;
    let v = rest[..end].trim();
    (!v.is_empty()).then_some(v)
}

/// Log lines and SDK dumps from the S3-compatible services that name themselves by their
/// wording, host or server logs (R2, B2, MinIO, Wasabi, Spaces, Garage), in the shapes no SDK
/// parser above reads: `InvalidArgument: Unsupported header ...`, `501: NotImplemented: Header
/// ...`, `Code="InvalidArgument" message="..."`, `Code:    InvalidAccessKeyId` / `Message: ...`,
/// Garage's `Response: error 400 Bad Request, <message>`, the MinIO client's `mc: <ERROR> ...`.
fn compatible_text(text: &str, mut p: Parsed) -> Option<Parsed> {
    if matches!(p.provider, ProviderId::AwsS3) {
        return None;
    }
    let head = crate::input::cap_str(text, 64 * 1024);
    let garage = head.has("garage_api");
    if p.provider == ProviderId::S3Compatible && !garage {
        return None;
    }
    let words = |line: &'_ str| -> Option<String> {
        line.split(|c: char| !c.is_ascii_alphanumeric())
            .find(|w| s3_code(w))
            .map(str::to_string)
    };
    let line = head
        .lines()
        .find(|l| {
            words(l).is_some()
                || [
                    "Response: error ",
                    "<ERROR>",
                    "not implemented",
                    "for this API call",
                ]
                .iter()
                .any(|m| l.contains(m))
        })
        .unwrap_or("");
    p.code = quoted_after(head, "Code=\"")
        .filter(|c| s3_code(c))
        .map(str::to_string)
        .or_else(|| after_label(head, "Code:").filter(|c| s3_code(c)))
        .or_else(|| words(line));
    p.message = quoted_after(head, "message=\"")
        .map(str::to_string)
        .or_else(|| after_label(head, "\nMessage:"))
        .or_else(|| {
            let code = p.code.as_deref()?;
            let i = line.find(code)?;
            let rest = line.get(i + code.len()..)?.strip_prefix(": ")?;
            Some(rest.trim().to_string())
        })
        .or_else(|| {
            let i = line
                .index_of("Response: error ")
                .map(|i| i + "Response: error ".len())
                .or_else(|| line.index_of("<ERROR>"))?;
            let rest = line.get(i..)?;
            // "400 Bad Request, Authorization header malformed, ..." → the message after the reason.
            let rest = rest
                .split_once(", ")
                .filter(|_| garage)
                .map_or(rest, |(_, m)| m);
            Some(rest.trim().to_string())
        })
        .or_else(|| {
            let line = line.trim();
            (!line.is_empty()).then(|| line.chars().take(500).collect())
        });
    p.body_status = super::status_in_text(head)
        .or_else(|| {
            let i = head.index_of("\"httpStatusCode\":")?;
            let digits: String = head[i + "\"httpStatusCode\":".len()..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            digits.parse().ok()
        })
        .or_else(|| {
            let digits = line.trim_start().get(..3)?;
            let n: u16 = digits.parse().ok()?;
            (line.trim_start().get(3..5) == Some(": ") && (400..=599).contains(&n)).then_some(n)
        })
        .or_else(|| {
            let i = line.index_of("Response: error ")?;
            line.get(i + "Response: error ".len()..)?
                .get(..3)?
                .parse()
                .ok()
        });
    (p.code.is_some() || p.message.is_some()).then_some(p)
}

fn first_line(s: &str) -> &str {
    s.split('\n').next().unwrap_or(s)
}

/// The value after `label` up to the next `;`, `,`, `)` or line end.
fn after_label(text: &str, label: &str) -> Option<String> {
    let i = text.find(label)?;
    let rest = &text[i + label.len()..];
    let end = rest.find([';', ',', ')', '\n']).unwrap_or(rest.len());
    let v = rest[..end].trim();
    (!v.is_empty()).then(|| v.to_string())
}
