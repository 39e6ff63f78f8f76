//! Intermediaries and the other upload APIs: who answered, which limit was hit, and what errors
//! without a code mean.
//!
//! ## What it does
//! - Names the layer that answered instead of the storage (nginx, CloudFront, Cloudflare, API
//!   Gateway, Vercel, Netlify, Express's body-parser) with what gave it away (its page footer,
//!   `x-amzn-ErrorType`, `X-Vercel-Error`, `cf-ray`…), and turns its bare status into the
//!   layer's meaning from `catalog::proxies::PAGES` (nginx 413 → `client_max_body_size`,
//!   Cloudflare 524 → the 100 s origin timeout, API Gateway 413 → its fixed 10 MB limit).
//! - States the layer's limit next to the size the client sent when it is known (API Gateway
//!   10 MB and Lambda 6 MB, Vercel 4.5 MB, Netlify 6 MB, Cloudflare 100 MB, body-parser's
//!   `limit: 102400` from the error itself), with the fix that routes around it: a presigned URL
//!   straight to storage, or the setting to raise.
//! - Recognises errors that have no code by their wording, from the message catalogues of
//!   Cloudinary, tus servers without `ERR_*` tokens, Firebase's REST API and UploadThing's older
//!   clients ([`KNOWN_TABLES`]), and API Gateway bodies without their `x-amzn-ErrorType` header.
//! - An HTML page from a layer nobody can name, with a 5xx or 413 status, still means an
//!   intermediary answered: storage APIs answer XML or JSON.
//! - Reads the details these providers put in their messages: Cloudinary's string to sign, its
//!   "Got N. Maximum is M", a tus server's "upload exceeds maximum size: A > B", and a 413 to a
//!   tus client whose text is a proxy's, not the tus server's.
//!
//! ## Why
//! "413 Request Entity Too Large" reads the same from nginx, Cloudflare, API Gateway and Vercel,
//! yet the fixes differ: a line in nginx.conf, a plan limit, a hard limit that only a presigned
//! upload avoids. The page or header says which layer it was; the layer says which limit.
//!
//! ## Example
//! `<hr><center>nginx/1.4.6 (Ubuntu)</center>` with 413 → provider `nginx`, `size.too-large`
//! ("nginx's client_max_body_size (default 1m) is smaller than the upload") with the
//! `client_max_body_size 100m;` fix, and `proxy.intermediary` with the footer as evidence.

use std::borrow::Cow;

use super::size::{client_size, human};
use super::{assert_cause, Evidence};
use crate::catalog::proxies::{find_known, Known, API_GATEWAY_MESSAGES};
use crate::catalog::{self, CauseRef, CodeEntry};
use crate::diagnosis::{BodyFormat, Diagnosis};
use crate::ids::{CauseId, ProviderId};
use crate::providers::proxies::{identify, number_after, Layer};
use crate::search::SearchExt;

/// The catalogues of errors known without a code.
pub const KNOWN_TABLES: [&[Known]; 5] = [
    catalog::proxies::PAGES,
    catalog::cloudinary::MESSAGES,
    catalog::tus::MESSAGES,
    catalog::firebase::MESSAGES,
    catalog::uploadthing::MESSAGES,
];

/// Providers whose errors this rule reads.
const PROVIDERS: &[ProviderId] = &[
    ProviderId::Nginx,
    ProviderId::Cloudfront,
    ProviderId::Cloudflare,
    ProviderId::ApiGateway,
    ProviderId::Vercel,
    ProviderId::Netlify,
    ProviderId::Cloudinary,
    ProviderId::Tus,
    ProviderId::FirebaseStorage,
    ProviderId::Uploadthing,
];

/// The limits of the layers, in bytes, as their documentation states them.
const APIGW_LIMIT: u64 = 10_485_760;
const LAMBDA_LIMIT: u64 = 6_291_456;
const VERCEL_LIMIT: u64 = 4_718_592;
const NETLIFY_LIMIT: u64 = 6_291_456;
const CLOUDFLARE_LIMIT: u64 = 104_857_600;
const BODY_PARSER_DEFAULT: u64 = 102_400;

/// Whether the diagnosis reports Express's body-parser.
fn is_express(d: &Diagnosis) -> bool {
    d.provider == ProviderId::Unknown
        && d.fields.get("layer").map(String::as_str) == Some("express")
}

