//! Azure Blob Storage and Google Cloud Storage: what their error details and the request say.
//!
//! ## What it does
//! **Azure.** Reads `AuthenticationErrorDetail`: for "Signature not valid in the specified time
//! frame: Start [..] - Expiry [..] - Current [..]" it computes whether the SAS has expired ("expired
//! 2 h 5 min before Azure's time") or is not valid yet ("starts 4 min in the future"); for
//! "Signature did not match. String to sign used was …" it shows what Azure signed (permissions,
//! start, expiry, resource, version) and looks for the value that breaks it (a doubled slash in
//! the blob path, a twice-encoded time, a Content-Type that differs for Shared Key); "Signature
//! fields not well formed" is a malformed SAS. Azurite says `AuthorizationFailure` for every SAS
//! it cannot verify, so with the request URL the SAS's own `st`/`se` are compared with the server's
//! clock to tell expired, not-yet-valid and bad signature apart. `MissingRequiredHeader`
//! (`HeaderName` x-ms-blob-type) and Azurite's empty 400 to a PUT without `x-ms-blob-type` get the
//! header to add; `AuthorizationPermissionMismatch` names the letters missing from the SAS's `sp`.
//!
//! **GCS.** Reads `Details` and the message: the permission a role lacks (overwriting needs
//! `storage.objects.delete`, which `roles/storage.objectCreator` lacks), an anonymous caller,
//! requester pays, the per-object mutation rate limit, the expiry of a signed URL (and a duration
//! passed where a timestamp goes), and for `SignatureDoesNotMatch` the Content-Type GCS used in
//! the string to sign. With the request URL it tells a missing bucket (an upload), a missing object
//! (a read) and a dead resumable session (`upload_id=`) apart, and reads `ifGenerationMatch=0`
//! behind a 412 as "the object already exists".
//!
//! ## Why
//! Both clouds put the precise reason in an element or a wording that the code hides: Azure's
//! `AuthenticationFailed` covers a wrong key, an expired SAS and a SAS that starts in the future;
//! GCS's `forbidden` covers a missing create permission and a missing delete permission; a 404 to
//! a resumable chunk is not a missing file.
//!
//! ## Example
//! `<Code>AuthenticationFailed</Code>…<AuthenticationErrorDetail>Signature not valid in the
//! specified time frame: Start [Thu, 13 Jun 2019 16:18:07 GMT] - Expiry [Fri, 14 Jun 2019 16:23:07
//! GMT] - Current [Thu, 13 Jun 2019 09:22:53 GMT]</AuthenticationErrorDetail>` → `time.clock-skew`,
//! "the SAS starts 6 h 55 min after Azure's current time".

use super::post::query_param;
use super::timing::{duration, iso, parse_time};
use super::{add_fix, assert_cause, fix_text, lower_cause, rule_out, Evidence};
use crate::diagnosis::Diagnosis;
use crate::ids::{CauseId, ProviderId};
use crate::search::SearchExt;

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    match ev.parsed.provider {
        ProviderId::AzureBlob => azure(d, ev),
        ProviderId::Gcs => gcs(d, ev),
        _ => {}
    }
}

// =============================================================================================
// Shared helpers.
// =============================================================================================

/// The request's method, upper-cased.
fn method(ev: &Evidence<'_>) -> Option<String> {
    ev.context
        .and_then(|c| c.method.as_deref())
        .map(|m| m.trim().to_ascii_uppercase())
}

/// A query parameter of the request URL.
fn param(ev: &Evidence<'_>, name: &str) -> Option<String> {
    ev.context.and_then(|c| query_param(c, name))
}

/// The request URL's path (before `?`), without scheme and host.
fn url_path<'a>(ev: &Evidence<'a>) -> Option<&'a str> {
    let url = ev.context?.url.as_deref()?;
    let after = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let path = after.find('/').map(|i| &after[i..]).unwrap_or("/");
    path.split(['?', '#']).next()
}

/// Shortens a value for evidence (at most `n` characters).
fn short(s: &str, n: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let head: String = s.chars().take(n).collect();
        format!("{head}…")
    }
}

/// The text between `label [` and the next `]`.
fn bracket<'a>(text: &'a str, label: &str) -> Option<&'a str> {
    let i = text.find(label)?;
    let rest = text.get(i + label.len()..)?.trim_start();
    let rest = rest.strip_prefix('[')?;
    let end = rest.find(']')?;
    Some(rest[..end].trim())
}

// =============================================================================================
// Azure Blob Storage.
// =============================================================================================

