//! The presigned-POST policy: base64 decoding, the strict JSON check, the conditions, and the
//! form checked against them. The bytes are tried as the field itself and base64-encoded (so
//! the JSON and condition code sees them too).
#![no_main]

use libfuzzer_sys::fuzz_target;
use upload_doctor::rules::fuzzing::fuzz_policy;
use upload_doctor::{FileInfo, FormField};

fn base64(data: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(A[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // A form built from the same bytes: `name=value` lines, `file` marks the file field.
    let form: Vec<FormField> = text
        .lines()
        .take(64)
        .map(|l| {
            let (name, value) = l.split_once('=').unwrap_or((l, ""));
            let mut f = FormField::default();
            f.name = name.to_string();
            if name == "file" {
                let mut info = FileInfo::default();
                info.name = Some(value.to_string());
                info.size = Some(value.len() as u64 * 1_000_003);
                info.mime_type = Some("image/png".into());
                f.file = Some(info);
            } else {
                f.value = Some(value.to_string());
            }
            f
        })
        .collect();
    let size = data.first().map(|b| u64::from(*b) << (data.len() % 40));
    let url = text.lines().next();
    let _ = fuzz_policy(&text, &form, size, url);
    let _ = fuzz_policy(&base64(data), &form, size, url);
});