/// The known answer that fits a diagnosis: its provider, status and wording (the message, the
/// page title, the text). Express's entry counts only when the body-parser was recognised.
pub fn known_for(d: &Diagnosis, text: &str) -> Option<&'static Known> {
    if !(PROVIDERS.contains(&d.provider) || is_express(d)) {
        return None;
    }
    let message = d.message.as_deref().unwrap_or("");
    let title = d.fields.get("title").map(String::as_str).unwrap_or("");
    let head = crate::input::cap_str(text, 64 * 1024);
    find_known(&KNOWN_TABLES, d.provider, d.status, &[message, title, head])
}

/// Raises a catalogue cause (with its own explanation and fixes) in the diagnosis.
fn adopt(d: &mut Diagnosis, r: &CauseRef) {
    let c = crate::build::cause_of(r);
    match d.causes.iter_mut().find(|x| x.id == r.id) {
        Some(x) => {
            if r.weight > x.confidence {
                x.confidence = r.weight;
            }
            if !r.why.is_empty() {
                x.explanation = c.explanation;
            }
            if !r.fixes.is_empty() {
                x.fixes = c.fixes;
            }
        }
        None => d.causes.push(c),
    }
}

/// Makes `entry` the reading of the diagnosis: its title and docs (when no code of the provider
/// already explains it) and its causes; generic guesses from the bare status that the entry does
/// not share are dropped.
fn apply_entry(d: &mut Diagnosis, entry: &'static CodeEntry, replace_title: bool) {
    if replace_title {
        d.title = Cow::Borrowed(entry.title);
        if !entry.docs.is_empty() {
            d.docs = Some(Cow::Borrowed(entry.docs));
        }
        // The bare status's generic guesses (no evidence, at most 0.5) give way to the entry,
        // as they do when a provider's code is in the catalogue.
        d.causes.retain(|c| {
            entry.causes.iter().any(|r| r.id == c.id)
                || !c.evidence.is_empty()
                || c.confidence > 0.5
        });
    }
    for r in entry.causes {
        adopt(d, r);
    }
    if d.status.is_none() && entry.status != 0 {
        d.status = Some(entry.status);
    }
}

/// Whether the code names an entry of the provider's catalogue.
fn code_known(d: &Diagnosis) -> bool {
    d.code
        .as_deref()
        .is_some_and(|c| catalog::lookup(d.provider, c).is_some())
}

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let text = ev.response.text;
    let coded = code_known(d);
    // Set when the message alone named API Gateway's answer, so the layer is not stated twice.
    let mut gateway_named = false;

    // API Gateway's default bodies without their header: read the code from the message.
    if d.provider == ProviderId::ApiGateway && !coded {
        let message = d.message.clone().unwrap_or_default();
        let mapped = API_GATEWAY_MESSAGES
            .iter()
            .find(|(m, c)| *m == message && !c.is_empty())
            .and_then(|(_, c)| catalog::lookup(ProviderId::ApiGateway, c));
        if let Some(entry) = mapped {
            gateway_named = true;
            apply_entry(d, entry, true);
            assert_cause(
                d,
                CauseId::ProxyIntermediary,
                0.6,
                format!(
                    "{{\"message\": \"{message}\"}} is API Gateway's default {} response",
                    entry.code
                ),
            );
        }
    }

    // Firebase's native (Android) code, when no `storage/*` code was printed.
    if d.provider == ProviderId::FirebaseStorage && d.code.is_none() {
        let native = d.fields.get("errorCode").cloned();
        let mapped = native.as_deref().and_then(|n| {
            catalog::firebase::NATIVE_CODES
                .iter()
                .find(|(c, _)| *c == n)
                .and_then(|(_, code)| catalog::lookup(ProviderId::FirebaseStorage, code))
        });
        if let (Some(entry), Some(n)) = (mapped, native) {
            apply_entry(d, entry, true);
            if let Some(c) = d
                .causes
                .iter_mut()
                .find(|c| Some(&c.id) == entry.causes.first().map(|r| &r.id))
            {
                c.evidence.push(format!(
                    "the Android SDK's error code {n} is {}",
                    entry.code
                ));
            }
        }
    }

    // Errors known by who answered, the status and the wording.
    if let Some(known) = known_for(d, text) {
        let replace = !coded && d.docs.is_none();
        apply_entry(d, known.entry, replace || !coded);
    }

    // Who answered, and what gave it away.
    let layer = identify(ev.response, ev.context).filter(|id| {
        id.layer.provider() == d.provider || (id.layer == Layer::Express && is_express(d))
    });
    if let Some(id) = &layer {
        let said = gateway_named && id.layer == Layer::ApiGateway && id.mark.starts_with('{');
        if !said {
            assert_cause(
                d,
                CauseId::ProxyIntermediary,
                0.6,
                format!(
                    "{} answered, not the storage service: {}",
                    id.layer.name(),
                    id.mark
                ),
            );
        }
        limits(d, ev, id.layer);
    }

    unknown_page(d, ev);
    tus(d, ev);
    cloudinary(d, ev);
    backblaze(d, ev);
}

