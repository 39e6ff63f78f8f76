//! Unstructured connectors: rank the causes by the underlying system's error.
//!
//! ## What it does
//! Uses the `innerError` the provider parser found in the pasted connector error (the message of
//! S3, Azure, Dropbox, Entra ID...) to pick among the exception type's causes.
//!
//! ## Why
//! The exception type says little: `ValueError` is raised both for an expired Outlook grant and
//! for a Google Drive file that is not found; `ClientAuthenticationError` both for a wrong key and
//! for a SAS outside its validity window.
//!
//! ## Example
//! `HttpResponseError: ... ErrorCode:AccountIsDisabled` → `auth.account-disabled`.

use super::{assert_cause, Evidence};
use crate::diagnosis::Diagnosis;
use crate::ids::{CauseId, ProviderId};
use crate::search::SearchExt;

/// innerError → (cause, confidence, evidence).
const INNER: &[(&str, CauseId, f64, &str)] = &[
    ("AccessDenied", CauseId::PermissionDenied, 0.85, "the storage system answered Access Denied"),
    ("AuthenticationFailed", CauseId::SignatureSecretMismatch, 0.6, "Azure answered AuthenticationFailed: the account key or SAS did not verify"),
    ("SignatureNotValid", CauseId::SignatureSecretMismatch, 0.75, "the signature (account key or SAS) is not valid"),
    ("expired_access_token", CauseId::AuthTokenExpired, 0.95, "the access token has expired"),
    ("invalid_grant", CauseId::AuthTokenExpired, 0.7, "Entra ID answered invalid_grant: the refresh token or credentials are expired or revoked"),
    ("ConditionalAccess", CauseId::PermissionDenied, 0.9, "an Entra ID Conditional Access policy blocked the sign-in"),
    ("AccountIsDisabled", CauseId::AuthAccountDisabled, 0.95, "the storage account is disabled"),
    ("InsufficientPermission", CauseId::PermissionDenied, 0.9, "the credentials lack the permission for this operation"),
    ("FileNotFound", CauseId::ResourceObjectNotFound, 0.6, "the file was not found (or is not visible to these credentials)"),
    ("invalid_client", CauseId::AuthInvalidAccessKey, 0.85, "the client id or secret is not valid"),
    ("Unauthorized", CauseId::AuthTokenInvalid, 0.6, "the service answered Unauthorized"),
    ("AuthorizationPermissionMismatch", CauseId::PermissionDenied, 0.9, "Azure answered AuthorizationPermissionMismatch: the identity signed in but has no data-plane role (e.g. Storage Blob Data Contributor) for this operation"),
    ("SignatureMalformed", CauseId::AuthTokenInvalid, 0.85, "Azure says the signature fields are not well formed: the Authorization header or SAS is malformed, often because no key or connection string was configured"),
    ("SignatureMalformed", CauseId::AuthMissingCredentials, 0.55, "an empty or unset account key / connection string produces a malformed signature"),
    ("invalid_access_token", CauseId::AuthTokenInvalid, 0.85, "Dropbox answered invalid_access_token: the token is not (or no longer) valid"),
    ("invalid_access_token", CauseId::AuthTokenExpired, 0.5, "a short-lived token that failed to refresh is reported as invalid"),
    ("NotFound", CauseId::ResourceNotFound, 0.75, "the connector says a configured resource was not found: check the names in the connector configuration"),
];

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    if ev.parsed.provider != ProviderId::Unstructured {
        return;
    }
    connector(d, ev);
}

/// The rule past its guard, out of line (see [`super::apply`]: a first call compiles only what
/// it calls).
#[inline(never)]
fn connector(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let Some(inner) = ev.parsed.field("innerError") else {
        return;
    };
    for (name, id, confidence, evidence) in INNER {
        if *name == inner {
            assert_cause(d, *id, *confidence, *evidence);
        }
    }
    if inner == "SignatureNotValid" && ev.response.text.has("time frame") {
        assert_cause(
            d,
            CauseId::PresignExpired,
            0.8,
            "the signature is not valid in its time frame: the SAS has expired or is not yet valid",
        );
        assert_cause(
            d,
            CauseId::TimeClockSkew,
            0.4,
            "a SAS can also be not yet valid because of a clock difference",
        );
    }
}
