//! The WebAssembly boundary: the only file that knows about JavaScript.
//!
//! `explain(input, options?)` takes what a web app holds and returns the
//! [`Diagnosis`](crate::Diagnosis) as a plain JavaScript object (camelCase keys, `null` for absent
//! values, plain objects rather than `Map`s). It throws an `Error` only on misuse — an argument
//! of the wrong type or shape — never because an error response could not be understood: any
//! response yields a diagnosis.
//!
//! The diagnosis is built as a JS object by serde-wasm-bindgen. The alternative, one JSON string
//! from serde_json parsed by `JSON.parse`, gives the same value but measured slower in Node and
//! in Chromium and adds ~3 KB gzip (`make bench`, figures 1b and 2b, bench/boundary).
//!
//! ```js
//! explain('<Error><Code>NoSuchBucket</Code>...</Error>', { status: 404 })
//! explain({ status: 400, headers: { 'content-type': 'application/json' }, body: '{"statusCode":"403",...}' })
//! explain(curlOutput, { request: { method: 'POST', formFields: [{ name: 'key', value: 'a.png' }, ...] } })
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::{Input, RequestContext};

/// Response headers as JS gives them: `{ name: value }` or `[[name, value], ...]`.
#[derive(Deserialize)]
#[serde(untagged)]
enum JsHeaders {
    Map(BTreeMap<String, String>),
    List(Vec<(String, String)>),
}

impl JsHeaders {
    fn into_vec(self) -> Vec<(String, String)> {
        match self {
            JsHeaders::Map(m) => m.into_iter().collect(),
            JsHeaders::List(l) => l,
        }
    }
}

/// `explain`'s first argument when it is an object.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct JsResponse {
    status: Option<u16>,
    headers: Option<JsHeaders>,
    body: Option<String>,
}

/// `explain`'s second argument.
#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct JsOptions {
    status: Option<u16>,
    headers: Option<JsHeaders>,
    request: Option<RequestContext>,
}

/// Rejects members a shape does not have (serde-wasm-bindgen reads only the declared fields and
/// so ignores `deny_unknown_fields`; a typo such as `formfields` must not pass silently).
fn check_keys(value: &JsValue, allowed: &[&str], what: &str) -> Result<(), JsError> {
    if !value.is_object() || js_sys::Array::is_array(value) {
        return Ok(());
    }
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !allowed.contains(&key.as_str()) {
            return Err(misuse(
                what,
                format!(
                    "unknown member `{key}` (expected one of: {})",
                    allowed.join(", ")
                ),
            ));
        }
    }
    Ok(())
}

/// The member `key` of a JS object, when present.
fn member(value: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(value, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Checks a request context object, including its form fields and their files.
fn check_request(request: &JsValue) -> Result<(), JsError> {
    const WHAT: &str = "options.request";
    check_keys(
        request,
        &[
            "method",
            "url",
            "headers",
            "formFields",
            "bodySize",
            "sentAt",
            "sdk",
            "fetchError",
        ],
        WHAT,
    )?;
    if let Some(fields) = member(request, "formFields") {
        if let Some(fields) = fields.dyn_ref::<js_sys::Array>() {
            for field in fields.iter() {
                check_keys(
                    &field,
                    &["name", "value", "file"],
                    "options.request.formFields[]",
                )?;
                if let Some(file) = member(&field, "file") {
                    check_keys(
                        &file,
                        &["name", "size", "type"],
                        "options.request.formFields[].file",
                    )?;
                }
            }
        }
    }
    Ok(())
}

fn misuse(what: &str, e: impl std::fmt::Display) -> JsError {
    JsError::new(&format!("upload-doctor: {what}: {e}"))
}

/// Reads `explain`'s two arguments: the input and the request context. Throws (returns `Err`)
/// on misuse only.
pub(crate) fn arguments(
    input: JsValue,
    options: JsValue,
) -> Result<(Input, Option<RequestContext>), JsError> {
    let mut rust_input = if let Some(text) = input.as_string() {
        Input::text(text)
    } else if let Some(bytes) = input.dyn_ref::<js_sys::Uint8Array>() {
        Input::from_bytes(&bytes.to_vec())
    } else if input.is_object() && !js_sys::Array::is_array(&input) {
        check_keys(&input, &["status", "headers", "body"], "the first argument")?;
        let r: JsResponse = serde_wasm_bindgen::from_value(input).map_err(|e| {
            misuse(
                "the first argument must be a string, a Uint8Array or { status?, headers?, body? }",
                e,
            )
        })?;
        let mut i = Input::text(r.body.unwrap_or_default());
        i.status = r.status;
        i.headers = r.headers.map(JsHeaders::into_vec).unwrap_or_default();
        i
    } else {
        return Err(misuse(
            "the first argument must be a string, a Uint8Array or { status?, headers?, body? }",
            format!("got {}", type_name(&input)),
        ));
    };

    let options: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else if options.is_object() && !js_sys::Array::is_array(&options) {
        check_keys(&options, &["status", "headers", "request"], "the options")?;
        if let Some(request) = member(&options, "request") {
            check_request(&request)?;
        }
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| misuse("the options must be { status?, headers?, request? }", e))?
    } else {
        return Err(misuse(
            "the options must be an object",
            format!("got {}", type_name(&options)),
        ));
    };
    if let Some(s) = options.status {
        rust_input.status = Some(s);
    }
    if let Some(h) = options.headers {
        rust_input.headers.extend(h.into_vec());
    }
    if let Some(s) = rust_input.status {
        if !(100..=999).contains(&s) && s != 0 {
            return Err(misuse("status", format!("{s} is not an HTTP status")));
        }
    }
    Ok((rust_input, options.request))
}

/// Explains an upload error. See the module documentation for the argument shapes.
#[wasm_bindgen]
pub fn explain(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let (input, request) = arguments(input, options)?;
    to_js(
        &crate::explain(&input, request.as_ref()),
        "could not convert the diagnosis",
    )
}

/// `value` as a plain JS value: camelCase keys, `null` for absent values, objects for maps.
fn to_js<T: Serialize + ?Sized>(value: &T, what: &str) -> Result<JsValue, JsError> {
    let ser = serde_wasm_bindgen::Serializer::new()
        .serialize_missing_as_null(true)
        .serialize_maps_as_objects(true);
    value.serialize(&ser).map_err(|e| misuse(what, e))
}

fn type_name(v: &JsValue) -> String {
    if v.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(v) {
        "an array".into()
    } else {
        v.js_typeof().as_string().unwrap_or_else(|| "?".into())
    }
}

/// Explains every failed request of a HAR file (a devtools export): an array of
/// `{ index, request, diagnosis }`, or `null` when the text is not a HAR file.
#[wasm_bindgen(js_name = explainHar)]
pub fn explain_har(har: JsValue) -> Result<JsValue, JsError> {
    let Some(text) = har.as_string() else {
        return Err(misuse(
            "explainHar takes the HAR file's text",
            format!("got {}", type_name(&har)),
        ));
    };
    match crate::explain_har(&text) {
        Some(list) => to_js(&list, "could not convert the diagnoses"),
        None => Ok(JsValue::NULL),
    }
}

/// The crate version, e.g. `"0.1.0"`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