/// B2: `bad_auth_token` / `unauthorized` from b2_authorize_account mean the key id and key do not
/// match, not a token problem.
fn backblaze(d: &mut Diagnosis, ev: &Evidence<'_>) {
    if d.provider != ProviderId::BackblazeB2
        || !matches!(d.code.as_deref(), Some("bad_auth_token" | "unauthorized"))
    {
        return;
    }
    let url = ev.context.and_then(|c| c.url.as_deref()).unwrap_or("");
    let text = crate::input::cap_str(ev.response.text, 64 * 1024);
    let authorizing = url.has("b2_authorize_account")
        || text.has("authorize_account")
        || text.has("unable to authorize account");
    if authorizing {
        assert_cause(
            d,
            CauseId::AuthInvalidAccessKey,
            0.85,
            "the call was b2_authorize_account, which answers this when the application key id and the key do not belong together (a key copied wrongly, a deleted key, the key id of another key)",
        );
        super::add_fix(
            d,
            CauseId::AuthInvalidAccessKey,
            0.85,
            super::fix_text(
                "Authorize with a matching application key id and key",
                vec![
                    "Create a new application key in the B2 console and copy both values at once: the key itself is shown only when it is created.".into(),
                    "Pass the keyID (not the account id, unless you use the master key) with that key to b2_authorize_account / b2 account authorize.".into(),
                ],
                None,
            ),
        );
    }
}

/// The layer's size limit next to what the client sent.
fn limits(d: &mut Diagnosis, ev: &Evidence<'_>, layer: Layer) {
    let status = d.status.unwrap_or(0);
    let code = d.code.clone().unwrap_or_default();
    let message = d.message.clone().unwrap_or_default();
    let sent = client_size(ev.context);
    let over = |limit: u64| -> String {
        match sent {
            Some((n, what)) if n > limit => format!("; {what} is {}, over it", human(n)),
            Some((n, what)) => format!("; {what} is {}", human(n)),
            None => String::new(),
        }
    };
    let (limit, said): (u64, String) = match layer {
        Layer::ApiGateway if status == 413 && message.has("Request Too Long") => (
            LAMBDA_LIMIT,
            "the Lambda integration takes at most 6 MB (6291456 bytes) per synchronous invocation".into(),
        ),
        Layer::ApiGateway if status == 413 => (
            APIGW_LIMIT,
            "API Gateway takes at most 10 MB (10485760 bytes) per request, a limit AWS does not raise".into(),
        ),
        Layer::Vercel if status == 413 || code == "FUNCTION_PAYLOAD_TOO_LARGE" => (
            VERCEL_LIMIT,
            "Vercel Functions take at most 4.5 MB of request body".into(),
        ),
        Layer::Netlify if status == 413 => (
            NETLIFY_LIMIT,
            "Netlify Functions take at most 6 MB of request payload".into(),
        ),
        Layer::Cloudflare if status == 413 => (
            CLOUDFLARE_LIMIT,
            "Cloudflare's proxy takes at most 100 MB per request on Free and Pro plans (200 MB Business, 500 MB Enterprise)".into(),
        ),
        Layer::Nginx if status == 413 => (
            1_048_576,
            "nginx refuses bodies above client_max_body_size, 1 MB (1m) unless configured".into(),
        ),
        Layer::Express => {
            let limit = d
                .fields
                .get("limit")
                .and_then(|l| l.parse::<u64>().ok())
                .or_else(|| number_after(ev.response.text, "limit: "));
            let length = d.fields.get("length").and_then(|l| l.parse::<u64>().ok());
            let said = match (limit, length) {
                (Some(l), Some(n)) => format!(
                    "body-parser's limit is {} and the body was {}",
                    human(l),
                    human(n)
                ),
                (Some(l), None) => format!("body-parser's limit is {}", human(l)),
                _ => "body-parser's limit is 100kb (102400 bytes) unless the route sets `limit`".into(),
            };
            (limit.unwrap_or(BODY_PARSER_DEFAULT), said)
        }
        _ => return,
    };
    let confidence = d
        .causes
        .iter()
        .find(|c| c.id == CauseId::SizeTooLarge)
        .map(|c| c.confidence)
        .unwrap_or(0.6)
        .max(0.6);
    let _ = limit;
    assert_cause(
        d,
        CauseId::SizeTooLarge,
        confidence,
        format!("{said}{}", over(limit)),
    );
}

