//! Hostile and degenerate input: every one yields a diagnosis that serialises, and nothing
//! panics. (Fuzzing and property tests extend this in issue #7.)

use upload_doctor::{explain, Input, RequestContext};

fn hostile() -> Vec<(&'static str, Vec<u8>)> {
    let mut v: Vec<(&'static str, Vec<u8>)> = vec![
        ("empty", b"".to_vec()),
        ("whitespace", b"  \n\t\r\n ".to_vec()),
        ("bom only", "\u{feff}".as_bytes().to_vec()),
        ("billion laughs", br#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]><Error><Code>&lol2;</Code></Error>"#.to_vec()),
        ("external entity", br#"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Error><Code>&xxe;</Code></Error>"#.to_vec()),
        ("invalid utf-8", vec![0xff, 0xfe, 0xfd, b'<', 0xc3, 0x28, b'>']),
        ("utf-16 le", {
            let mut b = vec![0xff, 0xfe];
            for u in "<Error><Code>NoSuchKey</Code></Error>".encode_utf16() {
                b.extend(u.to_le_bytes());
            }
            b
        }),
        ("odd utf-16", vec![0xfe, 0xff, 0x00]),
        ("nul bytes", b"<Error>\0<Code>\0AccessDenied</Code>\0</Error>".to_vec()),
        ("control chars", b"\x01\x02\x1b[31m{\"code\":\"x\x07\"}".to_vec()),
        ("rtl override", "{\"statusCode\":\"403\",\"error\":\"Unauthorized\",\"message\":\"\u{202e}ycilop\"}".as_bytes().to_vec()),
        ("truncated xml", b"<Error><Code>SignatureDoesNotMatch</Code><StringToSign>AWS4-HMAC".to_vec()),
        ("truncated json", b"{\"statusCode\":\"403\",\"error\":\"Unau".to_vec()),
        ("unclosed string", b"{\"a\":\"\\".to_vec()),
        ("lone http line", b"HTTP/1.1 403".to_vec()),
        ("http head only", b"HTTP/1.1 403 Forbidden\r\nx-amz-error-code: AccessDenied\r\n".to_vec()),
        ("status line junk", b"HTTP/9999999999999999999 99999999 x".to_vec()),
        ("error tags only", b"<Error></Error></Error></Error>".to_vec()),
        ("mismatched tags", b"<Error><Code>A</Message></Code><Message>x</Error>".to_vec()),
        ("html escaped", b"&lt;Error&gt;&lt;Code&gt;NoSuchKey&lt;/Code&gt;".to_vec()),
        ("escaped unicode", b"\\u003cError\\u003e\\u003cCode\\u003eX".to_vec()),
        ("jwt only", b"eyJ.eyJ.".to_vec()),
        ("key ids", b"AKIA ASIA AKIAAAAAAAAAAAAAAAAAAAAAAAAA ASIA0000000000000000".to_vec()),
        ("labels without values", b"signature= token: Authorization: sig=&x".to_vec()),
        ("named args junk", b"X(a: , b: ), (c:".to_vec()),
        ("lines junk", b"a:\nb:\n:\n".to_vec()),
    ];
    v.push((
        "deep xml",
        ("<a>".repeat(10_000) + &"</a>".repeat(10_000)).into_bytes(),
    ));
    v.push((
        "deep json",
        ("[".repeat(10_000) + &"]".repeat(10_000)).into_bytes(),
    ));
    v.push((
        "deep objects",
        ("{\"a\":".repeat(10_000) + "1" + &"}".repeat(10_000)).into_bytes(),
    ));
    v.push(("many braces", "{".repeat(200_000).into_bytes()));
    v.push(("many error tags", "<Error>".repeat(100_000).into_bytes()));
    v.push(("long line", vec![b'a'; 2 << 20]));
    v.push((
        "long message",
        format!(
            "<Error><Code>EntityTooLarge</Code><Message>{}</Message></Error>",
            "x".repeat(3 << 20)
        )
        .into_bytes(),
    ));
    v.push((
        "many fields",
        format!("<Error><Code>X</Code>{}</Error>", "<F>1</F>".repeat(50_000)).into_bytes(),
    ));
    v.push(("many eyJ", "eyJ".repeat(100_000).into_bytes()));
    v.push(("many labels", "sig=1&".repeat(100_000).into_bytes()));
    v.push((
        "random",
        (0..100_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect(),
    ));
    v
}

#[test]
fn hostile_inputs_yield_a_diagnosis() {
    let mut ctx = RequestContext::default();
    ctx.url = Some("https://x/?X-Amz-Signature=abcdefabcdefabcdefabcdef".into());
    for (name, bytes) in hostile() {
        for context in [None, Some(&ctx)] {
            let d = explain(&Input::from_bytes(&bytes), context);
            let json = serde_json::to_string(&d).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(json.starts_with('{'), "{name}");
            for c in &d.causes {
                assert!((0.0..=1.0).contains(&c.confidence), "{name}");
            }
        }
    }
}

#[test]
fn large_input_is_cut_with_a_note() {
    let body = format!(
        "<Error><Code>AccessDenied</Code><Message>{}</Message></Error>",
        "x".repeat(3 << 20)
    );
    let d = explain(&Input::text(body), None);
    assert!(
        d.notes.iter().any(|n| n.contains("only the first")),
        "{:?}",
        d.notes
    );
    assert_eq!(d.code.as_deref(), Some("AccessDenied"));
}

#[test]
fn a_100_mb_body_is_cut_not_read() {
    // Issue #7's pathological size: only the documented cap is examined, with a note saying so.
    let mut body = String::from("<Error><Code>EntityTooLarge</Code><Message>");
    body.push_str(&"y".repeat(100 << 20));
    body.push_str("</Message></Error>");
    let d = explain(&Input::text(body), None);
    assert!(d.notes.iter().any(|n| n.contains("only the first")));
    assert_eq!(d.code.as_deref(), Some("EntityTooLarge"));
}

#[test]
fn entities_are_not_expanded() {
    let d = explain(
        &Input::text(
            r#"<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Error><Code>&xxe;</Code></Error>"#,
        ),
        None,
    );
    assert_eq!(d.code.as_deref(), Some("&xxe;"));
}
