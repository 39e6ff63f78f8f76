//! Finding an error inside other text (escaped XML, JSON in logs, dumps).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = upload_doctor::input::embedded::find(&text);
    let _ = upload_doctor::input::normalize(&upload_doctor::Input::text(text.into_owned()));
});
