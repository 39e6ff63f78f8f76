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

use wasm_bindgen::prelude::*;

use crate::context::{FileInfo, FormField};
use crate::diagnosis::Text;
use crate::{Cause, Diagnosis, Fix, Input, RequestContext};

// ---------------------------------------------------------------------------------------------
// Reading the arguments. Written out for the few shapes `explain` takes rather than derived
// through serde-wasm-bindgen: its deserializer, and the float formatting its error messages
// link in, were 57 KB of the wasm (24 KB gzip, 7 % of the build; measured on the shipped build).
// Every member is checked: an unknown name (a typo such as `formfields`) or a wrong type throws
// an `Error` naming its path; `null` and `undefined` members count as absent.

const INPUT_MEMBERS: &[&str] = &["status", "headers", "body"];
const OPTION_MEMBERS: &[&str] = &["status", "headers", "request"];
const REQUEST_MEMBERS: &[&str] = &[
    "method",
    "url",
    "headers",
    "formFields",
    "bodySize",
    "sentAt",
    "sdk",
    "fetchError",
];
const FIELD_MEMBERS: &[&str] = &["name", "value", "file"];
const FILE_MEMBERS: &[&str] = &["name", "size", "type"];

fn misuse(what: &str, e: impl std::fmt::Display) -> JsError {
    JsError::new(&format!("upload-doctor: {what}: {e}"))
}

/// `true` for an object that is not an array (plain objects, and anything else with members).
fn is_record(v: &JsValue) -> bool {
    v.is_object() && !js_sys::Array::is_array(v)
}

/// The own enumerable members of the object `value` whose value is not `null`/`undefined`, in
/// their order; a name not in `allowed` is misuse.
fn members_of(
    value: &JsValue,
    allowed: &[&str],
    what: &str,
) -> Result<Vec<(String, JsValue)>, JsError> {
    let mut out = Vec::new();
    for entry in js_sys::Object::entries(value.unchecked_ref::<js_sys::Object>()).iter() {
        let entry = entry.unchecked_into::<js_sys::Array>();
        let key = entry.get(0).as_string().unwrap_or_default();
        if !allowed.contains(&key.as_str()) {
            return Err(misuse(
                what,
                format!(
                    "unknown member `{key}` (expected one of: {})",
                    allowed.join(", ")
                ),
            ));
        }
        let v = entry.get(1);
        if !v.is_undefined() && !v.is_null() {
            out.push((key, v));
        }
    }
    Ok(out)
}

/// Names a member in a message: `options.request` + `sentAt`.
fn path(what: &str, key: &str) -> String {
    format!("{what}.{key}")
}

#[wasm_bindgen]
extern "C" {
    /// The engine's UTF-8 encoder.
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &JsValue) -> js_sys::Uint8Array;
}

thread_local! {
    /// One encoder for every call.
    static ENCODER: TextEncoder = TextEncoder::new();
}

/// Strings at least this long (UTF-16 units) are read with [`TextEncoder`].
const ENCODE_FROM: u32 = 1024;

/// A body that is a JS string, as UTF-8. `as_string()` copies it with wasm-bindgen's
/// character-by-character loop, some 4 ns a character; `TextEncoder.encode` and one copy into
/// the wasm memory run at native speed but cost a microsecond or two more to set up, so short
/// strings keep the loop. Both turn a lone surrogate into U+FFFD.
fn body_of(v: &JsValue) -> Option<String> {
    let long = v.dyn_ref::<js_sys::JsString>()?.length() >= ENCODE_FROM;
    if !long {
        return v.as_string();
    }
    let bytes = ENCODER.with(|e| e.encode(v)).to_vec();
    Some(
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
    )
}

fn string_of(v: &JsValue, what: &str, key: &str) -> Result<String, JsError> {
    v.as_string().ok_or_else(|| {
        misuse(
            &path(what, key),
            format!("expected a string, got {}", type_name(v)),
        )
    })
}