#[inline(never)] // out of line: see `rules::apply`
fn azure(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let parsed = ev.parsed;
    let code = parsed.code.as_deref().unwrap_or("");
    let detail = parsed
        .field("AuthenticationErrorDetail")
        .unwrap_or("")
        .trim();
    let message = parsed.message.as_deref().unwrap_or("");

    if detail.has("not valid in the specified time frame") {
        time_frame(d, ev, detail);
    } else if detail.has("must be after signed start time") {
        expiry_before_start(d, detail);
    }
    if let Some(i) = detail.index_of("String to sign used was") {
        sas_string_to_sign(d, ev, &detail[i + "String to sign used was".len()..]);
        not_about_time(
            d,
            "Azure checks a SAS's time window before its signature, and this one was within it",
        );
    }
    if detail.has("MAC signature") {
        shared_key(d, ev, detail);
        not_about_time(
            d,
            "Shared Key requests carry no expiry; Azure compared the signature itself",
        );
    }
    if detail.has("Signature fields not well formed")
        || detail.has("sig is mandatory")
        || detail.has("is mandatory. Cannot be empty")
    {
        assert_cause(
            d,
            CauseId::AuthTokenInvalid,
            0.92,
            format!("Azure says the SAS is malformed: {}", short(detail, 160)),
        );
        lower_cause(d, CauseId::SignatureSecretMismatch, 0.3, "");
    }
    if detail.has("Request date header too old") {
        assert_cause(
            d,
            CauseId::TimeClockSkew,
            0.92,
            format!(
                "Azure says the request's date is too old: {}",
                short(detail, 160)
            ),
        );
    }

    match code {
        "AuthorizationFailure" => authorization_failure(d, ev, message),
        "AuthorizationPermissionMismatch" => permission_mismatch(d, ev),
        "AuthorizationResourceTypeMismatch" => {
            if let Some(srt) = param(ev, "srt") {
                assert_cause(
                    d,
                    CauseId::PermissionDenied,
                    0.95,
                    format!("the account SAS has srt={srt}; blob uploads need o (object) in srt, container operations c"),
                );
            }
        }
        "AuthorizationServiceMismatch" => {
            if let Some(ss) = param(ev, "ss") {
                assert_cause(
                    d,
                    CauseId::PermissionDenied,
                    0.95,
                    format!(
                        "the account SAS has ss={ss}: it is not valid for the Blob service (b)"
                    ),
                );
            }
        }
        "AuthorizationProtocolMismatch" => {
            let http = ev
                .context
                .and_then(|c| c.url.as_deref())
                .is_some_and(|u| u.starts_with("http://"));
            if param(ev, "spr").is_some_and(|s| s == "https") && http {
                assert_cause(
                    d,
                    CauseId::PermissionDenied,
                    0.95,
                    "the SAS says spr=https and the request used http://",
                );
            }
        }
        "AuthorizationSourceIPMismatch" => {
            if let Some(sip) = param(ev, "sip") {
                assert_cause(
                    d,
                    CauseId::PermissionDenied,
                    0.95,
                    format!("the SAS only admits sip={sip}; a browser upload comes from the user's public address"),
                );
            }
        }
        "MissingRequiredHeader" => missing_header(d, parsed.field("HeaderName")),
        "InvalidQueryParameterValue" => {
            if let Some(name) = parsed.field("QueryParameterName") {
                let value = parsed.field("QueryParameterValue").unwrap_or("");
                let reason = parsed.field("Reason").unwrap_or("");
                let mut evidence = format!("Azure rejects the query parameter {name}={value}");
                if !reason.is_empty() {
                    evidence.push_str(&format!(": {reason}"));
                }
                if name.eq_ignore_ascii_case("blockid") {
                    evidence.push_str(" (block ids must be base64, URL-encoded in the query, and of one length per blob)");
                }
                assert_cause(d, CauseId::RequestInvalid, 0.92, evidence);
            }
        }
        "InvalidOperation" if message.to_ascii_lowercase().has("md5") => {
            assert_cause(
                d,
                CauseId::IntegrityChecksumMismatch,
                0.92,
                format!("the message is about the Content-MD5 (\"{}\"): the body is not the one the MD5 was computed for (Azure says Md5Mismatch)", short(message, 80)),
            );
            lower_cause(d, CauseId::RequestInvalid, 0.3, "");
        }
        "InvalidBlobOrBlock" if param(ev, "comp").is_some_and(|c| c == "block") => {
            let id = param(ev, "blockid").unwrap_or_default();
            assert_cause(
                    d,
                    CauseId::MultipartInvalidPart,
                    0.85,
                    format!("a Put Block (blockid={id}) was refused: every block id of a blob must have the same length before base64 encoding as the blocks already staged"),
                );
        }
        _ => {}
    }

    if code.is_empty() {
        empty_answer(d, ev);
    }
}

/// The detail is about the signature: the SAS's time window is not the problem.
fn not_about_time(d: &mut Diagnosis, why: &str) {
    rule_out(d, CauseId::PresignExpired, why);
    lower_cause(d, CauseId::TimeClockSkew, 0.1, "");
}

/// "Signature not valid in the specified time frame: Start [..] - Expiry [..] - Current [..]".
fn time_frame(d: &mut Diagnosis, ev: &Evidence<'_>, detail: &str) {
    let start = bracket(detail, "Start").and_then(|s| Some((s, parse_time(s)?)));
    let expiry = bracket(detail, "Expiry").and_then(|s| Some((s, parse_time(s)?)));
    let Some((now_text, now)) = bracket(detail, "Current").and_then(|s| Some((s, parse_time(s)?)))
    else {
        return;
    };
    if let Some((exp_text, exp)) = expiry {
        if now > exp {
            let ago = duration(now.saturating_sub(exp).unsigned_abs());
            assert_cause(
                d,
                CauseId::PresignExpired,
                0.97,
                format!("the SAS expired {ago} before Azure's time (Expiry [{exp_text}], Current [{now_text}])"),
            );
            rule_out(
                d,
                CauseId::SignatureSecretMismatch,
                "Azure checked the SAS's validity window, not its key: it has expired",
            );
            rule_out(
                d,
                CauseId::TimeClockSkew,
                "the SAS's start is in the past; it has expired",
            );
            return;
        }
    }
    if let Some((start_text, st)) = start {
        if now < st {
            not_yet_valid(
                d,
                ev,
                st.saturating_sub(now).unsigned_abs(),
                &format!("Start [{start_text}], Current [{now_text}]"),
            );
        }
    }
}

