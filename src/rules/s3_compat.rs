//! S3-compatible services: the upload modes they do not support, and their own wording.
//!
//! ## What it does
//! Works out how the upload was sent (a presigned POST form; checksum headers) from the request
//! context and from the service's answer, and looks the pair (service, mode) up in
//! [`catalog::aws_s3::UNSUPPORTED`]: a mode the service does not support becomes the top cause
//! (`post.unsupported`, `signature.sdk-checksum-default`) with the service's own reason and the
//! way around it. Wording that settles a cause on its own ([`catalog::aws_s3::MESSAGE_CAUSES`]:
//! R2's access key length check, MinIO's "must appear in the list of conditions", Garage's
//! "unexpected scope") is applied the same way. A checksum header the service refuses whose
//! algorithm no SDK adds by default (SHA256, SHA1) was asked for by the code: then the service
//! simply does not implement it (`provider.not-implemented`).
//!
//! ## Why
//! R2 answers a POST form with a bare 501 (or `NotImplemented`), which reads like a broken
//! header; B2 answers the default SDK checksums with `InvalidArgument`, which the S3 table reads
//! as a form or parameter problem. Neither code says "this service never supports that": the
//! service and the mode together do.
//!
//! ## Example
//! `POST https://<acct>.r2.cloudflarestorage.com/bucket/` with form fields and
//! `<Code>NotImplemented</Code><Message>Presigned post requests are not yet implemented</Message>`
//! → `post.unsupported` first, with the presigned PUT fix; `signature.sdk-checksum-default`
//! ruled out.

use super::{add_fix, assert_cause, has_cause, lower_cause, rule_out, s3_family, Evidence};
use crate::build::fix_of;
use crate::catalog::aws_s3::{UploadMode, MESSAGE_CAUSES, SDK_DEFAULT_CHECKSUMS, UNSUPPORTED};
use crate::diagnosis::Diagnosis;
use crate::ids::{CauseId, ProviderId};
use crate::search::SearchExt;

/// Query parameters of the S3 operations that use POST besides POST Object (multipart uploads,
/// multi-object delete, restore, select): a POST carrying one of them is not a form upload.
const NON_FORM_POSTS: &[&str] = &["uploads", "uploadid", "delete", "restore", "select"];

/// The mode of upload the evidence shows, with the reason it is believed.
fn modes(ev: &Evidence<'_>, lower_message: &str) -> Vec<(UploadMode, f64, String)> {
    let mut out = Vec::new();
    if let Some(post) = post_form(ev, lower_message) {
        out.push(post);
    }
    if let Some(header) = refused_checksum_header(ev) {
        out.push((
            UploadMode::ChecksumHeaders,
            0.9,
            format!("the service refuses the checksum header {header}"),
        ));
    } else if let Some(ctx) = ev.context {
        let sent = ctx.headers.keys().find(|k| checksum_header(k));
        if let Some(name) = sent {
            if matches!(
                ev.parsed.code.as_deref(),
                Some("NotImplemented" | "InvalidArgument")
            ) {
                out.push((
                    UploadMode::ChecksumHeaders,
                    0.8,
                    format!("the request sent {name}"),
                ));
            }
        }
    }
    out
}

fn checksum_header(name: &str) -> bool {
    let n = name.trim();
    n.eq_ignore_ascii_case("x-amz-sdk-checksum-algorithm")
        || n.get(..15)
            .is_some_and(|p| p.eq_ignore_ascii_case("x-amz-checksum-"))
}

