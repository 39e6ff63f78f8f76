//! Turning a provider's reading plus the catalogue into a [`Diagnosis`].

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::catalog::{self, causes, CauseRef, FixSpec};
use crate::context::RequestContext;
use crate::diagnosis::{Cause, Diagnosis, Fix, Snippet};
use crate::input::Response;
use crate::providers::Parsed;

/// Response headers worth keeping in `fields` (as `header.<name>`).
const HEADERS_OF_INTEREST: &[&str] = &[
    "server",
    "content-type",
    "x-amz-request-id",
    "x-amz-id-2",
    "x-amz-bucket-region",
    "x-amz-error-code",
    "x-amz-error-message",
    "x-amz-error-detail-key",
    "x-ms-error-code",
    "x-ms-request-id",
    "x-amzn-errortype",
    "x-amzn-requestid",
    "x-guploader-uploadid",
    "sb-request-id",
    "cf-ray",
    "x-cache",
    "via",
    "x-vercel-error",
    "x-vercel-id",
    "x-nf-request-id",
    "www-authenticate",
    "retry-after",
    "access-control-allow-origin",
    "access-control-expose-headers",
];

/// A catalogue fix as output.
pub fn fix_of(spec: &FixSpec) -> Fix {
    Fix {
        title: Cow::Borrowed(spec.title),
        steps: spec.steps.iter().map(|s| Cow::Borrowed(*s)).collect(),
        snippet: spec.snippet.map(|(language, code)| Snippet {
            language: Cow::Borrowed(language),
            code: Cow::Borrowed(code),
        }),
    }
}

/// A cause as output: the catalogue's own text where it has one, else the generic text.
pub fn cause_of(r: &CauseRef) -> Cause {
    let generic = causes::text(r.id);
    Cause {
        id: r.id,
        confidence: r.weight,
        title: Cow::Borrowed(generic.title),
        explanation: Cow::Borrowed(if r.why.is_empty() {
            generic.explanation
        } else {
            r.why
        }),
        fixes: if r.fixes.is_empty() {
            generic.fixes.iter().map(fix_of).collect()
        } else {
            r.fixes.iter().map(fix_of).collect()
        },
        evidence: Vec::new(),
    }
}

/// The diagnosis before the rules run.
pub fn diagnosis(
    resp: &Response<'_>,
    parsed: &Parsed,
    context: Option<&RequestContext>,
) -> Diagnosis {
    let mut notes = resp.notes.clone();
    let entry = parsed
        .code
        .as_deref()
        .and_then(|c| catalog::lookup(parsed.provider, c));

    let status = match (parsed.body_status, resp.status) {
        (Some(body), Some(wire)) if body != wire => {
            notes.push(format!(
                "The response says HTTP {wire} on the wire but {body} in the body; {body} is the real status."
            ));
            Some(body)
        }
        (Some(body), _) => Some(body),
        (None, Some(wire)) => Some(wire),
        (None, None) => entry.map(|e| e.status).filter(|s| *s != 0),
    };

    let (title, docs, causes): (Cow<'static, str>, _, Vec<Cause>) = match entry {
        Some(e) => (
            Cow::Borrowed(e.title),
            (!e.docs.is_empty()).then_some(Cow::Borrowed(e.docs)),
            e.causes.iter().map(cause_of).collect(),
        ),
        None => {
            if let Some(code) = &parsed.code {
                if !catalog::tables_for(parsed.provider).is_empty() {
                    notes.push(format!(
                        "`{code}` is not in the {} catalogue; the causes below come from the HTTP status.",
                        parsed.provider
                    ));
                }
            }
            let (title, refs) = catalog::status::for_status(status);
            (
                Cow::Borrowed(title),
                None,
                refs.iter().map(cause_of).collect(),
            )
        }
    };

    // Inserted one by one (the last of a repeated name wins, as with collect(), which would link
    // a sort for this one use).
    let mut fields = BTreeMap::new();
    for (name, value) in &parsed.fields {
        fields.insert(name.clone(), value.clone());
    }
    for (name, value) in &resp.headers {
        let lower = name.to_ascii_lowercase();
        if HEADERS_OF_INTEREST.contains(&lower.as_str()) {
            fields
                .entry(format!("header.{lower}"))
                .or_insert_with(|| value.clone());
        }
    }
    let request_id = parsed.request_id.clone().or_else(|| {
        [
            "x-amz-request-id",
            "x-ms-request-id",
            "x-amzn-requestid",
            "sb-request-id",
        ]
        .iter()
        .find_map(|h| resp.header(h))
        .map(str::to_string)
    });

    Diagnosis {
        provider: parsed.provider,
        code: parsed.code.clone(),
        status,
        http_status: resp.status,
        message: parsed.message.clone(),
        request_id,
        title,
        docs,
        format: parsed.format,
        fields,
        causes,
        notes,
        request: context.cloned(),
    }
}

/// Final ordering: one entry per cause id (highest confidence, evidence merged), confidences
/// clamped to 0..=1 and rounded to two decimals, most likely first.
pub fn finish(d: &mut Diagnosis) {
    let mut merged: Vec<Cause> = Vec::with_capacity(d.causes.len());
    for c in d.causes.drain(..) {
        match merged.iter_mut().find(|m| m.id == c.id) {
            Some(m) => {
                if c.confidence > m.confidence {
                    let evidence = std::mem::take(&mut m.evidence);
                    *m = c;
                    for e in evidence {
                        if !m.evidence.contains(&e) {
                            m.evidence.push(e);
                        }
                    }
                } else {
                    for e in c.evidence {
                        if !m.evidence.contains(&e) {
                            m.evidence.push(e);
                        }
                    }
                }
            }
            None => merged.push(c),
        }
    }
    for c in &mut merged {
        c.confidence = (c.confidence.clamp(0.0, 1.0) * 100.0).round() / 100.0;
    }
    merged.sort_by(|a, b| b.confidence.total_cmp(&a.confidence));
    d.causes = merged;
}
