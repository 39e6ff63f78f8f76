//! The knowledge: one declarative table per provider, mapping an error code to what it means and
//! to the causes that produce it, plus [`causes`], the generic text for every cause id.
//!
//! This module is data, not logic. An entry reads like a page of an error index:
//!
//! ```ignore
//! CodeEntry {
//!     code: "InvalidAccessKeyId",
//!     status: 403,
//!     title: "The access key id is not in the provider's records",
//!     explanation: "S3 could not find the access key id the request was signed with.",
//!     causes: &[
//!         cause(AuthInvalidAccessKey, 0.6),
//!         cause(AuthSessionTokenMissing, 0.3).why("Temporary (ASIA…) keys are only known together with their session token."),
//!     ],
//!     docs: "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList",
//! },
//! ```
//!
//! A cause without its own `why`/`fixes` takes the generic text from [`causes::text`]. The
//! `tests/tidy.rs` checks keep the tables honest: no duplicate codes, weights within 0..=1, every
//! entry exercised by a fixture.

use crate::ids::{CauseId, ProviderId};

pub mod aws_s3;
pub mod azure_blob;
pub mod backblaze;
pub mod causes;
pub mod cloudinary;
pub mod firebase;
pub mod gcs;
pub mod problem_json;
pub mod proxies;
pub mod status;
pub mod supabase;
pub mod tus;
pub mod unstructured;
pub mod uploadthing;
pub mod v7_darwin;

/// One error code of one provider.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct CodeEntry {
    /// The code exactly as on the wire (case-sensitive).
    pub code: &'static str,
    /// The HTTP status the provider normally answers with; 0 when it varies.
    pub status: u16,
    /// One line: what the code means.
    pub title: &'static str,
    /// A few sentences: what the provider is saying, in plain words.
    pub explanation: &'static str,
    /// The causes that produce this code, with prior weights (0..=1), most likely first.
    pub causes: &'static [CauseRef],
    /// Link to the provider's documentation of the code; `""` when there is none.
    pub docs: &'static str,
}

/// A cause as it applies to one code: the id, a prior weight, and optionally text specific to
/// this code that replaces the generic text of the cause.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct CauseRef {
    /// The cause id.
    pub id: CauseId,
    /// Prior confidence when nothing but the code is known (0..=1).
    pub weight: f64,
    /// Why this code arises from this cause; `""` to use the generic explanation.
    pub why: &'static str,
    /// Fixes specific to this code; empty to use the cause's generic fixes.
    pub fixes: &'static [FixSpec],
}

/// A fix as stored in the catalogue.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct FixSpec {
    /// Short imperative title.
    pub title: &'static str,
    /// Steps in order.
    pub steps: &'static [&'static str],
    /// Optional copyable snippet: (language, code).
    pub snippet: Option<(&'static str, &'static str)>,
}

/// A cause reference with the generic text: `cause(CauseId::PermissionDenied, 0.7)`.
pub const fn cause(id: CauseId, weight: f64) -> CauseRef {
    CauseRef {
        id,
        weight,
        why: "",
        fixes: &[],
    }
}

impl CauseRef {
    /// Replaces the generic explanation with one specific to this code.
    pub const fn why(mut self, why: &'static str) -> Self {
        self.why = why;
        self
    }

    /// Replaces the generic fixes with ones specific to this code.
    pub const fn fixes(mut self, fixes: &'static [FixSpec]) -> Self {
        self.fixes = fixes;
        self
    }
}

