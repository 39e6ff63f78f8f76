//! The XML reader: never panics, never expands entities.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(doc) = upload_doctor::input::xml::parse(&text) {
        assert!(doc.fields.len() <= upload_doctor::input::xml::MAX_FIELDS);
    }
});
