//! Finding an error that hides inside other text: XML inside a JSON string (escaped once or
//! more), a Python `b'...'` repr, an HTML-escaped dump, or a JSON object inside a log line or an
//! SDK exception message.

use std::borrow::Cow;

use super::loose::{self, Value};
use crate::diagnosis::BodyFormat;
use crate::search::SearchExt;

/// An error body found inside text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<'a> {
    /// The error body, unescaped.
    pub body: Cow<'a, str>,
    /// Its format.
    pub format: BodyFormat,
    /// A remark for the diagnosis.
    pub note: &'static str,
    /// The error read as a value, for JSON-like finds.
    pub value: Option<Value>,
}

/// How many `{` positions are tried before giving up on finding a JSON object.
const MAX_JSON_TRIES: usize = 64;

/// Keys that make a JSON object look like an error.
const ERROR_KEYS: &[&str] = &[
    "code",
    "Code",
    "error",
    "Error",
    "errors",
    "message",
    "Message",
    "statusCode",
    "httpStatusCode",
    "status",
    "type",
    "title",
    "detail",
];

/// Looks for an XML or JSON error inside `text`.
pub fn find(text: &str) -> Option<Found<'_>> {
    if let Some(found) = find_xml(text) {
        return Some(found);
    }
    // The whole text is one JSON string holding the error (double-encoded JSON).
    if let Some(Value::Str(inner)) = loose::parse(text) {
        let t = inner.trim_start();
        if t.starts_with('{') || t.starts_with('<') {
            let format = super::sniff(t);
            let value = if format == BodyFormat::Json {
                loose::parse(t)
            } else {
                None
            };
            return Some(Found {
                body: Cow::Owned(inner),
                format,
                note: "The error was found inside a quoted string and unescaped.",
                value,
            });
        }
    }
    if let Some(found) = find_json(text) {
        return Some(found);
    }
    if let Some(v) = loose::parse_lines(text).filter(looks_like_error) {
        return Some(Found {
            body: Cow::Borrowed(text),
            format: BodyFormat::Json,
            note: "The error was read from `name: value` lines.",
            value: Some(v),
        });
    }
    if let Some(v) = loose::parse_named_args(text).filter(looks_like_error) {
        return Some(Found {
            body: Cow::Borrowed(text),
            format: BodyFormat::Json,
            note: "The error was read from an exception's `Name(key: value, ...)` form.",
            value: Some(v),
        });
    }
    None
}

fn looks_like_error(v: &Value) -> bool {
    match v {
        Value::Obj(members) => members
            .iter()
            .any(|(k, _)| ERROR_KEYS.contains(&k.as_str())),
        _ => false,
    }
}

fn find_xml(text: &str) -> Option<Found<'_>> {
    // Plain, HTML-escaped, or \u003c-escaped <Error ...>. When the text holds several copies
    // (PHP's Guzzle prints a truncated one, then the whole), the first complete one wins.
    let starts: Vec<usize> = text
        .match_indices("<Error>")
        .take(16)
        .map(|(i, _)| i)
        .collect();
    let complete = starts.iter().enumerate().find_map(|(n, &i)| {
        let end = starts.get(n + 1).copied().unwrap_or(text.len());
        text[i..end].has("</Error>").then_some(i)
    });
    let (start, escaped_html, escaped_unicode) = if let Some(i) = complete {
        (i, false, false)
    } else if let Some(i) = text.index_of("<Error>") {
        (i, false, false)
    } else if let Some(i) = text.index_of("<Error ") {
        (i, false, false)
    } else if let Some(i) = text.index_of("&lt;Error&gt;") {
        (i, true, false)
    } else if let Some(i) = text.index_of("\\u003cError\\u003e") {
        (i, false, true)
    } else {
        return None;
    };
    let rest = &text[start..];
    let close: &str = if escaped_html {
        "&lt;/Error&gt;"
    } else if escaped_unicode {
        "\\u003c/Error\\u003e"
    } else {
        "</Error>"
    };
    let end = rest
        .find(close)
        .map(|i| i + close.len())
        .unwrap_or(rest.len());
    let slice = &rest[..end];
    let mut body = Cow::Borrowed(slice);
    if escaped_html {
        body = Cow::Owned(unescape_html(&body));
    }
    // Undo string escaping (\" \n \\n ...) as many times as it was applied.
    for _ in 0..4 {
        if !body.contains('\\') {
            break;
        }
        let once = unescape_backslashes(&body);
        if once == body {
            break;
        }
        body = Cow::Owned(once);
    }
    Some(Found {
        body,
        format: BodyFormat::Xml,
        value: None,
        note: if slice.len() == text.trim().len() {
            "The XML error was read after unescaping it."
        } else {
            "The XML error was found inside the pasted text."
        },
    })
}

fn find_json(text: &str) -> Option<Found<'_>> {
    let mut from = 0;
    for _ in 0..MAX_JSON_TRIES {
        let i = from + text.get(from..)?.find('{')?;
        if let Some((v, end)) = loose::parse_prefix(&text[i..]) {
            if looks_like_error(&v) {
                return Some(Found {
                    body: Cow::Borrowed(&text[i..i + end]),
                    format: BodyFormat::Json,
                    note: "The JSON error was found inside the pasted text.",
                    value: Some(v),
                });
            }
        }
        from = i + 1;
    }
    None
}

fn unescape_html(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// One level of backslash unescaping (`\"`, `\\`, `\n`, `\t`, `\r`, `\/`, `\'`, `\uXXXX`).
fn unescape_backslashes(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('u') => {
                let hex: String = chars.clone().take(4).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) if hex.len() == 4 => {
                        out.push(ch);
                        for _ in 0..4 {
                            chars.next();
                        }
                    }
                    _ => out.push_str("\\u"),
                }
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_in_json_string() {
        let t = r#"{"body":"<?xml version=\"1.0\"?>\n<Error><Code>NoSuchKey</Code><Message>The key \"a\"</Message></Error>"}"#;
        let f = find(t).unwrap();
        assert_eq!(f.format, BodyFormat::Xml);
        assert_eq!(
            f.body,
            "<Error><Code>NoSuchKey</Code><Message>The key \"a\"</Message></Error>"
        );
    }

    #[test]
    fn python_bytes_repr() {
        let t = r"botocore response: b'<?xml version=\'1.0\'?>\n<Error>\n<Code>AccessDenied</Code></Error>'";
        let f = find(t).unwrap();
        assert_eq!(f.body, "<Error>\n<Code>AccessDenied</Code></Error>");
    }

    #[test]
    fn json_in_log_line() {
        let t = "2024-01-01 ERROR upload failed {\"statusCode\":\"413\",\"error\":\"Payload too large\"} at x";
        let f = find(t).unwrap();
        assert_eq!(f.format, BodyFormat::Json);
        assert!(f.body.starts_with("{\"statusCode\""));
    }

    #[test]
    fn nothing() {
        assert!(find("just words {not json").is_none());
    }
}
