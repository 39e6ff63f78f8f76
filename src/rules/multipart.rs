//! Multipart uploads: the completion and its parts.
//!
//! ## What it does
//! - `InvalidPart`: names the part and the ETag S3 did not find. An ETag of `null`, `undefined`
//!   or nothing at all is what a page sends when it could not read the `ETag` response header —
//!   the bucket's CORS rule does not expose it — so `cors.header-not-exposed` is raised with the
//!   `ExposeHeaders: ["ETag"]` rule; an ETag quoted twice is a client bug
//!   (`multipart.invalid-part`); a real ETag means the page could read it, and the part itself is
//!   missing or stale (`multipart.invalid-part`, CORS ruled out).
//! - `InvalidPartOrder`: `multipart.part-order` with the sort to apply.
//! - `NoSuchUpload`: the upload id (echoed or from the URL) and what the request was doing: a
//!   completion retried after it succeeded, a part sent after an abort or a lifecycle expiry, or
//!   an id used with another bucket or key → `resource.upload-not-found`.
//! - `EntityTooSmall` on `CompleteMultipartUpload`: the part below 5 MiB, from `PartNumber` and
//!   `ProposedSize` → `size.too-small`.
//! - An `<Error>` body that came with HTTP 200: S3 sends 200 before it finishes assembling a
//!   completion (or a copy), and reports a failure in the body; the diagnosis takes the error's
//!   status and says so.
//!
//! ## Why
//! Browser-driven multipart uploads fail at the very end, on the completion, with errors that
//! name the symptom: "one or more of the specified parts could not be found" when the page
//! listed `null` ETags because CORS hid the header; "smaller than the minimum allowed size" when
//! the chunk size was 5 MB rather than 5 MiB.
//!
//! ## Example
//! `<Code>InvalidPart</Code>…<ETag>null</ETag><PartNumber>1</PartNumber>` →
//! `cors.header-not-exposed`, "part 1 was listed with ETag `null`: the page could not read the
//! ETag header of the part's PUT response", fix `"ExposeHeaders": ["ETag"]`.

use super::signature::{field, UrlParts};
use super::size::{human, FIVE_MIB};
use super::{add_fix, assert_cause, fix_text, lower_cause, rule_out, Evidence};
use crate::catalog;
use crate::diagnosis::{BodyFormat, Diagnosis};
use crate::ids::CauseId;
use crate::providers::aws_s3::S3Error;
use crate::search::SearchExt;

/// Does the error concern a part of a multipart upload (the echo names a part, the operation is
/// one of multipart's, or the URL carries an `uploadId`)?
pub fn is_part_request(ev: &Evidence<'_>) -> bool {
    let s3 = S3Error::of(ev.parsed);
    if s3.part_number.is_some() || s3.upload_id.is_some() {
        return true;
    }
    if field(ev, "operation").is_some_and(|op| {
        matches!(
            op,
            "CompleteMultipartUpload" | "UploadPart" | "UploadPartCopy"
        )
    }) {
        return true;
    }
    ev.context
        .and_then(|c| c.url.as_deref())
        .and_then(UrlParts::parse)
        .is_some_and(|u| u.param("uploadId").is_some())
}

/// An upload id shortened for evidence.
fn short_id(id: &str) -> String {
    let id = id.trim();
    if id.chars().count() > 16 {
        let head: String = id.chars().take(12).collect();
        format!("{head}…")
    } else {
        id.to_string()
    }
}

/// What the completion listed as ETag, judged.
#[derive(Debug, PartialEq, Eq)]
enum ETagKind {
    /// `null`, `undefined`, empty, `""`: the page never had the header.
    Unread,
    /// `"\"abc\""`, `&quot;abc&quot;`, `""abc""`: quoted twice.
    QuotedTwice,
    /// A real ETag.
    Real,
}

fn etag_kind(etag: &str) -> ETagKind {
    let t = etag.trim();
    let bare = t.trim_matches('"');
    if bare.is_empty()
        || bare.eq_ignore_ascii_case("null")
        || bare.eq_ignore_ascii_case("undefined")
        || bare.eq_ignore_ascii_case("none")
        || bare.eq_ignore_ascii_case("nil")
    {
        return ETagKind::Unread;
    }
    if t.has("\\\"") || t.has("&quot;") || t.starts_with("\"\"") {
        return ETagKind::QuotedTwice;
    }
    ETagKind::Real
}

