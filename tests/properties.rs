//! Property tests: for any input and any request context, `explain` returns a diagnosis whose
//! JSON is valid and whose confidences are within 0..=1. (Speed is measured by `make bench`,
//! never asserted here.)

mod common;

use proptest::prelude::*;
use upload_doctor::{explain, FormField, Input, RequestContext};

/// Fragments that steer generated text into the parsers' interesting paths.
const FRAGMENTS: &[&str] = &[
    "<Error>",
    "</Error>",
    "<Code>",
    "</Code>",
    "<Message>",
    "</Message>",
    "<?xml version=\"1.0\"?>",
    "<!DOCTYPE x [<!ENTITY a \"&a;&a;\">]>",
    "&a;",
    "&amp;",
    "&#39;",
    "&#x0;",
    "<![CDATA[",
    "]]>",
    "{",
    "}",
    "[",
    "]",
    "\"",
    "'",
    ":",
    ",",
    "=>",
    "None",
    "b'",
    "\\n",
    "\\\"",
    "\\u003c",
    "&lt;",
    "HTTP/1.1 403 Forbidden\r\n",
    "x-amz-error-code: AccessDenied\r\n",
    "\r\n\r\n",
    "< ",
    "* ",
    "{\"statusCode\":\"403\",",
    "\"error\":",
    "\"code\":",
    "\"message\":",
    "\"type\":\"/x/y\"",
    "An error occurred (",
    ") when calling the PutObject operation: ",
    "Error Code: ",
    "ClientAuthenticationError: ",
    "PermissionError: ",
    "StorageApiError: ",
    "Name(a: 1, b: 2)",
    "eyJhbGciOiJub25lIn0.",
    "AKIAIOSFODNN7EXAMPLE",
    "ASIA",
    "X-Amz-Signature=",
    "sig=",
    "&",
    "Authorization: Bearer ",
    "Access to fetch at '",
    "' from origin '",
    "Failed to fetch",
    "Invalid according to Policy: Policy Condition failed: [\"eq\", \"$key\", \"a\"]",
    "the region 'us-east-1' is wrong; expecting '",
    "<HostId>",
    "</HostId>",
    "\u{202e}",
    "\u{feff}",
    "é",
    "\0",
    "403",
    "99999999999999999999",
];

fn fragment_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(FRAGMENTS).prop_map(str::to_string),
            "[ -~]{0,12}",
            any::<char>().prop_map(|c| c.to_string()),
        ],
        0..48,
    )
    .prop_map(|parts| parts.concat())
}

fn context() -> impl Strategy<Value = Option<RequestContext>> {
    let field = (
        fragment_text(),
        proptest::option::of(fragment_text()),
        any::<bool>(),
    )
        .prop_map(|(name, value, is_file)| {
            let mut f = FormField::default();
            f.name = name;
            if is_file {
                f.file = Some(Default::default());
            } else {
                f.value = value;
            }
            f
        });
    proptest::option::of(
        (
            proptest::option::of(fragment_text()),
            proptest::option::of(fragment_text()),
            prop::collection::btree_map(fragment_text(), fragment_text(), 0..4),
            prop::collection::vec(field, 0..8),
            proptest::option::of(any::<u64>()),
            proptest::option::of(fragment_text()),
            proptest::option::of(fragment_text()),
        )
            .prop_map(
                |(method, url, headers, form_fields, body_size, sent_at, fetch_error)| {
                    let mut c = RequestContext::default();
                    c.method = method;
                    c.url = url;
                    c.headers = headers;
                    c.form_fields = form_fields;
                    c.body_size = body_size;
                    c.sent_at = sent_at;
                    c.fetch_error = fetch_error;
                    c
                },
            ),
    )
}

fn check(input: &Input, ctx: Option<&RequestContext>) -> Result<(), TestCaseError> {
    let d = explain(input, ctx);
    let json = serde_json::to_string(&d).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let back: serde_json::Value =
        serde_json::from_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert!(back.is_object());
    for c in &d.causes {
        prop_assert!((0.0..=1.0).contains(&c.confidence));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2048), status in proptest::option::of(0u16..1000)) {
        let mut input = Input::from_bytes(&bytes);
        input.status = status;
        check(&input, None)?;
    }

    #[test]
    fn near_miss_text_and_any_context(text in fragment_text(), ctx in context(), status in proptest::option::of(0u16..1000)) {
        let mut input = Input::text(text);
        input.status = status;
        check(&input, ctx.as_ref())?;
    }

    #[test]
    fn fixtures_with_any_context(index in any::<prop::sample::Index>(), ctx in context()) {
        static ALL: std::sync::OnceLock<Vec<common::Fixture>> = std::sync::OnceLock::new();
        let all = ALL.get_or_init(common::all);
        let f = &all[index.index(all.len())];
        check(&f.input(), ctx.as_ref())?;
    }
}