/// A fix: `fix("Put the file field last", &["step one", "step two"])`.
pub const fn fix(title: &'static str, steps: &'static [&'static str]) -> FixSpec {
    FixSpec {
        title,
        steps,
        snippet: None,
    }
}

impl FixSpec {
    /// Adds a copyable snippet in `language` (`js`, `json`, `xml`, `shell`, `python`, `text`).
    pub const fn snippet(mut self, language: &'static str, code: &'static str) -> Self {
        self.snippet = Some((language, code));
        self
    }
}

static S3_FAMILY: [&[CodeEntry]; 1] = [aws_s3::TABLE];
static GCS: [&[CodeEntry]; 1] = [gcs::TABLE];
static AZURE_BLOB: [&[CodeEntry]; 1] = [azure_blob::TABLE];
static SUPABASE: [&[CodeEntry]; 2] = [supabase::TABLE, aws_s3::TABLE];
static PROBLEM_JSON: [&[CodeEntry]; 1] = [problem_json::TABLE];
static V7_DARWIN: [&[CodeEntry]; 1] = [v7_darwin::TABLE];
static UNSTRUCTURED: [&[CodeEntry]; 1] = [unstructured::TABLE];
static BACKBLAZE: [&[CodeEntry]; 2] = [backblaze::TABLE, aws_s3::TABLE];
static FIREBASE: [&[CodeEntry]; 1] = [firebase::TABLE];
static TUS: [&[CodeEntry]; 1] = [tus::TABLE];
static UPLOADTHING: [&[CodeEntry]; 1] = [uploadthing::TABLE];
static API_GATEWAY: [&[CodeEntry]; 1] = [proxies::API_GATEWAY];
static VERCEL: [&[CodeEntry]; 1] = [proxies::VERCEL];

/// The tables consulted for a provider, most specific first.
pub fn tables_for(provider: ProviderId) -> &'static [&'static [CodeEntry]] {
    use ProviderId as P;
    match provider {
        P::AwsS3
        | P::Minio
        | P::CloudflareR2
        | P::DigitaloceanSpaces
        | P::Wasabi
        | P::S3Compatible => &S3_FAMILY,
        P::SupabaseStorage => &SUPABASE,
        P::Gcs => &GCS,
        P::AzureBlob => &AZURE_BLOB,
        P::ProblemJson => &PROBLEM_JSON,
        P::V7Darwin => &V7_DARWIN,
        P::Unstructured => &UNSTRUCTURED,
        P::BackblazeB2 => &BACKBLAZE,
        P::FirebaseStorage => &FIREBASE,
        P::Tus => &TUS,
        P::Uploadthing => &UPLOADTHING,
        P::ApiGateway => &API_GATEWAY,
        P::Vercel => &VERCEL,
        _ => &[],
    }
}

static ALL_TABLES: [(ProviderId, &[CodeEntry]); 13] = [
    (ProviderId::AwsS3, aws_s3::TABLE),
    (ProviderId::Gcs, gcs::TABLE),
    (ProviderId::AzureBlob, azure_blob::TABLE),
    (ProviderId::SupabaseStorage, supabase::TABLE),
    (ProviderId::ProblemJson, problem_json::TABLE),
    (ProviderId::V7Darwin, v7_darwin::TABLE),
    (ProviderId::Unstructured, unstructured::TABLE),
    (ProviderId::BackblazeB2, backblaze::TABLE),
    (ProviderId::FirebaseStorage, firebase::TABLE),
    (ProviderId::Tus, tus::TABLE),
    (ProviderId::Uploadthing, uploadthing::TABLE),
    (ProviderId::ApiGateway, proxies::API_GATEWAY),
    (ProviderId::Vercel, proxies::VERCEL),
];

/// Every table with the provider it belongs to (for tidy checks and documentation). A table
/// joins this list when it has its first entry.
pub fn all_tables() -> &'static [(ProviderId, &'static [CodeEntry])] {
    &ALL_TABLES
}

/// Finds the entry for `code` in the provider's tables. Exact match first, then ignoring ASCII
/// case (some SDKs and log lines change the case of codes).
pub fn lookup(provider: ProviderId, code: &str) -> Option<&'static CodeEntry> {
    let tables = tables_for(provider);
    tables
        .iter()
        .find_map(|t| t.iter().find(|e| e.code == code))
        .or_else(|| {
            tables
                .iter()
                .find_map(|t| t.iter().find(|e| e.code.eq_ignore_ascii_case(code)))
        })
}
