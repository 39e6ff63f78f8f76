//! What the client knows about the request that failed: the optional second argument of
//! [`crate::explain`]. Every field is optional; with more of them the diagnosis gets sharper.
//!
//! The JSON form (CLI `--request FILE`, JavaScript object in wasm) uses the same camelCase names:
//!
//! ```json
//! {
//!   "method": "POST",
//!   "url": "https://my-bucket.s3.amazonaws.com/",
//!   "headers": { "content-type": "multipart/form-data; boundary=..." },
//!   "formFields": [
//!     { "name": "key", "value": "uploads/cat.png" },
//!     { "name": "file", "file": { "name": "cat.png", "size": 48213, "type": "image/png" } }
//!   ],
//!   "bodySize": 48900,
//!   "sentAt": "2026-11-23T09:30:00Z",
//!   "sdk": "aws-sdk-js-v3@3.729.0",
//!   "fetchError": null
//! }
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The request as the client sent it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
#[non_exhaustive]
pub struct RequestContext {
    /// HTTP method (`PUT`, `POST`, ...).
    pub method: Option<String>,
    /// The full URL, query string included (presigned parameters live there).
    pub url: Option<String>,
    /// Request headers sent, by name (names compared case-insensitively).
    pub headers: BTreeMap<String, String>,
    /// Multipart form fields in the order they were sent (browser POST uploads).
    pub form_fields: Vec<FormField>,
    /// Size of the request body in bytes.
    pub body_size: Option<u64>,
    /// When the client sent the request, by its own clock (ISO 8601).
    pub sent_at: Option<String>,
    /// The SDK and version that built the request, e.g. `aws-sdk-js-v3@3.729.0`, `boto3@1.36.2`.
    pub sdk: Option<String>,
    /// The message of a fetch/XHR failure that produced no HTTP response
    /// (`TypeError: Failed to fetch`).
    pub fetch_error: Option<String>,
}

/// One multipart form field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
#[non_exhaustive]
pub struct FormField {
    /// Field name as sent (`key`, `policy`, `x-amz-security-token`, `file`...).
    pub name: String,
    /// Text value, for non-file fields.
    pub value: Option<String>,
    /// Present when this field carries a file.
    pub file: Option<FileInfo>,
}

/// The file carried by a form field.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
#[non_exhaustive]
pub struct FileInfo {
    /// File name.
    pub name: Option<String>,
    /// Size in bytes.
    pub size: Option<u64>,
    /// MIME type the browser gave it.
    #[serde(rename = "type")]
    pub mime_type: Option<String>,
}

impl RequestContext {
    /// A header's value by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// A text form field's value by exact name (S3 field names are case-insensitive for
    /// `x-amz-*`, so those compare ignoring ASCII case).
    pub fn form_value(&self, name: &str) -> Option<&str> {
        self.form_fields
            .iter()
            .find(|f| f.name.eq_ignore_ascii_case(name))
            .and_then(|f| f.value.as_deref())
    }
}