/// The SAS starts after the server's current time.
fn not_yet_valid(d: &mut Diagnosis, ev: &Evidence<'_>, ahead: u64, shown: &str) {
    let by = duration(ahead);
    let hint = if ahead >= 3600 && ahead % 900 < 120 {
        " — whole hours: a local time written as UTC (a missing time-zone offset)"
    } else if ahead >= 3600 && ahead.saturating_add(120) % 3600 < 240 {
        " — about whole hours: a local time written as UTC (a missing time-zone offset)"
    } else {
        ""
    };
    assert_cause(
        d,
        CauseId::TimeClockSkew,
        0.95,
        format!("the SAS starts {by} in the future by Azure's clock ({shown}){hint}: its start time (st) was set to \"now\" by a clock that runs ahead of Azure's"),
    );
    rule_out(
        d,
        CauseId::SignatureSecretMismatch,
        "the SAS was refused for its start time, before its key was checked",
    );
    lower_cause(d, CauseId::PresignExpired, 0.2, "");
    let st = param(ev, "st")
        .map(|s| format!(" (this URL has st={s})"))
        .unwrap_or_default();
    add_fix(
        d,
        CauseId::TimeClockSkew,
        0.95,
        fix_text(
            "Start the SAS in the past, and sync the signer's clock",
            vec![
                format!("Leave st out of the SAS, or set it 5-15 minutes before now{st}: Azure refuses a SAS until its start time by Azure's own clock."),
                "Write st and se in UTC with a Z (2026-11-23T10:00:00Z); a local time without its offset moves the window by hours.".into(),
                "Enable NTP on the machine that signs (Linux: `timedatectl set-ntp true`; containers take the host's clock).".into(),
            ],
            Some((
                "js",
                r#"const now = Date.now();
generateBlobSASQueryParameters({
  containerName, blobName,
  permissions: BlobSASPermissions.parse("cw"),
  startsOn: new Date(now - 15 * 60 * 1000), // tolerate clock skew
  expiresOn: new Date(now + 60 * 60 * 1000),
}, sharedKeyCredential);"#
                    .to_string(),
            )),
        ),
    );
}

/// "Signed expiry time [X] must be after signed start time [Y]".
fn expiry_before_start(d: &mut Diagnosis, detail: &str) {
    let expiry = bracket(detail, "Signed expiry time").and_then(|s| Some((s, parse_time(s)?)));
    let start = bracket(detail, "signed start time").and_then(|s| Some((s, parse_time(s)?)));
    if let (Some((exp_text, exp)), Some((st_text, st))) = (expiry, start) {
        assert_cause(
            d,
            CauseId::PresignExpired,
            0.92,
            format!("the SAS's expiry [{exp_text}] is {} before its start [{st_text}] (without st, the start is the time the request arrives): it had expired when it was used", duration(st.saturating_sub(exp).unsigned_abs())),
        );
        rule_out(
            d,
            CauseId::SignatureSecretMismatch,
            "Azure refused the SAS's time window, not its signature",
        );
    }
}

/// The fields of a SAS string to sign, as Azure lists them.
struct SasFields<'a> {
    kind: &'static str,
    permissions: &'a str,
    start: &'a str,
    expiry: &'a str,
    resource: &'a str,
    version: &'a str,
}

/// Reads "String to sign used was …": the service SAS (`sp st se /blob/acct/container/blob …
/// sv sr …`) and the account SAS (`account sp ss srt st se sip spr sv`) layouts; lines flattened
/// with spaces are read by their shape.
fn sas_fields(sts: &str) -> Option<SasFields<'_>> {
    let sts = sts.trim_start_matches([' ', ':']);
    let lines: Vec<&str> = if sts.contains('\n') {
        sts.split('\n').map(str::trim).collect()
    } else {
        sts.split_whitespace().collect()
    };
    let first = *lines.first()?;
    let is_version =
        |s: &str| s.len() == 10 && s.as_bytes().get(4) == Some(&b'-') && !s.contains('T');
    if let Some(ri) = lines.iter().position(|l| l.starts_with('/')) {
        let version = lines[ri..]
            .iter()
            .copied()
            .find(|l| is_version(l))
            .unwrap_or("");
        let times: Vec<&str> = lines[..ri]
            .iter()
            .copied()
            .filter(|l| l.contains('T'))
            .collect();
        let (start, expiry) = match times.as_slice() {
            [s, e, ..] => (*s, *e),
            [e] => ("", *e),
            [] => ("", ""),
        };
        return Some(SasFields {
            kind: "service SAS",
            permissions: first,
            start,
            expiry,
            resource: lines[ri],
            version,
        });
    }
    // Account SAS: account, sp, ss, srt, st, se, sip, spr, sv.
    if lines.len() >= 6 && sts.contains('\n') {
        return Some(SasFields {
            kind: "account SAS",
            permissions: lines[1],
            start: lines[4],
            expiry: lines[5],
            resource: lines[0],
            version: lines.get(8).copied().unwrap_or(""),
        });
    }
    None
}

fn sas_string_to_sign(d: &mut Diagnosis, ev: &Evidence<'_>, sts: &str) {
    let Some(f) = sas_fields(sts) else {
        return;
    };
    let mut shown = vec![format!("permissions `{}`", f.permissions)];
    if !f.start.is_empty() {
        shown.push(format!("start `{}`", f.start));
    }
    if !f.expiry.is_empty() {
        shown.push(format!("expiry `{}`", f.expiry));
    }
    shown.push(format!(
        "{} `{}`",
        if f.kind == "account SAS" {
            "account"
        } else {
            "resource"
        },
        f.resource
    ));
    if !f.version.is_empty() {
        shown.push(format!("version `{}`", f.version));
    }
    let signed = format!(
        "Azure computed the {} signature over {}",
        f.kind,
        shown.join(", ")
    );
    // Azure checks the signature before the permissions: say so when they would fail too.
    if method(ev).as_deref() == Some("PUT") && !f.permissions.contains(['c', 'w']) {
        assert_cause(
            d,
            CauseId::PermissionDenied,
            0.5,
            format!(
                "the SAS grants `{}` only: even with a valid signature this PUT needs c or w",
                f.permissions
            ),
        );
    }

    // A doubled slash: the URL names another blob than the one the SAS was made for.
    let path_part = f.resource.strip_prefix("/blob/").unwrap_or(f.resource);
    if path_part.has("//") {
        assert_cause(
            d,
            CauseId::SignatureRequestModified,
            0.88,
            format!("{signed}; the blob path in it has an empty segment (`//`): the URL was built with a doubled slash (container + \"/\" + a name that starts with \"/\"), so it names another blob than the one the SAS was signed for"),
        );
        lower_cause(d, CauseId::SignatureSecretMismatch, 0.4, "");
        return;
    }
    // A time that still holds %-escapes was URL-encoded twice.
    if f.start.contains('%') || f.expiry.contains('%') {
        assert_cause(
            d,
            CauseId::SignatureRequestModified,
            0.88,
            format!("{signed}; the times still contain %-escapes: the SAS query string was URL-encoded twice"),
        );
        lower_cause(d, CauseId::SignatureSecretMismatch, 0.4, "");
        return;
    }
    assert_cause(
        d,
        CauseId::SignatureSecretMismatch,
        0.8,
        format!("{signed} — the values the URL carries. The signature (sig) was made over other values or with another account key: compare them with what your server signed (same permission letters in the same order, same st/se strings, same blob name, same sv) and check the key was not rotated"),
    );
}

