//! What any message says, whoever answered.
//!
//! ## What it does
//! Recognises wording that means the same thing across providers and clients: a browser fetch
//! that failed without a response, a JSON parser choking on an HTML page, a route that does not
//! exist, a name already taken.
//!
//! ## Why
//! Many pasted errors come from the client side (axios, fetch, an SDK wrapper) or from a server
//! nobody can name; their wording is still precise about the kind of fault.
//!
//! ## Example
//! `Unexpected token < in JSON at position 0` → `proxy.intermediary`: an HTML error page (a
//! proxy's 502 or 413) came back where the client expected JSON.

use super::{assert_cause, Evidence};
use crate::diagnosis::Diagnosis;
use crate::ids::CauseId;

/// (needle, cause, confidence, evidence). Needles are matched case-sensitively against the
/// message and the pasted text.
const PATTERNS: &[(&str, CauseId, f64, &str)] = &[
    ("Failed to fetch", CauseId::CorsPreflightRejected, 0.6, "the browser's fetch failed without an HTTP response: most often a CORS rejection, which the browser reports only this way"),
    ("Failed to fetch", CauseId::NetworkFailed, 0.55, "the browser's fetch failed without an HTTP response: the network, an ad blocker or mixed content can also cause this"),
    ("NetworkError when attempting to fetch resource", CauseId::CorsPreflightRejected, 0.6, "Firefox's fetch failed without an HTTP response: most often a CORS rejection"),
    ("NetworkError when attempting to fetch resource", CauseId::NetworkFailed, 0.55, "Firefox's fetch failed without an HTTP response"),
    ("Load failed", CauseId::CorsPreflightRejected, 0.55, "Safari's fetch failed without an HTTP response: most often a CORS rejection"),
    ("Load failed", CauseId::NetworkFailed, 0.5, "Safari's fetch failed without an HTTP response"),
    ("ERR_NETWORK", CauseId::CorsPreflightRejected, 0.55, "axios reports a request with no response as ERR_NETWORK: most often a CORS rejection"),
    ("ERR_NETWORK", CauseId::NetworkFailed, 0.5, "axios reports a request with no response as ERR_NETWORK"),
    ("Unexpected token <", CauseId::ProxyIntermediary, 0.75, "the client got an HTML page (starting with `<`) where it expected JSON: a proxy, CDN or gateway error page answered"),
    ("is not valid JSON", CauseId::ProxyIntermediary, 0.6, "the client could not parse the response as JSON: an HTML error page from an intermediary is the usual reason"),
    ("was not found on this server", CauseId::EndpointWrongHost, 0.75, "the web server has no such URL: the upload went to a path or host that does not serve it"),
    ("Cannot POST /", CauseId::EndpointWrongHost, 0.75, "the server has no POST route at that path"),
    ("Cannot PUT /", CauseId::EndpointWrongHost, 0.75, "the server has no PUT route at that path"),
    ("not found\",\"error\":\"Not Found\"", CauseId::EndpointWrongHost, 0.7, "the server has no such route"),
    ("has already been taken", CauseId::ResourceAlreadyExists, 0.8, "the server says the name has already been taken"),
];

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let message = ev.parsed.message.as_deref().unwrap_or("");
    // Needles come in runs (one per cause they point at): search each once.
    let mut last: Option<(&str, bool)> = None;
    for (needle, id, confidence, evidence) in PATTERNS {
        let found = match last {
            Some((n, found)) if n == *needle => found,
            _ => message.contains(needle) || ev.response.text_contains(needle),
        };
        last = Some((needle, found));
        if found {
            assert_cause(d, *id, *confidence, *evidence);
        }
    }
    // A route that does not exist: "Route POST:/upload/resumable not found".
    if message.starts_with("Route ") && message.ends_with(" not found") {
        assert_cause(
            d,
            CauseId::EndpointWrongHost,
            0.8,
            format!(
                "the server says: {message}: the URL or method does not match any route it serves"
            ),
        );
    }
}
