//! HAR files: the JSON reader, the entry walk and the request context each entry becomes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = upload_doctor::input::har::looks_like_har(&text);
    if let Some(found) = upload_doctor::explain_har(&text) {
        for d in &found {
            assert!(!d.request.is_empty() || d.diagnosis.provider.as_str() != "");
        }
    }
});