/// Shared Key: "The MAC signature found in the HTTP request '…' is not the same as any computed
/// signature. Server used following string to sign: '…'".
fn shared_key(d: &mut Diagnosis, ev: &Evidence<'_>, detail: &str) {
    let sts = detail
        .index_of("string to sign:")
        .map(|i| {
            detail[i + "string to sign:".len()..]
                .trim()
                .trim_matches('\'')
        })
        .unwrap_or("");
    let content_type = sts
        .lines()
        .skip(1)
        .map(str::trim)
        .find(|l| l.contains('/') && !l.starts_with('/') && !l.contains(':'));
    let sent = ev.context.and_then(|c| c.header("content-type"));
    if let (Some(signed), Some(sent)) = (content_type, sent) {
        if !signed.eq_ignore_ascii_case(sent.trim()) {
            assert_cause(
                d,
                CauseId::SignatureHeaderMismatch,
                0.85,
                format!("Azure signed Content-Type `{signed}` (what it received) but the client set `{sent}`: something between the signer and Azure changed the header"),
            );
            return;
        }
    }
    let what = sts
        .lines()
        .filter(|l| l.starts_with("x-ms-") || l.starts_with('/'))
        .collect::<Vec<_>>()
        .join(", ");
    assert_cause(
        d,
        CauseId::SignatureSecretMismatch,
        0.8,
        format!("Shared Key: Azure's string to sign is built from the request as received{}{}; a different signature means another account key, or a client that signed other header values (Content-Length, Content-Type, x-ms-date, x-ms-version) than it sent",
            content_type.map(|c| format!(" (Content-Type `{c}`)")).unwrap_or_default(),
            if what.is_empty() { String::new() } else { format!(": {}", short(&what, 200)) }),
    );
}

/// The server's clock: the `Time:` line of the message, else the `Date` header.
fn azure_now(ev: &Evidence<'_>) -> Option<(i64, String)> {
    if let Some(t) = ev.parsed.field("Time") {
        if let Some(secs) = parse_time(t) {
            return Some((secs, format!("the server's time {}", t.trim())));
        }
    }
    let date = ev.response.header("date")?;
    parse_time(date).map(|s| (s, format!("the response's Date {}", date.trim())))
}

/// `AuthorizationFailure`: Azure's network rules, or (Azurite) any SAS it cannot verify.
fn authorization_failure(d: &mut Diagnosis, ev: &Evidence<'_>, message: &str) {
    let azurite = crate::providers::azure_blob::is_azurite(ev.response, ev.context)
        || message.has("Server failed to authenticate the request");
    if !azurite {
        assert_cause(
            d,
            CauseId::PermissionDenied,
            0.8,
            "Azure's AuthorizationFailure without an authentication detail: the storage account's network rules (firewall, virtual networks, private endpoint only, public access disabled) refused the caller",
        );
        rule_out(d, CauseId::SignatureSecretMismatch, "Azure reports a SAS it cannot verify as AuthenticationFailed, not AuthorizationFailure");
        rule_out(
            d,
            CauseId::PresignExpired,
            "Azure reports an expired SAS as AuthenticationFailed, not AuthorizationFailure",
        );
        return;
    }
    let note = "Azurite answers AuthorizationFailure for every SAS it cannot verify (Azure: AuthenticationFailed with an AuthenticationErrorDetail)";
    if !d.notes.iter().any(|n| n == note) {
        d.notes.push(format!("{note}."));
    }
    if param(ev, "sig").is_none() {
        return;
    }
    let st = param(ev, "st").and_then(|s| Some((parse_time(&s)?, s)));
    let se = param(ev, "se").and_then(|s| Some((parse_time(&s)?, s)));
    let Some((now, now_shown)) = azure_now(ev) else {
        return;
    };
    if let Some((exp, se_text)) = &se {
        if now > *exp {
            assert_cause(
                d,
                CauseId::PresignExpired,
                0.95,
                format!(
                    "the SAS expired {} before {now_shown} (se={se_text})",
                    duration(now.saturating_sub(*exp).unsigned_abs())
                ),
            );
            rule_out(
                d,
                CauseId::PermissionDenied,
                "the SAS has expired; the emulator refused it before any permission check",
            );
            lower_cause(d, CauseId::SignatureSecretMismatch, 0.2, "");
            return;
        }
    }
    if let Some((start, st_text)) = &st {
        if now < *start {
            not_yet_valid(
                d,
                ev,
                start.saturating_sub(now).unsigned_abs(),
                &format!("st={st_text}, {now_shown}"),
            );
            rule_out(
                d,
                CauseId::PermissionDenied,
                "the SAS is not valid yet; the emulator refused it before any permission check",
            );
            return;
        }
    }
    let window = match (&st, &se) {
        (Some((_, s)), Some((_, e))) => format!(" (st={s}, se={e})"),
        (None, Some((_, e))) => format!(" (se={e})"),
        _ => String::new(),
    };
    assert_cause(
        d,
        CauseId::SignatureSecretMismatch,
        0.85,
        format!("the SAS is inside its validity window at {now_shown}{window}, so its signature did not verify: it was signed with another key than the account's (Azurite's devstoreaccount1 key), or over other values than the URL carries"),
    );
    rule_out(
        d,
        CauseId::PermissionDenied,
        "a SAS that does not verify is refused before any permission check",
    );
    lower_cause(d, CauseId::PresignExpired, 0.15, "");
}

