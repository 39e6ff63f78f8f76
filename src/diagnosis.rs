//! What `explain` returns: the [`Diagnosis`] and its ranked [`Cause`]s.
//!
//! These are plain data (serde, camelCase) and look the same from Rust, from the CLI's `--json`
//! and from JavaScript. Optional values serialise as `null`, never as a missing key.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::context::RequestContext;
use crate::ids::{CauseId, ProviderId};

/// Text that is usually a catalogue constant and sometimes built from the input.
pub type Text = Cow<'static, str>;

/// The decoded error: who answered, with which code, and the ranked causes with their fixes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Diagnosis {
    /// Who answered (see `ids/provider-ids.txt`); `unknown` when nothing was recognised.
    pub provider: ProviderId,
    /// The provider's own error code exactly as on the wire (`<Code>`, JSON `code`/`error`/`reason`,
    /// `x-amz-error-code`, ...); `None` when the response carries none.
    pub code: Option<String>,
    /// The effective HTTP status: the one the body claims when it differs from the wire (Supabase
    /// answers 400 with `"statusCode": "403"` inside), else the wire status, else the status the
    /// catalogue gives the code.
    pub status: Option<u16>,
    /// The HTTP status seen on the wire, when known.
    pub http_status: Option<u16>,
    /// The provider's message, as sent (secrets redacted).
    pub message: Option<String>,
    /// The request id to quote to support (`RequestId`, `x-amz-request-id`, problem+json `instance`...).
    pub request_id: Option<String>,
    /// A one-line summary of what the code means.
    pub title: Text,
    /// The provider's documentation for this code, when there is a page for it.
    pub docs: Option<Text>,
    /// The shape the error arrived in.
    pub format: BodyFormat,
    /// Everything else found in the response (XML elements, JSON members, headers of interest),
    /// by their names on the wire; nested members use `parent.child` and `list[0]` paths.
    /// Secrets are redacted.
    pub fields: BTreeMap<String, String>,
    /// The likely causes, most likely first.
    pub causes: Vec<Cause>,
    /// Remarks about the input itself (status mismatch, truncation, where the error was found).
    pub notes: Vec<String>,
    /// The request context the caller supplied, carried through (secrets redacted).
    pub request: Option<RequestContext>,
}

/// One possible cause of the failure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Cause {
    /// Stable id from `ids/cause-ids.txt`.
    pub id: CauseId,
    /// How likely this cause is, from 0 to 1 (two decimals).
    pub confidence: f64,
    /// Short title.
    pub title: Text,
    /// Why this cause produces this error.
    pub explanation: Text,
    /// What to do about it.
    pub fixes: Vec<Fix>,
    /// The facts this cause rests on ("access key ASIA…WXYZ is temporary"); empty when it rests
    /// only on the error code.
    pub evidence: Vec<String>,
}

/// A concrete remedy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Fix {
    /// Short imperative title ("Put the file field last").
    pub title: Text,
    /// Steps, in order.
    pub steps: Vec<Text>,
    /// Something to copy: a config block, a code change, a command.
    pub snippet: Option<Snippet>,
}

/// A copyable block of code or configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Snippet {
    /// Language for highlighting: `js`, `json`, `xml`, `shell`, `python`, `toml`, `text`.
    pub language: Text,
    /// The code itself.
    pub code: Text,
}

/// The shape in which the error arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum BodyFormat {
    /// An XML document (S3, GCS XML API, Azure).
    Xml,
    /// A JSON document.
    Json,
    /// An RFC 9457 / RFC 7807 problem details document.
    ProblemJson,
    /// An HTML page (usually a proxy, CDN or gateway).
    Html,
    /// Free text: a log line, an SDK exception, a stack trace.
    Text,
    /// No body at all; whatever was found came from the status and headers.
    Empty,
}

impl BodyFormat {
    /// The name serde gives it: `xml`, `json`, `problem-json`, `html`, `text` or `empty`.
    pub const fn as_str(self) -> &'static str {
        match self {
            BodyFormat::Xml => "xml",
            BodyFormat::Json => "json",
            BodyFormat::ProblemJson => "problem-json",
            BodyFormat::Html => "html",
            BodyFormat::Text => "text",
            BodyFormat::Empty => "empty",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::BodyFormat;

    #[test]
    fn body_format_names_are_serdes() {
        use BodyFormat::*;
        for f in [Xml, Json, ProblemJson, Html, Text, Empty] {
            let json = serde_json::to_string(&f).unwrap();
            assert_eq!(json, format!("\"{}\"", f.as_str()));
        }
    }
}