/// A POST Object form: the request context says POST (to no multipart/delete sub-resource)
/// with form fields, or the service's answer names presigned POST.
fn post_form(ev: &Evidence<'_>, lower_message: &str) -> Option<(UploadMode, f64, String)> {
    if lower_message.has("presigned post") {
        return Some((
            UploadMode::PostForm,
            0.95,
            "the service's answer is about a presigned POST request".to_string(),
        ));
    }
    let ctx = ev.context?;
    let method = ctx.method.as_deref().unwrap_or("").trim();
    if !method.eq_ignore_ascii_case("POST") {
        return None;
    }
    let url = ctx.url.as_deref().unwrap_or("");
    let query = url
        .split_once('?')
        .map_or("", |(_, q)| q)
        .to_ascii_lowercase();
    let sub_resource = query.split('&').any(|pair| {
        let name = pair.split('=').next().unwrap_or("");
        NON_FORM_POSTS.contains(&name)
    });
    if sub_resource {
        return None;
    }
    if !ctx.form_fields.is_empty() {
        return Some((
            UploadMode::PostForm,
            0.95,
            format!(
                "the request is a POST form with {} fields",
                ctx.form_fields.len()
            ),
        ));
    }
    let code = ev.parsed.code.as_deref().unwrap_or("");
    if code == "NotImplemented"
        || ev.response.status == Some(501)
        || ev.parsed.body_status == Some(501)
    {
        return Some((
            UploadMode::PostForm,
            0.85,
            "a POST upload answered 501 Not Implemented".to_string(),
        ));
    }
    None
}

/// `x-amz-checksum-crc32` (and the value, when quoted) from a message such as "Header
/// 'x-amz-checksum-crc32' with value '8FJbTw==' not implemented" or "Unsupported header
/// 'x-amz-sdk-checksum-algorithm' received for this API call."
fn refused_checksum_header(ev: &Evidence<'_>) -> Option<String> {
    let message = ev.parsed.message.as_deref().unwrap_or("");
    let lower = message.to_ascii_lowercase();
    let refused = lower.has("not implemented")
        || lower.has("unsupported header")
        || lower.has("not supported");
    if !refused {
        return None;
    }
    super::presign::checksum_header_named(message)
}

/// The algorithm a refused `x-amz-checksum-algorithm` / `x-amz-sdk-checksum-algorithm` header
/// asked for: `SHA256` from "...'x-amz-checksum-algorithm' with value 'SHA256' not implemented".
fn requested_algorithm(message: &str) -> Option<&str> {
    let lower = message.to_ascii_lowercase();
    if !lower.has("checksum-algorithm") {
        return None;
    }
    let i = message.index_of("with value '")? + "with value '".len();
    let rest = message.get(i..)?;
    let value = rest.get(..rest.find('\'')?)?.trim();
    (!value.is_empty()).then_some(value)
}

/// The S3 family but AWS itself: what lacks some of S3's upload modes.
fn s3_compatible(p: ProviderId) -> bool {
    p != ProviderId::AwsS3 && s3_family(p)
}

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    if !s3_compatible(ev.parsed.provider) {
        return;
    }
    compatible(d, ev);
}

/// The rule past its guard, out of line (see [`super::apply`]: a first call compiles only what
/// it calls).
#[inline(never)]
fn compatible(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let provider = ev.parsed.provider;
    let message = ev.parsed.message.as_deref().unwrap_or("");
    let lower = message.to_ascii_lowercase();

    for m in MESSAGE_CAUSES {
        if !lower.contains(m.needle) {
            continue;
        }
        let mut why = m.why.to_string();
        if m.cause == CauseId::EndpointWrongRegion {
            if let Some(region) = scope_region(message) {
                why = format!("the request was signed for region `{region}`: {why}");
            }
        }
        assert_cause(d, m.cause, m.confidence, why);
        if let Some(fix) = &m.fix {
            add_fix(d, m.cause, m.confidence, fix_of(fix));
        }
        for out in m.rules_out {
            rule_out(d, *out, format!("the service's message names {}", m.cause));
        }
    }

    for (mode, confidence, how) in modes(ev, &lower) {
        let Some(gap) = UNSUPPORTED
            .iter()
            .find(|g| g.provider == provider && g.mode == mode)
        else {
            continue;
        };
        assert_cause(d, gap.cause, confidence, format!("{how}; {}", gap.why));
        // presign.rs already puts its checksum fix (with the SDK's version) first.
        let has_checksum_fix = d
            .causes
            .iter()
            .find(|c| c.id == gap.cause)
            .is_some_and(|c| c.fixes.iter().any(|f| f.title.has("checksums")));
        if !(mode == UploadMode::ChecksumHeaders && has_checksum_fix) {
            add_fix(d, gap.cause, confidence, fix_of(&gap.fix));
        }
        match mode {
            UploadMode::PostForm => {
                if !lower.has("checksum") {
                    rule_out(
                        d,
                        CauseId::SignatureSdkChecksumDefault,
                        format!("{provider} refuses the POST form itself, not a checksum header"),
                    );
                }
                rule_out(
                    d,
                    CauseId::SizeContentLengthMissing,
                    format!("{provider} refuses the POST form itself, not a chunked body"),
                );
            }
            UploadMode::ChecksumHeaders => {
                if ev.context.is_none_or(|c| c.form_fields.is_empty()) {
                    for id in [CauseId::PostFieldOrder, CauseId::PostMissingField] {
                        rule_out(
                            d,
                            id,
                            "the service names a header it does not support, not a form field",
                        );
                    }
                }
            }
        }
    }

    // A refused checksum algorithm no SDK picks by itself: the code asked for it.
    if let Some(algorithm) = requested_algorithm(message) {
        let by_default = SDK_DEFAULT_CHECKSUMS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(algorithm));
        if !by_default && has_cause(d, CauseId::SignatureSdkChecksumDefault) {
            lower_cause(
                d,
                CauseId::SignatureSdkChecksumDefault,
                0.35,
                format!("no SDK adds {algorithm} checksums by default: the code asked for this algorithm (ChecksumAlgorithm)"),
            );
            assert_cause(
                d,
                CauseId::ProviderNotImplemented,
                0.85,
                format!("{provider} does not implement {algorithm} checksums; drop ChecksumAlgorithm or use an algorithm it supports"),
            );
        }
    }
}

