//! The whole entry point: any bytes, with and without a request context built from them.
#![no_main]

use libfuzzer_sys::fuzz_target;
use upload_doctor::{explain, FormField, Input, RequestContext};

fuzz_target!(|data: &[u8]| {
    let input = Input::from_bytes(data);
    let _ = explain(&input, None);
    // The same bytes as a request context: URL, a header, and form fields split on newlines.
    let text = String::from_utf8_lossy(data);
    let mut lines = text.lines();
    let mut ctx = RequestContext::default();
    ctx.url = lines.next().map(str::to_string);
    ctx.method = lines.next().map(str::to_string);
    if let Some(h) = lines.next() {
        ctx.headers
            .insert("x-amz-security-token".into(), h.to_string());
    }
    ctx.form_fields = lines
        .map(|l| {
            let mut f = FormField::default();
            let (name, value) = l.split_once('=').unwrap_or((l, ""));
            f.name = name.to_string();
            if name == "file" {
                f.file = Some(Default::default());
            } else {
                f.value = Some(value.to_string());
            }
            f
        })
        .collect();
    ctx.fetch_error = Some(text.chars().take(64).collect());
    let mut with_status = Input::from_bytes(data);
    with_status.status = data.first().map(|b| 400 + u16::from(*b % 200));
    let _ = explain(&with_status, Some(&ctx));
});
