//! Size: too large, too small, or of unknown length.
//!
//! ## What it does
//! Reads the sizes the provider echoes (`ProposedSize`, `MaxSizeAllowed`, `MinSizeAllowed`) and
//! the size the client knows (`bodySize`, the form's file size) and states them in binary units
//! with the exact bytes ("6.9 GiB (7437099286 bytes)"). It tells which limit was hit: S3's 5 GiB
//! cap on a single PUT or POST (→ switch to multipart: `Upload` from `@aws-sdk/lib-storage`
//! with `partSize`, Uppy's AwsS3 `shouldUseMultipart`), a POST policy's `content-length-range`
//! (a `MaxSizeAllowed` below 5 GiB, or a `MinSizeAllowed` above zero), Supabase Storage's bucket
//! `file_size_limit` and the project's global upload limit (with resumable uploads for files over
//! 6 MB). `MissingContentLength`, and `NotImplemented` naming `Transfer-Encoding`, become
//! `size.content-length-missing`, sharpened by the request headers: plain chunked transfer
//! versus the SDKs' `aws-chunked` encoding with a trailing checksum. Parts of a multipart upload
//! are left to the multipart rule.
//!
//! ## Why
//! "Your proposed upload exceeds the maximum allowed size" reads the same for a 7 GB video
//! against the 5 GiB single-request cap and for a 20 MB photo against a 20 MiB policy, yet the
//! fixes have nothing in common: the first needs multipart, the second a larger
//! `content-length-range` or a check in the page. The numbers tell them apart.
//!
//! ## Example
//! `<ProposedSize>7437099286</ProposedSize><MaxSizeAllowed>5368709120</MaxSizeAllowed>` →
//! `size.too-large`, "the upload is 6.9 GiB (7437099286 bytes); a single PUT or POST takes at
//! most 5.0 GiB (5368709120 bytes)", fix: multipart with `partSize`.

use super::multipart::is_part_request;
use super::signature::{field, UrlParts};
use super::{add_fix, assert_cause, fix_text, lower_cause, rule_out, Evidence};
use crate::context::RequestContext;
use crate::diagnosis::Diagnosis;
use crate::ids::{CauseId, ProviderId};
use crate::providers::aws_s3::S3Error;
use crate::search::SearchExt;

/// S3's cap on one PUT, one POST and one part: 5 GiB.
pub const FIVE_GIB: u64 = 5 * 1024 * 1024 * 1024;
/// S3's minimum part size (all parts but the last): 5 MiB.
pub const FIVE_MIB: u64 = 5 * 1024 * 1024;
/// Supabase recommends resumable uploads above 6 MB.
const SUPABASE_RESUMABLE: u64 = 6_000_000;

/// `5368709120` → `5.0 GiB`; below 1 KiB → `312 bytes`. Binary units, one decimal.
pub fn short(n: u64) -> String {
    const UNITS: [&str; 5] = ["KiB", "MiB", "GiB", "TiB", "PiB"];
    if n < 1024 {
        return if n == 1 {
            "1 byte".into()
        } else {
            format!("{n} bytes")
        };
    }
    // In u64 throughout (no u128 arithmetic or formatting in the wasm): n = q·unit + r, so the
    // tenths are q·10 + round(r·10 / unit), and r·10 < 10 PiB fits.
    let tenths_of = |unit: u64| (n / unit) * 10 + ((n % unit) * 10 + unit / 2) / unit;
    let mut unit: u64 = 1024;
    let mut i = 0;
    while i + 1 < UNITS.len() && n / 1024 >= unit {
        unit *= 1024;
        i += 1;
    }
    // Tenths, rounded half up, in integers: no float formatting differences.
    let mut tenths = tenths_of(unit);
    if tenths >= 10240 && i + 1 < UNITS.len() {
        unit *= 1024;
        i += 1;
        tenths = tenths_of(unit);
    }
    let unit_name = UNITS.get(i).copied().unwrap_or("PiB");
    format!("{}.{} {unit_name}", tenths / 10, tenths % 10)
}

