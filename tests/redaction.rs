//! No secret in any fixture survives into any output: for each fixture, every signature, session
//! token, SAS `sig`, JWT signature and full access key id found in its input (body and request
//! context) is looked for in the serialised diagnosis (the CLI, the wasm build and the page
//! render nothing but the diagnosis's own fields).

mod common;

use upload_doctor::explain;

/// Names whose values are secrets in query strings, form fields and XML elements.
const SECRET_NAMES: &[&str] = &[
    "X-Amz-Signature",
    "X-Amz-Security-Token",
    "Signature",
    "SignatureProvided",
    "sig",
    "x-amz-security-token",
    "access_token",
    "SessionToken",
];

fn is_value_char(c: char) -> bool {
    !(c.is_whitespace()
        || matches!(
            c,
            '&' | '"' | '\'' | '<' | ',' | ';' | ')' | ']' | '}' | '\\'
        ))
}

/// `name=value`, `name: value`, `"name":"value"` and `<name>value</name>` occurrences.
fn secrets_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for name in SECRET_NAMES {
        for sep in ["=", "\":\"", "\": \"", ": ", ">"] {
            let needle = if sep == ">" {
                format!("<{name}>")
            } else {
                format!("{name}{sep}")
            };
            let mut from = 0;
            while let Some(i) = text[from..].find(&needle) {
                let start = from + i + needle.len();
                let value: String = text[start..]
                    .chars()
                    .take_while(|c| is_value_char(*c))
                    .collect();
                if value.len() >= 8 {
                    out.push(value);
                }
                from = start;
            }
        }
    }
    // Access key ids.
    let b = text.as_bytes();
    for i in 0..b.len().saturating_sub(19) {
        let head = &b[i..i + 4];
        if (head == b"AKIA" || head == b"ASIA")
            && b[i + 4..i + 20]
                .iter()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
        {
            out.push(text[i..i + 20].to_string());
        }
    }
    // JWT signatures.
    for (i, _) in text.match_indices("eyJ") {
        let token: String = text[i..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .collect();
        let parts: Vec<&str> = token.split('.').collect();
        if parts.len() >= 3 && parts[2].len() >= 12 {
            out.push(parts[2].to_string());
        }
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn no_fixture_secret_survives() {
    let mut checked = 0;
    let mut leaks = Vec::new();
    for f in common::all() {
        let mut input = f.body.clone();
        if let Some(ctx) = &f.request {
            input.push('\n');
            input.push_str(&serde_json::to_string(ctx).unwrap());
        }
        let secrets = secrets_in(&input);
        if secrets.is_empty() {
            continue;
        }
        let d = explain(&f.input(), f.request.as_ref());
        let json = serde_json::to_string(&d).unwrap();
        for s in &secrets {
            checked += 1;
            if json.contains(s.as_str()) {
                leaks.push(format!("{}: `{s}`", f.id));
            }
        }
    }
    assert!(
        leaks.is_empty(),
        "secrets in the output:\n{}",
        leaks.join("\n")
    );
    assert!(
        checked >= 5,
        "only {checked} secrets found in the fixtures: the check is vacuous"
    );
    println!("redaction: {checked} secrets from the fixtures checked, none in any output");
}

#[test]
fn the_scanner_finds_what_it_should() {
    let s = secrets_in("https://x/k?X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835&sig=abcDEF%2Bghi123456 AKIAIOSFODNN7EXAMPLE <SignatureProvided>0123456789abcdef</SignatureProvided> eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJlc2ln");
    assert!(s.contains(&"aeeed9bbccd4d02ee5c0109b86d86835".to_string()));
    assert!(s.contains(&"abcDEF%2Bghi123456".to_string()));
    assert!(s.contains(&"AKIAIOSFODNN7EXAMPLE".to_string()));
    assert!(s.contains(&"0123456789abcdef".to_string()));
    assert!(s.contains(&"c2lnbmF0dXJlc2ln".to_string()));
}
