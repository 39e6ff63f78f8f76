//! Azure Blob Storage error codes (the `<Code>` of an Azure Storage XML error body, also sent as
//! the `x-ms-error-code` header), as they matter for uploads from the browser: Put Blob with a
//! SAS URL, Put Block / Put Block List for large files, and `@azure/storage-blob` in the page.
//!
//! The table follows Microsoft's lists
//! (<https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes> and
//! <https://learn.microsoft.com/en-us/rest/api/storageservices/blob-service-error-codes>). Azure's
//! `AuthenticationErrorDetail` element says precisely why a SAS or Shared Key failed (expired, not
//! yet valid, signature over which fields); `rules/azure.rs` reads it.
//!
//! Azurite, the emulator, differs in ways the entries mention: every bad, expired or not-yet-valid
//! SAS is `AuthorizationFailure` (Azure: `AuthenticationFailed` with a detail), a Content-MD5
//! mismatch is `InvalidOperation` (Azure: `Md5Mismatch`), and a Put Blob without `x-ms-blob-type`
//! gets a 400 with an empty body (Azure: `MissingRequiredHeader`).

use super::{cause, fix, CodeEntry, FixSpec};
use crate::ids::CauseId::*;

// ---------------------------------------------------------------------------------------------
// Documentation pages.
// ---------------------------------------------------------------------------------------------

const COMMON_CODES: &str =
    "https://learn.microsoft.com/en-us/rest/api/storageservices/common-rest-api-error-codes";
const BLOB_CODES: &str =
    "https://learn.microsoft.com/en-us/rest/api/storageservices/blob-service-error-codes";
const DOCS_SAS: &str =
    "https://learn.microsoft.com/en-us/rest/api/storageservices/create-service-sas";
const DOCS_PUT_BLOB: &str = "https://learn.microsoft.com/en-us/rest/api/storageservices/put-blob";
const DOCS_PUT_BLOCK_LIST: &str =
    "https://learn.microsoft.com/en-us/rest/api/storageservices/put-block-list";
const DOCS_FIREWALL: &str =
    "https://learn.microsoft.com/en-us/azure/storage/common/storage-network-security";
const DOCS_RBAC: &str =
    "https://learn.microsoft.com/en-us/azure/storage/blobs/assign-azure-role-data-access";
const DOCS_LEASE: &str = "https://learn.microsoft.com/en-us/rest/api/storageservices/lease-blob";
const DOCS_CONDITIONAL: &str = "https://learn.microsoft.com/en-us/rest/api/storageservices/specifying-conditional-headers-for-blob-service-operations";
const DOCS_NAMING: &str = "https://learn.microsoft.com/en-us/rest/api/storageservices/naming-and-referencing-containers--blobs--and-metadata";

// ---------------------------------------------------------------------------------------------
// Fixes shared by several codes.
// ---------------------------------------------------------------------------------------------

/// The fix for a Put Blob without `x-ms-blob-type` (also used by `rules/azure.rs`).
pub const FIX_BLOB_TYPE: FixSpec = fix(
    "Send x-ms-blob-type: BlockBlob with the PUT",
    &[
        "Put Blob creates a blob and must say which kind: add the header `x-ms-blob-type: BlockBlob` to the PUT to the SAS URL (S3-style presigned-URL code does not send it).",
        "With @azure/storage-blob, BlockBlobClient.uploadData / uploadBrowserData send it for you and split big files into blocks.",
        "If the SAS URL is not yours, the header must also be allowed by the storage account's CORS rule (AllowedHeaders x-ms-blob-type or *).",
    ],
)
.snippet(
    "js",
    r#"// fetch: a SAS URL for the blob (sp must include c and/or w)
await fetch(sasUrl, {
  method: "PUT",
  headers: { "x-ms-blob-type": "BlockBlob", "Content-Type": file.type },
  body: file,
});

// or @azure/storage-blob (blocks of 4 MiB, parallel, sets the blob type itself)
import { BlockBlobClient } from "@azure/storage-blob";
await new BlockBlobClient(sasUrl).uploadData(file, {
  blobHTTPHeaders: { blobContentType: file.type },
});"#,
);