/// `AuthorizationPermissionMismatch`: the SAS's `sp` against what the operation needs.
fn permission_mismatch(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let Some(sp) = param(ev, "sp") else {
        if ev.context.is_some_and(|c| {
            c.header("authorization")
                .is_some_and(|a| a.trim_start().starts_with("Bearer"))
        }) {
            assert_cause(
                d,
                CauseId::PermissionDenied,
                0.95,
                "the request is authorized with a Microsoft Entra bearer token, so the identity needs a data-plane role (Storage Blob Data Contributor) on the account or container",
            );
        }
        return;
    };
    let method = method(ev).unwrap_or_default();
    let comp = param(ev, "comp").unwrap_or_default();
    let (operation, needs): (&str, &[char]) = match (method.as_str(), comp.as_str()) {
        ("PUT", "block") => ("Put Block", &['w']),
        ("PUT", "blocklist") => ("Put Block List", &['w']),
        ("PUT", "appendblock") => ("Append Block", &['a', 'w']),
        ("PUT", _) => ("Put Blob", &['c', 'w']),
        ("DELETE", _) => ("Delete Blob", &['d']),
        ("GET", "list") => ("List Blobs", &['l']),
        ("GET" | "HEAD", _) => ("a read", &['r']),
        _ => return,
    };
    if needs.iter().any(|c| sp.contains(*c)) {
        return;
    }
    let letters: String = needs
        .iter()
        .map(|c| c.to_string())
        .collect::<Vec<_>>()
        .join(" or ");
    assert_cause(
        d,
        CauseId::PermissionDenied,
        0.97,
        format!("the SAS allows sp={sp}; {operation} needs {letters}, which it lacks"),
    );
    add_fix(
        d,
        CauseId::PermissionDenied,
        0.97,
        fix_text(
            format!("Issue the SAS with {letters} in sp"),
            vec![
                format!("This SAS has sp={sp}. {operation} needs {letters}: for uploads issue the SAS with sp=cw (c to create a new blob, w to write or overwrite; add r if the page also reads)."),
                "Permission letters must appear in Azure's order (racwdxyltfmeop); the SDKs order them for you.".into(),
            ],
            Some((
                "js",
                r#"generateBlobSASQueryParameters({
  containerName, blobName,
  permissions: BlobSASPermissions.parse("cw"), // create + write
  expiresOn: new Date(Date.now() + 60 * 60 * 1000),
}, sharedKeyCredential).toString();"#
                    .to_string(),
            )),
        ),
    );
}

/// `MissingRequiredHeader` with its `HeaderName`.
fn missing_header(d: &mut Diagnosis, header: Option<&str>) {
    let Some(header) = header else {
        return;
    };
    if header.eq_ignore_ascii_case("x-ms-blob-type") {
        assert_cause(
            d,
            CauseId::RequestMissingHeader,
            0.97,
            "Azure names the missing header: x-ms-blob-type, which Put Blob requires (BlockBlob for uploads)",
        );
    } else {
        assert_cause(
            d,
            CauseId::RequestMissingHeader,
            0.95,
            format!("Azure names the missing header: {header}"),
        );
    }
}

/// An error with no code (Azurite's empty 400, a HEAD request): the request explains it.
fn empty_answer(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let Some(ctx) = ev.context else {
        return;
    };
    if d.status != Some(400) || method(ev).as_deref() != Some("PUT") || param(ev, "comp").is_some()
    {
        return;
    }
    let azurite = crate::providers::azure_blob::is_azurite(ev.response, ev.context);
    let who = if azurite {
        "Azurite answers 400 with an empty body where Azure says MissingRequiredHeader / InvalidHeaderValue"
    } else {
        "Azure answered 400 without a body"
    };
    match ctx.header("x-ms-blob-type") {
        None => {
            assert_cause(
                d,
                CauseId::RequestMissingHeader,
                0.92,
                format!("the PUT carried no x-ms-blob-type header, which Put Blob requires; {who}"),
            );
            add_fix(
                d,
                CauseId::RequestMissingHeader,
                0.92,
                crate::build::fix_of(&crate::catalog::azure_blob::FIX_BLOB_TYPE),
            );
        }
        Some(t) if !["BlockBlob", "PageBlob", "AppendBlob"].contains(&t.trim()) => {
            assert_cause(
                d,
                CauseId::RequestInvalid,
                0.92,
                format!("x-ms-blob-type is `{}`; Azure accepts only BlockBlob, PageBlob or AppendBlob (Azure answers InvalidHeaderValue); {who}", short(t, 40)),
            );
        }
        Some(_) => {}
    }
}

// =============================================================================================
// Google Cloud Storage.
// =============================================================================================