/// An HTML page nobody can attribute, answering with 5xx or 413.
fn unknown_page(d: &mut Diagnosis, ev: &Evidence<'_>) {
    if d.provider != ProviderId::Unknown || ev.response.format != BodyFormat::Html || is_express(d)
    {
        return;
    }
    let Some(status) = d.status else {
        return;
    };
    if !(status == 413 || (500..=599).contains(&status)) {
        return;
    }
    let title = d
        .fields
        .get("title")
        .map(|t| format!(" (\"{t}\")"))
        .unwrap_or_default();
    let confidence = if status == 413 { 0.45 } else { 0.6 };
    assert_cause(
        d,
        CauseId::ProxyIntermediary,
        confidence,
        format!("an HTML page answered{title}: storage APIs answer XML or JSON, so a proxy, CDN, gateway or your own backend wrote this page"),
    );
}

/// tus: sizes in the server's message, and a 413 that a proxy wrote.
fn tus(d: &mut Diagnosis, ev: &Evidence<'_>) {
    if d.provider != ProviderId::Tus {
        return;
    }
    let message = d.message.clone().unwrap_or_default();
    if let Some(i) = message.index_of("upload exceeds maximum size: ") {
        let rest = &message[i + "upload exceeds maximum size: ".len()..];
        let mut nums = rest.split(" > ").map(|s| s.trim().parse::<u64>().ok());
        if let (Some(Some(size)), Some(Some(max))) = (nums.next(), nums.next()) {
            assert_cause(
                d,
                CauseId::SizeTooLarge,
                0.9,
                format!(
                    "the upload is {}; the server takes at most {}",
                    human(size),
                    human(max)
                ),
            );
        }
    }
    let from_tus = d.code.is_some() || known_for(d, ev.response.text).is_some();
    let proxy_words = message.starts_with("413 ")
        || message.has("Request Entity Too Large")
        || message.has("<html");
    if d.status == Some(413) && !from_tus && proxy_words {
        d.title = Cow::Borrowed("A proxy in front of the tus server refused the chunk (413)");
        assert_cause(
            d,
            CauseId::SizeTooLarge,
            0.85,
            format!("the 413's text (\"{message}\") is not a tus server's (no ERR_* token, no tus wording) but a reverse proxy's: the PATCH chunk is larger than the proxy in front of the tus server accepts"),
        );
        assert_cause(
            d,
            CauseId::ProxyIntermediary,
            0.7,
            "a proxy in front of the tus server (nginx client_max_body_size, a CDN's body limit) answered the chunk",
        );
        super::add_fix(
            d,
            CauseId::SizeTooLarge,
            0.85,
            super::fix_text(
                "Send tus chunks smaller than the proxy's body limit, or raise the limit",
                vec![
                    "tus-js-client sends the whole file in one PATCH unless chunkSize is set: set chunkSize below the proxy's limit (nginx 1m by default, Cloudflare 100 MB).".into(),
                    "Or raise the limit on the proxy for the tus path (nginx: client_max_body_size; also turn off proxy_request_buffering for streaming).".into(),
                ],
                Some((
                    "js",
                    "new tus.Upload(file, { endpoint: \"/files/\", chunkSize: 5 * 1024 * 1024 /* below the proxy's limit */ });".into(),
                )),
            ),
        );
    }
}