/// An origin safe to put in a CORS snippet.
fn origin_safe(o: &str) -> bool {
    let rest = o
        .strip_prefix("https://")
        .or_else(|| o.strip_prefix("http://"));
    rest.is_some_and(|r| {
        !r.is_empty()
            && r.len() <= 200
            && r.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b':'))
    })
}

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    status_200(d, ev);
    let code = ev.parsed.code.as_deref().unwrap_or("");
    // S3's reading of the fields is built only for the codes that use it: every call runs this.
    match code {
        "InvalidPart" => invalid_part(d, ev, &S3Error::of(ev.parsed)),
        "InvalidPartOrder" => part_order(d),
        "NoSuchUpload" => no_such_upload(d, ev, &S3Error::of(ev.parsed)),
        "EntityTooSmall" if is_part_request(ev) => part_too_small(d, &S3Error::of(ev.parsed)),
        _ => {}
    }
}

/// S3 answered 200 and put the error in the body.
fn status_200(d: &mut Diagnosis, ev: &Evidence<'_>) {
    if ev.response.status != Some(200) || ev.parsed.format != BodyFormat::Xml {
        return;
    }
    let Some(code) = ev.parsed.code.as_deref() else {
        return;
    };
    let real = catalog::lookup(ev.parsed.provider, code)
        .map(|e| e.status)
        .filter(|s| *s != 0);
    d.notes.push(format!(
        "The response is HTTP 200, but its body is an <Error> ({code}): S3 answers 200 to CompleteMultipartUpload (and to copies) before it has finished, and reports a failure in the body. The upload failed; treat it as {code}{}.",
        real.map(|s| format!(" (HTTP {s})")).unwrap_or_default()
    ));
    if let Some(s) = real {
        d.status = Some(s);
    }
}

#[inline(never)] // out of line: see `rules::apply`
fn invalid_part(d: &mut Diagnosis, ev: &Evidence<'_>, s3: &S3Error) {
    let part = s3
        .part_number
        .map(|n| format!("part {n}"))
        .unwrap_or_else(|| "a part".into());
    let upload = s3
        .upload_id
        .as_deref()
        .map(|u| format!(" of upload {}", short_id(u)))
        .unwrap_or_default();
    let Some(etag) = s3.etag.as_deref() else {
        return;
    };
    match etag_kind(etag) {
        ETagKind::Unread => {
            let shown = if etag.trim().is_empty() {
                "an empty ETag".to_string()
            } else {
                format!("ETag `{}`", etag.trim())
            };
            assert_cause(
                d,
                CauseId::CorsHeaderNotExposed,
                0.92,
                format!(
                    "S3 could not find {part}{upload} with {shown}: the page listed what it read from the part's PUT response, and the browser hides the ETag header unless the bucket's CORS rule exposes it"
                ),
            );
            lower_cause(
                d,
                CauseId::MultipartInvalidPart,
                0.3,
                format!("the part may well be there; the completion named it with {shown}"),
            );
            let origin = ev
                .context
                .and_then(|c| c.header("origin"))
                .map(str::trim)
                .filter(|o| origin_safe(o))
                .unwrap_or("https://your-app.example");
            add_fix(
                d,
                CauseId::CorsHeaderNotExposed,
                0.92,
                fix_text(
                    "Expose the ETag header in the bucket's CORS rule",
                    vec![
                        "Add \"ExposeHeaders\": [\"ETag\"] to the CORS rule that matches the page's origin (aws s3api put-bucket-cors --bucket <bucket> --cors-configuration file://cors.json).".into(),
                        "Then read res.headers.get(\"ETag\") after each part's PUT, and refuse to complete while any part has none.".into(),
                    ],
                    Some((
                        "json",
                        format!(
                            "{{\n  \"CORSRules\": [\n    {{\n      \"AllowedOrigins\": [\"{origin}\"],\n      \"AllowedMethods\": [\"PUT\", \"POST\", \"GET\"],\n      \"AllowedHeaders\": [\"*\"],\n      \"ExposeHeaders\": [\"ETag\"]\n    }}\n  ]\n}}"
                        ),
                    )),
                ),
            );
        }
        ETagKind::QuotedTwice => {
            assert_cause(
                d,
                CauseId::MultipartInvalidPart,
                0.85,
                format!(
                    "{part}{upload} was listed with ETag {}: quoted twice (the header's own quotes plus added ones), so it matches no part",
                    etag.trim()
                ),
            );
            rule_out(
                d,
                CauseId::CorsHeaderNotExposed,
                "the page could read the ETag header; it mangled the value",
            );
        }
        ETagKind::Real => {
            assert_cause(
                d,
                CauseId::MultipartInvalidPart,
                0.85,
                format!(
                    "S3 has no {part}{upload} with ETag {}: the part was never uploaded, its PUT failed, a retry replaced it with another ETag, or it belongs to another upload",
                    etag.trim()
                ),
            );
            rule_out(
                d,
                CauseId::CorsHeaderNotExposed,
                format!(
                    "the completion carried a real ETag ({}), so the page could read the ETag header",
                    etag.trim()
                ),
            );
        }
    }
}

