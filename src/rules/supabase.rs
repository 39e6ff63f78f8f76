//! Supabase Storage: what the message says.
//!
//! ## What it does
//! Reads Supabase's messages to pick the cause when the code is generic (the legacy format's
//! `error` is often just "Unauthorized" or "Bad Request").
//!
//! ## Why
//! Supabase answers a row-level-security rejection as `{"statusCode":"403","error":"Unauthorized",
//! "message":"new row violates row-level security policy"}` — often inside an HTTP 400 — and an
//! expired session as "jwt expired". The message is the only precise part.
//!
//! ## Example
//! "new row violates row-level security policy" → `permission.denied` with the RLS policy to add.

use super::{assert_cause, Evidence};
use crate::diagnosis::Diagnosis;
use crate::ids::{CauseId, ProviderId};

/// (needle in the lower-cased message, cause, confidence, evidence).
const PATTERNS: &[(&str, CauseId, f64, &str)] = &[
    (
        "row-level security",
        CauseId::PermissionDenied,
        0.95,
        "the message names a row-level security policy on storage.objects",
    ),
    (
        "jwt expired",
        CauseId::AuthTokenExpired,
        0.95,
        "the message says the JWT has expired",
    ),
    (
        "exp\" claim",
        CauseId::AuthTokenExpired,
        0.9,
        "the message names the JWT's exp claim",
    ),
    (
        "invalid compact jws",
        CauseId::AuthTokenInvalid,
        0.9,
        "the token is not a well-formed JWT",
    ),
    (
        "invalid jwt",
        CauseId::AuthTokenInvalid,
        0.8,
        "the message says the JWT is invalid",
    ),
    (
        "invalid signature",
        CauseId::AuthTokenInvalid,
        0.7,
        "the JWT's signature does not verify (wrong project key?)",
    ),
    (
        "bucket not found",
        CauseId::ResourceBucketNotFound,
        0.9,
        "the message says the bucket was not found",
    ),
    (
        "object not found",
        CauseId::ResourceObjectNotFound,
        0.9,
        "the message says the object was not found",
    ),
    (
        "duplicate key",
        CauseId::ResourceAlreadyExists,
        0.85,
        "the database reports a duplicate key: an object with this bucket and name exists",
    ),
    (
        "already exists",
        CauseId::ResourceAlreadyExists,
        0.9,
        "the message says the resource already exists",
    ),
    (
        "maximum allowed size",
        CauseId::SizeTooLarge,
        0.95,
        "the message says the object exceeds the maximum allowed size",
    ),
    (
        "payload too large",
        CauseId::SizeTooLarge,
        0.9,
        "the message says the payload is too large",
    ),
    (
        "is not supported",
        CauseId::RequestInvalidContentType,
        0.6,
        "the message says something (usually the MIME type) is not supported",
    ),
    (
        "mime type",
        CauseId::RequestInvalidContentType,
        0.85,
        "the message names the MIME type",
    ),
    (
        "invalid key",
        CauseId::RequestInvalidName,
        0.85,
        "the message says the object key is invalid",
    ),
];

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    if ev.parsed.provider != ProviderId::SupabaseStorage {
        return;
    }
    let Some(msg) = ev.parsed.message.as_deref() else {
        return;
    };
    let lower = msg.to_ascii_lowercase();
    for (needle, id, confidence, evidence) in PATTERNS {
        if lower.contains(needle) {
            assert_cause(d, *id, *confidence, *evidence);
        }
    }
}