/// The region of a credential scope quoted in a message: `us-east-1` from "unexpected scope:
/// 20251214/us-east-1/s3/aws4_request".
fn scope_region(message: &str) -> Option<&str> {
    let i = message.index_of("scope: ")? + "scope: ".len();
    let scope = message.get(i..)?.split_whitespace().next()?;
    let mut parts = scope.split('/');
    let _date = parts.next()?;
    let region = parts.next()?;
    (!region.is_empty() && region.len() <= 64).then_some(region)
}

#[cfg(test)]
mod tests {
    use crate::context::{FormField, RequestContext};
    use crate::{explain, Input};

    fn ids(d: &crate::Diagnosis) -> Vec<&str> {
        d.causes.iter().map(|c| c.id.as_str()).collect()
    }

    fn post(url: &str, fields: &[&str]) -> RequestContext {
        RequestContext {
            method: Some("POST".into()),
            url: Some(url.into()),
            form_fields: fields
                .iter()
                .map(|n| FormField {
                    name: (*n).to_string(),
                    ..FormField::default()
                })
                .collect(),
            ..RequestContext::default()
        }
    }

    #[test]
    fn post_form_to_r2_is_unsupported() {
        let ctx = post(
            "https://acct.r2.cloudflarestorage.com/bucket/",
            &["key", "policy", "x-amz-signature", "file"],
        );
        let d = explain(&Input::response(501, &[], ""), Some(&ctx));
        assert_eq!(d.provider.as_str(), "cloudflare-r2");
        assert_eq!(ids(&d).first(), Some(&"post.unsupported"));
        assert!(d.causes[0].fixes[0].title.contains("PUT"));
    }

    #[test]
    fn r2_message_alone_names_post() {
        let body = "<Error><Code>NotImplemented</Code><Message>Presigned post requests are not yet implemented</Message></Error>";
        let d = explain(&Input::response(501, &[], body), None);
        assert_eq!(d.provider.as_str(), "cloudflare-r2");
        assert_eq!(ids(&d).first(), Some(&"post.unsupported"));
        assert!(!ids(&d).contains(&"signature.sdk-checksum-default"));
    }

    #[test]
    fn post_to_minio_or_aws_is_not_unsupported() {
        let ctx = post("http://127.0.0.1:9000/bucket/", &["key", "policy", "file"]);
        let body = "<Error><Code>AccessDenied</Code><Message>Invalid according to Policy: Policy Condition failed</Message><Resource>/bucket</Resource><RequestId>16068FE8EC5AC540</RequestId><HostId>d9ab8076-c245-4ad7-9af4-c07dca273921</HostId></Error>";
        let d = explain(&Input::response(403, &[], body), Some(&ctx));
        assert_eq!(d.provider.as_str(), "minio");
        assert!(!ids(&d).contains(&"post.unsupported"));
        let ctx = post("https://b.s3.amazonaws.com/", &["key", "policy", "file"]);
        let d = explain(&Input::response(501, &[], ""), Some(&ctx));
        assert!(!ids(&d).contains(&"post.unsupported"));
    }

