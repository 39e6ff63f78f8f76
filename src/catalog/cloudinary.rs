//! Cloudinary's upload API. Cloudinary sends no error code, only a message
//! (`{"error": {"message": "Invalid Signature 3c07…. String to sign - 'timestamp=1315060076'."}}`,
//! with the status on the wire and, in the SDKs' errors, in `http_code`), so this table is keyed
//! by the message's wording.
//!
//! Sources:
//! - Cloudinary, "Upload API reference" and "Authentication signatures" (what is signed: every
//!   parameter but file, cloud_name, resource_type and api_key, sorted, joined with `&`, plus the
//!   API secret; timestamps older than one hour are refused):
//!   <https://cloudinary.com/documentation/upload_images#generating_authentication_signatures>,
//!   <https://cloudinary.com/documentation/image_upload_api_reference>;
//! - Cloudinary's support article on upload presets and unsigned uploads:
//!   <https://cloudinary.com/documentation/upload_presets>;
//! - the messages as users met them (fixtures under `tests/fixtures/cloudinary/`).

use super::proxies::Known;
use super::{cause, fix, CodeEntry, FixSpec};
use crate::ids::CauseId::*;
use crate::ids::ProviderId;

const SIGNATURES: &str = "https://cloudinary.com/documentation/authentication_signatures";
const PRESETS: &str = "https://cloudinary.com/documentation/upload_presets";
const UPLOAD_API: &str = "https://cloudinary.com/documentation/image_upload_api_reference";
const LIMITS: &str = "https://cloudinary.com/documentation/upload_images#file_size_limits";

const FIX_SIGN: FixSpec = fix(
    "Sign exactly the string Cloudinary shows, with the API secret of this cloud",
    &[
        "Cloudinary puts the string it expected you to sign in the error (String to sign - '…'): every upload parameter except file, cloud_name, resource_type and api_key, sorted by name, joined with &.",
        "signature = SHA-1(string_to_sign + api_secret) in hex; sign on the server with the SDK (cloudinary.utils.api_sign_request) and send the same parameters you signed.",
        "Check the secret: a secret from another cloud or environment, a truncated copy, or quotes left around it in .env all give Invalid Signature.",
    ],
)
.snippet(
    "js",
    r#"// server: sign exactly the params the browser will send (not file, cloud_name, resource_type, api_key)
const timestamp = Math.round(Date.now() / 1000);
const params = { timestamp, folder: "avatars" };
const signature = cloudinary.utils.api_sign_request(params, process.env.CLOUDINARY_API_SECRET);
// browser: FormData with file, api_key, timestamp, folder, signature"#,
);

const FIX_UNSIGNED_PRESET: FixSpec = fix(
    "Send an unsigned upload preset with unsigned uploads",
    &[
        "An upload without api_key/signature must name an upload preset whose Signing mode is Unsigned (Settings → Upload → Upload presets).",
        "Add upload_preset to the form data (the upload widget's uploadPreset option); a preset in Signed mode is refused for unsigned uploads.",
    ],
)
.snippet(
    "js",
    r#"const form = new FormData();
form.append("file", file);
form.append("upload_preset", "my_unsigned_preset"); // Signing mode: Unsigned
await fetch(`https://api.cloudinary.com/v1_1/${cloudName}/auto/upload`, { method: "POST", body: form });"#,
);

const FIX_FILE_SIZE: FixSpec = fix(
    "Stay under the plan's file size limit, or upload large files in chunks",
    &[
        "Cloudinary's free plan takes images up to 10 MB and videos up to 100 MB; paid plans more. The limit is the 'Maximum is' number in the message.",
        "Compress or resize before uploading, or use upload_large (chunked upload) for videos and raw files within the plan's limit; raise the plan if larger files must be stored.",
    ],
);

const FIX_TIMESTAMP: FixSpec = fix(
    "Sign with the current time, right before uploading",
    &[
        "A signed upload's timestamp must be within one hour of Cloudinary's clock. Create the signature when the upload starts, not when the page loads.",
        "Check the clock (and time zone handling) of the machine that signs: the timestamp is Unix seconds in UTC.",
    ],
);

const FIX_API_KEY: FixSpec = fix(
    "Use the API key of the cloud you upload to",
    &[
        "Copy cloud_name, API key and API secret together from the same Cloudinary product environment (Settings → API Keys); keys of another cloud or a deleted key give Unknown API key.",
        "Check that the deployed environment has the variables (and that CLOUDINARY_URL, if set, does not override them).",
    ],
);

const INVALID_SIGNATURE: CodeEntry = CodeEntry {
    code: "",
    status: 401,
    title: "The upload's signature does not match the parameters Cloudinary received",
    explanation: "Cloudinary recomputed the signature from the parameters it received and your API secret and got a different value. The message shows the exact string it signed.",
    causes: &[
        cause(SignatureSecretMismatch, 0.6)
            .why("The signature was computed with another API secret (another cloud, a truncated or quoted secret).")
            .fixes(&[FIX_SIGN]),
        cause(SignatureRequestModified, 0.45)
            .why("The parameters sent differ from the ones signed: a parameter added, removed or changed after signing, or api_key/file/resource_type included in the signed string.")
            .fixes(&[FIX_SIGN]),
    ],
    docs: SIGNATURES,
};