const FIX_NEW_SAS: FixSpec = fix(
    "Generate a new SAS right before the upload",
    &[
        "Ask the server for a SAS when the upload starts, with an expiry that covers the slowest upload (se=).",
        "Leave the start time (st=) out, or set it a few minutes in the past: a SAS whose start is \"now\" by a clock that runs ahead is not yet valid for Azure.",
        "Use UTC for st and se (`2026-11-23T10:00:00Z`); a local time written without its offset shifts the window by hours.",
    ],
)
.snippet(
    "js",
    r#"import { generateBlobSASQueryParameters, BlobSASPermissions } from "@azure/storage-blob";
const sas = generateBlobSASQueryParameters({
  containerName, blobName,
  permissions: BlobSASPermissions.parse("cw"),        // create + write for uploads
  startsOn: new Date(Date.now() - 5 * 60 * 1000),     // 5 min in the past: clock skew
  expiresOn: new Date(Date.now() + 60 * 60 * 1000),   // 1 h
}, sharedKeyCredential).toString();"#,
);

const FIX_SAS_PERMISSIONS: FixSpec = fix(
    "Grant the SAS the permissions an upload needs",
    &[
        "Put Blob, Put Block and Put Block List need w (write) on an existing blob and c (create) or w for a new one: generate the SAS with sp=cw (add r if the page also reads).",
        "With Microsoft Entra ID (a bearer token or a user delegation SAS), the identity needs a data-plane role such as Storage Blob Data Contributor on the account or container; Owner/Contributor on the account is not enough.",
    ],
)
.snippet(
    "shell",
    r#"az storage blob generate-sas --account-name ACCOUNT --container-name uploads \
  --name "$BLOB" --permissions cw --expiry 2026-12-31T00:00Z --https-only --output tsv
# Entra ID:
az role assignment create --role "Storage Blob Data Contributor" \
  --assignee USER_OR_APP_ID --scope /subscriptions/SUB/resourceGroups/RG/providers/Microsoft.Storage/storageAccounts/ACCOUNT"#,
);

const FIX_FIREWALL: FixSpec = fix(
    "Allow the client's network in the storage account's firewall",
    &[
        "AuthorizationFailure with \"This request is not authorized to perform this operation\" is what Azure says when the account's network rules (Firewalls and virtual networks, private endpoints only, public network access disabled) block the caller.",
        "Browsers upload from the user's network: direct browser uploads need public network access for those clients, or go through your backend inside the VNet.",
    ],
)
.snippet(
    "shell",
    r#"az storage account show -n ACCOUNT --query "{public:publicNetworkAccess, rules:networkRuleSet}"
az storage account network-rule add -n ACCOUNT --ip-address 203.0.113.10"#,
);

const FIX_ACCOUNT_SAS: FixSpec = fix(
    "Issue the account SAS for the Blob service and for objects",
    &[
        "An account SAS says which services (ss: b blob, f file, q queue, t table) and which resource types (srt: s service, c container, o object) it covers.",
        "For blob uploads it needs ss including b and srt including o (c as well to create containers); a service SAS for the blob or container (sr=b / sr=c) is narrower and usually better for browsers.",
    ],
)
.snippet(
    "shell",
    r#"az storage account generate-sas --account-name ACCOUNT --services b \
  --resource-types co --permissions cw --expiry 2026-12-31T00:00Z --https-only --output tsv"#,
);

const FIX_HTTPS: FixSpec = fix(
    "Use https:// with an HTTPS-only SAS",
    &[
        "The SAS was issued with spr=https: send the request to the https:// endpoint.",
        "For Azurite without TLS, issue test SAS tokens with protocol https,http (spr=https,http), or start Azurite with --cert and --key.",
    ],
);

const FIX_BLOCKS: FixSpec = fix(
    "Commit only blocks that were uploaded, with ids of one length",
    &[
        "Put Block List must name blocks staged with Put Block for this blob (uncommitted blocks expire after a week, and a failed Put Block leaves no block).",
        "Block ids are base64 strings, URL-encoded in the query; before encoding, all ids of a blob must have the same length (pad the block number: block-000001).",
        "@azure/storage-blob's uploadData / uploadBrowserData does all of this for you.",
    ],
)
.snippet(
    "js",
    r#"const id = (n) => btoa("block-" + String(n).padStart(6, "0")); // same length for every block
for (const [n, chunk] of chunks.entries()) await blockBlob.stageBlock(id(n), chunk, chunk.size);
await blockBlob.commitBlockList(chunks.map((_, n) => id(n)));"#,
);

const FIX_RETRY: FixSpec = fix(
    "Retry with exponential backoff",
    &[
        "These errors are transient: retry the same request after a short, growing, jittered delay (the Azure SDKs do by default).",
        "For block uploads retry only the failed block; lower the parallelism if ServerBusy keeps coming (the account is over its ingress or request-rate targets).",
    ],
);

