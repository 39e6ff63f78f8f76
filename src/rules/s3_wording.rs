//! S3's own wording and echoed elements that settle what a generic code means.
//!
//! ## What it does
//! Reads the elements S3 adds to an error (`HeadersNotSigned`, `Header`, `ArgumentName`,
//! `ResourceType`) and the wording of messages that reuse a generic code, and names the precise
//! cause; for S3 responses without any code (HEAD requests have no body) it reads the status the
//! way S3 means it.
//!
//! ## Why
//! `AccessDenied` is also S3's answer to unsigned `x-amz-*` headers; `NotImplemented` with
//! `<Header>Transfer-Encoding</Header>` means a chunked upload without Content-Length; a HEAD for
//! a missing key answers 404 with no body — or 403 when the caller may not list the bucket.
//!
//! ## Example
//! `<Code>AccessDenied</Code><Message>There were headers present in the request which were not
//! signed</Message><HeadersNotSigned>x-amz-acl</HeadersNotSigned>` → `signature.unsigned-header`.

use super::{assert_cause, rule_out, s3_family, Evidence};
use crate::diagnosis::Diagnosis;
use crate::ids::{CauseId, ProviderId};
use crate::search::SearchExt;

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    if !s3_family(ev.parsed.provider) {
        return;
    }
    s3_family_wording(d, ev);
}

/// The rule past its guard, out of line (see [`super::apply`]: a first call compiles only what
/// it calls).
#[inline(never)]
fn s3_family_wording(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let parsed = ev.parsed;
    let code = parsed.code.as_deref().unwrap_or("");
    let message = parsed.message.as_deref().unwrap_or("");
    let lower = message.to_ascii_lowercase();

    if let Some(headers) = parsed.field("HeadersNotSigned") {
        assert_cause(
            d,
            CauseId::SignatureUnsignedHeader,
            0.95,
            format!("S3 lists headers that were sent but not signed: {headers}"),
        );
        rule_out(
            d,
            CauseId::PermissionDenied,
            "S3 names unsigned headers, not a missing permission",
        );
    } else if lower.has("headers present in the request which were not signed") {
        assert_cause(
            d,
            CauseId::SignatureUnsignedHeader,
            0.9,
            "S3 says some headers were not signed",
        );
        rule_out(
            d,
            CauseId::PermissionDenied,
            "S3 names unsigned headers, not a missing permission",
        );
    }

    if code == "NotImplemented" {
        if let Some(header) = parsed.field("Header") {
            if header.eq_ignore_ascii_case("Transfer-Encoding") {
                assert_cause(
                    d,
                    CauseId::SizeContentLengthMissing,
                    0.9,
                    "S3 names the Transfer-Encoding header: a chunked upload without Content-Length, which S3 does not accept",
                );
            } else {
                assert_cause(
                    d,
                    CauseId::ProviderNotImplemented,
                    0.85,
                    format!("the provider does not implement what the `{header}` header asks for"),
                );
            }
        }
    }

    if code == "InvalidArgument" {
        if let (Some(name), value) = (parsed.field("ArgumentName"), parsed.field("ArgumentValue")) {
            let mentions_key = lower.has("field named 'key'");
            if !mentions_key {
                assert_cause(
                    d,
                    CauseId::RequestInvalid,
                    0.85,
                    format!(
                        "S3 rejects the value of `{name}`{}",
                        value.map(|v| format!(" (`{v}`)")).unwrap_or_default()
                    ),
                );
                if !name.eq_ignore_ascii_case("key") {
                    rule_out(
                        d,
                        CauseId::PostFieldOrder,
                        format!("the argument S3 rejects is `{name}`"),
                    );
                }
            }
        }
    }

    if code == "MethodNotAllowed"
        && parsed
            .field("ResourceType")
            .is_some_and(|t| t.eq_ignore_ascii_case("SERVICE"))
    {
        assert_cause(
            d,
            CauseId::EndpointWrongHost,
            0.85,
            "S3 says the request addressed the service itself (ResourceType SERVICE): the URL names no bucket",
        );
    }

    if lower.has("checksum type mismatch")
        || lower.has("x-amz-sdk-checksum-algorithm specified, but no corresponding")
        || lower.has("value for x-amz-checksum-")
    {
        assert_cause(
            d,
            CauseId::SignatureSdkChecksumDefault,
            0.85,
            format!("S3's message is about checksums the request declared: {message}"),
        );
    }

    if code == "InvalidDigest" && parsed.provider == ProviderId::AwsS3 {
        rule_out(
            d,
            CauseId::IntegrityChecksumMismatch,
            "AWS answers InvalidDigest for a malformed digest value; a digest that does not match the body is BadDigest",
        );
    }

    if lower.has("reduce your request rate") {
        assert_cause(
            d,
            CauseId::ProviderThrottled,
            0.85,
            "the provider asks to reduce the request rate",
        );
    }

    if code.is_empty() {
        let operation = parsed.field("operation").unwrap_or("");
        match d.status {
            Some(404) => assert_cause(
                d,
                CauseId::ResourceObjectNotFound,
                0.6,
                "S3 answered 404 without an error body, as it does for HEAD requests: almost always a missing key",
            ),
            Some(403) => {
                assert_cause(d, CauseId::PermissionDenied, 0.55, "S3 answered 403 without an error body");
                if operation.is_empty() || operation == "HeadObject" || operation == "GetObject" {
                    assert_cause(
                        d,
                        CauseId::ResourceObjectNotFound,
                        0.35,
                        "without s3:ListBucket on the bucket, S3 answers 403 rather than 404 for a key that does not exist",
                    );
                }
            }
            _ => {}
        }
    }
}