/// `5368709120` → `5.0 GiB (5368709120 bytes)`; small sizes only in bytes.
pub fn human(n: u64) -> String {
    if n < 1024 {
        short(n)
    } else {
        format!("{} ({n} bytes)", short(n))
    }
}

/// The size of what the client sent: `bodySize`, else the form's file.
pub fn client_size(ctx: Option<&RequestContext>) -> Option<(u64, &'static str)> {
    let ctx = ctx?;
    if let Some(n) = ctx.body_size {
        return Some((n, "the request body"));
    }
    ctx.form_fields
        .iter()
        .find_map(|f| f.file.as_ref().and_then(|file| file.size))
        .map(|n| (n, "the file"))
}

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let code = ev.parsed.code.as_deref().unwrap_or("");
    let message = ev.parsed.message.as_deref().unwrap_or("");
    let supabase = ev.parsed.provider == ProviderId::SupabaseStorage;
    // S3's reading of the fields is built only for the codes that use it: every call runs this.
    match code {
        "EntityTooLarge" | "Payload too large" if supabase => supabase_too_large(d, ev),
        "EntityTooLarge" => too_large(d, ev, &S3Error::of(ev.parsed)),
        "EntityTooSmall" if !is_part_request(ev) => too_small(d, ev, &S3Error::of(ev.parsed)),
        "MissingContentLength" => content_length(d, ev, None),
        "NotImplemented" => {
            let header = field(ev, "Header").unwrap_or("");
            if header.eq_ignore_ascii_case("transfer-encoding") {
                content_length(d, ev, Some(header));
            }
        }
        _ if supabase && message.has("exceeded the maximum allowed size") => {
            supabase_too_large(d, ev);
        }
        _ => {}
    }
}

/// S3's `EntityTooLarge`: the 5 GiB cap or a POST policy's maximum.
#[inline(never)] // out of line: see `rules::apply`
fn too_large(d: &mut Diagnosis, ev: &Evidence<'_>, s3: &S3Error) {
    let client = client_size(ev.context);
    let proposed = s3.proposed_size.or(client.map(|(n, _)| n));
    let what = if s3.proposed_size.is_some() {
        "the upload"
    } else {
        client.map(|(_, w)| w).unwrap_or("the upload")
    };
    let url = ev
        .context
        .and_then(|c| c.url.as_deref())
        .and_then(UrlParts::parse);
    let part = url.as_ref().and_then(|u| {
        u.param("partNumber")
            .filter(|_| u.param("uploadId").is_some())
    });
    match (proposed, s3.max_size_allowed) {
        (Some(p), Some(max)) if max >= FIVE_GIB => {
            let evidence = match &part {
                Some(n) => format!(
                    "part {n} is {}; one part takes at most {}",
                    human(p),
                    human(max)
                ),
                None => format!(
                    "{what} is {}; a single PUT or POST takes at most {}",
                    human(p),
                    human(max)
                ),
            };
            assert_cause(d, CauseId::SizeTooLarge, 0.97, evidence);
            multipart_fix(d, p, part.is_some());
        }
        (Some(p), Some(max)) => {
            let over = p.saturating_sub(max);
            assert_cause(
                d,
                CauseId::SizeTooLarge,
                0.95,
                format!(
                    "{what} is {}, {} over the {} allowed: a limit below S3's own 5 GiB, so it is the content-length-range of the POST policy",
                    human(p),
                    short(over),
                    human(max)
                ),
            );
            add_fix(
                d,
                CauseId::SizeTooLarge,
                0.95,
                fix_text(
                    format!("Raise the policy's content-length-range above {}, or stop larger files in the page", short(max)),
                    vec![
                        format!("The POST policy allows at most {max} bytes ({}); this file has {p}.", short(max)),
                        "If larger files are fine, raise the maximum of [\"content-length-range\", min, max] where the server builds the policy.".into(),
                        "Either way, check file.size before uploading and tell the user the limit.".into(),
                    ],
                    Some((
                        "js",
                        format!(
                            "const MAX_BYTES = {max}; // the policy's content-length-range maximum ({})\nif (file.size > MAX_BYTES) throw new Error(`${{file.name}} is larger than {}`);",
                            short(max),
                            short(max)
                        ),
                    )),
                ),
            );
        }
        (Some(p), None) if p > FIVE_GIB => {
            assert_cause(
                d,
                CauseId::SizeTooLarge,
                0.95,
                format!(
                    "{what} is {}; a single PUT or POST takes at most {}",
                    human(p),
                    human(FIVE_GIB)
                ),
            );
            multipart_fix(d, p, part.is_some());
        }
        _ => {}
    }
}