const FIX_LEASE: FixSpec = fix(
    "Send the lease id, or wait for the lease to end",
    &[
        "The blob holds an active lease (another process is writing it): writes must carry x-ms-lease-id with that lease's id.",
        "If the lease is stale, break it (az storage blob lease break) or wait for its duration to end.",
    ],
);

/// Every code of this provider.
pub static TABLE: &[CodeEntry] = &[
    // ----- authentication -------------------------------------------------------------------------
    CodeEntry {
        code: "AuthenticationFailed",
        status: 403,
        title: "Azure could not authenticate the request (SAS or Shared Key)",
        explanation: "The signature did not verify. AuthenticationErrorDetail says why: \"Signature not valid in the specified time frame\" (expired or not yet valid SAS, with Start, Expiry and Current), \"Signature did not match. String to sign used was ...\" (the fields Azure signed), \"Signature fields not well formed\" (a malformed SAS), or \"The MAC signature found in the HTTP request ... is not the same as any computed signature\" (Shared Key).",
        causes: &[
            cause(SignatureSecretMismatch, 0.45)
                .why("The SAS or Shared Key signature was computed with another account key (rotated key, key of another account) or over other values than the ones the request carries."),
            cause(PresignExpired, 0.4)
                .why("\"Signature not valid in the specified time frame\" with Current after Expiry: the SAS has expired.")
                .fixes(&[FIX_NEW_SAS]),
            cause(TimeClockSkew, 0.25)
                .why("\"Signature not valid in the specified time frame\" with Current before Start: the SAS is not valid yet, typically because its start was set to \"now\" by a clock that runs ahead of Azure's.")
                .fixes(&[FIX_NEW_SAS]),
            cause(SignatureRequestModified, 0.2)
                .why("The URL differs from the one signed: another blob path (an extra slash, a different encoding of the name), or SAS parameters changed after signing."),
            cause(AuthTokenInvalid, 0.15)
                .why("\"Signature fields not well formed\": a SAS parameter is missing or malformed (sig, sv, sp, se)."),
        ],
        docs: COMMON_CODES,
    },
    CodeEntry {
        code: "AuthorizationFailure",
        status: 403,
        title: "The request is not authorized: network rules, or (Azurite) a bad or expired SAS",
        explanation: "Azure says \"This request is not authorized to perform this operation\" when the storage account's firewall, virtual network rules or disabled public access block the caller. Azurite answers AuthorizationFailure for every SAS it cannot verify: a wrong signature, an expired SAS or one that is not valid yet.",
        causes: &[
            cause(PermissionDenied, 0.55)
                .why("The account's network rules do not admit the client's address (Firewalls and virtual networks, private endpoint only, public network access disabled).")
                .fixes(&[FIX_FIREWALL]),
            cause(SignatureSecretMismatch, 0.3)
                .why("Azurite: the SAS signature does not verify with the account key (Azure says AuthenticationFailed for this)."),
            cause(PresignExpired, 0.25)
                .why("Azurite: the SAS has expired (Azure says AuthenticationFailed, \"Signature not valid in the specified time frame\").")
                .fixes(&[FIX_NEW_SAS]),
        ],
        docs: DOCS_FIREWALL,
    },
    CodeEntry {
        code: "NoAuthenticationInformation",
        status: 401,
        title: "The request carries no credentials",
        explanation: "Neither a SAS, a Shared Key Authorization header nor a bearer token was sent, and the container does not allow anonymous access (and anonymous writes never are).",
        causes: &[cause(AuthMissingCredentials, 0.9)
            .why("The URL has no SAS query string (it was dropped, or the plain blob URL was used) and no Authorization header was sent.")],
        docs: COMMON_CODES,
    },
    CodeEntry {
        code: "AccountIsDisabled",
        status: 403,
        title: "The storage account is disabled",
        explanation: "The storage account is disabled, usually because its subscription is disabled or suspended.",
        causes: &[cause(AuthAccountDisabled, 0.9)],
        docs: COMMON_CODES,
    },
    // ----- authorization ------------------------------------------------------------------------
    CodeEntry {
        code: "AuthorizationPermissionMismatch",
        status: 403,
        title: "The SAS or identity lacks the permission for this operation",
        explanation: "The request was authenticated but its permissions do not cover the operation: a SAS whose sp= lacks the letters the operation needs (an upload needs c/w), or an Entra ID identity without a data-plane role such as Storage Blob Data Contributor.",
        causes: &[cause(PermissionDenied, 0.95).fixes(&[FIX_SAS_PERMISSIONS])],
        docs: DOCS_RBAC,
    },
    CodeEntry {
        code: "AuthorizationSourceIPMismatch",
        status: 403,
        title: "The client's IP address is outside the SAS's allowed range",
        explanation: "The SAS was issued with sip= (allowed IP addresses) and the request came from another address. For browser uploads that is the user's public address, not your server's.",
        causes: &[cause(PermissionDenied, 0.9)
            .why("The SAS's sip= range does not contain the client's public IP address; drop sip for browser uploads or set it to the user's address.")],
        docs: DOCS_SAS,
    },
    CodeEntry {
        code: "AuthorizationProtocolMismatch",
        status: 403,
        title: "The SAS allows HTTPS only and the request used HTTP",
        explanation: "The SAS was issued with spr=https and the request was sent over plain HTTP.",
        causes: &[cause(PermissionDenied, 0.9)
            .why("The SAS says spr=https; the URL used http://. Use https:// (Azurite: start it with --cert/--key, or issue the SAS with spr=https,http for local tests).").fixes(&[FIX_HTTPS])],
        docs: DOCS_SAS,
    },
    CodeEntry {
        code: "AuthorizationServiceMismatch",
        status: 403,
        title: "The SAS is not valid for the Blob service",
        explanation: "The account SAS's ss= (signed services) does not include b (Blob): it was issued for Queue, Table or File.",
        causes: &[cause(PermissionDenied, 0.9)
            .why("An account SAS must list b in ss= to be used against the blob endpoint.").fixes(&[FIX_ACCOUNT_SAS])],
        docs: "https://learn.microsoft.com/en-us/rest/api/storageservices/create-account-sas",
    },
    CodeEntry {
        code: "AuthorizationResourceTypeMismatch",
        status: 403,
        title: "The account SAS does not cover this resource type",
        explanation: "The account SAS's srt= (signed resource types) lacks the type the operation works on: o (object) for blob uploads, c for container operations, s for service operations.",
        causes: &[cause(PermissionDenied, 0.9)
            .why("Blob uploads need srt to include o (object); container creation needs c.").fixes(&[FIX_ACCOUNT_SAS])],
        docs: "https://learn.microsoft.com/en-us/rest/api/storageservices/create-account-sas",
    },
    CodeEntry {
        code: "InsufficientAccountPermissions",
        status: 403,
        title: "The account does not allow this operation",
        explanation: "The storage account itself does not permit the operation (write operations not allowed, reads disabled), independently of the caller's permissions.",
        causes: &[cause(PermissionDenied, 0.8)],
        docs: COMMON_CODES,
    },
    CodeEntry {
        code: "KeyVaultEncryptionKeyNotFound",
        status: 403,
        title: "The account's customer-managed key cannot be found",
        explanation: "The storage account is encrypted with a customer-managed key in Key Vault and Azure cannot find or unwrap it (key deleted or disabled, access to the vault removed).",
        causes: &[cause(PermissionKms, 0.9)
            .why("The key vault key that encrypts the account is missing, disabled, or the account's managed identity lost get/wrapKey/unwrapKey on it.")],
        docs: COMMON_CODES,
    },
    // ----- request shape --------------------------------------------------------------------------
    CodeEntry {
        code: "MissingRequiredHeader",
        status: 400,
        title: "A header that this operation requires is missing",
        explanation: "The request lacks a mandatory header; HeaderName names it. For a browser upload it is almost always x-ms-blob-type, which Put Blob requires.",
        causes: &[cause(RequestMissingHeader, 0.95).fixes(&[FIX_BLOB_TYPE])],
        docs: DOCS_PUT_BLOB,
    },
    CodeEntry {
        code: "InvalidHeaderValue",
        status: 400,
        title: "A header has an invalid value",
        explanation: "The value of one of the HTTP headers is not in the right format; HeaderName names it (x-ms-blob-type must be BlockBlob, PageBlob or AppendBlob; x-ms-version must be a version the service knows).",
        causes: &[cause(RequestInvalid, 0.85)],
        docs: COMMON_CODES,
    },
    CodeEntry {
        code: "InvalidQueryParameterValue",
        status: 400,
        title: "A query parameter has an invalid value",
        explanation: "The value of a query parameter is invalid; QueryParameterName and Reason say which and why (a blockid that is not base64, an unknown comp=, a malformed SAS field).",
        causes: &[cause(RequestInvalid, 0.85)],
        docs: COMMON_CODES,
    },
    CodeEntry {
        code: "Md5Mismatch",
        status: 400,
        title: "The body does not match its Content-MD5",
        explanation: "The MD5 given in Content-MD5 (or x-ms-blob-content-md5 for Put Block List) is not the MD5 of the body Azure received.",
        causes: &[cause(IntegrityChecksumMismatch, 0.9)],
        docs: COMMON_CODES,
    },
    CodeEntry {
        code: "InvalidOperation",
        status: 400,
        title: "The operation is not valid here",
        explanation: "Azure refuses the operation in this situation. Azurite also uses this code for a Content-MD5 that does not match the body (\"Provided contentMD5 doesn't match.\"), where Azure says Md5Mismatch.",
        causes: &[
            cause(RequestInvalid, 0.6),
            cause(IntegrityChecksumMismatch, 0.3)
                .why("Azurite: the Content-MD5 header does not match the body."),
        ],
        docs: BLOB_CODES,
    },
    CodeEntry {
        code: "RequestBodyTooLarge",
        status: 413,
        title: "The body is larger than this operation accepts",
        explanation: "A single Put Blob accepts up to 5000 MiB and a Put Block up to 4000 MiB (older service versions: 256 MiB and 100 MiB); bigger files must be uploaded in blocks.",
        causes: &[cause(SizeTooLarge, 0.95).fixes(&[FIX_BLOCKS])],
        docs: DOCS_PUT_BLOB,
    },
    // ----- blocks -----------------------------------------------------------------------------------
    CodeEntry {
        code: "InvalidBlockList",
        status: 400,
        title: "Put Block List names blocks that were not uploaded",
        explanation: "The block list commits ids that Azure does not have for this blob: a block whose Put Block failed or never ran, an id encoded differently, or blocks that expired.",
        causes: &[cause(MultipartInvalidPart, 0.9).fixes(&[FIX_BLOCKS])],
        docs: DOCS_PUT_BLOCK_LIST,
    },
    CodeEntry {
        code: "InvalidBlockId",
        status: 400,
        title: "A block id is invalid",
        explanation: "The block id is not valid: not base64, longer than 64 bytes before encoding, or not the same length as the other ids of the blob.",
        causes: &[cause(MultipartInvalidPart, 0.7).fixes(&[FIX_BLOCKS]), cause(RequestInvalid, 0.3)],
        docs: BLOB_CODES,
    },
    CodeEntry {
        code: "InvalidBlobOrBlock",
        status: 400,
        title: "The blob or block content is invalid",
        explanation: "Azure rejected a block or blob body; for Put Block the usual reason is a block id whose length differs from the other block ids of the same blob.",
        causes: &[
            cause(MultipartInvalidPart, 0.6)
                .why("All block ids of a blob must have the same length before base64 encoding; a new Put Block with an id of another length is refused.")
                .fixes(&[FIX_BLOCKS]),
            cause(RequestInvalid, 0.35),
        ],
        docs: BLOB_CODES,
    },
    CodeEntry {
        code: "BlockListTooLong",
        status: 400,
        title: "The block list has more than 50,000 blocks",
        explanation: "A block blob holds at most 50,000 blocks: the blocks are too small for this file.",
        causes: &[cause(SizeTooSmall, 0.6)
            .why("The block size is too small for the file: 50,000 blocks × block size must cover it (use 8-100 MiB blocks for large files)."),
            cause(RequestInvalid, 0.4)],
        docs: BLOB_CODES,
    },
    // ----- existence ----------------------------------------------------------------------------------
    CodeEntry {
        code: "ContainerNotFound",
        status: 404,
        title: "The container does not exist",
        explanation: "The container named in the URL does not exist (container names are lower-case; the URL path's first segment is the container).",
        causes: &[cause(ResourceBucketNotFound, 0.95)],
        docs: BLOB_CODES,
    },
    CodeEntry {
        code: "BlobNotFound",
        status: 404,
        title: "The blob does not exist",
        explanation: "The blob named in the URL does not exist in the container.",
        causes: &[cause(ResourceObjectNotFound, 0.95)],
        docs: BLOB_CODES,
    },
    CodeEntry {
        code: "ResourceNotFound",
        status: 404,
        title: "The resource does not exist",
        explanation: "The account, container or blob addressed does not exist. With a SAS or on an account with public access disabled, Azure also answers 404 to hide resources from callers that may not see them.",
        causes: &[
            cause(ResourceObjectNotFound, 0.45),
            cause(ResourceBucketNotFound, 0.35),
            cause(EndpointWrongHost, 0.2)
                .why("The account name in the host, or the service endpoint (blob vs dfs vs file), is not the one the resource lives on."),
        ],
        docs: COMMON_CODES,
    },
    CodeEntry {
        code: "BlobAlreadyExists",
        status: 409,
        title: "The blob already exists",
        explanation: "A create-only write (If-None-Match: *) found an existing blob with this name.",
        causes: &[cause(ResourceAlreadyExists, 0.95)],
        docs: BLOB_CODES,
    },
    CodeEntry {
        code: "ContainerAlreadyExists",
        status: 409,
        title: "The container already exists",
        explanation: "Create Container was called for a container that exists; createIfNotExists avoids the error.",
        causes: &[cause(ResourceAlreadyExists, 0.95)],
        docs: BLOB_CODES,
    },
    CodeEntry {
        code: "InvalidResourceName",
        status: 400,
        title: "The container or blob name is invalid",
        explanation: "Container names are 3-63 characters of lower-case letters, digits and single hyphens; blob names are at most 1024 characters and must not end with a dot or slash.",
        causes: &[cause(RequestInvalidName, 0.95)],
        docs: DOCS_NAMING,
    },
    CodeEntry {
        code: "InvalidBlobType",
        status: 409,
        title: "The blob type does not allow this operation",
        explanation: "The blob exists with another type: Append Block on a block blob, Put Block on an append or page blob, or a Put Blob with a different x-ms-blob-type over a blob with a lease or snapshot.",
        causes: &[cause(RequestInvalid, 0.85)
            .why("The operation belongs to another blob type than the blob at this name; use the operation of its type, or delete the blob first.")],
        docs: BLOB_CODES,
    },
    // ----- leases and preconditions --------------------------------------------------------------------
    CodeEntry {
        code: "LeaseIdMissing",
        status: 412,
        title: "The blob is leased and no lease id was sent",
        explanation: "The blob has an active lease; writes must carry its id in x-ms-lease-id.",
        causes: &[cause(ResourceLocked, 0.95).fixes(&[FIX_LEASE])],
        docs: DOCS_LEASE,
    },
    CodeEntry {
        code: "LeaseIdMismatchWithBlobOperation",
        status: 412,
        title: "The lease id sent does not match the blob's lease",
        explanation: "The request carried x-ms-lease-id, but the blob's active lease has another id (the lease was broken and re-acquired, or another process holds it).",
        causes: &[cause(ResourceLocked, 0.95).fixes(&[FIX_LEASE])],
        docs: DOCS_LEASE,
    },
    CodeEntry {
        code: "ConditionNotMet",
        status: 412,
        title: "A conditional header was not satisfied",
        explanation: "If-Match, If-None-Match, If-Modified-Since or If-Unmodified-Since did not hold for the blob's current state (a 304 for reads, a 412 for writes).",
        causes: &[
            cause(RequestPreconditionFailed, 0.9)
                .why("The blob changed since its ETag was read (If-Match), or a create-only condition found an existing blob."),
        ],
        docs: DOCS_CONDITIONAL,
    },
    // ----- the service -------------------------------------------------------------------------------------
    CodeEntry {
        code: "ServerBusy",
        status: 503,
        title: "The storage account is busy",
        explanation: "The account is over its scalability targets (ingress, egress or request rate) or the partition is busy; Azure asks to retry later.",
        causes: &[
            cause(ProviderThrottled, 0.7).fixes(&[FIX_RETRY]),
            cause(ProviderUnavailable, 0.3).fixes(&[FIX_RETRY]),
        ],
        docs: COMMON_CODES,
    },
    CodeEntry {
        code: "InternalError",
        status: 500,
        title: "Azure Storage had an internal error",
        explanation: "The server encountered an internal error; retry the request.",
        causes: &[cause(ProviderInternalError, 0.9).fixes(&[FIX_RETRY])],
        docs: COMMON_CODES,
    },
    CodeEntry {
        code: "OperationTimedOut",
        status: 500,
        title: "The operation did not finish in time",
        explanation: "The operation could not complete within the permitted time (a large block on a slow connection, or a busy partition); retry, with smaller blocks for uploads.",
        causes: &[
            cause(ProviderInternalError, 0.6).fixes(&[FIX_RETRY]),
            cause(ProviderUnavailable, 0.3),
        ],
        docs: COMMON_CODES,
    },
];
