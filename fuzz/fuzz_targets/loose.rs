//! The forgiving JSON / JS / Python / Ruby reader and its line and named-argument forms.
#![no_main]

use libfuzzer_sys::fuzz_target;
use upload_doctor::input::loose;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(v) = loose::parse(&text) {
        let _ = v.flatten(512);
    }
    if let Some((_, end)) = loose::parse_prefix(&text) {
        assert!(end <= text.len());
    }
    let _ = loose::parse_lines(&text);
    let _ = loose::parse_named_args(&text);
});
