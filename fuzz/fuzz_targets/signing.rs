//! What S3, GCS and Azure echo back about signing: the canonical request, the string to sign
//! (SigV4, SigV2, GOOG4, POST policy), hex-encoded `*Bytes` elements, and presigned URLs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use upload_doctor::rules::fuzzing::{decode_hex_pairs, CanonicalRequest, StringToSign, UrlParts};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(cr) = CanonicalRequest::parse(&text) {
        let _ = cr.query_params();
        let _ = cr.header("host");
        let _ = cr.header("content-type");
    }
    if let Some(sts) = StringToSign::parse(&text) {
        let _ = sts.vendor();
        let _ = sts.scope_region();
    }
    if let Some(hex) = decode_hex_pairs(&text) {
        let _ = CanonicalRequest::parse(&hex);
        let _ = StringToSign::parse(&hex);
    }
    for line in text.lines().take(8) {
        if let Some(u) = UrlParts::parse(line) {
            let _ = u.params();
            let _ = u.param("X-Amz-Credential");
            let _ = u.host_header();
        }
    }
});