#[inline(never)] // out of line: see `rules::apply`
fn part_order(d: &mut Diagnosis) {
    assert_cause(
        d,
        CauseId::MultipartPartOrder,
        0.95,
        "S3 requires the Parts of CompleteMultipartUpload in ascending PartNumber order; parts uploaded in parallel finish in any order",
    );
    add_fix(
        d,
        CauseId::MultipartPartOrder,
        0.95,
        fix_text(
            "Sort the parts before completing",
            vec![
                "Collect { PartNumber, ETag } as the parts finish, then sort by PartNumber right before CompleteMultipartUpload.".into(),
                "Keep one entry per part number: the last successful attempt.".into(),
            ],
            Some((
                "js",
                "parts.sort((a, b) => a.PartNumber - b.PartNumber);\nawait s3.send(new CompleteMultipartUploadCommand({ Bucket, Key, UploadId, MultipartUpload: { Parts: parts } }));".into(),
            )),
        ),
    );
}

#[inline(never)] // out of line: see `rules::apply`
fn no_such_upload(d: &mut Diagnosis, ev: &Evidence<'_>, s3: &S3Error) {
    let url = ev
        .context
        .and_then(|c| c.url.as_deref())
        .and_then(UrlParts::parse);
    let resource_id = field(ev, "Resource").and_then(|r| {
        r.split_once("uploadId=")
            .map(|(_, id)| id.split('&').next().unwrap_or(id).to_string())
    });
    let id = s3
        .upload_id
        .clone()
        .or(resource_id)
        .or_else(|| url.as_ref().and_then(|u| u.param("uploadId")));
    let shown = id
        .as_deref()
        .map(|i| format!("upload {}", short_id(i)))
        .unwrap_or_else(|| "the upload id".into());
    let method = ev
        .context
        .and_then(|c| c.method.as_deref())
        .map(|m| m.trim().to_ascii_uppercase());
    let operation = field(ev, "operation").map(str::to_string).or_else(|| {
        let u = url.as_ref()?;
        u.param("uploadId")?;
        match (method.as_deref(), u.param("partNumber")) {
            (Some("PUT"), Some(_)) => Some("UploadPart".into()),
            (Some("POST"), None) => Some("CompleteMultipartUpload".into()),
            (Some("DELETE"), _) => Some("AbortMultipartUpload".into()),
            _ => None,
        }
    });
    let who = super::signature::who(ev.parsed.provider);
    let evidence = match operation.as_deref() {
        Some("CompleteMultipartUpload") => format!(
            "{who} no longer has {shown} when CompleteMultipartUpload runs: a completion retried after it already succeeded gets this answer (the object then exists), as does an upload aborted by your code or by a lifecycle rule"
        ),
        Some("UploadPart") => format!(
            "{who} no longer has {shown} while parts are still being sent: it was aborted (by your code, or by a lifecycle rule's AbortIncompleteMultipartUpload), already completed, or created for another key"
        ),
        _ => format!(
            "{who} does not know {shown} for this bucket and key: aborted, completed already, expired by a lifecycle rule, or created for another bucket or key"
        ),
    };
    assert_cause(d, CauseId::ResourceUploadNotFound, 0.92, evidence);
    // The echoed resource against the URL's key.
    if let (Some(resource), Some(u)) = (field(ev, "Resource"), url.as_ref()) {
        let echoed = resource.split('?').next().unwrap_or(resource);
        let echoed_key = super::post::percent_decode(echoed);
        let sent_key = super::post::percent_decode(&u.path);
        if !echoed_key.is_empty() && !sent_key.ends_with(echoed_key.trim_start_matches('/')) {
            assert_cause(
                d,
                CauseId::ResourceUploadNotFound,
                0.92,
                format!(
                    "{who} looked the upload up under {echoed}, but the request went to {}: the upload id belongs to the key it was created for",
                    u.path
                ),
            );
        }
    }
}