/// Cloudinary: the string it signed, the sizes and the reported time in its messages.
fn cloudinary(d: &mut Diagnosis, ev: &Evidence<'_>) {
    if d.provider != ProviderId::Cloudinary {
        return;
    }
    let _ = ev;
    let message = d.message.clone().unwrap_or_default();
    if let Some(i) = message.index_of("String to sign - '") {
        let rest = &message[i + "String to sign - '".len()..];
        let signed = rest.rsplit_once('\'').map(|(s, _)| s).unwrap_or(rest);
        let mut evidence = format!("Cloudinary computed the signature over `{signed}`: the signature must be SHA-1 of exactly this string followed by the API secret");
        if signed.has("api_key=") || signed.has("file=") || signed.has("resource_type=") {
            evidence.push_str("; api_key, file and resource_type are never part of it");
        }
        assert_cause(d, CauseId::SignatureSecretMismatch, 0.6, evidence);
    }
    if let Some(i) = message.index_of("Got ") {
        let nums: Vec<u64> = message[i..]
            .split(|c: char| !c.is_ascii_digit())
            .filter(|s| !s.is_empty())
            .take(2)
            .filter_map(|s| s.parse().ok())
            .collect();
        if let [got, max] = nums[..] {
            assert_cause(
                d,
                CauseId::SizeTooLarge,
                0.92,
                format!(
                    "the file is {}; the account's plan allows {}",
                    human(got),
                    human(max)
                ),
            );
        }
    }
    if let Some(i) = message.index_of("reported time is ") {
        let when: String = message[i + "reported time is ".len()..]
            .chars()
            .take_while(|c| *c != 'w')
            .collect();
        assert_cause(
            d,
            CauseId::PresignExpired,
            0.6,
            format!("the signed timestamp is {}, more than an hour before Cloudinary received the upload", when.trim()),
        );
    }
}

#[cfg(test)]
mod tests {
    //! Every entry of the message and page catalogues is exercised by a fixture, or listed in
    //! tests/coverage-debt.txt as `provider wording` / `provider status` (tests/tidy.rs does the
    //! same for the code tables).

    use std::collections::BTreeSet;
    use std::path::Path;

    use super::*;
    use crate::{explain, Input, RequestContext};

    fn fixtures() -> Vec<(String, Input, Option<RequestContext>)> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut out = Vec::new();
        let Ok(dirs) = std::fs::read_dir(&root) else {
            return out;
        };
        for dir in dirs.flatten().filter(|d| d.path().is_dir()) {
            let Ok(files) = std::fs::read_dir(dir.path()) else {
                continue;
            };
            for f in files.flatten() {
                let path = f.path();
                if path.extension().is_none_or(|x| x != "txt") {
                    continue;
                }
                let Ok(raw) = std::fs::read_to_string(&path) else {
                    continue;
                };
                let Some((head, body)) = raw.split_once("\n---\n") else {
                    continue;
                };
                let mut input = Input::text(body.strip_suffix('\n').unwrap_or(body));
                let mut request = None;
                for line in head.lines() {
                    if let Some(s) = line.strip_prefix("status:") {
                        input.status = s.trim().parse().ok();
                    } else if let Some(h) = line.strip_prefix("header:") {
                        if let Some((n, v)) = h.split_once(':') {
                            input.headers.push((n.trim().into(), v.trim().into()));
                        }
                    } else if let Some(r) = line.strip_prefix("request:") {
                        request = serde_json::from_str(r.trim()).ok();
                    }
                }
                out.push((path.display().to_string(), input, request));
            }
        }
        out
    }

    #[test]
    fn every_known_answer_has_a_fixture_or_is_listed_as_debt() {
        let mut hit = BTreeSet::new();
        for (_, input, request) in fixtures() {
            let d = explain(&input, request.as_ref());
            if let Some(k) = known_for(&d, &input.body) {
                hit.insert(k.key());
            }
        }
        let debt_file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/coverage-debt.txt");
        let debt: BTreeSet<String> = std::fs::read_to_string(debt_file)
            .unwrap_or_default()
            .lines()
            .map(|l| l.trim().to_string())
            .collect();
        let mut missing = Vec::new();
        let mut paid = Vec::new();
        for k in KNOWN_TABLES.iter().flat_map(|t| t.iter()) {
            let key = k.key();
            match (hit.contains(&key), debt.contains(&key)) {
                (false, false) => missing.push(key),
                (true, true) => paid.push(key),
                _ => {}
            }
        }
        missing.dedup();
        assert!(
            missing.is_empty(),
            "known answers with no fixture:\n{}",
            missing.join("\n")
        );
        assert!(
            paid.is_empty(),
            "these now have fixtures; remove them from tests/coverage-debt.txt:\n{}",
            paid.join("\n")
        );
    }
}
