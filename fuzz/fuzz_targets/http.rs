//! Raw HTTP responses and curl -v logs.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(r) = upload_doctor::input::http::parse(&text) {
        assert!(r.body.len() <= text.len());
    }
});
