//! Unstructured connectors: the authorization and permission errors a source or destination
//! connector raises.
//!
//! Source: Unstructured, "Authorization and permissions" issues (the error types and their
//! example messages per connector, the possible causes, the possible solutions):
//! <https://docs.unstructured.io/support/issues/authorization-permissions>
//!
//! What `code` holds (see `ids/provider-ids.txt`): the Python exception type exactly as it appears
//! in the pasted error, e.g. `PermissionError` in
//! `PermissionError: Access Denied` or in a traceback's last line. The connector-specific inner
//! code or message travels in the message and is what tells the causes apart:
//!
//! ```text
//! PermissionError            Amazon S3           "Access Denied"
//! ClientAuthenticationError  Azure Blob Storage  "AuthenticationFailed", "Signature not valid ..."
//! AuthError                  Dropbox             "expired_access_token"
//! ApiPermissionError         Confluence          "... permission to view content"
//! ClientRequestException     OneDrive            "AccessDenied"
//! ValueError                 Outlook             "invalid_grant", "... Conditional Access policies ..."
//!                            Google Drive        "File not found" (an authorization problem)
//! UserError                  Box                 "Access denied - insufficient permission"
//! HttpResponseError          Azure Blob Storage  "AccountIsDisabled"
//! ```
//!
//! All of them can appear even though the connector passed Unstructured's connection test: the
//! test checks that the credentials authenticate, not that they may list, read or write every
//! object the job touches.

use super::{cause, fix, CodeEntry, FixSpec};
use crate::ids::CauseId::*;

const DOCS: &str = "https://docs.unstructured.io/support/issues/authorization-permissions";

/// "Verify the credentials" (Unstructured's first solution).
const VERIFY_CREDENTIALS: FixSpec = fix(
    "Verify the credentials",
    &[
        "Double-check every authentication detail in the connector: keys, secrets, tokens, \
            usernames, passwords, tenant ID and client ID.",
        "Look for typos, stray spaces or newlines from copy-paste, and values from another \
            account or environment.",
    ],
);

/// "Check the expiration".
const CHECK_EXPIRATION: FixSpec = fix(
    "Check the expiration",
    &[
        "Make sure the token, key, SAS or client secret has not expired.",
        "Regenerate it if needed and update the connector with the new value.",
    ],
);

/// "Review permissions", with the documented examples.
const REVIEW_PERMISSIONS: FixSpec = fix(
    "Review permissions",
    &[
        "Confirm the credentials have the permissions the operation needs: read and list access \
            to index a source, write access to upload to a destination.",
        "Examples: s3:ListBucket and s3:GetObject for Amazon S3 indexing; Files.Read.All and \
            Sites.Read.All for OneDrive or SharePoint; write permissions for upload destinations.",
        "Grant the missing roles and permissions in the source or destination system.",
    ],
);

/// "Check the status of the account and resource".
const CHECK_ACCOUNT_STATUS: FixSpec = fix(
    "Check the status of the account and resource",
    &[
        "Make sure the user account or service principal is active.",
        "Make sure the target resource (such as the Azure Storage account) is enabled.",
    ],
);

/// "Check the Conditional Access Policies".
const CHECK_CONDITIONAL_ACCESS: FixSpec = fix(
    "Check the Entra ID Conditional Access policies",
    &[
        "In the Microsoft Entra admin center, open Sign-in logs → Service principal sign-ins, find \
            the failed sign-in and its Conditional Access tab.",
        "Policies may block non-interactive sign-ins or require specific compliance (device, \
            location, MFA).",
        "Adjust the policy, or exclude the Unstructured service principal if that is appropriate \
            and secure.",
    ],
);

/// "Reconfigure the connector".
const RECREATE_CONNECTOR: FixSpec = fix(
    "Reconfigure the connector",
    &["Delete and recreate the source or destination connector in Unstructured with the verified \
        credentials, then run the job again."],
);

