//! V7 Darwin: errors when registering items from external storage, and the in-platform item
//! errors that follow a successful registration.
//!
//! Sources:
//! - V7, "External Storage Troubleshooting" (registration errors 401 NOT_AUTHENTICATED, "Not
//!   found", 422 INVALID_REQUEST, ALREADY_EXISTS; in-platform AccessDenied, items that open but
//!   don't load, KMS permissions, object ownership; the earlier revision of the same page adds:
//!   storage keys are case-sensitive, a 403 on an item means a wrong path or missing permission,
//!   at most 500 items per request):
//!   <https://docs.v7labs.com/docs/external-storage-troubleshooting>
//! - v7labs/darwin-py: `darwin/client.py` (`_raise_if_known_error`: 401 → Unauthorized,
//!   404 → NotFound, 422 with `{"errors": {"name": ["has already been taken"]}}` → NameTaken,
//!   429 with `{"errors": {"code": "INSUFFICIENT_REMAINING_STORAGE"}}`), its client tests (that
//!   429 body verbatim), `darwin/dataset/remote_dataset_v2.py` (registration answers 200 with
//!   `items` and `blocked_items[].slots[].reason`), and the endpoints
//!   `POST /api/v2/teams/{team_slug}/items/register_existing` (read-write) and
//!   `.../register_existing_readonly` (read-only).
//!
//! The wire shapes (what `code` holds is `errors.code`, or a blocked slot's `reason`):
//!
//! ```text
//! coded error     {"errors": {"code": "NOT_AUTHENTICATED", "message": "..."}}
//! validation 422  {"errors": {"name": ["has already been taken"]}}   (changeset style, no code)
//! blocked item    200 {"items": [...], "blocked_items": [{"name": "a.jpg",
//!                      "slots": [{"reason": "ALREADY_EXISTS", ...}]}]}
//! in-platform     item in the Error state; Details shows the storage error, e.g. AccessDenied
//! ```
//!
//! The `{"errors": {"code", "message"}}` envelope is attested in darwin-py for
//! INSUFFICIENT_REMAINING_STORAGE; that NOT_AUTHENTICATED, INVALID_REQUEST and NOT_FOUND use the
//! same envelope follows V7's page naming them as codes, but the exact "Not found" token is not
//! documented (`NOT_FOUND` is the consistent guess).

use super::{cause, fix, CodeEntry};
use crate::ids::CauseId::*;