    #[test]
    fn multipart_post_to_r2_is_not_a_form() {
        let ctx = RequestContext {
            method: Some("POST".into()),
            url: Some("https://acct.r2.cloudflarestorage.com/bucket/k?uploads".into()),
            ..RequestContext::default()
        };
        let d = explain(&Input::response(501, &[], ""), Some(&ctx));
        assert_eq!(d.provider.as_str(), "cloudflare-r2");
        assert!(!ids(&d).contains(&"post.unsupported"));
    }

    #[test]
    fn default_checksums_refused_by_b2_and_r2() {
        let d = explain(
            &Input::text("An error occurred (InvalidArgument) when calling the UploadPart operation: Unsupported header 'x-amz-sdk-checksum-algorithm' received for this API call."),
            None,
        );
        assert_eq!(d.provider.as_str(), "backblaze-b2");
        assert_eq!(ids(&d).first(), Some(&"signature.sdk-checksum-default"));
        assert!(!ids(&d).contains(&"post.field-order"));
        let d = explain(
            &Input::text("501: NotImplemented: Header 'x-amz-checksum-crc32' with value (***) not implemented"),
            None,
        );
        assert_eq!(d.provider.as_str(), "cloudflare-r2");
        assert_eq!(d.code.as_deref(), Some("NotImplemented"));
        assert_eq!(ids(&d).first(), Some(&"signature.sdk-checksum-default"));
    }

    #[test]
    fn explicit_algorithm_is_not_a_default() {
        let d = explain(
            &Input::text("api error NotImplemented: Header 'x-amz-checksum-algorithm' with value 'SHA256' not implemented"),
            None,
        );
        assert_eq!(ids(&d).first(), Some(&"provider.not-implemented"));
        let d = explain(
            &Input::text("api error NotImplemented: Header 'x-amz-checksum-algorithm' with value 'CRC32C' not implemented"),
            None,
        );
        assert_eq!(ids(&d).first(), Some(&"signature.sdk-checksum-default"));
    }

    #[test]
    fn unrelated_s3_compatible_errors_are_left_alone() {
        let body = "<Error><Code>NoSuchUpload</Code><Message>The specified multipart upload does not exist.</Message><Resource>/b/k</Resource><RequestId>1649408623832912777</RequestId></Error>";
        let d = explain(
            &Input::response(404, &[("server", "SeaweedFS S3")], body),
            None,
        );
        assert_eq!(d.provider.as_str(), "s3-compatible");
        assert!(!ids(&d).contains(&"post.unsupported"));
        assert!(!ids(&d).contains(&"signature.sdk-checksum-default"));
    }

    #[test]
    fn garage_scope_names_the_region() {
        let d = explain(&Input::text("INFO garage_api_common::generic_server: Response: error 400 Bad Request, Authorization header malformed, unexpected scope: 20251214/us-east-1/s3/aws4_request"), None);
        assert_eq!(d.provider.as_str(), "s3-compatible");
        assert_eq!(ids(&d).first(), Some(&"endpoint.wrong-region"));
        assert!(d.causes[0]
            .evidence
            .iter()
            .any(|e| e.contains("`us-east-1`")));
        assert_eq!(super::scope_region("scope: /"), None);
        assert_eq!(
            super::scope_region("unexpected scope: 2025/garage/s3"),
            Some("garage")
        );
    }

    #[test]
    fn odd_messages_do_not_panic() {
        for m in [
            "with value '",
            "checksum-algorithm with value '",
            "Header 'x-amz-checksum-",
            "scope: ",
            "\u{e9}with value '\u{e9}",
        ] {
            let _ = super::requested_algorithm(m);
            let _ = super::scope_region(m);
            let _ = explain(
                &Input::text(format!("NotImplemented: {m} not implemented")),
                None,
            );
        }
    }
}
