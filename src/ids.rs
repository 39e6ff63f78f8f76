//! The public, stable identifiers: cause ids and provider ids.
//!
//! Users group, filter and alert on these strings, so they are part of the API: an id is never
//! renamed or removed, only added. The lists mirror `ids/cause-ids.txt` and `ids/provider-ids.txt`
//! at the repository root (documented in the README); `tests/tidy.rs` fails when the enums and the
//! files drift apart.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

macro_rules! id_enum {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal {
            $( $variant:ident => $id:literal, $meaning:literal; )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum $name {
            $(
                #[doc = $meaning]
                $variant,
            )*
        }

        impl $name {
            /// Every id, in the order of the published list.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The stable string id, e.g. `"auth.invalid-access-key"` or `"aws-s3"`.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $id,)*
                }
            }

            /// The one-line meaning published next to the id.
            pub const fn meaning(self) -> &'static str {
                match self {
                    $($name::$variant => $meaning,)*
                }
            }

            /// Looks an id up by its string form; `None` for anything not in the list.
            pub fn from_id(id: &str) -> Option<Self> {
                match id {
                    $($id => Some($name::$variant),)*
                    _ => None,
                }
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
                $name::from_id(&s).ok_or_else(|| {
                    serde::de::Error::custom(format_args!(concat!("unknown ", $what, " id `{}`"), s))
                })
            }
        }
    };
}

id_enum! {
    /// Why an upload failed, as a stable id (`auth.session-token-missing`, `post.field-order`, ...).
    CauseId, "cause" {
        AuthMissingCredentials => "auth.missing-credentials", "no credentials sent, or anonymous access not allowed (no Authorization header / JWT / API key)";
        AuthInvalidAccessKey => "auth.invalid-access-key", "the access key id / API key is unknown to the provider (wrong account, deleted key, wrong endpoint for these keys)";
        AuthSessionTokenMissing => "auth.session-token-missing", "temporary credentials (e.g. AWS ASIA... keys) used without their session token (x-amz-security-token)";
        AuthTokenExpired => "auth.token-expired", "a session token, JWT, OAuth token or SAS token has expired";
        AuthTokenInvalid => "auth.token-invalid", "a token, JWT or API key is malformed or in the wrong format (incl. wrong Authorization header scheme)";
        AuthAccountDisabled => "auth.account-disabled", "the account, key or service principal is disabled or inactive";
        SignatureSecretMismatch => "signature.secret-mismatch", "signature computed with the wrong secret / credentials (string-to-sign matches, signature does not)";
        SignatureHeaderMismatch => "signature.header-mismatch", "a signed header (Content-Type, x-amz-acl, Content-MD5, x-amz-meta-*) was sent with a different value than it was signed with";
        SignatureUnsignedHeader => "signature.unsigned-header", "the request carries headers that were not signed but must be (HeadersNotSigned, x-amz-* headers)";
        SignatureSdkChecksumDefault => "signature.sdk-checksum-default", "checksum params/headers added by default by newer SDKs (x-amz-checksum-crc32, x-amz-sdk-checksum-algorithm, AAAAAA==) break the upload";
        SignatureRequestModified => "signature.request-modified", "the URL, key, query or body was changed after signing (encoding of the key, extra query params, different method)";
        SignatureWrongVersion => "signature.wrong-version", "the provider requires another signing scheme (SigV2 vs SigV4, AWS4-HMAC-SHA256 required)";
        TimeClockSkew => "time.clock-skew", "the client's clock is too far from the server's";
        PresignExpired => "presign.expired", "a presigned URL, POST policy or SAS has expired";
        PresignExpiryTooLong => "presign.expiry-too-long", "the requested presigned expiry exceeds the provider maximum (e.g. 7 days)";
        PostFieldOrder => "post.field-order", "in a multipart POST form the file field is not the last field, so later fields are ignored";
        PostMissingField => "post.missing-field", "a required POST form field is missing (key, policy, signature, Content-Type required by the policy ...)";
        PostPolicyCondition => "post.policy-condition", "a POST form field or the file size violates a condition of the POST policy";
        PostPolicyInvalid => "post.policy-invalid", "the POST policy document itself is malformed (bad JSON, bad condition shape, bad base64)";
        PostUnsupported => "post.unsupported", "the provider does not support browser POST uploads";
        SizeTooLarge => "size.too-large", "the body is larger than a limit (object max, policy content-length-range, bucket file size limit, proxy/CDN/platform body limit)";
        SizeTooSmall => "size.too-small", "the body is smaller than a minimum (multipart part below 5 MiB, content-length-range min)";
        SizeContentLengthMissing => "size.content-length-missing", "Content-Length missing or chunked transfer not accepted";
        EndpointWrongRegion => "endpoint.wrong-region", "the request went to the wrong region (PermanentRedirect, AuthorizationHeaderMalformed region, IllegalLocationConstraint)";
        EndpointWrongHost => "endpoint.wrong-host", "wrong endpoint / addressing style / service URL (path vs virtual-hosted style, custom domain, wrong account URL)";
        CorsPreflightRejected => "cors.preflight-rejected", "the browser's CORS preflight or request was rejected: no CORS rule allows this origin, method or headers";
        CorsHeaderNotExposed => "cors.header-not-exposed", "a response header the client needs (ETag for multipart, Location) is not exposed by the CORS config";
        NetworkFailed => "network.failed", "the request failed without an HTTP response for a non-CORS reason (offline, mixed content, blocked, connection reset)";
        PermissionDenied => "permission.denied", "the principal lacks permission (IAM/bucket policy, ACL, SAS permissions, row-level security, GCS role, object ownership)";
        PermissionKms => "permission.kms", "the principal lacks permission on the KMS key that encrypts the bucket/objects";
        ResourceBucketNotFound => "resource.bucket-not-found", "the bucket / container / dataset does not exist (or is not visible to this principal)";
        ResourceObjectNotFound => "resource.object-not-found", "the object / blob / key does not exist";
        ResourceUploadNotFound => "resource.upload-not-found", "the multipart upload id, resumable session or tus upload does not exist or was aborted/expired";
        ResourceNotFound => "resource.not-found", "some other referenced resource does not exist (team slug, storage name, tenant, route)";
        ResourceAlreadyExists => "resource.already-exists", "the object, bucket or item already exists and overwrite/upsert was not requested";
        ResourceLocked => "resource.locked", "the resource is locked or leased";
        MultipartInvalidPart => "multipart.invalid-part", "a multipart completion names a part that was not uploaded or has a wrong/missing ETag";
        MultipartPartOrder => "multipart.part-order", "multipart parts listed out of ascending order";
        IntegrityChecksumMismatch => "integrity.checksum-mismatch", "the body does not match its declared checksum (Content-MD5, x-amz-content-sha256, CRC32, MD5)";
        RequestInvalid => "request.invalid", "the request is malformed or has invalid/missing parameters or payload fields (generic validation error)";
        RequestMissingHeader => "request.missing-header", "a required header is missing (x-ms-blob-type, Content-Type, x-upsert ...)";
        RequestInvalidName => "request.invalid-name", "invalid bucket / key / object name";
        RequestInvalidContentType => "request.invalid-content-type", "the MIME type is invalid or not allowed for this bucket";
        RequestAclNotSupported => "request.acl-not-supported", "the request sets an ACL (x-amz-acl, ACL param) but the bucket has ACLs disabled (Object Ownership: bucket owner enforced)";
        RequestPreconditionFailed => "request.precondition-failed", "a conditional request header (If-Match, If-None-Match, generation match) failed";
        RequestInvalidRange => "request.invalid-range", "the requested byte range is not satisfiable";
        ProviderNotImplemented => "provider.not-implemented", "the provider does not implement this operation, header or feature";
        ProviderQuotaExceeded => "provider.quota-exceeded", "a storage, plan, bandwidth or item-count quota is exhausted (storage full, cap exceeded, plan limit)";
        ProviderThrottled => "provider.throttled", "rate limited (SlowDown, 429, per-object rate limit)";
        ProviderInternalError => "provider.internal-error", "server-side failure (5xx, InternalError, database errors/timeouts)";
        ProviderUnavailable => "provider.unavailable", "the service is temporarily unavailable or overloaded (503)";
        ProxyIntermediary => "proxy.intermediary", "a CDN, reverse proxy, load balancer or gateway answered instead of the storage service (HTML error page, 502/520)";
    }
}

