//! Cloud Storage for Firebase: the SDKs' `storage/*` codes and the REST API's bodies.
//!
//! Sources:
//! - Firebase, "Handle errors for Cloud Storage on Web" (every `storage/*` code and what it
//!   means): <https://firebase.google.com/docs/storage/web/handle-errors>;
//! - the Android/Unity `StorageException` codes (-13000 unknown, -13010 object not found, -13011
//!   bucket not found, -13012 project not found, -13013 quota exceeded, -13020 not
//!   authenticated, -13021 not authorized, -13030 retry limit exceeded, -13031 invalid checksum,
//!   -13040 canceled): <https://firebase.google.com/docs/reference/unity/class/firebase/storage/storage-exception>;
//! - issue threads with the REST bodies `{"error": {"code": 403, "message": "Permission
//!   denied."}}` (see `tests/fixtures/firebase-storage/`).
//!
//! `code` is the SDK's `storage/*` code exactly as the SDK prints it; the REST API's body has only
//! a numeric status, so [`MESSAGES`] recognises its messages.

use super::proxies::Known;
use super::{cause, fix, CodeEntry, FixSpec};
use crate::ids::CauseId::*;
use crate::ids::ProviderId;

const DOCS: &str = "https://firebase.google.com/docs/storage/web/handle-errors";

const FIX_RULES: FixSpec = fix(
    "Allow the write in the Cloud Storage security rules",
    &[
        "Open Firebase console → Storage → Rules and check the match block for this path: the write must be allowed for this user (request.auth), size (request.resource.size) and type (request.resource.contentType).",
        "A rule such as `request.resource.size < 2 * 1024 * 1024 && request.resource.contentType.matches('image/.*')` also refuses files that are too big or of another type with the same error.",
        "Test the rule in the Rules Playground with the same path, user and metadata.",
    ],
)
.snippet(
    "text",
    "rules_version = '2';\nservice firebase.storage {\n  match /b/{bucket}/o {\n    match /users/{userId}/{fileName} {\n      allow write: if request.auth != null && request.auth.uid == userId\n                   && request.resource.size < 10 * 1024 * 1024;\n    }\n  }\n}",
);

const FIX_SIGN_IN: FixSpec = fix(
    "Sign the user in before uploading",
    &[
        "The upload ran without a Firebase Auth user (or before the auth state was restored): wait for onAuthStateChanged to report a user, then upload.",
        "If uploads should work without sign-in, allow them in the rules explicitly (and limit size and type).",
    ],
);

const UNAUTHORIZED: CodeEntry = CodeEntry {
    code: "storage/unauthorized",
    status: 403,
    title: "The security rules do not allow this upload",
    explanation: "Cloud Storage for Firebase evaluated the bucket's security rules and none allows this user to write (or read) this path with this file: the user, the path, the size or the content type does not match a rule.",
    causes: &[
        cause(PermissionDenied, 0.9)
            .why("The Cloud Storage security rules refused the operation for this user, path and file (size and content type are part of the check).")
            .fixes(&[FIX_RULES]),
        cause(AuthMissingCredentials, 0.25).why("Rules that require request.auth refuse uploads made before the user is signed in.").fixes(&[FIX_SIGN_IN]),
    ],
    docs: DOCS,
};

const UNAUTHENTICATED: CodeEntry = CodeEntry {
    code: "storage/unauthenticated",
    status: 401,
    title: "No signed-in user, and the rules require one",
    explanation:
        "The request carried no valid Firebase Auth token and the rules need an authenticated user.",
    causes: &[
        cause(AuthMissingCredentials, 0.8).fixes(&[FIX_SIGN_IN]),
        cause(AuthTokenExpired, 0.2),
    ],
    docs: DOCS,
};

const BUCKET_NOT_FOUND: CodeEntry = CodeEntry {
    code: "storage/bucket-not-found",
    status: 404,
    title: "No Cloud Storage bucket is configured for this app",
    explanation: "The storageBucket in the Firebase config names no bucket (a typo, the old appspot.com vs the new firebasestorage.app name), or Storage was never set up for the project.",
    causes: &[
        cause(ResourceBucketNotFound, 0.8).fixes(&[fix(
            "Use the bucket the console shows",
            &[
                "Copy storageBucket from Firebase console → Project settings → Your apps; new projects use PROJECT.firebasestorage.app, older ones PROJECT.appspot.com.",
                "Open Storage in the console once to create the default bucket (it requires the Blaze plan since 2024).",
            ],
        )]),
        cause(EndpointWrongHost, 0.2),
    ],
    docs: DOCS,
};

const NOT_PROVISIONED: CodeEntry = CodeEntry {
    code: "",
    status: 400,
    title: "Firebase Storage is not enabled for this bucket",
    explanation: "\"Permission denied. Could not access bucket … Please enable Firebase Storage for your bucket\": the bucket exists in Google Cloud but Firebase Storage has not been provisioned for it (or Firebase's service agent lost its role on it).",
    causes: &[
        cause(ResourceBucketNotFound, 0.6)
            .why("The bucket is not linked to Firebase Storage: open the Storage tab of the Firebase console for it, or link it there.")
            .fixes(&[fix(
                "Enable Firebase Storage for the bucket",
                &[
                    "Open Firebase console → Storage and finish the setup for this bucket (or import it as a Firebase bucket).",
                    "Make sure the Firebase Storage service agent (service-PROJECT_NUMBER@gcp-sa-firebasestorage.iam.gserviceaccount.com) still has its role on the bucket.",
                ],
            )]),
        cause(PermissionDenied, 0.45).why("Firebase's service agent has no permission on the bucket, so every request is refused."),
    ],
    docs: DOCS,
};

