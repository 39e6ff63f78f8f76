//! Reasoning that uses evidence: the fields a provider echoes back, the message wording, and the
//! request the client sent. Each rule documents what it does, why, and an example; each one
//! raises, lowers or adds causes and says which facts it rests on (`evidence`).

use crate::context::RequestContext;
use std::borrow::Cow;

use crate::diagnosis::{Cause, Diagnosis, Fix, Snippet};
use crate::ids::{CauseId, ProviderId};
use crate::input::Response;
use crate::providers::Parsed;

mod azure;
mod cors;
mod generic;
mod intermediaries;
mod messages;
mod multipart;
mod policy;
mod post;
mod presign;
mod region;
mod s3_compat;
mod s3_wording;
mod signature;
mod size;
mod supabase;
mod timing;
mod unstructured;

/// The parsers behind the rules, reachable by the fuzz targets (feature `fuzzing`, not public
/// API: no stability promise).
#[cfg(feature = "fuzzing")]
#[doc(hidden)]
pub mod fuzzing {
    pub use super::policy::fuzz_policy;
    pub use super::signature::{decode_hex_pairs, CanonicalRequest, StringToSign, UrlParts};
}

pub use cors::console_url_and_origin;
pub use post::temporary_key;
/// The one hex decoder: redaction looks inside `StringToSignBytes` with it too.
pub(crate) use signature::decode_hex_pairs;

/// Everything a rule may look at.
pub struct Evidence<'a> {
    /// The provider's reading.
    pub parsed: &'a Parsed,
    /// The normalised response.
    pub response: &'a Response<'a>,
    /// The request context, when the caller gave one.
    pub context: Option<&'a RequestContext>,
}

/// AWS S3 and the services that speak its API (their errors are read with S3's catalogue).
pub(crate) fn s3_family(p: ProviderId) -> bool {
    matches!(
        p,
        ProviderId::AwsS3
            | ProviderId::S3Compatible
            | ProviderId::Minio
            | ProviderId::CloudflareR2
            | ProviderId::BackblazeB2
            | ProviderId::DigitaloceanSpaces
            | ProviderId::Wasabi
    )
}

/// Runs every rule over the diagnosis.
///
/// Every rule runs on every call, and most stop at their guard (not this provider, not this
/// code, no request context). A rule's body past its guard is a function of its own marked
/// `#[inline(never)]`: V8 compiles a wasm function when it is first called, all of it, so a body
/// inlined here would be compiled on the first `explain()` of every page even when its guard
/// returns. Out of line, the first call on an `AccessDenied` compiles ~96 KB of code instead of
/// ~159 KB (`node --trace-wasm-compilation-times`), and returns in ~25-40 % less time.
pub fn apply(
    d: &mut Diagnosis,
    parsed: &Parsed,
    response: &Response<'_>,
    context: Option<&RequestContext>,
) {
    let ev = Evidence {
        parsed,
        response,
        context,
    };
    generic::apply(d, &ev);
    messages::apply(d, &ev);
    s3_wording::apply(d, &ev);
    post::apply(d, &ev);
    policy::apply(d, &ev);
    presign::apply(d, &ev);
    signature::apply(d, &ev);
    timing::apply(d, &ev);
    region::apply(d, &ev);
    size::apply(d, &ev);
    cors::apply(d, &ev);
    multipart::apply(d, &ev);
    s3_compat::apply(d, &ev);
    azure::apply(d, &ev);
    supabase::apply(d, &ev);
    unstructured::apply(d, &ev);
    intermediaries::apply(d, &ev);
}

/// Raises `id` to at least `confidence` (adding it with its generic text when absent) and records
/// the evidence.
pub fn assert_cause(d: &mut Diagnosis, id: CauseId, confidence: f64, evidence: impl Into<String>) {
    let evidence = evidence.into();
    match d.causes.iter_mut().find(|c| c.id == id) {
        Some(c) => {
            if confidence > c.confidence {
                c.confidence = confidence;
            }
            if !evidence.is_empty() && !c.evidence.contains(&evidence) {
                c.evidence.push(evidence);
            }
        }
        None => {
            let mut c = generic_cause(id, confidence);
            if !evidence.is_empty() {
                c.evidence.push(evidence);
            }
            d.causes.push(c);
        }
    }
}

/// Caps `id` at `confidence` (when present) with the evidence that speaks against it.
pub fn lower_cause(d: &mut Diagnosis, id: CauseId, confidence: f64, evidence: impl Into<String>) {
    if let Some(c) = d.causes.iter_mut().find(|c| c.id == id) {
        if c.confidence > confidence {
            c.confidence = confidence;
        }
        let evidence = evidence.into();
        if !evidence.is_empty() && !c.evidence.contains(&evidence) {
            c.evidence.push(evidence);
        }
    }
}

/// Removes `id`: the evidence rules it out.
pub fn rule_out(d: &mut Diagnosis, id: CauseId, why: impl Into<String>) {
    let before = d.causes.len();
    d.causes.retain(|c| c.id != id);
    if d.causes.len() != before {
        d.notes.push(format!("Ruled out {id}: {}.", why.into()));
    }
}

/// A cause with the generic text of its id.
pub fn generic_cause(id: CauseId, confidence: f64) -> Cause {
    crate::build::cause_of(&crate::catalog::cause(id, confidence))
}

/// Puts a fix built from the evidence (a CORS rule with the request's origin, the FormData order
/// to use, the region to configure) first among the fixes of `id`, adding the cause with
/// `confidence` when it is absent.
pub fn add_fix(d: &mut Diagnosis, id: CauseId, confidence: f64, fix: Fix) {
    if !has_cause(d, id) {
        assert_cause(d, id, confidence, "");
    }
    if let Some(c) = d.causes.iter_mut().find(|c| c.id == id) {
        if !c.fixes.contains(&fix) {
            c.fixes.insert(0, fix);
        }
    }
}

/// A fix with owned text: `fix_text("Use region eu-west-1", vec![...], Some(("js", code)))`.
pub fn fix_text(
    title: impl Into<String>,
    steps: Vec<String>,
    snippet: Option<(&'static str, String)>,
) -> Fix {
    Fix {
        title: Cow::Owned(title.into()),
        steps: steps.into_iter().map(Cow::Owned).collect(),
        snippet: snippet.map(|(language, code)| Snippet {
            language: Cow::Borrowed(language),
            code: Cow::Owned(code),
        }),
    }
}

/// Whether the diagnosis currently lists `id`.
pub fn has_cause(d: &Diagnosis, id: CauseId) -> bool {
    d.causes.iter().any(|c| c.id == id)
}

/// Helpers shared by the rules' unit tests.
#[cfg(test)]
pub(crate) mod test_util {
    /// Explains `body` answered with `status`, with the request context given as JSON.
    pub fn run(status: u16, body: &str, ctx: Option<serde_json::Value>) -> crate::Diagnosis {
        let ctx: Option<crate::RequestContext> =
            ctx.map(|v| serde_json::from_value(v).expect("context"));
        crate::explain(&crate::Input::response(status, &[], body), ctx.as_ref())
    }

    /// The evidence of cause `id`, joined with ` | ` (empty when the cause is absent).
    pub fn evidence(d: &crate::Diagnosis, id: &str) -> String {
        d.causes
            .iter()
            .find(|c| c.id.as_str() == id)
            .map(|c| c.evidence.join(" | "))
            .unwrap_or_default()
    }
}