/// The switch to multipart uploads, with a part size that fits the file.
fn multipart_fix(d: &mut Diagnosis, size: u64, is_part: bool) {
    // At most 10,000 parts; at least 5 MiB each; round up to whole MiB.
    let mib = 1024 * 1024;
    let min_part = size.div_ceil(10_000).max(FIVE_MIB);
    let part = min_part.div_ceil(mib).max(8) * mib;
    let part_mib = part / mib;
    let title = if is_part {
        format!("Use parts of at most 5 GiB: {part_mib} MiB fits this file in 10,000 parts")
    } else {
        format!("Upload files over 5 GiB in parts ({part_mib} MiB parts fit this one)")
    };
    add_fix(
        d,
        CauseId::SizeTooLarge,
        0.95,
        fix_text(
            title,
            vec![
                format!("A single PUT or POST is capped at 5 GiB; a multipart upload takes up to 10,000 parts of 5 MiB to 5 GiB. For {} use parts of {part_mib} MiB.", short(size)),
                "In the browser: Upload from @aws-sdk/lib-storage (with credentials scoped to the upload), or Uppy's AwsS3 plugin with shouldUseMultipart, whose server presigns one URL per part.".into(),
            ],
            Some((
                "js",
                format!(
                    "import {{ Upload }} from \"@aws-sdk/lib-storage\";\n\nconst upload = new Upload({{\n  client: s3,\n  params: {{ Bucket, Key, Body: file, ContentType: file.type }},\n  partSize: {part_mib} * 1024 * 1024, // {part_mib} MiB: >= 5 MiB, and size / partSize <= 10,000\n  queueSize: 4,\n}});\nawait upload.done();\n\n// Uppy: uppy.use(AwsS3, {{ shouldUseMultipart: (file) => file.size > 100 * 1024 * 1024, getChunkSize: () => {part_mib} * 1024 * 1024 }});"
                ),
            )),
        ),
    );
}

/// S3's `EntityTooSmall` outside multipart: the POST policy's minimum.
#[inline(never)] // out of line: see `rules::apply`
fn too_small(d: &mut Diagnosis, ev: &Evidence<'_>, s3: &S3Error) {
    let client = client_size(ev.context);
    let Some(p) = s3.proposed_size.or(client.map(|(n, _)| n)) else {
        return;
    };
    let empty = if p == 0 { " (an empty file)" } else { "" };
    let evidence = match s3.min_size_allowed {
        Some(min) => format!(
            "the upload is {}{empty}; the POST policy's content-length-range requires at least {}",
            human(p),
            human(min)
        ),
        None => format!(
            "the upload is {}{empty}, below the allowed minimum",
            human(p)
        ),
    };
    assert_cause(d, CauseId::SizeTooSmall, 0.95, evidence);
    let min = s3.min_size_allowed.unwrap_or(1);
    add_fix(
        d,
        CauseId::SizeTooSmall,
        0.95,
        fix_text(
            format!("Check the size in the page before uploading (at least {})", short(min)),
            vec![
                "Reject empty or too-small files before requesting the presigned POST.".into(),
                "Or lower the minimum of [\"content-length-range\", min, max] where the server builds the policy.".into(),
            ],
            Some((
                "js",
                format!("const MIN_BYTES = {min}; // the policy's content-length-range minimum\nif (file.size < MIN_BYTES) throw new Error(`${{file.name}} is too small (${{file.size}} bytes)`);"),
            )),
        ),
    );
}