#[inline(never)] // out of line: see `rules::apply`
fn gcs(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let parsed = ev.parsed;
    let code = parsed.code.as_deref().unwrap_or("");
    let message = parsed.message.as_deref().unwrap_or("");
    let details = parsed.field("Details").unwrap_or("");
    let said = format!("{message} {details}");
    let lower = said.to_ascii_lowercase();

    if [
        "Not Found",
        "Precondition Failed",
        "Bad Request",
        "Conflict",
    ]
    .contains(&code)
    {
        d.notes.push(format!(
            "`{code}` is how fake-gcs-server (the emulator) spells GCS's reason; GCS itself says {}.",
            match code {
                "Not Found" => "notFound",
                "Precondition Failed" => "conditionNotMet",
                "Bad Request" => "badRequest or invalid",
                _ => "conflict",
            }
        ));
    }

    // Permissions.
    let anonymous = lower.has("anonymous caller");
    if let Some(permission) = storage_permission(&said) {
        if permission == "storage.objects.delete" && !anonymous {
            assert_cause(
                d,
                CauseId::PermissionDenied,
                0.96,
                "GCS names storage.objects.delete: the upload overwrites an existing object, which needs delete permission (roles/storage.objectCreator has only create)",
            );
            add_fix(
                d,
                CauseId::PermissionDenied,
                0.96,
                fix_text(
                    "Allow overwriting, or upload create-only under new names",
                    vec![
                        "Overwriting an object is a delete plus a create: grant roles/storage.objectUser (or roles/storage.objectAdmin) instead of roles/storage.objectCreator to the principal that uploads or signs the URL.".into(),
                        "Or keep objectCreator and never overwrite: give every upload a new object name and send ifGenerationMatch=0 (x-goog-if-generation-match: 0) so an existing name fails fast with 412.".into(),
                    ],
                    Some((
                        "shell",
                        "gcloud storage buckets add-iam-policy-binding gs://BUCKET \\\n  --member=serviceAccount:SIGNER@PROJECT.iam.gserviceaccount.com \\\n  --role=roles/storage.objectUser".to_string(),
                    )),
                ),
            );
        } else if !anonymous {
            assert_cause(
                d,
                CauseId::PermissionDenied,
                0.93,
                format!("GCS names the missing permission: {permission}"),
            );
        }
        if !anonymous {
            rule_out(
                d,
                CauseId::AuthMissingCredentials,
                "GCS names an authenticated principal that lacks the permission",
            );
        }
    }
    if anonymous {
        assert_cause(
            d,
            CauseId::AuthMissingCredentials,
            0.92,
            "GCS says the caller is anonymous: the request carried no signature or credentials (a plain object URL, or a signed URL whose query string was dropped)",
        );
        lower_cause(d, CauseId::PermissionDenied, 0.4, "");
    }
    if lower.has("requester pays") {
        assert_cause(
            d,
            CauseId::RequestInvalid,
            0.95,
            "the bucket is requester pays and the request names no project to bill (userProject / x-goog-user-project)",
        );
        rule_out(
            d,
            CauseId::AuthMissingCredentials,
            "GCS is asking for a billing project, not for credentials",
        );
    } else if lower.has("login required") {
        assert_cause(
            d,
            CauseId::AuthMissingCredentials,
            0.92,
            "GCS says \"Login Required\": the JSON API call had no Authorization header",
        );
        rule_out(d, CauseId::RequestInvalid, "GCS is asking for credentials");
    }

    // Throttling.
    if lower.has("rate limit for object mutation")
        || lower.has("total number of changes to the object")
    {
        let object = object_name(&said)
            .map(|o| format!(" (`{o}`)"))
            .unwrap_or_default();
        assert_cause(
            d,
            CauseId::ProviderThrottled,
            0.97,
            format!("GCS's per-object limit: the same object{object} was created, overwritten or deleted more than about once per second"),
        );
    } else if lower.has("ramped up too fast") || lower.has("io capacity") {
        assert_cause(
            d,
            CauseId::ProviderThrottled,
            0.95,
            "GCS says the bucket's request rate ramped up too fast: raise the rate gradually (double it at most every 20 minutes) and back off on 429",
        );
    }

    // Signed URLs.
    expired_signed_url(d, ev, code, &said);
    if let Some(expires) = param(ev, "X-Goog-Expires").and_then(|e| e.trim().parse::<u64>().ok()) {
        if expires > 604_800 {
            assert_cause(
                d,
                CauseId::PresignExpiryTooLong,
                0.95,
                format!("the URL has X-Goog-Expires={expires} ({}); V4 signed URLs are valid for at most 604800 s (7 days)", duration(expires)),
            );
        }
    }
    if lower.has("seven days") || lower.has("604800") {
        assert_cause(
            d,
            CauseId::PresignExpiryTooLong,
            0.92,
            "GCS says the expiry is longer than 7 days (604800 s), the maximum for V4 signed URLs",
        );
    }
    if code == "SignatureDoesNotMatch" {
        gcs_signature(d, ev);
    }
    if lower.has("included in signedheaders, but not in the request") {
        let header = parsed
            .field("ParameterName")
            .map(|h| format!(" ({h})"))
            .unwrap_or_default();
        assert_cause(
            d,
            CauseId::RequestMissingHeader,
            0.92,
            format!("GCS says a header listed in X-Goog-SignedHeaders{header} was not sent: send every signed header with the value it was signed with"),
        );
    }

    gcs_not_found(d, ev, code, &lower);
    gcs_precondition(d, ev, code);
}

/// `storage.objects.create` in "… does not have storage.objects.create access to …".
fn storage_permission(said: &str) -> Option<&str> {
    let i = said.index_of("does not have storage.")?;
    let rest = &said[i + "does not have ".len()..];
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_'))
        .unwrap_or(rest.len());
    let p = rest[..end].trim_end_matches('.');
    (p.matches('.').count() >= 2).then_some(p)
}

/// `bucket/object` in "The object bucket/object exceeded …".
fn object_name(said: &str) -> Option<&str> {
    let i = said.index_of("The object ")?;
    let rest = &said[i + "The object ".len()..];
    let name = rest.split(" exceeded").next()?.trim();
    (!name.is_empty() && !name.contains(' ') && name.len() < 300).then_some(name)
}