const OBJECT_NOT_FOUND: CodeEntry = CodeEntry {
    code: "storage/object-not-found",
    status: 404,
    title: "No object exists at this reference",
    explanation: "The path has no file: getDownloadURL or getMetadata ran before the upload finished, or the path differs from the uploaded one.",
    causes: &[cause(ResourceObjectNotFound, 0.85)],
    docs: DOCS,
};

const QUOTA_EXCEEDED: CodeEntry = CodeEntry {
    code: "storage/quota-exceeded",
    status: 402,
    title: "The project's Cloud Storage quota is exceeded",
    explanation: "The bucket's quota is used up; on the no-cost Spark plan Cloud Storage for Firebase now requires the Blaze plan.",
    causes: &[cause(ProviderQuotaExceeded, 0.9)],
    docs: DOCS,
};

const RETRY_LIMIT: CodeEntry = CodeEntry {
    code: "storage/retry-limit-exceeded",
    status: 0,
    title: "The upload gave up after its retry time ran out",
    explanation: "The SDK retried the failing operation until maxUploadRetryTime (10 minutes by default) passed: the network dropped, the device was offline, or the server kept failing.",
    causes: &[cause(NetworkFailed, 0.75), cause(ProviderUnavailable, 0.25)],
    docs: DOCS,
};

const INVALID_CHECKSUM: CodeEntry = CodeEntry {
    code: "storage/invalid-checksum",
    status: 400,
    title: "The uploaded file does not match its checksum",
    explanation: "The file on the server does not match the checksum the client computed: the data changed or was corrupted in transit. Upload it again.",
    causes: &[cause(IntegrityChecksumMismatch, 0.85)],
    docs: DOCS,
};

const CANCELED: CodeEntry = CodeEntry {
    code: "storage/canceled",
    status: 0,
    title: "The upload was canceled by the app",
    explanation: "uploadTask.cancel() was called (or the component that started it was unmounted and cancelled it).",
    causes: &[cause(NetworkFailed, 0.3).why("Nothing failed on the server: the client stopped the upload itself; check what calls cancel().")],
    docs: DOCS,
};

const SERVER_FILE_WRONG_SIZE: CodeEntry = CodeEntry {
    code: "storage/server-file-wrong-size",
    status: 0,
    title: "The server's file size does not match what the client sent",
    explanation: "The file changed while it was being uploaded, or the upload was interrupted in a way the client could not detect. Upload it again.",
    causes: &[cause(IntegrityChecksumMismatch, 0.6), cause(NetworkFailed, 0.35)],
    docs: DOCS,
};

const NO_DEFAULT_BUCKET: CodeEntry = CodeEntry {
    code: "storage/no-default-bucket",
    status: 0,
    title: "The Firebase config has no storageBucket",
    explanation: "getStorage() found no storageBucket in the app's config, so it does not know where to upload.",
    causes: &[cause(EndpointWrongHost, 0.7).why("The firebaseConfig passed to initializeApp lacks storageBucket.")],
    docs: DOCS,
};

const UNKNOWN: CodeEntry = CodeEntry {
    code: "storage/unknown",
    status: 0,
    title: "Firebase Storage could not classify the error (see the server response)",
    explanation: "The SDK did not recognise the server's answer; the real reason is in error.customData.serverResponse (serverResponse_ in older SDKs).",
    causes: &[cause(ProviderInternalError, 0.3), cause(PermissionDenied, 0.2)],
    docs: DOCS,
};

/// The SDK's `storage/*` codes.
pub static TABLE: &[CodeEntry] = &[
    UNAUTHORIZED,
    UNAUTHENTICATED,
    BUCKET_NOT_FOUND,
    OBJECT_NOT_FOUND,
    QUOTA_EXCEEDED,
    RETRY_LIMIT,
    INVALID_CHECKSUM,
    CANCELED,
    SERVER_FILE_WRONG_SIZE,
    NO_DEFAULT_BUCKET,
    UNKNOWN,
];

/// The REST API's messages, for bodies without a `storage/*` code.
pub static MESSAGES: &[Known] = &[
    Known {
        provider: ProviderId::FirebaseStorage,
        status: 0,
        wording: "Please enable Firebase Storage for your bucket",
        entry: &NOT_PROVISIONED,
    },
    Known {
        provider: ProviderId::FirebaseStorage,
        status: 0,
        wording: "Permission denied.",
        entry: &UNAUTHORIZED,
    },
    Known {
        provider: ProviderId::FirebaseStorage,
        status: 0,
        wording: "User does not have permission to access",
        entry: &UNAUTHORIZED,
    },
];

/// The Android / Unity `StorageException` error codes, by the `storage/*` code they mean.
pub const NATIVE_CODES: &[(&str, &str)] = &[
    ("-13000", "storage/unknown"),
    ("-13010", "storage/object-not-found"),
    ("-13011", "storage/bucket-not-found"),
    ("-13013", "storage/quota-exceeded"),
    ("-13020", "storage/unauthenticated"),
    ("-13021", "storage/unauthorized"),
    ("-13030", "storage/retry-limit-exceeded"),
    ("-13031", "storage/invalid-checksum"),
    ("-13040", "storage/canceled"),
];
