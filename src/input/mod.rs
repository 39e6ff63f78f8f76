//! Turning what users have into a response: raw HTTP, body sniffing, unwrapping errors embedded
//! in other text.
//!
//! [`Input`] is what the caller hands over; [`normalize`] turns it into a [`Response`]: a status,
//! headers, and the part of the text that holds the error, with its [`BodyFormat`].

use std::borrow::Cow;

use crate::diagnosis::BodyFormat;

pub mod embedded;
pub mod har;
pub mod http;
pub mod loose;
mod pairs;
pub mod xml;

use crate::search::SearchExt;
use pairs::BytePairs;

/// What the client got back.
///
/// Build it from whatever is at hand: [`Input::text`] for anything pasted (a raw HTTP response as
/// `curl -i` prints it, a body, a log line, an SDK exception), or [`Input::response`] when the
/// status, headers and body are known separately. A status or header given explicitly wins over
/// one found in the text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Input {
    /// The HTTP status, when known separately from the text.
    pub status: Option<u16>,
    /// Response headers, when known separately from the text.
    pub headers: Vec<(String, String)>,
    /// The body, or the whole pasted text.
    pub body: String,
}

impl Input {
    /// Anything pasted: a raw HTTP response, a body, or text that contains an error somewhere.
    pub fn text(text: impl Into<String>) -> Self {
        Input {
            body: text.into(),
            ..Input::default()
        }
    }

    /// A response known by its parts: `Input::response(403, &[("x-amz-request-id", "…")], body)`.
    pub fn response(status: u16, headers: &[(&str, &str)], body: impl Into<String>) -> Self {
        Input {
            status: Some(status),
            headers: headers
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
            body: body.into(),
        }
    }

    /// Raw bytes (a file, stdin). UTF-16 with a byte-order mark is decoded; anything else is read
    /// as UTF-8 with invalid sequences replaced.
    pub fn from_bytes(bytes: &[u8]) -> Self {
        Input::text(decode_bytes(bytes))
    }

    /// Sets the HTTP status.
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// Adds a response header.
    pub fn with_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// Decodes bytes to text: UTF-16 (LE/BE) when a byte-order mark says so, else lossy UTF-8.
pub fn decode_bytes(bytes: &[u8]) -> String {
    let utf16 = |le: bool| {
        let units = bytes[2..].chunks_exact(2).map(|c| {
            if le {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        char::decode_utf16(units)
            .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    };
    match bytes {
        [0xFF, 0xFE, ..] => utf16(true),
        [0xFE, 0xFF, ..] => utf16(false),
        _ => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// The response as the decoder sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Response<'a> {
    /// The HTTP status on the wire, when known.
    pub status: Option<u16>,
    /// Response headers (names as given; look them up with [`Response::header`]).
    pub headers: Vec<(String, String)>,
    /// The text holding the error: the body, or the error found inside pasted text.
    pub body: Cow<'a, str>,
    /// What the body looks like.
    pub format: BodyFormat,
    /// The whole text after the HTTP head was removed, before any unwrapping (free-text providers
    /// read exception names and log lines from it).
    pub text: &'a str,
    /// Remarks about the input (truncation, where an embedded error was found).
    pub notes: Vec<String>,
    /// The body read as a JSON-like value, when it is one.
    pub value: Option<loose::Value>,
    /// The error was found inside other text rather than being the whole body.
    pub embedded: bool,
    /// The byte pairs of `text`, and the address and length of the text they were taken from
    /// (a `text` replaced afterwards is searched without them).
    pairs: (BytePairs, usize, usize),
}

impl Response<'_> {
    /// Whether `needle` occurs in `within`, which is [`text`](Self::text) or a part of it (such
    /// as its first 64 KB): skips the search when a byte pair of the needle is not in the text.
    /// For any other `within` it is `within.contains(needle)`.
    pub fn contains_in(&self, within: &str, needle: &str) -> bool {
        let (pairs, start, len) = &self.pairs;
        let at = within.as_ptr() as usize;
        let part_of_text = (self.text.as_ptr() as usize, self.text.len()) == (*start, *len)
            && at >= *start
            && at + within.len() <= start + len;
        (!part_of_text || pairs.may_contain(needle)) && within.contains(needle)
    }

    /// Whether `needle` occurs in [`text`](Self::text) (see [`Response::contains_in`]).
    pub fn text_contains(&self, needle: &str) -> bool {
        self.contains_in(self.text, needle)
    }

    /// A header's value by case-insensitive name (the first one).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim())
    }

    /// The media type of `Content-Type`, lower-cased, without parameters.
    pub fn content_type(&self) -> Option<String> {
        self.header("content-type").map(|v| {
            v.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
    }
}

/// Cuts `s` to at most `cap` bytes on a character boundary.
pub fn cap_str(s: &str, cap: usize) -> &str {
    if s.len() <= cap {
        return s;
    }
    let mut end = cap;
    while end > 0 && !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Turns an [`Input`] into a [`Response`]: caps the size, strips a byte-order mark, splits a raw
/// HTTP response into status/headers/body, and finds an error embedded in other text.
pub fn normalize(input: &Input) -> Response<'_> {
    let mut notes = Vec::new();
    let mut text = input.body.as_str();
    if text.len() > crate::INPUT_CAP {
        text = cap_str(text, crate::INPUT_CAP);
        notes.push(format!(
            "The input is {} bytes; only the first {} bytes were examined.",
            input.body.len(),
            crate::INPUT_CAP
        ));
    }
    text = text.trim_start_matches('\u{feff}');

    let mut status = input.status;
    let mut headers = input.headers.clone();
    if let Some(raw) = http::parse(text) {
        if status.is_none() {
            status = raw.status;
        }
        for (name, value) in raw.headers {
            if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(&name)) {
                headers.push((name, value));
            }
        }
        text = raw.body;
    }

    let mut response = Response {
        status,
        headers,
        body: Cow::Borrowed(text),
        format: BodyFormat::Text,
        text,
        notes,
        value: None,
        embedded: false,
        pairs: (BytePairs::of(text), text.as_ptr() as usize, text.len()),
    };
    match sniff(text) {
        BodyFormat::Json => match loose::parse(text) {
            Some(v) => {
                response.format = BodyFormat::Json;
                response.value = Some(v);
            }
            None => unwrap_text(&mut response),
        },
        BodyFormat::Text => unwrap_text(&mut response),
        format => response.format = format,
    }
    response
}

/// Looks for an error embedded in free text and, when one is found, makes it the body.
fn unwrap_text(response: &mut Response<'_>) {
    if let Some(found) = embedded::find(response.text) {
        response.notes.push(found.note.to_string());
        response.format = found.format;
        response.value = found.value;
        response.body = found.body;
        response.embedded = true;
    }
}

/// Guesses the format of a body from its first characters.
pub fn sniff(body: &str) -> BodyFormat {
    let t = body.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    if t.is_empty() {
        return BodyFormat::Empty;
    }
    match t.as_bytes()[0] {
        b'{' | b'[' => BodyFormat::Json,
        b'<' => {
            let start = cap_str(t, 16).to_ascii_lowercase();
            if start.starts_with("<!doctype html")
                || start.starts_with("<html")
                || start.starts_with("<head")
                || start.starts_with("<body")
                || start.starts_with("<center")
                || start.starts_with("<h1")
                || start.starts_with("<title")
                || start.starts_with("<p>")
                || cap_str(t, 512).has_ignore_ascii_case("<html")
            {
                BodyFormat::Html
            } else {
                BodyFormat::Xml
            }
        }
        _ => BodyFormat::Text,
    }
}