/// ExpiredToken's Details: "Request signature expired at: T" or "Request has expired: N".
fn expired_signed_url(d: &mut Diagnosis, ev: &Evidence<'_>, code: &str, said: &str) {
    if code != "ExpiredToken" && !said.has("expired at:") && !said.has("Request has expired") {
        return;
    }
    let now = ev.response.header("date").and_then(parse_time);
    if let Some(i) = said.index_of("expired at:") {
        let at = said[i + "expired at:".len()..]
            .split_whitespace()
            .next()
            .unwrap_or("");
        let ago = match (parse_time(at), now) {
            (Some(exp), Some(now)) if now >= exp => format!(
                ", {} before the response's Date",
                duration(now.saturating_sub(exp).unsigned_abs())
            ),
            _ => String::new(),
        };
        assert_cause(
            d,
            CauseId::PresignExpired,
            0.96,
            format!("GCS says the signed URL expired at {at}{ago}"),
        );
        return;
    }
    if let Some(i) = said.index_of("Request has expired:") {
        let n = said[i + "Request has expired:".len()..]
            .trim()
            .split(|c: char| !c.is_ascii_digit())
            .next()
            .and_then(|n| n.parse::<i64>().ok());
        if let Some(n) = n {
            let when = iso(n).unwrap_or_default();
            if n < 1_000_000_000 {
                assert_cause(
                    d,
                    CauseId::PresignExpired,
                    0.97,
                    format!("the URL's expiry is {n}, which as a Unix time is {when}: a duration (seconds or minutes) was passed where an absolute expiry timestamp is expected, so the URL expired decades ago"),
                );
            } else {
                assert_cause(
                    d,
                    CauseId::PresignExpired,
                    0.96,
                    format!("GCS says the signed URL expired at {when} (Expires={n})"),
                );
            }
            return;
        }
    }
    assert_cause(
        d,
        CauseId::PresignExpired,
        0.9,
        "GCS says the signed URL's token has expired",
    );
}

/// SignatureDoesNotMatch: what GCS signed, V4 (CanonicalRequest) or V2 (StringToSign).
fn gcs_signature(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let parsed = ev.parsed;
    let sent = ev
        .context
        .and_then(|c| c.header("content-type"))
        .map(str::trim);
    if let Some(canonical) = parsed.field("CanonicalRequest") {
        let lines: Vec<&str> = canonical.split('\n').collect();
        // method, path, query, headers…, "", signed headers, payload
        let blank = lines
            .iter()
            .skip(3)
            .position(|l| l.trim().is_empty())
            .map(|i| i + 3);
        let Some(blank) = blank else { return };
        let headers = &lines[3.min(lines.len())..blank];
        let signed = lines.get(blank + 1).copied().unwrap_or("").trim();
        let content_type = headers
            .iter()
            .find_map(|h| h.strip_prefix("content-type:"))
            .map(str::trim);
        let method = lines.first().copied().unwrap_or("").trim();
        let signed_list: Vec<&str> = signed.split(';').collect();
        if signed_list.contains(&"content-type") {
            let ct = content_type.unwrap_or("");
            assert_cause(
                d,
                CauseId::SignatureHeaderMismatch,
                0.88,
                format!("the URL signs content-type (SignedHeaders {signed}) and GCS's canonical request has content-type:{ct} — the value this {method} sent: the URL was signed with another Content-Type (or none), so sign with exactly `{ct}` or send the type it was signed with"),
            );
            lower_cause(d, CauseId::SignatureSecretMismatch, 0.35, "");
        } else if signed_list.iter().all(|h| *h == "host") {
            lower_cause(d, CauseId::SignatureHeaderMismatch, 0.2, "only host is signed (SignedHeaders host): no other header can break this signature");
            assert_cause(
                d,
                CauseId::SignatureRequestModified,
                0.6,
                format!("only host is signed, so the method ({method}), the object path or the query differ from what was signed, or another key signed it"),
            );
        } else {
            let extra: Vec<&str> = signed_list
                .iter()
                .copied()
                .filter(|h| *h != "host")
                .collect();
            assert_cause(
                d,
                CauseId::SignatureHeaderMismatch,
                0.75,
                format!(
                    "the URL signs the headers {}: each must be sent with exactly the signed value",
                    extra.join(", ")
                ),
            );
        }
        return;
    }
    let Some(sts) = parsed.field("StringToSign") else {
        return;
    };
    if sts.starts_with("GOOG4") {
        return;
    }
    // V2: VERB, Content-MD5, Content-Type, Expires, x-goog-* headers, resource.
    let content_type = sts
        .lines()
        .skip(1)
        .map(str::trim)
        .find(|l| l.contains('/') && !l.starts_with('/') && !l.contains(':'));
    match (content_type, sent) {
        (Some(ct), _) => assert_cause(
            d,
            CauseId::SignatureHeaderMismatch,
            0.85,
            format!("GCS's V2 string to sign has Content-Type `{ct}`, the value the request sent: a V2 signed URL is valid only with the exact Content-Type it was signed with (HTTP clients add their own, e.g. a charset)"),
        ),
        (None, Some(ct)) => assert_cause(
            d,
            CauseId::SignatureHeaderMismatch,
            0.7,
            format!("the client sets Content-Type `{ct}` but GCS's V2 string to sign has none"),
        ),
        (None, None) => {
            if sts.lines().count() >= 4 && sts.lines().nth(2).is_some_and(|l| l.trim().is_empty()) {
                assert_cause(
                    d,
                    CauseId::SignatureHeaderMismatch,
                    0.6,
                    "GCS's V2 string to sign has an empty Content-Type: the request sent none, so a URL signed with a Content-Type cannot match",
                );
            }
        }
    }
}

