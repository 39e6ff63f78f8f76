//! Redaction: never panics, and never lets a planted AWS-style key id through in full.
#![no_main]

use libfuzzer_sys::fuzz_target;
use upload_doctor::redact;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = redact::text(&text);
    let _ = redact::named("Authorization", &text);
    let _ = redact::named("StringToSignBytes", &text);
    let planted = format!("{text} AKIAIOSFODNN7EXAMPLE ");
    assert!(!redact::text(&planted).contains("AKIAIOSFODNN7EXAMPLE"));
});
