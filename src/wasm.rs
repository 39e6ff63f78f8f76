//! The WebAssembly boundary: the only file that knows about JavaScript.
//!
//! `explain(input, options?)` takes what a web app holds and returns the
//! [`Diagnosis`](crate::Diagnosis) as a plain JavaScript object (camelCase keys, `null` for absent
//! values, plain objects rather than `Map`s). It throws an `Error` only on misuse — an argument
//! of the wrong type or shape — never because an error response could not be understood: any
//! response yields a diagnosis.
//!
//! The diagnosis is built member by member ([`diagnosis_to_js`]) with every string constant (the
//! catalogue's text, ids, member names) decoded into a JS string once and reused: decoding UTF-8
//! is most of what crossing the boundary costs, and most of a diagnosis is catalogue text.
//! `make bench` (figures 1b and 2b, bench/boundary) compares it with serde-wasm-bindgen, which
//! decodes every string on every call, and with one JSON string from serde_json parsed by
//! `JSON.parse` (slower than serde-wasm-bindgen in Node, equal in Chromium, ~3 KB gzip more).
//!
//! ```js
//! explain('<Error><Code>NoSuchBucket</Code>...</Error>', { status: 404 })
//! explain({ status: 400, headers: { 'content-type': 'application/json' }, body: '{"statusCode":"403",...}' })
//! explain(curlOutput, { request: { method: 'POST', formFields: [{ name: 'key', value: 'a.png' }, ...] } })
//! ```

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::diagnosis::Text;
use crate::{Cause, Diagnosis, Fix, Input, RequestContext};

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
    diagnosis_to_js(&crate::explain(&input, request.as_ref()))
}

/// `value` as a plain JS value through serde: camelCase keys, `null` for absent values, objects
/// for maps. Used for the request context carried in a diagnosis (the rest is built by
/// [`diagnosis_to_js`]).
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T, what: &str) -> Result<JsValue, JsError> {
    let ser = serde_wasm_bindgen::Serializer::new()
        .serialize_missing_as_null(true)
        .serialize_maps_as_objects(true);
    value.serialize(&ser).map_err(|e| misuse(what, e))
}

#[wasm_bindgen]
extern "C" {
    /// A plain JS object written to with `object[key] = value` (no try/catch around each write,
    /// unlike `Reflect.set`; by reference, so an interned string is not cloned).
    #[wasm_bindgen(extends = js_sys::Object, typescript_type = "object")]
    type Plain;
    #[wasm_bindgen(method, indexing_setter)]
    fn set(this: &Plain, key: &JsValue, value: &JsValue);
}

/// Slots of [`INTERNED`]: a power of two, far more than the string constants one diagnosis uses
/// (a few dozen to a hundred), so that two constants of one call rarely share a slot; 64 KB.
const SLOTS: usize = 4096;

/// A direct-mapped cache of the JS strings of `&'static str`s already sent (catalogue text, ids;
/// member names have their own table, [`MEMBERS`]), by address and length. Decoding UTF-8 into a JS string is most of what sending
/// a string costs; a static string's address and length name its content for the life of the
/// module, so a hit needs no comparison of the text. One probe, no hashing of the text; a
/// constant that loses its slot to another is decoded again. Holds at most [`SLOTS`] strings.
struct Interned {
    slots: Vec<Option<(usize, usize, JsValue)>>,
}

impl Interned {
    /// The JS string for `s`, decoding it only when its slot holds something else.
    fn get(&mut self, s: &'static str) -> &JsValue {
        let (addr, len) = (s.as_ptr() as usize, s.len());
        if self.slots.is_empty() {
            self.slots.resize_with(SLOTS, || None);
        }
        // Fibonacci hashing of the address (constants are at least a byte apart; the length
        // separates a constant from its own prefix).
        let h = (addr as u32 ^ (len as u32).rotate_left(16)).wrapping_mul(0x9E37_79B9);
        let i = (h >> (32 - SLOTS.trailing_zeros())) as usize % SLOTS;
        let slot = &mut self.slots[i];
        if !matches!(slot, Some((a, l, _)) if *a == addr && *l == len) {
            *slot = None;
        }
        &slot
            .get_or_insert_with(|| (addr, len, JsValue::from_str(s)))
            .2
    }
}

thread_local! {
    /// See [`Interned`].
    static INTERNED: RefCell<Interned> = const { RefCell::new(Interned { slots: Vec::new() }) };
}