/// A whole number in `0..=max` (`max` at most 2^53 − 1, where numbers stop being exact). The
/// messages do not print the number: float formatting would link 17 KB of code.
fn whole_of(v: &JsValue, max: u64, what: &str, key: &str) -> Result<u64, JsError> {
    match v.as_f64() {
        Some(n) if (0.0..=max as f64).contains(&n) && n.trunc() == n => Ok(n as u64),
        Some(_) => Err(misuse(
            &path(what, key),
            format!("expected a whole number from 0 to {max}"),
        )),
        None => Err(misuse(
            &path(what, key),
            format!("expected a number, got {}", type_name(v)),
        )),
    }
}

fn status_of(v: &JsValue, what: &str) -> Result<u16, JsError> {
    // 0..=999: what HTTP can carry; `arguments` checks 100..=999 (or 0) after.
    Ok(whole_of(v, 999, what, "status")? as u16)
}

/// Headers: `{ name: value }` or `[[name, value], ...]`, every name and value a string.
fn headers_of(v: &JsValue, what: &str) -> Result<Vec<(String, String)>, JsError> {
    let what = path(what, "headers");
    let pair = |name: String, value: JsValue| match value.as_string() {
        Some(value) => Ok((name, value)),
        None => Err(misuse(
            &what,
            format!(
                "the value of `{name}` must be a string, got {}",
                type_name(&value)
            ),
        )),
    };
    let mut out = Vec::new();
    if let Some(list) = v.dyn_ref::<js_sys::Array>() {
        for item in list.iter() {
            let name = js_sys::Array::is_array(&item)
                .then(|| item.unchecked_ref::<js_sys::Array>())
                .filter(|a| a.length() == 2)
                .and_then(|a| a.get(0).as_string().map(|name| (name, a.get(1))));
            match name {
                Some((name, value)) => out.push(pair(name, value)?),
                None => {
                    return Err(misuse(
                        &what,
                        format!(
                            "expected [name, value] pairs of strings, got {}",
                            type_name(&item)
                        ),
                    ))
                }
            }
        }
    } else if is_record(v) {
        for entry in js_sys::Object::entries(v.unchecked_ref::<js_sys::Object>()).iter() {
            let entry = entry.unchecked_into::<js_sys::Array>();
            out.push(pair(
                entry.get(0).as_string().unwrap_or_default(),
                entry.get(1),
            )?);
        }
    } else {
        return Err(misuse(
            &what,
            format!(
                "expected {{ name: value }} or [[name, value], ...], got {}",
                type_name(v)
            ),
        ));
    }
    Ok(out)
}

/// `options.request`: see [`RequestContext`] for the members.
fn request_of(v: &JsValue) -> Result<RequestContext, JsError> {
    const WHAT: &str = "options.request";
    if !is_record(v) {
        return Err(misuse(
            WHAT,
            format!("expected a request context object, got {}", type_name(v)),
        ));
    }
    let mut r = RequestContext::default();
    for (key, v) in members_of(v, REQUEST_MEMBERS, WHAT)? {
        let text = || string_of(&v, WHAT, &key).map(Some);
        match key.as_str() {
            "method" => r.method = text()?,
            "url" => r.url = text()?,
            "headers" => r.headers.extend(headers_of(&v, WHAT)?),
            "formFields" => r.form_fields = form_fields_of(&v)?,
            "bodySize" => r.body_size = Some(whole_of(&v, MAX_SAFE, WHAT, &key)?),
            "sentAt" => r.sent_at = text()?,
            "sdk" => r.sdk = text()?,
            "fetchError" => r.fetch_error = text()?,
            _ => {} // members_of() refused every other name
        }
    }
    Ok(r)
}

/// `Number.MAX_SAFE_INTEGER`: sizes above it are not exact in a JS number.
const MAX_SAFE: u64 = (1 << 53) - 1;