#[inline(never)] // out of line: see `rules::apply`
fn part_too_small(d: &mut Diagnosis, s3: &S3Error) {
    let min = s3.min_size_allowed.unwrap_or(FIVE_MIB);
    let part = s3
        .part_number
        .map(|n| format!("part {n}"))
        .unwrap_or_else(|| "a part other than the last".into());
    let mut evidence = match s3.proposed_size {
        Some(p) => format!(
            "{part} is {}; every part but the last must be at least {}",
            human(p),
            human(min)
        ),
        None => format!(
            "{part} is smaller than {}, the minimum for every part but the last",
            human(min)
        ),
    };
    if s3
        .proposed_size
        .is_some_and(|p| (5_000_000..FIVE_MIB).contains(&p))
    {
        evidence.push_str(
            ": 5 MB in decimal units is not enough, the minimum is 5 MiB = 5242880 bytes",
        );
    }
    assert_cause(d, CauseId::SizeTooSmall, 0.96, evidence);
    add_fix(
        d,
        CauseId::SizeTooSmall,
        0.96,
        fix_text(
            "Make every part but the last at least 5 MiB",
            vec![
                "Slice the file with one part size of at least 5 * 1024 * 1024 bytes; only the final slice may be shorter.".into(),
                "A file under 5 MiB fits in one part: upload it with a single PUT instead of multipart.".into(),
            ],
            Some((
                "js",
                "const MiB = 1024 * 1024;\nconst partSize = Math.max(8 * MiB, Math.ceil(file.size / 10000)); // >= 5 MiB, <= 10,000 parts\n// @aws-sdk/lib-storage: new Upload({ client, params, partSize })".into(),
            )),
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{evidence, run};

    #[test]
    fn etags_judged() {
        assert_eq!(etag_kind("null"), ETagKind::Unread);
        assert_eq!(etag_kind("undefined"), ETagKind::Unread);
        assert_eq!(etag_kind(""), ETagKind::Unread);
        assert_eq!(etag_kind("\"\""), ETagKind::Unread);
        assert_eq!(etag_kind("\"\\\"abc\\\"\""), ETagKind::QuotedTwice);
        assert_eq!(
            etag_kind("dac58c3bc3316365210fc576472b529a"),
            ETagKind::Real
        );
        assert_eq!(
            etag_kind("\"dac58c3bc3316365210fc576472b529a\""),
            ETagKind::Real
        );
    }

    #[test]
    fn ids_and_origins() {
        assert_eq!(short_id("abc"), "abc");
        assert_eq!(
            short_id("cawD5yowF97n6lErE88PcRtNfz8qeZIcoSLuWk77yPVq0"),
            "cawD5yowF97n…"
        );
        assert!(origin_safe("https://app.example.com:8443"));
        assert!(!origin_safe("https://x\"]}"));
        assert!(!origin_safe("javascript:alert(1)"));
    }

    #[test]
    fn no_such_upload_on_a_part() {
        let d = run(
            404,
            "<Error><Code>NoSuchUpload</Code><Message>The specified upload does not exist.</Message><RequestId>1</RequestId><HostId>h</HostId></Error>",
            Some(serde_json::json!({"method": "PUT", "url": "https://b.s3.amazonaws.com/big.bin?partNumber=3&uploadId=VXBsb2FkSWQtMTIzNDU2Nzg5MA"})),
        );
        let e = evidence(&d, "resource.upload-not-found");
        assert!(
            e.contains("upload VXBsb2FkSWQt… while parts are still being sent"),
            "{e}"
        );
    }

    #[test]
    fn etag_quoted_twice() {
        let d = run(
            400,
            "<Error><Code>InvalidPart</Code><Message>One or more of the specified parts could not be found.</Message><PartNumber>2</PartNumber><ETag>\\\"0123456789abcdef0123456789abcdef\\\"</ETag><RequestId>1</RequestId><HostId>h</HostId></Error>",
            None,
        );
        assert_eq!(d.causes[0].id.as_str(), "multipart.invalid-part");
        assert!(evidence(&d, "multipart.invalid-part").contains("quoted twice"));
        assert!(d
            .causes
            .iter()
            .all(|c| c.id.as_str() != "cors.header-not-exposed"));
    }

    #[test]
    fn status_200_only_for_xml_errors() {
        let d = run(200, "{\"message\":\"ok\"}", None);
        assert!(d
            .notes
            .iter()
            .all(|n| !n.contains("HTTP 200, but its body")));
    }
}