/// Supabase Storage: the bucket's `file_size_limit` and the project's global limit.
#[inline(never)] // out of line: see `rules::apply`
fn supabase_too_large(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let client = client_size(ev.context);
    let url = ev
        .context
        .and_then(|c| c.url.as_deref())
        .and_then(UrlParts::parse);
    let bucket = url.as_ref().and_then(|u| {
        let path = u.path.as_str();
        ["/object/sign/", "/object/upload/sign/", "/object/"]
            .iter()
            .find_map(|prefix| path.split_once(prefix).map(|(_, rest)| rest))
            .and_then(|rest| rest.split('/').next())
            .map(str::to_string)
            .filter(|b| {
                !b.is_empty()
                    && b.len() <= 63
                    && b.bytes()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.'))
            })
    });
    let mut evidence = "Supabase Storage refused the object as larger than a limit: the bucket's file_size_limit or the project's global upload limit (Storage settings), whichever is smaller".to_string();
    if let Some((n, what)) = client {
        evidence = format!("{what} is {}; {evidence}", human(n));
    }
    assert_cause(d, CauseId::SizeTooLarge, 0.92, evidence);
    if let Some((n, _)) = client {
        if n > SUPABASE_RESUMABLE
            && !url
                .as_ref()
                .is_some_and(|u| u.path.has("/upload/resumable"))
        {
            assert_cause(
                d,
                CauseId::SizeTooLarge,
                0.92,
                format!(
                    "the file is over 6 MB ({}) and was sent in one request: Supabase recommends resumable (TUS) uploads for it, which still obey the size limits",
                    short(n)
                ),
            );
        }
        let mib = 1024 * 1024;
        let limit_mib = n.div_ceil(mib).max(1);
        let bucket_name = bucket.as_deref().unwrap_or("<bucket>");
        add_fix(
            d,
            CauseId::SizeTooLarge,
            0.92,
            fix_text(
                format!("Raise the limits above {}", short(n)),
                vec![
                    format!("Storage → Settings: set the global upload file size limit to at least {limit_mib} MB (within your plan's maximum)."),
                    format!("Then the bucket's file_size_limit; it cannot exceed the global limit."),
                ],
                Some((
                    "sql",
                    format!("update storage.buckets\nset file_size_limit = {limit_mib} * 1024 * 1024  -- bytes; {} needs at least {n}\nwhere id = '{bucket_name}';", short(n)),
                )),
            ),
        );
    }
}

