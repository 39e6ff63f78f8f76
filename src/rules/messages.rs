//! What the provider's message says beyond its code.
//!
//! ## What it does
//! Matches the wording S3 (and S3-compatibles) use inside generic codes such as `AccessDenied` and
//! `InvalidArgument`, and turns it into the precise cause.
//!
//! ## Why
//! S3 reuses a handful of codes for very different faults: `AccessDenied` is said for a missing
//! IAM permission, for an expired presigned URL ("Request has expired") and for a POST policy
//! violation ("Invalid according to Policy: Policy Condition failed: [...]"). Only the message
//! tells them apart.
//!
//! ## Example
//! `<Code>AccessDenied</Code><Message>Invalid according to Policy: Policy Condition failed:
//! ["eq", "$Content-Type", "image/png"]</Message>` → `post.policy-condition`, evidence naming the
//! condition.

use super::{assert_cause, rule_out, Evidence};
use crate::diagnosis::Diagnosis;
use crate::ids::CauseId;
use crate::search::SearchExt;

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let Some(msg) = ev.parsed.message.as_deref() else {
        return;
    };
    let lower = msg.to_ascii_lowercase();

    if let Some(i) = msg.index_of("Policy Condition failed:") {
        let condition = msg[i + "Policy Condition failed:".len()..].trim();
        assert_cause(
            d,
            CauseId::PostPolicyCondition,
            0.95,
            format!("the provider says the POST policy condition {condition} failed"),
        );
        rule_out(
            d,
            CauseId::PermissionDenied,
            "the message names a more precise reason than a missing permission",
        );
    } else if lower.has("invalid according to policy") {
        assert_cause(
            d,
            CauseId::PostPolicyCondition,
            0.9,
            "the provider says the form is invalid according to the POST policy",
        );
        rule_out(
            d,
            CauseId::PermissionDenied,
            "the message names a more precise reason than a missing permission",
        );
    }
    if lower.has("policy expired") {
        assert_cause(
            d,
            CauseId::PresignExpired,
            0.95,
            "the provider says the POST policy has expired",
        );
        rule_out(
            d,
            CauseId::PermissionDenied,
            "the message names a more precise reason than a missing permission",
        );
    }
    if lower.has("request has expired") {
        let when = match (ev.parsed.field("Expires"), ev.parsed.field("ServerTime")) {
            (Some(exp), Some(now)) => format!(" (expired at {exp}, server time {now})"),
            _ => String::new(),
        };
        assert_cause(
            d,
            CauseId::PresignExpired,
            0.95,
            format!("the provider says the request has expired{when}"),
        );
        rule_out(
            d,
            CauseId::PermissionDenied,
            "the signed request has expired",
        );
    }
    if lower.has("must contain a field named 'key'") {
        let evidence = "S3 stopped reading the form before it saw a `key` field: either `key` is missing or it comes after the file";
        assert_cause(d, CauseId::PostFieldOrder, 0.75, evidence);
        assert_cause(d, CauseId::PostMissingField, 0.6, evidence);
    }
    if lower.has("x-amz-expires must be less than a week") || lower.has("must be less than 604800")
    {
        assert_cause(
            d,
            CauseId::PresignExpiryTooLong,
            0.95,
            "the provider says X-Amz-Expires exceeds 604800 seconds (7 days)",
        );
    }
    if let Some((wrong, right)) = region_pair(msg) {
        assert_cause(
            d,
            CauseId::EndpointWrongRegion,
            0.95,
            format!("the request was signed for region '{wrong}' but the bucket is in '{right}'"),
        );
    }
    if lower.has("kms")
        && (lower.has("access denied") || lower.has("not authorized") || lower.has("kms:"))
    {
        assert_cause(d, CauseId::PermissionKms, 0.9, "the message names a KMS action or key: the denial is on the key that encrypts the bucket");
        rule_out(
            d,
            CauseId::PermissionDenied,
            "the missing permission is on the KMS key, not on the bucket",
        );
    }
    if lower.has("acls") && lower.has("does not allow") {
        assert_cause(
            d,
            CauseId::RequestAclNotSupported,
            0.9,
            "the bucket does not allow ACLs",
        );
    }
}

/// "the region 'us-east-1' is wrong; expecting 'eu-west-1'" → ("us-east-1", "eu-west-1").
pub fn region_pair(msg: &str) -> Option<(&str, &str)> {
    let i = msg.index_of("the region '")?;
    let rest = &msg[i + "the region '".len()..];
    let (wrong, rest) = rest.split_once('\'')?;
    let j = rest.index_of("expecting '")?;
    let rest = &rest[j + "expecting '".len()..];
    let (right, _) = rest.split_once('\'')?;
    Some((wrong, right))
}