/// Every code of this provider.
pub static TABLE: &[CodeEntry] = &[
    CodeEntry {
        code: "NOT_AUTHENTICATED",
        status: 401,
        title: "The API key is invalid, sent in the wrong format, or lacks permission",
        explanation: "V7 did not accept the request's API key: it is invalid, not passed as \
            `Authorization: ApiKey <key>`, or lacks the permission to register items (\"Add data \
            to datasets\"). V7 answers 401 for all three.",
        causes: &[
            cause(AuthInvalidAccessKey, 0.4)
                .why("The key is wrong, truncated, revoked, or from another team.")
                .fixes(&[fix(
                    "Check the key",
                    &["Copy the full key again or create a new one; make sure it belongs to the \
                        team in the URL."],
                )]),
            cause(AuthTokenInvalid, 0.35)
                .why("The key is sent in the wrong format: V7 expects the header `Authorization: \
                    ApiKey <key>` (not `Bearer <key>`, not a bare key, not a query parameter).")
                .fixes(&[fix(
                    "Send the key as `Authorization: ApiKey <key>`",
                    &[
                        "Use exactly the headers below on the registration request.",
                        "Don't prefix the key with Bearer, and don't put it in the URL.",
                    ],
                )
                .snippet(
                    "python",
                    r#"import requests

headers = {
    "Content-Type": "application/json",
    "Accept": "application/json",
    "Authorization": "ApiKey YOUR_API_KEY_HERE",
}
response = requests.post(
    f"https://darwin.v7labs.com/api/v2/teams/{team_slug}/items/register_existing",
    headers=headers,
    json=payload,
)
print(response.status_code, response.text)"#,
                )]),
            cause(PermissionDenied, 0.3)
                .why("The key is valid but lacks the \"Add data to datasets\" permission that \
                    registering items requires.")
                .fixes(&[fix(
                    "Use a key with \"Add data to datasets\"",
                    &[
                        "In V7, open Settings → API Keys and create (or edit) a key with the \"Add \
                            data to datasets\" permission.",
                        "Use that key for registration requests.",
                    ],
                )]),
            cause(AuthMissingCredentials, 0.1)
                .why("No Authorization header reached V7 (an unset environment variable, or a \
                    proxy dropping the header)."),
        ],
        docs: "https://docs.v7labs.com/docs/external-storage-troubleshooting",
    },
    CodeEntry {
        code: "NOT_FOUND",
        status: 404,
        title: "The team, dataset or storage integration named in the request was not found",
        explanation: "At least one of team_slug, dataset_slug or storage_name (storage_slug in the \
            payload) does not match anything in V7. Slugs are the names sluggified: lower case, \
            spaces replaced by hyphens.",
        causes: &[
            cause(ResourceNotFound, 0.5)
                .why("team_slug must match your sluggified team name, and storage_name must match \
                    the name of your storage integration exactly as configured in V7.")
                .fixes(&[fix(
                    "Check team_slug and storage_name",
                    &[
                        "team_slug: your team name, lower case, spaces replaced by hyphens (it is \
                            in the V7 URL).",
                        "storage_name / storage_slug: the name of the storage integration under \
                            Settings → Storage, exactly.",
                    ],
                )]),
            cause(ResourceBucketNotFound, 0.35)
                .why("dataset_slug must match your sluggified dataset name (lower case, hyphens \
                    for spaces), not its display name.")
                .fixes(&[fix(
                    "Check dataset_slug",
                    &["Use the dataset's slug as shown in its URL, e.g. \"Bird Species\" → \
                        \"bird-species\"."],
                )]),
            cause(EndpointWrongHost, 0.15)
                .why("The request URL is wrong (missing /api/v2/teams/{team_slug}/, or a typo in \
                    the endpoint), so no route matches."),
        ],
        docs: "https://docs.v7labs.com/docs/external-storage-troubleshooting",
    },
    CodeEntry {
        code: "INVALID_REQUEST",
        status: 422,
        title: "The registration payload has an unexpected, missing or malformed field",
        explanation: "The request contained an unexpected field, was missing an expected field, or \
            has a syntax error; the error says which. The read-only and read-write registration \
            endpoints expect different payload fields, so a payload sent to the other endpoint \
            fails this way.",
        causes: &[
            cause(RequestInvalid, 0.6)
                .why("A field is unexpected, missing or malformed (JSON syntax, a wrong type, \
                    items not a list); the error body names it.")
                .fixes(&[fix(
                    "Fix the field the error names",
                    &[
                        "Read the error body: it contains the specifics of the problem.",
                        "Check that the body is valid JSON sent with Content-Type: application/json.",
                        "Send at most 500 items per request.",
                    ],
                )
                .snippet(
                    "json",
                    r#"{
  "items": [
    { "path": "/", "name": "image1.jpg", "storage_key": "folder/image1.jpg" }
  ],
  "dataset_slug": "my-dataset",
  "storage_slug": "my-storage-integration"
}"#,
                )]),
            cause(EndpointWrongHost, 0.35)
                .why("The payload is for the other registration endpoint: read-write items go to \
                    /items/register_existing, read-only items (with thumbnails and dimensions) to \
                    /items/register_existing_readonly.")
                .fixes(&[fix(
                    "Match the endpoint to the storage mode",
                    &[
                        "Read-write storage: POST /api/v2/teams/{team_slug}/items/register_existing.",
                        "Read-only storage: POST \
                            /api/v2/teams/{team_slug}/items/register_existing_readonly, whose items \
                            also need type, width, height and storage_thumbnail_key.",
                    ],
                )
                .snippet(
                    "json",
                    r#"{
  "items": [
    {
      "path": "/",
      "name": "image1.jpg",
      "type": "image",
      "storage_key": "folder/image1.jpg",
      "storage_thumbnail_key": "thumbnails/image1.jpg",
      "width": 1920,
      "height": 1080
    }
  ],
  "dataset_slug": "my-dataset",
  "storage_slug": "my-readonly-storage"
}"#,
                )]),
        ],
        docs: "https://docs.v7labs.com/docs/external-storage-troubleshooting",
    },
    CodeEntry {
        code: "ALREADY_EXISTS",
        status: 0,
        title: "An item with this name already exists at this path in the dataset",
        explanation: "The item was assigned a name that is already taken at the same directory \
            location (`path`) within the V7 dataset, so V7 did not register it. V7 reports it per \
            item: the request can succeed for other items while this one is listed in \
            `blocked_items` with this reason.",
        causes: &[cause(ResourceAlreadyExists, 0.9)
            .why("Item names must be unique per path in a dataset; an item (possibly from an \
                earlier run of the same script) already has this name there.")
            .fixes(&[fix(
                "Give the item a unique name or path",
                &[
                    "Check `blocked_items` in the response for the names that were refused.",
                    "Skip items that are already registered, or register them under another \
                        `name` or `path` (the same name is fine in a different folder or dataset).",
                    "Registration is not idempotent: don't re-run a script over items it already \
                        registered.",
                ],
            )])],
        docs: "https://docs.v7labs.com/docs/external-storage-troubleshooting",
    },
    CodeEntry {
        code: "AccessDenied",
        status: 403,
        title: "V7 could not read the file from your storage",
        explanation: "The item registered but ended in the Error state: when V7 fetched the file \
            from your bucket, the storage answered AccessDenied. Either the storage key doesn't \
            match the file's true location (S3 answers AccessDenied rather than NoSuchKey when \
            listing is not allowed), or V7 lacks permission on the object or its KMS key.",
        causes: &[
            cause(ResourceObjectNotFound, 0.4)
                .why("The storage_key doesn't match the file's true location: a different prefix, \
                    case (keys are case-sensitive), or the bucket name included in the key. The \
                    file may also have been moved or deleted after registration.")
                .fixes(&[fix(
                    "Make the storage key match the object exactly",
                    &[
                        "Compare storage_key with the object's key in the bucket character by \
                            character (case-sensitive, no bucket name, no leading slash unless the \
                            key has one).",
                        "Don't move, rename or delete files after registering them; re-register \
                            if they moved.",
                    ],
                )]),
            cause(PermissionDenied, 0.35)
                .why("V7's role/principal lacks read (GetObject) permission on these objects, or \
                    object ownership ACLs keep objects written by other accounts from being \
                    readable by the bucket owner (and so by V7).")
                .fixes(&[
                    fix(
                        "Grant V7 read (and write) access",
                        &[
                            "Review the bucket policy / IAM role V7 uses against V7's guide for \
                                your cloud (AWS, Azure, GCP).",
                            "Read-only storage needs GetObject; read-write storage needs \
                                GetObject and PutObject on the prefix.",
                        ],
                    )
                    .snippet(
                        "json",
                        r#"{
  "Effect": "Allow",
  "Action": ["s3:GetObject", "s3:PutObject"],
  "Resource": "arn:aws:s3:::YOUR_BUCKET/YOUR_PREFIX/*"
}"#,
                    ),
                    fix(
                        "Disable object ownership ACLs (Bucket owner enforced)",
                        &[
                            "With ACLs enabled, objects uploaded by other accounts stay owned by \
                                them and V7 may not read them. Set Object Ownership to \"Bucket \
                                owner enforced\".",
                            "Alternatively keep ACLs, but then V7's server IPs and your users' IPs \
                                must be whitelisted: contact V7 support.",
                        ],
                    )
                    .snippet(
                        "shell",
                        r#"aws s3api put-bucket-ownership-controls \
  --bucket YOUR_BUCKET \
  --ownership-controls 'Rules=[{ObjectOwnership=BucketOwnerEnforced}]'"#,
                    ),
                ]),
            cause(PermissionKms, 0.25)
                .why("The bucket uses SSE-KMS and V7's role may not use the key: besides \
                    GetObject/PutObject it needs kms:Encrypt, kms:Decrypt, kms:ReEncrypt*, \
                    kms:GenerateDataKey* and kms:DescribeKey.")
                .fixes(&[fix(
                    "Allow V7's role to use the KMS key",
                    &[
                        "Add the KMS actions to the IAM policy of the role V7 assumes (and allow \
                            that role in the key policy).",
                        "Scope Resource to the key that encrypts the bucket.",
                    ],
                )
                .snippet(
                    "json",
                    r#"{
  "Effect": "Allow",
  "Action": [
    "kms:Encrypt",
    "kms:Decrypt",
    "kms:ReEncrypt*",
    "kms:GenerateDataKey*",
    "kms:DescribeKey"
  ],
  "Resource": "arn:aws:kms:REGION:ACCOUNT_ID:key/KEY_ID"
}"#,
                )]),
        ],
        docs: "https://docs.v7labs.com/docs/external-storage-troubleshooting",
    },
    CodeEntry {
        code: "INSUFFICIENT_REMAINING_STORAGE",
        status: 429,
        title: "The team has no storage left on its plan",
        explanation: "V7 refused the data because the team's remaining storage allowance is used \
            up (darwin-py raises InsufficientStorage for it).",
        causes: &[cause(ProviderQuotaExceeded, 0.95)
            .why("The team's plan storage is exhausted.")
            .fixes(&[fix(
                "Free up storage or upgrade",
                &["Delete or archive unused data, register files from your own external storage \
                    instead of uploading, or contact V7 to raise the limit."],
            )])],
        docs: "",
    },
];