/// Every code of this provider.
pub static TABLE: &[CodeEntry] = &[
    CodeEntry {
        code: "PermissionError",
        status: 0,
        title: "The storage refused access (Amazon S3: Access Denied)",
        explanation: "Raised by file-system style connectors such as Amazon S3 when the storage \
            answers Access Denied: the credentials authenticate but may not list, read or write \
            the bucket or prefix the connector uses.",
        causes: &[
            cause(PermissionDenied, 0.55)
                .why("The IAM user/role lacks a permission the job needs: s3:ListBucket on the \
                    bucket and s3:GetObject on its objects to index a source, s3:PutObject to \
                    write to a destination. The connection test can pass without them.")
                .fixes(&[
                    fix(
                        "Grant list, read (and write) on the bucket",
                        &[
                            "Attach a policy like this to the IAM user or role whose keys the \
                                connector uses.",
                            "s3:ListBucket goes on the bucket ARN, s3:GetObject / s3:PutObject on \
                                the objects (bucket ARN + /*).",
                            "Keep s3:PutObject only for destination connectors.",
                        ],
                    )
                    .snippet(
                        "json",
                        r#"{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::YOUR_BUCKET"
    },
    {
      "Effect": "Allow",
      "Action": ["s3:GetObject", "s3:PutObject"],
      "Resource": "arn:aws:s3:::YOUR_BUCKET/*"
    }
  ]
}"#,
                    ),
                    CHECK_ACCOUNT_STATUS,
                ]),
            cause(AuthInvalidAccessKey, 0.2)
                .why("The access key id / secret in the connector is wrong or belongs to another \
                    account.")
                .fixes(&[VERIFY_CREDENTIALS, RECREATE_CONNECTOR]),
            cause(ResourceBucketNotFound, 0.15)
                .why("The credentials are valid, but the remote URL points to a bucket or prefix \
                    they are not authorized for (a typo, or another account's bucket).")
                .fixes(&[fix(
                    "Check the remote URL",
                    &["Compare the connector's remote URL (s3://bucket/prefix/) with the bucket \
                        and prefix the policy grants."],
                )]),
            cause(AuthTokenExpired, 0.1)
                .why("Temporary credentials (with a session token) have expired.")
                .fixes(&[CHECK_EXPIRATION]),
        ],
        docs: DOCS,
    },
    CodeEntry {
        code: "ClientAuthenticationError",
        status: 0,
        title: "Azure rejected the credentials (AuthenticationFailed / Signature not valid)",
        explanation: "Raised by the Azure SDK, e.g. for Azure Blob Storage, when the service cannot \
            authenticate the request: the account key, SAS token or service principal secret is \
            wrong or expired (\"AuthenticationFailed\", \"Signature not valid in the specified \
            time frame\", \"Signature did not match\").",
        causes: &[
            cause(SignatureSecretMismatch, 0.4)
                .why("\"Signature did not match\" / AuthenticationFailed: the account key (or the \
                    key inside the connection string) is wrong or was rotated.")
                .fixes(&[
                    fix(
                        "Use the current account key",
                        &[
                            "Copy key1 or key2 (or the connection string) again from the storage \
                                account's Access keys page; keys may have been rotated.",
                            "Update the connector with it.",
                        ],
                    ),
                    RECREATE_CONNECTOR,
                ]),
            cause(AuthTokenExpired, 0.3)
                .why("\"Signature not valid in the specified time frame\": the SAS token has \
                    expired or is not yet valid (or a client secret expired).")
                .fixes(&[CHECK_EXPIRATION]),
            cause(AuthTokenInvalid, 0.2)
                .why("The SAS token, connection string, tenant ID or client ID is malformed or \
                    for another account.")
                .fixes(&[VERIFY_CREDENTIALS]),
            cause(PermissionDenied, 0.1)
                .why("With a service principal: Microsoft Entra ID Conditional Access policies \
                    block the sign-in.")
                .fixes(&[CHECK_CONDITIONAL_ACCESS]),
        ],
        docs: DOCS,
    },
    CodeEntry {
        code: "AuthError",
        status: 0,
        title: "The access token was rejected (Dropbox: expired_access_token)",
        explanation: "Raised by the Dropbox SDK when the access token is not accepted; \
            `expired_access_token` means it has expired. Dropbox access tokens generated in the \
            App Console are short-lived.",
        causes: &[
            cause(AuthTokenExpired, 0.7)
                .why("expired_access_token: the Dropbox access token has expired.")
                .fixes(&[
                    fix(
                        "Generate a new access token",
                        &[
                            "Generate a new token for the app in the Dropbox App Console.",
                            "Update the connector with it (or recreate the connector).",
                        ],
                    ),
                    RECREATE_CONNECTOR,
                ]),
            cause(AuthTokenInvalid, 0.2)
                .why("invalid_access_token: the token is wrong, revoked or for another app.")
                .fixes(&[VERIFY_CREDENTIALS]),
            cause(PermissionDenied, 0.1)
                .why("missing_scope: the app lacks a permission scope (e.g. files.content.read, \
                    or files.content.write for destinations).")
                .fixes(&[REVIEW_PERMISSIONS]),
        ],
        docs: DOCS,
    },
    CodeEntry {
        code: "ApiPermissionError",
        status: 0,
        title: "The account may not view this content (Confluence)",
        explanation: "Raised by the Confluence client when the user the API token belongs to has no \
            permission to view the content (space or page) the connector reads.",
        causes: &[
            cause(PermissionDenied, 0.65)
                .why("The Confluence user behind the API token lacks view permission on the space \
                    or page.")
                .fixes(&[
                    fix(
                        "Grant the user view permission",
                        &[
                            "In Confluence, give the connector's user View permission on each \
                                space it should index (Space settings → Permissions).",
                            "Restricted pages also need the user added to their restrictions.",
                        ],
                    ),
                    REVIEW_PERMISSIONS,
                ]),
            cause(AuthInvalidAccessKey, 0.2)
                .why("The API token or user email is wrong, so the request runs with another \
                    (or no) identity.")
                .fixes(&[VERIFY_CREDENTIALS, RECREATE_CONNECTOR]),
            cause(ResourceNotFound, 0.15)
                .why("The configured space key or URL points to a space this user may not see.")
                .fixes(&[fix(
                    "Check the configured spaces",
                    &["Compare the connector's Confluence URL and space keys with the spaces the \
                        user can open in the browser."],
                )]),
        ],
        docs: DOCS,
    },
    CodeEntry {
        code: "ClientRequestException",
        status: 0,
        title: "Microsoft Graph denied access (OneDrive: AccessDenied)",
        explanation: "Raised by the Microsoft Graph client (OneDrive, SharePoint) when Graph answers \
            an error such as AccessDenied: the app registration lacks the Graph permissions or \
            admin consent, or the credentials point to another tenant or user.",
        causes: &[
            cause(PermissionDenied, 0.55)
                .why("The app registration lacks the Graph application permissions (Files.Read.All \
                    and Sites.Read.All to read; write permissions for destinations) or admin \
                    consent was not granted.")
                .fixes(&[
                    fix(
                        "Grant Graph permissions with admin consent",
                        &[
                            "In Entra ID → App registrations → your app → API permissions, add \
                                Microsoft Graph application permissions Files.Read.All and \
                                Sites.Read.All (Files.ReadWrite.All / Sites.ReadWrite.All for \
                                destinations).",
                            "Click \"Grant admin consent\" for the tenant.",
                        ],
                    ),
                    CHECK_CONDITIONAL_ACCESS,
                ]),
            cause(AuthTokenInvalid, 0.2)
                .why("The tenant ID, client ID or client secret is wrong, so the token is for \
                    another app or tenant.")
                .fixes(&[VERIFY_CREDENTIALS, CHECK_EXPIRATION]),
            cause(ResourceNotFound, 0.15)
                .why("The user principal name or path points to a drive the app may not access.")
                .fixes(&[fix(
                    "Check the user and path",
                    &["Verify the configured user principal name and folder path exist in this \
                        tenant."],
                )]),
            cause(AuthAccountDisabled, 0.1)
                .why("The user whose OneDrive is read is disabled or has no OneDrive license.")
                .fixes(&[CHECK_ACCOUNT_STATUS]),
        ],
        docs: DOCS,
    },
    CodeEntry {
        code: "ValueError",
        status: 0,
        title: "The connector could not authenticate or find what it was given",
        explanation: "A generic Python error that connectors raise with the provider's reason in \
            the message: for Outlook, `invalid_grant` or a Conditional Access policies message \
            from Microsoft Entra ID; for Google Drive, \"File not found\" when the service account \
            cannot see the file or folder.",
        causes: &[
            cause(AuthTokenInvalid, 0.35)
                .why("invalid_grant: Entra ID rejected the tenant ID, client ID or client secret \
                    (e.g. AADSTS7000215, invalid client secret).")
                .fixes(&[VERIFY_CREDENTIALS, RECREATE_CONNECTOR]),
            cause(PermissionDenied, 0.3)
                .why("Conditional Access policies block the sign-in (AADSTS53003), or, for \
                    Google Drive, the folder is not shared with the service account, so Drive \
                    answers \"File not found\".")
                .fixes(&[
                    CHECK_CONDITIONAL_ACCESS,
                    fix(
                        "Share the Drive folder with the service account",
                        &[
                            "Share the folder (or shared drive) with the service account's email \
                                address (…@….iam.gserviceaccount.com): Viewer for sources, Editor \
                                for destinations.",
                        ],
                    ),
                ]),
            cause(AuthTokenExpired, 0.2)
                .why("The client secret has expired (AADSTS7000222) or a refresh token is no \
                    longer valid.")
                .fixes(&[CHECK_EXPIRATION]),
            cause(ResourceNotFound, 0.15)
                .why("The configured Drive file/folder id, mailbox or user does not exist, or is \
                    not the one the credentials are for.")
                .fixes(&[fix(
                    "Check the configured ids",
                    &["Compare the folder id / user principal name in the connector with the \
                        real one."],
                )]),
        ],
        docs: DOCS,
    },
    CodeEntry {
        code: "UserError",
        status: 0,
        title: "The app may not access this content (Box: insufficient permission)",
        explanation: "Raised by the Box connector when Box answers \"Access denied - insufficient \
            permission\": the app's service account is not a collaborator on the folder, or the \
            app lacks the needed scopes.",
        causes: &[
            cause(PermissionDenied, 0.65)
                .why("The Box app's service account has no access to the folder (it is not a \
                    collaborator), or the app lacks the read/write scope.")
                .fixes(&[
                    fix(
                        "Give the app access to the folder",
                        &[
                            "Invite the app's service account (its automation user email) as a \
                                collaborator on the folder: Viewer for sources, Editor for \
                                destinations.",
                            "In the Box Developer Console, enable \"Read all files and folders\" \
                                (and \"Write\" for destinations), then have an admin re-authorize \
                                the app.",
                        ],
                    ),
                    REVIEW_PERMISSIONS,
                ]),
            cause(AuthInvalidAccessKey, 0.2)
                .why("The app configuration (JWT config / client credentials) is for another app \
                    or enterprise.")
                .fixes(&[VERIFY_CREDENTIALS, RECREATE_CONNECTOR]),
            cause(ResourceNotFound, 0.1)
                .why("The configured folder id is wrong.")
                .fixes(&[fix(
                    "Check the folder id",
                    &["Take the folder id from the Box URL of the folder."],
                )]),
        ],
        docs: DOCS,
    },
    CodeEntry {
        code: "HttpResponseError",
        status: 0,
        title: "Azure returned an error (e.g. AccountIsDisabled)",
        explanation: "Raised by the Azure SDK for an error response; the error code in the message \
            says which. AccountIsDisabled means the storage account (or its subscription) is \
            disabled; AuthorizationPermissionMismatch means the identity lacks a data role.",
        causes: &[
            cause(AuthAccountDisabled, 0.6)
                .why("AccountIsDisabled: the Azure Storage account is disabled, typically because \
                    its subscription is disabled (expired, unpaid, or suspended).")
                .fixes(&[
                    CHECK_ACCOUNT_STATUS,
                    fix(
                        "Check the subscription and storage account",
                        &[
                            "Check that the subscription is Enabled and the storage account is \
                                available in the Azure portal.",
                            "Re-enable the subscription (billing) or use an active account.",
                        ],
                    )
                    .snippet(
                        "shell",
                        r#"az account show --subscription YOUR_SUBSCRIPTION_ID --query state
az storage account show --name YOUR_ACCOUNT --resource-group YOUR_GROUP \
  --query "{provisioning: provisioningState, primary: statusOfPrimary}""#,
                    ),
                ]),
            cause(PermissionDenied, 0.25)
                .why("AuthorizationPermissionMismatch / AuthorizationFailure: the service principal \
                    authenticates but has no Storage Blob Data role on the account (or a firewall \
                    rule blocks it).")
                .fixes(&[fix(
                    "Assign a Storage Blob Data role",
                    &[
                        "Assign Storage Blob Data Reader (sources) or Storage Blob Data \
                            Contributor (destinations) to the service principal on the account.",
                        "Role assignments can take a few minutes to apply.",
                    ],
                )
                .snippet(
                    "shell",
                    r#"az role assignment create \
  --assignee YOUR_SERVICE_PRINCIPAL_APP_ID \
  --role "Storage Blob Data Reader" \
  --scope /subscriptions/YOUR_SUBSCRIPTION_ID/resourceGroups/YOUR_GROUP/providers/Microsoft.Storage/storageAccounts/YOUR_ACCOUNT"#,
                )]),
            cause(EndpointWrongHost, 0.15)
                .why("The account URL or container in the connector points to a resource the \
                    credentials are not authorized for.")
                .fixes(&[VERIFY_CREDENTIALS, RECREATE_CONNECTOR]),
        ],
        docs: DOCS,
    },
];