const PRESET_MISSING: CodeEntry = CodeEntry {
    code: "",
    status: 400,
    title: "An unsigned upload without an upload preset",
    explanation: "The upload carries neither a signature nor an upload_preset; Cloudinary accepts unsigned uploads only through an unsigned preset.",
    causes: &[
        cause(PostMissingField, 0.75)
            .why("The form has no upload_preset field (or no api_key + timestamp + signature for a signed upload).")
            .fixes(&[FIX_UNSIGNED_PRESET]),
        cause(AuthMissingCredentials, 0.35),
    ],
    docs: PRESETS,
};

const PRESET_NOT_UNSIGNED: CodeEntry = CodeEntry {
    code: "",
    status: 400,
    title: "The upload preset is not allowed for unsigned uploads",
    explanation: "The preset named in the upload exists but its Signing mode is Signed, so an upload without a signature may not use it.",
    causes: &[
        cause(AuthMissingCredentials, 0.6)
            .why("Unsigned uploads need a preset in Unsigned mode; this one requires a signature.")
            .fixes(&[FIX_UNSIGNED_PRESET]),
        cause(PermissionDenied, 0.3),
    ],
    docs: PRESETS,
};

const FILE_TOO_LARGE: CodeEntry = CodeEntry {
    code: "",
    status: 400,
    title: "The file is larger than Cloudinary allows for this plan",
    explanation: "Cloudinary refused the file: its size (Got N) is above the maximum for this account's plan and resource type (Maximum is M).",
    causes: &[cause(SizeTooLarge, 0.92).fixes(&[FIX_FILE_SIZE])],
    docs: LIMITS,
};

const STALE: CodeEntry = CodeEntry {
    code: "",
    status: 400,
    title: "The signed upload's timestamp is more than an hour old",
    explanation: "Signatures are valid for one hour from their timestamp. The timestamp sent is older: the signature was made long before the upload, or the signing machine's clock is wrong.",
    causes: &[
        cause(PresignExpired, 0.6).why("The signature (with its timestamp) was created more than an hour before the upload reached Cloudinary.").fixes(&[FIX_TIMESTAMP]),
        cause(TimeClockSkew, 0.5).why("The clock of the machine that made the timestamp is behind (or its time zone was applied twice).").fixes(&[FIX_TIMESTAMP]),
    ],
    docs: SIGNATURES,
};

const UNKNOWN_API_KEY: CodeEntry = CodeEntry {
    code: "",
    status: 401,
    title: "Cloudinary does not know this API key",
    explanation: "The api_key sent does not belong to the cloud in the URL (keys of another product environment, a deleted key, or an empty variable).",
    causes: &[cause(AuthInvalidAccessKey, 0.85).fixes(&[FIX_API_KEY])],
    docs: UPLOAD_API,
};

const MUST_SUPPLY_API_KEY: CodeEntry = CodeEntry {
    code: "",
    status: 400,
    title: "A signed upload without an API key",
    explanation: "The SDK or the request has no api_key: the configuration was not loaded (missing environment variables) when the upload ran.",
    causes: &[cause(AuthMissingCredentials, 0.85).fixes(&[FIX_API_KEY])],
    docs: UPLOAD_API,
};

const TIMEOUT: CodeEntry = CodeEntry {
    code: "",
    status: 499,
    title: "The upload to Cloudinary timed out",
    explanation: "The SDK gave up waiting (its timeout, 60 s by default in the Node SDK) before Cloudinary answered: a slow link or a large file.",
    causes: &[
        cause(NetworkFailed, 0.6).fixes(&[fix(
            "Give the upload more time, or upload in chunks",
            &["Raise the SDK's timeout option for uploads, and use upload_large / chunk_size for big files."],
        )]),
        cause(SizeTooLarge, 0.3),
    ],
    docs: UPLOAD_API,
};

/// Cloudinary's messages, most specific first.
pub static MESSAGES: &[Known] = &[
    Known {
        provider: ProviderId::Cloudinary,
        status: 0,
        wording: "Invalid Signature",
        entry: &INVALID_SIGNATURE,
    },
    Known {
        provider: ProviderId::Cloudinary,
        status: 0,
        wording: "Upload preset must be specified when using unsigned upload",
        entry: &PRESET_MISSING,
    },
    Known {
        provider: ProviderId::Cloudinary,
        status: 0,
        wording: "Must specify upload preset when using unsigned upload",
        entry: &PRESET_MISSING,
    },
    Known {
        provider: ProviderId::Cloudinary,
        status: 0,
        wording: "Upload preset must be whitelisted for unsigned uploads",
        entry: &PRESET_NOT_UNSIGNED,
    },
    Known {
        provider: ProviderId::Cloudinary,
        status: 0,
        wording: "File size too large",
        entry: &FILE_TOO_LARGE,
    },
    Known {
        provider: ProviderId::Cloudinary,
        status: 0,
        wording: "Stale request",
        entry: &STALE,
    },
    Known {
        provider: ProviderId::Cloudinary,
        status: 0,
        wording: "Unknown API key",
        entry: &UNKNOWN_API_KEY,
    },
    Known {
        provider: ProviderId::Cloudinary,
        status: 0,
        wording: "Must supply api_key",
        entry: &MUST_SUPPLY_API_KEY,
    },
    Known {
        provider: ProviderId::Cloudinary,
        status: 0,
        wording: "Request Timeout",
        entry: &TIMEOUT,
    },
];

/// Wording distinctive enough to name Cloudinary on its own.
pub const DISTINCT: &[&str] = &[
    "String to sign - '",
    "Upload preset must be",
    "Must specify upload preset",
    "File size too large. Got ",
    "Stale request - reported time is",
    "Unknown API key",
    "Must supply api_key",
];