/// `MissingContentLength`, or `NotImplemented` for `Transfer-Encoding`.
#[inline(never)] // out of line: see `rules::apply`
fn content_length(d: &mut Diagnosis, ev: &Evidence<'_>, header: Option<&str>) {
    if header.is_some() {
        // s3_wording.rs states what the named header means; make sure the cause is there.
        assert_cause(d, CauseId::SizeContentLengthMissing, 0.9, "");
    }
    let Some(ctx) = ev.context else {
        return;
    };
    let h = |name: &str| ctx.header(name).map(str::trim).filter(|v| !v.is_empty());
    let chunked = h("transfer-encoding").is_some_and(|v| v.to_ascii_lowercase().has("chunked"));
    let aws_chunked = h("content-encoding")
        .is_some_and(|v| v.to_ascii_lowercase().has("aws-chunked"))
        || h("x-amz-decoded-content-length").is_some()
        || h("x-amz-trailer").is_some()
        || h("x-amz-content-sha256").is_some_and(|v| v.starts_with("STREAMING-"));
    if aws_chunked {
        let mut named = Vec::new();
        for n in [
            "content-encoding",
            "x-amz-decoded-content-length",
            "x-amz-trailer",
            "x-amz-content-sha256",
        ] {
            if let Some(v) = h(n) {
                named.push(format!("{n}: {v}"));
            }
        }
        assert_cause(
            d,
            CauseId::SignatureSdkChecksumDefault,
            0.9,
            format!(
                "the request used the SDK's aws-chunked encoding with a trailing checksum ({}): aws-sdk-js-v3 >= 3.729 and boto3 >= 1.36 stream uploads this way by default, and many S3-compatible servers then answer MissingContentLength",
                named.join(", ")
            ),
        );
        lower_cause(
            d,
            CauseId::SizeContentLengthMissing,
            0.5,
            "the missing Content-Length is a symptom: the SDK chose aws-chunked streaming",
        );
        return;
    }
    if chunked {
        assert_cause(
            d,
            CauseId::SizeContentLengthMissing,
            0.95,
            "the request was sent with Transfer-Encoding: chunked and no Content-Length: S3's PutObject and UploadPart need the size before the body",
        );
        rule_out(
            d,
            CauseId::SignatureSdkChecksumDefault,
            "the body was plain chunked transfer, not the SDK's aws-chunked encoding with a trailing checksum",
        );
        return;
    }
    if let Some(len) = h("content-length") {
        assert_cause(
            d,
            CauseId::SizeContentLengthMissing,
            0.7,
            format!("the client sent Content-Length: {len}, yet S3 received none: a proxy between them re-sent the body chunked"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{evidence, run};

    #[test]
    fn human_sizes() {
        assert_eq!(short(0), "0 bytes");
        assert_eq!(short(1), "1 byte");
        assert_eq!(short(1023), "1023 bytes");
        assert_eq!(short(1024), "1.0 KiB");
        assert_eq!(short(FIVE_MIB), "5.0 MiB");
        assert_eq!(short(5_123_000), "4.9 MiB");
        assert_eq!(short(12_897_485), "12.3 MiB");
        assert_eq!(short(FIVE_GIB), "5.0 GiB");
        assert_eq!(short(7_437_099_286), "6.9 GiB");
        assert_eq!(short(1_048_575), "1.0 MiB");
        assert_eq!(short(u64::MAX), "16384.0 PiB");
        assert_eq!(human(FIVE_GIB), "5.0 GiB (5368709120 bytes)");
        assert_eq!(human(20), "20 bytes");
    }

    #[test]
    fn supabase_large_file_sent_in_one_request() {
        let d = run(
            400,
            r#"{"statusCode":"413","error":"Payload too large","message":"The object exceeded the maximum allowed size"}"#,
            Some(
                serde_json::json!({"method": "POST", "url": "https://abc.supabase.co/storage/v1/object/videos/a.mp4", "bodySize": 20_000_000u64}),
            ),
        );
        assert_eq!(d.causes[0].id.as_str(), "size.too-large");
        let e = evidence(&d, "size.too-large");
        assert!(
            e.contains("the request body is 19.1 MiB (20000000 bytes)"),
            "{e}"
        );
        assert!(e.contains("resumable (TUS)"), "{e}");
        let fix = &d.causes[0].fixes[0];
        assert!(
            fix.snippet
                .as_ref()
                .is_some_and(|s| s.code.contains("where id = 'videos'")),
            "{fix:?}"
        );
    }

    #[test]
    fn five_gib_from_the_context_when_nothing_is_echoed() {
        let d = run(
            400,
            "<Error><Code>EntityTooLarge</Code><Message>Your proposed upload exceeds the maximum allowed size</Message><RequestId>1</RequestId><HostId>h</HostId></Error>",
            Some(serde_json::json!({"method": "PUT", "url": "https://b.s3.amazonaws.com/k", "bodySize": 7_945_689_497u64})),
        );
        let e = evidence(&d, "size.too-large");
        assert!(e.contains("the request body is 7.4 GiB (7945689497 bytes); a single PUT or POST takes at most 5.0 GiB"), "{e}");
    }

    #[test]
    fn content_length_sent_but_not_received() {
        let d = run(
            411,
            "<Error><Code>MissingContentLength</Code><Message>You must provide the Content-Length HTTP header.</Message><RequestId>1</RequestId><HostId>h</HostId></Error>",
            Some(serde_json::json!({"method": "PUT", "headers": {"content-length": "1234"}})),
        );
        assert_eq!(d.causes[0].id.as_str(), "size.content-length-missing");
        assert!(evidence(&d, "size.content-length-missing").contains("a proxy between them"));
    }
}
