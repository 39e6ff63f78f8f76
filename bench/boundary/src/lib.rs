//! src/wasm.rs compiled as it ships (exports `explain`, `explainHar`, `version`: the diagnosis
//! built member by member with string constants decoded once), next to three exports with the
//! same argument handling (`wasm::arguments`) and the same analysis: `explainViaSerde`, the
//! diagnosis converted whole by serde-wasm-bindgen (the boundary before, every string decoded on
//! every call); `explainViaJson` (serde_json in wasm + `JSON.parse` in JS); and
//! `explainNoConversion`, the analysis alone. bench/node.mjs and bench/page.mjs time all four on
//! the same inputs (figures 1b and 2b).

// What src/wasm.rs takes from its crate root.
pub(crate) use upload_doctor::{
    context, diagnosis, explain, explain_har, Cause, Diagnosis, Fix, Input, RequestContext,
};

#[path = "../../../src/wasm.rs"]
mod wasm;

use wasm_bindgen::prelude::*;

/// `explain` with the other boundary: one JSON string, parsed by the engine's `JSON.parse`.
#[wasm_bindgen(js_name = explainViaJson)]
pub fn explain_via_json(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let (input, request) = wasm::arguments(input, options)?;
    let json = serde_json::to_string(&explain(&input, request.as_ref())).map_err(|e| {
        JsError::new(&format!(
            "upload-doctor: could not convert the diagnosis: {e}"
        ))
    })?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("upload-doctor: JSON.parse failed"))
}

/// `explain` with the whole diagnosis converted by serde-wasm-bindgen.
#[wasm_bindgen(js_name = explainViaSerde)]
pub fn explain_via_serde(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let (input, request) = wasm::arguments(input, options)?;
    let ser = serde_wasm_bindgen::Serializer::new()
        .serialize_missing_as_null(true)
        .serialize_maps_as_objects(true);
    serde::Serialize::serialize(&explain(&input, request.as_ref()), &ser).map_err(|e| {
        JsError::new(&format!(
            "upload-doctor: could not convert the diagnosis: {e}"
        ))
    })
}

/// The analysis alone, with the same arguments: returns the number of causes (what a boundary
/// adds is its `explain` − this).
#[wasm_bindgen(js_name = explainNoConversion)]
pub fn explain_no_conversion(input: JsValue, options: JsValue) -> Result<u32, JsError> {
    let (input, request) = wasm::arguments(input, options)?;
    Ok(explain(&input, request.as_ref()).causes.len() as u32)
}