/// A member's or element's value.
enum Val {
    /// A string constant: sent once, then reused (see [`INTERNED`]).
    Const(&'static str),
    /// Anything else, already a JS value.
    Js(JsValue),
}

impl Val {
    /// Hands the JS value to `f`: a constant's from [`INTERNED`], by reference. Should `f`
    /// re-enter (a setter someone put on `Object.prototype` calling `explain`), the inner call
    /// finds the cache in use and decodes its constants afresh instead of failing.
    fn with<R>(self, f: impl FnOnce(&JsValue) -> R) -> R {
        match self {
            Val::Js(v) => f(&v),
            Val::Const(s) => INTERNED.with(|cache| match cache.try_borrow_mut() {
                Ok(mut cache) => f(cache.get(s)),
                Err(_) => f(&JsValue::from_str(s)),
            }),
        }
    }
}

/// Declares the member names of the diagnosis types: an enum, and the names in its order.
macro_rules! members {
    ($($variant:ident = $name:literal,)*) => {
        /// A member name of the objects [`diagnosis_to_js`] builds.
        #[derive(Clone, Copy)]
        enum Member { $($variant,)* }
        /// The names, in the order of [`Member`]'s variants.
        const MEMBER_NAMES: &[&str] = &[$($name,)*];
    };
}

members! {
    Causes = "causes",
    Code = "code",
    Confidence = "confidence",
    Diagnosis = "diagnosis",
    Docs = "docs",
    Evidence = "evidence",
    Explanation = "explanation",
    Fields = "fields",
    Fixes = "fixes",
    Format = "format",
    HttpStatus = "httpStatus",
    Id = "id",
    Index = "index",
    Language = "language",
    Message = "message",
    Notes = "notes",
    Provider = "provider",
    Request = "request",
    RequestId = "requestId",
    Snippet = "snippet",
    Status = "status",
    Steps = "steps",
    Title = "title",
}

thread_local! {
    /// The JS strings of the member names, created on first use: a key is an index, not a
    /// cache lookup.
    static MEMBERS: Vec<JsValue> = MEMBER_NAMES.iter().map(|n| JsValue::from_str(n)).collect();
}

/// A [`Text`]: interned when it is a constant, decoded when it was built from the input.
fn text(t: &Text) -> Val {
    match t {
        Cow::Borrowed(s) => Val::Const(s),
        Cow::Owned(s) => Val::Js(JsValue::from_str(s)),
    }
}

fn string(s: &str) -> Val {
    Val::Js(JsValue::from_str(s))
}

fn opt_string(s: &Option<String>) -> Val {
    Val::Js(s.as_deref().map_or(JsValue::NULL, JsValue::from_str))
}

fn opt_u16(n: Option<u16>) -> Val {
    Val::Js(n.map_or(JsValue::NULL, JsValue::from))
}

fn array<T>(items: &[T], f: impl Fn(&T) -> Val) -> Val {
    let out = js_sys::Array::new();
    for item in items {
        f(item).with(|v| out.push(v));
    }
    Val::Js(out.into())
}

/// A plain object from `(member, value)` pairs.
fn object<const N: usize>(members: [(Member, Val); N]) -> JsValue {
    let o = js_sys::Object::new().unchecked_into::<Plain>();
    MEMBERS.with(|keys| {
        for (member, value) in members {
            let fresh;
            // `None` cannot happen (one name per variant); a fresh string keeps it panic-free.
            let key = match keys.get(member as usize) {
                Some(key) => key,
                None => {
                    fresh = JsValue::from_str(MEMBER_NAMES.get(member as usize).unwrap_or(&""));
                    &fresh
                }
            };
            value.with(|v| o.set(key, v));
        }
    });
    o.into()
}

/// The diagnosis as a plain JS object, the same value serde gives natively (camelCase members,
/// `null` for absent values; tests/wasm/fixtures.test.mjs compares the two on every fixture).
/// Written out rather than derived because serde-wasm-bindgen decodes every string on every call,
/// and most of a diagnosis is catalogue text that [`Interned`] decodes once. A member added to
/// the types and not here fails those fixture tests (the native snapshots have it).
fn diagnosis_to_js(d: &Diagnosis) -> Result<JsValue, JsError> {
    let request = match &d.request {
        Some(r) => to_js(r, "could not convert the request context")?,
        None => JsValue::NULL,
    };
    let field_object = js_sys::Object::new().unchecked_into::<Plain>();
    for (name, value) in &d.fields {
        field_object.set(&JsValue::from_str(name), &JsValue::from_str(value));
    }
    Ok(object([
        (Member::Provider, Val::Const(d.provider.as_str())),
        (Member::Code, opt_string(&d.code)),
        (Member::Status, opt_u16(d.status)),
        (Member::HttpStatus, opt_u16(d.http_status)),
        (Member::Message, opt_string(&d.message)),
        (Member::RequestId, opt_string(&d.request_id)),
        (Member::Title, text(&d.title)),
        (
            Member::Docs,
            d.docs.as_ref().map_or(Val::Js(JsValue::NULL), text),
        ),
        (Member::Format, Val::Const(d.format.as_str())),
        (Member::Fields, Val::Js(field_object.into())),
        (
            Member::Causes,
            array(&d.causes, |c| Val::Js(cause_to_js(c))),
        ),
        (Member::Notes, array(&d.notes, |n| string(n))),
        (Member::Request, Val::Js(request)),
    ]))
}

fn cause_to_js(c: &Cause) -> JsValue {
    object([
        (Member::Id, Val::Const(c.id.as_str())),
        (Member::Confidence, Val::Js(JsValue::from_f64(c.confidence))),
        (Member::Title, text(&c.title)),
        (Member::Explanation, text(&c.explanation)),
        (Member::Fixes, array(&c.fixes, |f| Val::Js(fix_to_js(f)))),
        (Member::Evidence, array(&c.evidence, |e| string(e))),
    ])
}

fn fix_to_js(f: &Fix) -> JsValue {
    let snippet = match &f.snippet {
        Some(snippet) => object([
            (Member::Language, text(&snippet.language)),
            (Member::Code, text(&snippet.code)),
        ]),
        None => JsValue::NULL,
    };
    object([
        (Member::Title, text(&f.title)),
        (Member::Steps, array(&f.steps, text)),
        (Member::Snippet, Val::Js(snippet)),
    ])
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
        Some(list) => {
            let out = js_sys::Array::new_with_length(list.len() as u32);
            for (i, entry) in list.iter().enumerate() {
                let item = object([
                    (Member::Index, Val::Js(JsValue::from(entry.index as u32))),
                    (Member::Request, string(&entry.request)),
                    (
                        Member::Diagnosis,
                        Val::Js(diagnosis_to_js(&entry.diagnosis)?),
                    ),
                ]);
                out.set(i as u32, item);
            }
            Ok(out.into())
        }
        None => Ok(JsValue::NULL),
    }
}

/// The crate version, e.g. `"0.1.0"`.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