id_enum! {
    /// Who answered: the storage service or intermediary that produced the error.
    ProviderId, "provider" {
        AwsS3 => "aws-s3", "Amazon S3 itself (Server: AmazonS3, amazonaws.com host, AWS-shaped RequestId/HostId)";
        Minio => "minio", "MinIO";
        CloudflareR2 => "cloudflare-r2", "Cloudflare R2";
        BackblazeB2 => "backblaze-b2", "Backblaze B2 (native JSON API and its S3-compatible API)";
        DigitaloceanSpaces => "digitalocean-spaces", "DigitalOcean Spaces";
        Wasabi => "wasabi", "Wasabi";
        S3Compatible => "s3-compatible", "an S3-compatible server that cannot be told apart (Ceph RGW, Garage, SeaweedFS, emulators...)";
        Gcs => "gcs", "Google Cloud Storage (XML and JSON APIs)";
        AzureBlob => "azure-blob", "Azure Blob Storage (and Azure Files / Data Lake, Azurite)";
        SupabaseStorage => "supabase-storage", "Supabase Storage (and the Supabase REST errors around it)";
        FirebaseStorage => "firebase-storage", "Firebase Storage";
        Cloudinary => "cloudinary", "Cloudinary upload API";
        Tus => "tus", "a tus resumable-upload server";
        Uploadthing => "uploadthing", "UploadThing";
        V7Darwin => "v7-darwin", "V7 Darwin (external storage registration API)";
        Unstructured => "unstructured", "Unstructured connectors (source/destination connector errors)";
        ProblemJson => "problem-json", "any API answering RFC 9457 / RFC 7807 problem details";
        ApiGateway => "api-gateway", "AWS API Gateway in front of the upload endpoint";
        Cloudfront => "cloudfront", "Amazon CloudFront";
        Cloudflare => "cloudflare", "Cloudflare's proxy (not R2)";
        Nginx => "nginx", "nginx / OpenResty";
        Vercel => "vercel", "Vercel's platform";
        Netlify => "netlify", "Netlify's platform";
        Unknown => "unknown", "nothing recognisable";
    }
}