fn form_fields_of(v: &JsValue) -> Result<Vec<FormField>, JsError> {
    const WHAT: &str = "options.request.formFields[]";
    const FILE: &str = "options.request.formFields[].file";
    let Some(list) = v.dyn_ref::<js_sys::Array>() else {
        return Err(misuse(
            "options.request.formFields",
            format!(
                "expected an array of {{ name, value?, file? }}, got {}",
                type_name(v)
            ),
        ));
    };
    let mut out = Vec::new();
    for item in list.iter() {
        if !is_record(&item) {
            return Err(misuse(
                WHAT,
                format!(
                    "expected {{ name, value?, file? }}, got {}",
                    type_name(&item)
                ),
            ));
        }
        let mut field = FormField::default();
        for (key, v) in members_of(&item, FIELD_MEMBERS, WHAT)? {
            match key.as_str() {
                "name" => field.name = string_of(&v, WHAT, &key)?,
                "value" => field.value = Some(string_of(&v, WHAT, &key)?),
                "file" => {
                    if !is_record(&v) {
                        return Err(misuse(
                            FILE,
                            format!("expected {{ name?, size?, type? }}, got {}", type_name(&v)),
                        ));
                    }
                    let mut file = FileInfo::default();
                    for (key, v) in members_of(&v, FILE_MEMBERS, FILE)? {
                        match key.as_str() {
                            "name" => file.name = Some(string_of(&v, FILE, &key)?),
                            "size" => file.size = Some(whole_of(&v, MAX_SAFE, FILE, &key)?),
                            "type" => file.mime_type = Some(string_of(&v, FILE, &key)?),
                            _ => {}
                        }
                    }
                    field.file = Some(file);
                }
                _ => {}
            }
        }
        out.push(field);
    }
    Ok(out)
}

/// Reads `explain`'s two arguments: the input and the request context. Throws (returns `Err`)
/// on misuse only.
pub(crate) fn arguments(
    input: JsValue,
    options: JsValue,
) -> Result<(Input, Option<RequestContext>), JsError> {
    let mut rust_input = if let Some(text) = body_of(&input) {
        Input::text(text)
    } else if let Some(bytes) = input.dyn_ref::<js_sys::Uint8Array>() {
        Input::from_bytes(&bytes.to_vec())
    } else if input.is_instance_of::<js_sys::ArrayBuffer>() || js_sys::ArrayBuffer::is_view(&input)
    {
        // Has no members of its own: read as an object, it would be an empty response.
        return Err(misuse(
            "the first argument must be a string, a Uint8Array or { status?, headers?, body? }",
            "got an ArrayBuffer or a view other than Uint8Array: pass new Uint8Array(buffer)",
        ));
    } else if is_record(&input) {
        const WHAT: &str = "the first argument";
        let mut i = Input::text(String::new());
        for (key, v) in members_of(&input, INPUT_MEMBERS, WHAT)? {
            match key.as_str() {
                "status" => i.status = Some(status_of(&v, WHAT)?),
                "headers" => i.headers = headers_of(&v, WHAT)?,
                "body" => match body_of(&v) {
                    Some(body) => i.body = body,
                    None => i.body = string_of(&v, WHAT, &key)?,
                },
                _ => {}
            }
        }
        i
    } else {
        return Err(misuse(
            "the first argument must be a string, a Uint8Array or { status?, headers?, body? }",
            format!("got {}", type_name(&input)),
        ));
    };

    let mut request = None;
    if is_record(&options) {
        const WHAT: &str = "options";
        for (key, v) in members_of(&options, OPTION_MEMBERS, WHAT)? {
            match key.as_str() {
                "status" => rust_input.status = Some(status_of(&v, WHAT)?),
                "headers" => rust_input.headers.extend(headers_of(&v, WHAT)?),
                "request" => request = Some(request_of(&v)?),
                _ => {}
            }
        }
    } else if !options.is_undefined() && !options.is_null() {
        return Err(misuse(
            "the options must be an object",
            format!("got {}", type_name(&options)),
        ));
    }
    if let Some(s) = rust_input.status {
        if !(100..=999).contains(&s) && s != 0 {
            return Err(misuse("status", format!("{s} is not an HTTP status")));
        }
    }
    Ok((rust_input, request))
}

