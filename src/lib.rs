//! # upload-doctor
//!
//! Decodes the error a browser upload got back from object storage (S3 and S3-compatibles, GCS,
//! Azure Blob, Supabase Storage, problem+json APIs, V7 Darwin, Unstructured connectors, and the
//! proxies in front of them) and says what went wrong and how to fix it.
//!
//! ```
//! use upload_doctor::{explain, Input};
//!
//! let body = r#"<Error><Code>InvalidAccessKeyId</Code>
//!   <Message>The AWS Access Key Id you provided does not exist in our records.</Message>
//!   <AWSAccessKeyId>ASIAIOSFODNN7EXAMPLE</AWSAccessKeyId>
//!   <RequestId>AFCXGJGVWQ5FHR3Q</RequestId>
//!   <HostId>xiI2LSa9TKB/j9peQt+GvG3t/oPmMXCc2N9IIWyLFI97ps0cl5oqfYOU1eKjXKTTwFJ0Ho6QyhU=</HostId>
//! </Error>"#;
//! let d = explain(&Input::response(403, &[], body), None);
//! assert_eq!(d.provider.as_str(), "aws-s3");
//! assert_eq!(d.code.as_deref(), Some("InvalidAccessKeyId"));
//! assert_eq!(d.causes[0].id.as_str(), "auth.session-token-missing");
//! ```
//!
//! The API is pure: no I/O, no network, no global state. Any input yields a [`Diagnosis`]
//! (provider `unknown` at worst); nothing here panics on input.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod catalog;
pub mod context;
pub mod diagnosis;
pub mod ids;
pub mod input;
pub mod providers;
pub mod redact;
pub mod rules;

mod build;
mod search;

/// The README's Rust examples run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

#[cfg(feature = "wasm")]
pub mod wasm;

pub use context::{FileInfo, FormField, RequestContext};
pub use diagnosis::{BodyFormat, Cause, Diagnosis, Fix, Snippet};
pub use ids::{CauseId, ProviderId};
pub use input::Input;

/// How many bytes of the input are examined; anything beyond is cut, with a note in the
/// diagnosis. Error bodies are small; this bounds time and memory on hostile input.
pub const INPUT_CAP: usize = 1 << 20;

/// One failed request of a HAR file and its diagnosis.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct HarDiagnosis {
    /// Position of the entry in the HAR's `log.entries`.
    pub index: usize,
    /// The request's method and URL (redacted), to tell entries apart.
    pub request: String,
    /// The diagnosis, with the entry's request context in `request`.
    pub diagnosis: Diagnosis,
}

/// Explains every failed request (status 0 or ≥ 400) of a HAR file, each with the request
/// context its entry records. `None` when `text` is not a HAR file.
pub fn explain_har(text: &str) -> Option<Vec<HarDiagnosis>> {
    let entries = input::har::failed_entries(text)?;
    Some(
        entries
            .into_iter()
            .map(|e| {
                let mut diagnosis = explain(&e.input, Some(&e.context));
                diagnosis.notes.extend(e.notes);
                let request = format!(
                    "{} {}",
                    e.context.method.as_deref().unwrap_or("?"),
                    redact::text(e.context.url.as_deref().unwrap_or("?"))
                );
                HarDiagnosis {
                    index: e.index,
                    request,
                    diagnosis,
                }
            })
            .collect(),
    )
}

/// Explains an upload error.
///
/// `input` is what the client got back (see [`Input`]): a raw HTTP response, a body with its
/// status and headers, or any pasted text that contains an error. `context` is what the client
/// knows about the request it sent; with it the causes are sharper and carry evidence.
pub fn explain(input: &Input, context: Option<&RequestContext>) -> Diagnosis {
    let response = input::normalize(input);
    let parsed = providers::parse(&response, context);
    let mut diagnosis = build::diagnosis(&response, &parsed, context);
    rules::apply(&mut diagnosis, &parsed, &response, context);
    build::finish(&mut diagnosis);
    redact::diagnosis(&mut diagnosis);
    diagnosis
}