/// 404 / notFound / NoSuchKey: which resource is missing.
fn gcs_not_found(d: &mut Diagnosis, ev: &Evidence<'_>, code: &str, lower: &str) {
    let not_found = matches!(
        code,
        "notFound" | "Not Found" | "NoSuchKey" | "NoSuchBucket"
    ) || (code.is_empty() && matches!(d.status, Some(404 | 410)));
    if !(not_found || (d.status == Some(410) && param(ev, "upload_id").is_some())) {
        return;
    }
    if let Some(id) = param(ev, "upload_id") {
        assert_cause(
            d,
            CauseId::ResourceUploadNotFound,
            0.93,
            format!("the request went to a resumable session URI (upload_id={}): GCS answers {} when the session expired (after a week), was cancelled, or failed for good", short(&id, 12), d.status.map(|s| s.to_string()).unwrap_or_else(|| "404".into())),
        );
        lower_cause(d, CauseId::ResourceObjectNotFound, 0.3, "");
        lower_cause(d, CauseId::ResourceBucketNotFound, 0.3, "");
        return;
    }
    if lower.has("no such object") {
        assert_cause(
            d,
            CauseId::ResourceObjectNotFound,
            0.93,
            "GCS says there is no such object",
        );
        lower_cause(d, CauseId::ResourceBucketNotFound, 0.2, "");
        return;
    }
    if lower.has("bucket does not exist") || lower.has("no such bucket") {
        assert_cause(
            d,
            CauseId::ResourceBucketNotFound,
            0.93,
            "GCS says the bucket does not exist",
        );
        return;
    }
    let Some(path) = url_path(ev) else { return };
    let method = method(ev).unwrap_or_default();
    let bucket = path
        .split("/b/")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .map(str::to_string);
    if path.has("/upload/storage/v1/b/")
        || (matches!(method.as_str(), "POST" | "PUT") && !path.has("/storage/v1/"))
    {
        let name = bucket
            .or_else(|| {
                path.trim_start_matches('/')
                    .split('/')
                    .next()
                    .map(str::to_string)
            })
            .unwrap_or_default();
        assert_cause(
            d,
            CauseId::ResourceBucketNotFound,
            0.9,
            format!("an upload ({method} {}) creates its object, so the 404 is about the bucket `{name}`", short(path, 80)),
        );
        lower_cause(d, CauseId::ResourceObjectNotFound, 0.25, "");
    } else if matches!(method.as_str(), "GET" | "HEAD" | "PATCH" | "DELETE" | "") && path.has("/o/")
    {
        assert_cause(
            d,
            CauseId::ResourceObjectNotFound,
            0.85,
            format!("the request reads an object ({} {}): that object does not exist (or the bucket does not)", if method.is_empty() { "GET" } else { &method }, short(path, 80)),
        );
    }
}

/// 412 / conditionNotMet: `ifGenerationMatch=0` means "the object already exists".
fn gcs_precondition(d: &mut Diagnosis, ev: &Evidence<'_>, code: &str) {
    if !matches!(code, "conditionNotMet" | "Precondition Failed") && d.status != Some(412) {
        return;
    }
    let generation = param(ev, "ifGenerationMatch").or_else(|| {
        ev.context
            .and_then(|c| c.header("x-goog-if-generation-match"))
            .map(str::to_string)
    });
    match generation.as_deref().map(str::trim) {
        Some("0") => {
            assert_cause(
                d,
                CauseId::ResourceAlreadyExists,
                0.93,
                "the upload asked for create-only (ifGenerationMatch=0) and GCS answered 412: an object with this name already exists",
            );
            lower_cause(d, CauseId::RequestPreconditionFailed, 0.6, "");
        }
        Some(g) => assert_cause(
            d,
            CauseId::RequestPreconditionFailed,
            0.92,
            format!("the request required generation {g}; the object's current generation differs (it was overwritten or deleted since it was read)"),
        ),
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets() {
        let d = "Signature not valid in the specified time frame: Start [Thu, 13 Jun 2019 16:18:07 GMT] - Expiry [Fri, 14 Jun 2019 16:23:07 GMT] - Current [Thu, 13 Jun 2019 09:22:53 GMT]";
        assert_eq!(bracket(d, "Start"), Some("Thu, 13 Jun 2019 16:18:07 GMT"));
        assert_eq!(bracket(d, "Current"), Some("Thu, 13 Jun 2019 09:22:53 GMT"));
        assert_eq!(bracket("Start [unterminated", "Start"), None);
        assert_eq!(bracket("nothing", "Start"), None);
    }

    #[test]
    fn sas_string_to_sign_layouts() {
        let f = sas_fields("r\n2020-06-30T09:23:13Z\n2020-06-30T15:23:13Z\n/blob/account/container//a.pdf\n\n2019-07-07\nb\n\n")
            .expect("service SAS");
        assert_eq!(f.permissions, "r");
        assert_eq!(f.expiry, "2020-06-30T15:23:13Z");
        assert_eq!(f.resource, "/blob/account/container//a.pdf");
        assert_eq!(f.version, "2019-07-07");
        let f =
            sas_fields("r 2017-12-17T15:56:39Z /blob/acct/c/f.txt 2017-04-17").expect("flattened");
        assert_eq!((f.start, f.expiry), ("", "2017-12-17T15:56:39Z"));
        let f = sas_fields("acct\nrwdlacupyx\nbfqt\nsco\n2025-08-25T13:53:04Z\n2099-08-25T22:08:04Z\n\nhttps\n2022-11-02\n")
            .expect("account SAS");
        assert_eq!(f.kind, "account SAS");
        assert_eq!(f.version, "2022-11-02");
        assert!(sas_fields("").is_none());
    }

    #[test]
    fn permissions_and_objects() {
        assert_eq!(
            storage_permission("x@y.iam.gserviceaccount.com does not have storage.objects.delete access to the Google Cloud Storage object."),
            Some("storage.objects.delete")
        );
        assert_eq!(storage_permission("does not have storage."), None);
        assert_eq!(
            object_name("The object b/k.json exceeded the rate limit"),
            Some("b/k.json")
        );
        assert_eq!(object_name("The object exceeded the rate limit"), None);
    }
}