/// Explains an upload error. See the module documentation for the argument shapes.
#[wasm_bindgen]
pub fn explain(input: JsValue, options: JsValue) -> Result<JsValue, JsError> {
    let (input, request) = arguments(input, options)?;
    Ok(diagnosis_to_js(&crate::explain(&input, request.as_ref())))
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
/// member names have their own table, [`MEMBERS`]), by address and length. Decoding UTF-8 into
/// a JS string is most of what sending a string costs; a static string's address and length name
/// its content for the life of the module, so a hit needs no comparison of the text. One probe,
/// no hashing of the text; a constant that loses its slot to another is decoded again. Holds at
/// most [`SLOTS`] strings.
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
    BodySize = "bodySize",
    Causes = "causes",
    Code = "code",
    Confidence = "confidence",
    Diagnosis = "diagnosis",
    Docs = "docs",
    Evidence = "evidence",
    Explanation = "explanation",
    FetchError = "fetchError",
    Fields = "fields",
    File = "file",
    Fixes = "fixes",
    FormFields = "formFields",
    Format = "format",
    Headers = "headers",
    HttpStatus = "httpStatus",
    Id = "id",
    Index = "index",
    Language = "language",
    Message = "message",
    Method = "method",
    Name = "name",
    Notes = "notes",
    Provider = "provider",
    Request = "request",
    RequestId = "requestId",
    Sdk = "sdk",
    SentAt = "sentAt",
    Size = "size",
    Snippet = "snippet",
    Status = "status",
    Steps = "steps",
    Title = "title",
    Type = "type",
    Url = "url",
    Value = "value",
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
fn diagnosis_to_js(d: &Diagnosis) -> JsValue {
    let request = d.request.as_ref().map_or(JsValue::NULL, request_to_js);
    object([
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
        (Member::Fields, Val::Js(string_map(&d.fields))),
        (
            Member::Causes,
            array(&d.causes, |c| Val::Js(cause_to_js(c))),
        ),
        (Member::Notes, array(&d.notes, |n| string(n))),
        (Member::Request, Val::Js(request)),
    ])
}

/// `{ name: value }` from string pairs.
fn string_map<'a>(pairs: impl IntoIterator<Item = (&'a String, &'a String)>) -> JsValue {
    let o = js_sys::Object::new().unchecked_into::<Plain>();
    for (name, value) in pairs {
        o.set(&JsValue::from_str(name), &JsValue::from_str(value));
    }
    o.into()
}

fn opt_number(n: Option<u64>) -> Val {
    // Sizes come from JS numbers (`whole_of` caps them at 2^53 − 1), so they convert exactly.
    Val::Js(n.map_or(JsValue::NULL, |n| JsValue::from_f64(n as f64)))
}

/// The request context carried in a diagnosis, in the shape `explain` takes it.
fn request_to_js(r: &RequestContext) -> JsValue {
    object([
        (Member::Method, opt_string(&r.method)),
        (Member::Url, opt_string(&r.url)),
        (Member::Headers, Val::Js(string_map(&r.headers))),
        (
            Member::FormFields,
            array(&r.form_fields, |f| {
                let file = f.file.as_ref().map_or(JsValue::NULL, |file| {
                    object([
                        (Member::Name, opt_string(&file.name)),
                        (Member::Size, opt_number(file.size)),
                        (Member::Type, opt_string(&file.mime_type)),
                    ])
                });
                Val::Js(object([
                    (Member::Name, string(&f.name)),
                    (Member::Value, opt_string(&f.value)),
                    (Member::File, Val::Js(file)),
                ]))
            }),
        ),
        (Member::BodySize, opt_number(r.body_size)),
        (Member::SentAt, opt_string(&r.sent_at)),
        (Member::Sdk, opt_string(&r.sdk)),
        (Member::FetchError, opt_string(&r.fetch_error)),
    ])
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
                        Val::Js(diagnosis_to_js(&entry.diagnosis)),
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
