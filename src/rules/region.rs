//! Region and endpoint: which region the bucket lives in, and how to address it.
//!
//! ## What it does
//! For `PermanentRedirect`, `TemporaryRedirect`, `Redirect`, `IncorrectEndpoint`,
//! `AuthorizationHeaderMalformed`, `AuthorizationQueryParametersError`, `InvalidArgument` about
//! `X-Amz-Credential` and `IllegalLocationConstraintException`, it finds the bucket's region from
//! the most exact source there is: the `x-amz-bucket-region` response header, the message's
//! "expecting 'eu-west-1'", the `Region` element, the region in the `Endpoint` host, the location
//! constraint named by `IllegalLocationConstraintException`. It finds the region the client used
//! (the message, `X-Amz-Credential`, the `Authorization` scope, the request host) and the bucket
//! name (`Bucket`, `BucketName`, the `Endpoint` or the request URL), and turns them into fixes
//! filled in with the real values: the aws-sdk-js-v3 and boto3 client configuration and the
//! bucket's regional virtual-hosted URL. When the `Endpoint` S3 names uses another addressing
//! style than the request (path-style vs virtual-hosted) it says so (`endpoint.wrong-host`).
//!
//! ## Why
//! S3 knows exactly where the bucket is and says so, in a header, an element or the message,
//! but the client shows a bare 301, a CORS error or "the authorization header is malformed".
//! A presigned request cannot follow a redirect (its signature covers the host), so the only fix
//! is to sign for the bucket's region from the start.
//!
//! ## Example
//! `AuthorizationHeaderMalformed` "the region 'us-east-1' is wrong; expecting 'eu-west-1'" with
//! a request to `https://photos.s3.amazonaws.com/…` → `endpoint.wrong-region` with
//! `new S3Client({ region: "eu-west-1" })`, `boto3.client("s3", region_name="eu-west-1", …)`
//! and `https://photos.s3.eu-west-1.amazonaws.com/`.

use super::messages::region_pair;
use super::signature::{field, UrlParts};
use super::{add_fix, assert_cause, fix_text, lower_cause, rule_out, Evidence};
use crate::diagnosis::Diagnosis;
use crate::ids::{CauseId, ProviderId};
use crate::search::SearchExt;

/// Codes whose cause is where the request went.
const REGION_CODES: &[&str] = &[
    "PermanentRedirect",
    "TemporaryRedirect",
    "Redirect",
    "IncorrectEndpoint",
    "AuthorizationHeaderMalformed",
    "AuthorizationQueryParametersError",
    "IllegalLocationConstraintException",
    "InvalidArgument",
    "InvalidRequest",
];

/// `eu-west-1`, `us-gov-west-1`, `cn-north-1`, `ap-southeast-4`: an AWS-shaped region id.
pub fn is_region_id(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    (3..=4).contains(&parts.len())
        && s.len() <= 25
        && parts
            .first()
            .is_some_and(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_lowercase()))
        && parts
            .last()
            .is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A region name safe to put in a snippet (also non-AWS ones like `eu-nl-1`, `auto`).
fn region_safe(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 32
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// A bucket name safe to put in a snippet.
fn bucket_safe(s: &str) -> bool {
    (1..=63).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
        && s != "XXX"
}

/// The region in an S3 host: `b.s3.eu-west-1.amazonaws.com`, `s3-ap-northeast-1.amazonaws.com`,
/// `b.s3.dualstack.us-east-2.amazonaws.com`, `b.s3.cn-north-1.amazonaws.com.cn`; `None` for the
/// global `s3.amazonaws.com` and non-AWS hosts.
pub fn region_of_host(host: &str) -> Option<String> {
    let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
    let stem = host
        .strip_suffix(".amazonaws.com")
        .or_else(|| host.strip_suffix(".amazonaws.com.cn"))?;
    let labels: Vec<&str> = stem.split('.').collect();
    for (i, label) in labels.iter().enumerate() {
        if let Some(r) = label.strip_prefix("s3-") {
            if is_region_id(r) {
                return Some(r.to_string());
            }
        }
        if *label == "s3" || label.starts_with("s3-") {
            for next in labels.iter().skip(i + 1) {
                if is_region_id(next) {
                    return Some((*next).to_string());
                }
            }
        }
    }
    None
}

/// The DNS suffix of a region's S3 endpoints: the China regions (`cn-north-1`, `cn-northwest-1`)
/// are a partition of their own, under `amazonaws.com.cn`.
fn s3_domain(region: &str) -> &'static str {
    if region.starts_with("cn-") {
        "amazonaws.com.cn"
    } else {
        "amazonaws.com"
    }
}

/// Is this the global endpoint (`s3.amazonaws.com`, `b.s3.amazonaws.com`, `s3-external-1`)?
fn is_global_host(host: &str) -> bool {
    let h = host.trim().to_ascii_lowercase();
    h == "s3.amazonaws.com"
        || h.ends_with(".s3.amazonaws.com")
        || h.has("s3-external-1.amazonaws.com")
}

/// Addressing style of a request to `host` for `bucket`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    /// `https://bucket.s3.region.amazonaws.com/key`.
    Virtual,
    /// `https://s3.region.amazonaws.com/bucket/key`.
    Path,
}

fn style_of(host: &str, bucket: &str) -> Option<Style> {
    let h = host.to_ascii_lowercase();
    let b = bucket.to_ascii_lowercase();
    if h.starts_with(&format!("{b}.")) {
        Some(Style::Virtual)
    } else if h.starts_with("s3.") || h.starts_with("s3-") {
        Some(Style::Path)
    } else {
        None
    }
}

/// The bucket of a request URL: the label before `.s3` (virtual-hosted) or the first path
/// segment (path-style).
fn bucket_of_url(url: &UrlParts) -> Option<String> {
    if let Some(i) = url
        .host
        .index_of(".s3.")
        .or_else(|| url.host.index_of(".s3-"))
    {
        return url
            .host
            .get(..i)
            .map(str::to_string)
            .filter(|b| !b.is_empty());
    }
    if url.host.starts_with("s3.") || url.host.starts_with("s3-") {
        return url
            .path
            .trim_start_matches('/')
            .split('/')
            .next()
            .map(str::to_string)
            .filter(|b| !b.is_empty());
    }
    None
}

/// The region of a SigV4 credential `AKID/20260101/eu-west-1/s3/aws4_request`.
fn region_of_credential(cred: &str) -> Option<String> {
    let region = cred.split('/').nth(2)?.trim();
    (!region.is_empty()).then(|| region.to_string())
}

/// Where the bucket is, and how sure that is.
struct Target {
    region: String,
    evidence: String,
}

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    let code = ev.parsed.code.as_deref().unwrap_or("");
    let message = ev.parsed.message.as_deref().unwrap_or("");
    let pair = region_pair(message);
    let strong =
        REGION_CODES.contains(&code) && !matches!(code, "InvalidArgument" | "InvalidRequest");
    if !strong && pair.is_none() {
        return;
    }
    locate(d, ev, code, message, pair);
}

/// The rule past its guard, out of line (see [`super::apply`]: a first call compiles only what
/// it calls).
#[inline(never)]
fn locate(
    d: &mut Diagnosis,
    ev: &Evidence<'_>,
    code: &str,
    message: &str,
    pair: Option<(&str, &str)>,
) {
    let header_region = ev
        .response
        .header("x-amz-bucket-region")
        .map(str::trim)
        .filter(|r| !r.is_empty());
    let aws = ev.parsed.provider == ProviderId::AwsS3;
    let endpoint = field(ev, "Endpoint");
    let ctx_url = ev
        .context
        .and_then(|c| c.url.as_deref())
        .and_then(UrlParts::parse);
    let bucket = field(ev, "Bucket")
        .or_else(|| field(ev, "BucketName"))
        .map(str::to_string)
        .or_else(|| ctx_url.as_ref().and_then(bucket_of_url))
        .filter(|b| bucket_safe(b));

    // Where the bucket is.
    let location = illegal_location(message);
    let target = header_region
        .map(|r| Target {
            region: r.to_string(),
            evidence: format!(
                "the x-amz-bucket-region response header says the bucket is in {r}"
            ),
        })
        .or_else(|| {
            pair.map(|(_, right)| Target {
                region: right.to_string(),
                evidence: String::new(), // messages.rs already states it
            })
        })
        .or_else(|| {
            field(ev, "Region").map(|r| Target {
                region: r.to_string(),
                evidence: format!("the Region element names {r}"),
            })
        })
        .or_else(|| {
            let e = endpoint?;
            let r = region_of_host(e)?;
            Some(Target {
                evidence: format!("S3 names the endpoint {e}, in region {r}"),
                region: r,
            })
        })
        .or_else(|| {
            let e = endpoint?;
            is_global_host(e).then(|| Target {
                region: "us-east-1".into(),
                evidence: format!(
                    "S3 names the global endpoint {e}, which serves buckets in us-east-1"
                ),
            })
        })
        .or_else(|| {
            location.as_deref().filter(|l| is_region_id(l)).map(|l| Target {
                region: l.to_string(),
                evidence: format!(
                    "the bucket's location constraint is {l}: it lives in {l}, and the request went to another region's endpoint"
                ),
            })
        })
        .filter(|t| region_safe(&t.region));

    // Which region the client used.
    let used = pair
        .map(|(wrong, _)| (wrong.to_string(), "the error message"))
        .or_else(|| {
            let u = ctx_url.as_ref()?;
            let cred = u.param("X-Amz-Credential")?;
            region_of_credential(&cred).map(|r| (r, "X-Amz-Credential"))
        })
        .or_else(|| {
            let auth = ev.context?.header("authorization")?;
            let cred = auth.split("Credential=").nth(1)?;
            let cred = cred.split([',', ' ']).next()?;
            region_of_credential(cred).map(|r| (r, "the Authorization header's scope"))
        })
        .or_else(|| {
            let cred = ev.context?.form_value("x-amz-credential")?;
            region_of_credential(cred).map(|r| (r, "the form's x-amz-credential"))
        })
        .or_else(|| {
            let u = ctx_url.as_ref()?;
            region_of_host(&u.host).map(|r| (r, "the request's host"))
        });

    if let Some((wrong, _)) = &pair {
        if !is_region_id(wrong) && !wrong.is_empty() {
            let why = if *wrong == "s3" || wrong.has("amazonaws") {
                "is the service or host name, not a region: the signer was given the wrong value as its region".to_string()
            } else if wrong.contains('_') {
                format!(
                    "is not a region id: region ids use dashes ({})",
                    wrong.replace('_', "-")
                )
            } else {
                "is not an AWS region id".to_string()
            };
            assert_cause(
                d,
                CauseId::EndpointWrongRegion,
                0.9,
                format!("'{wrong}' {why}"),
            );
        }
    }

    if code == "AuthorizationQueryParametersError" && pair.is_some() {
        rule_out(
            d,
            CauseId::PresignExpiryTooLong,
            "the message is about the region in X-Amz-Credential, not X-Amz-Expires",
        );
        lower_cause(
            d,
            CauseId::SignatureRequestModified,
            0.1,
            "the X-Amz-* parameters were read; only the region in the credential scope is wrong",
        );
    }
    if code == "IllegalLocationConstraintException" {
        if let Some(op) = field(ev, "operation").filter(|op| *op != "CreateBucket") {
            rule_out(
                d,
                CauseId::RequestInvalid,
                format!("the operation is {op}, not CreateBucket: the location constraint is the existing bucket's region"),
            );
        }
    }
    if code == "IllegalLocationConstraintException" && location.as_deref() == Some("unspecified") {
        assert_cause(
            d,
            CauseId::RequestInvalid,
            0.75,
            "\"The unspecified location constraint\": CreateBucket was sent to a regional endpoint without a LocationConstraint; outside us-east-1 CreateBucketConfiguration.LocationConstraint must name the endpoint's region",
        );
        lower_cause(
            d,
            CauseId::EndpointWrongRegion,
            0.3,
            "the message names no bucket region: the location constraint was missing from the request",
        );
        return;
    }

    let Some(target) = target else {
        return;
    };
    let right = target.region.as_str();

    // Addressing style: the Endpoint S3 names against the URL the client used.
    let mut same_region_other_style = false;
    if let (Some(e), Some(u), Some(b)) = (endpoint, ctx_url.as_ref(), bucket.as_deref()) {
        let e_host = e.split('/').next().unwrap_or(e);
        let styles = (style_of(e_host, b), style_of(&u.host, b));
        // Dotted bucket names need path-style over HTTPS (the wildcard certificate covers one
        // label), so path-style is not the fault there.
        let dotted_path = b.contains('.') && styles.1 == Some(Style::Path);
        if let (Some(want), Some(got)) = styles {
            if want != got && !dotted_path {
                let (want_name, got_name) = match want {
                    Style::Virtual => ("virtual-hosted", "path-style"),
                    Style::Path => ("path-style", "virtual-hosted"),
                };
                assert_cause(
                    d,
                    CauseId::EndpointWrongHost,
                    0.7,
                    format!(
                        "the request used {got_name} https://{}{}; S3 names the {want_name} endpoint {e_host}",
                        u.host,
                        if got == Style::Path { format!("/{b}/…") } else { "/…".into() }
                    ),
                );
                if want == Style::Virtual {
                    add_fix(
                        d,
                        CauseId::EndpointWrongHost,
                        0.7,
                        fix_text(
                            format!("Address the bucket as https://{e_host}/"),
                            vec![
                                format!("S3 wants bucket {b} in the host name ({e_host}), not in the path."),
                                "Drop forcePathStyle (aws-sdk-js-v3) / addressing_style=\"path\" (boto3) for AWS S3; keep it only for MinIO and other servers that need it.".into(),
                            ],
                            Some(("js", format!("const s3 = new S3Client({{ region: \"{right}\", forcePathStyle: false }});"))),
                        ),
                    );
                }
                let url_region = region_of_host(&u.host)
                    .or_else(|| is_global_host(&u.host).then(|| "us-east-1".to_string()));
                same_region_other_style = url_region.as_deref() == Some(right);
            }
        }
    }
    if same_region_other_style {
        lower_cause(
            d,
            CauseId::EndpointWrongRegion,
            0.3,
            format!("the request's host is already in {right}, the bucket's region: only the addressing style differs"),
        );
        return;
    }
    if !target.evidence.is_empty() {
        assert_cause(
            d,
            CauseId::EndpointWrongRegion,
            0.85,
            target.evidence.clone(),
        );
    }
    let used_differs = used.as_ref().is_some_and(|(r, _)| r != right);
    if let Some((r, source)) = &used {
        if used_differs && *source != "the error message" {
            assert_cause(
                d,
                CauseId::EndpointWrongRegion,
                0.9,
                format!("the request was signed for or sent to {r} ({source}), the bucket is in {right}"),
            );
        }
    }

    // The fixes, filled in.
    let bucket_text = bucket.as_deref().unwrap_or("<bucket>");
    let used_text = used
        .as_ref()
        .filter(|_| used_differs)
        .map(|(r, src)| format!(" The request used {r} ({src})."))
        .unwrap_or_default();
    let presigned = code == "AuthorizationQueryParametersError"
        || ctx_url
            .as_ref()
            .is_some_and(|u| u.param("X-Amz-Credential").is_some());
    let signer = if presigned {
        "the server that presigns the URL"
    } else {
        "the client that signs (your server, for presigned URLs and POST forms)"
    };
    let mut steps = vec![format!(
        "Bucket {bucket_text} is in {right}.{used_text} Configure {right} on {signer}, then create fresh URLs."
    )];
    if aws {
        steps.push(format!(
            "Address it at https://{bucket_text}.s3.{right}.{domain}/ (regional, virtual-hosted): a redirect cannot be followed by a signed request, because the signature covers the host.",
            domain = s3_domain(right)
        ));
    } else {
        steps.push(format!(
            "Keep the endpoint you use and set region {right} in the client configuration."
        ));
    }
    let url_comment = if aws {
        format!(
            "\n// requests go to https://{bucket_text}.s3.{right}.{}/",
            s3_domain(right)
        )
    } else {
        String::new()
    };
    let py = fix_text(
        format!("boto3: region_name=\"{right}\""),
        vec![format!(
            "Create the client for {right} and set signature_version=\"s3v4\" explicitly: older botocore releases presign with SigV2 when it is not set."
        )],
        Some((
            "python",
            format!(
                "import boto3\nfrom botocore.config import Config\n\ns3 = boto3.client(\"s3\", region_name=\"{right}\", config=Config(signature_version=\"s3v4\"))"
            ),
        )),
    );
    let js = fix_text(
        format!("Sign for {right}, the bucket's region"),
        steps,
        Some((
            "js",
            format!(
                "import {{ S3Client }} from \"@aws-sdk/client-s3\";\n\n// bucket {bucket_text} lives in {right}\nconst s3 = new S3Client({{ region: \"{right}\" }});{url_comment}"
            ),
        )),
    );
    // presign.rs may already have given the presigner's fix for this region.
    let has_region_fix = d
        .causes
        .iter()
        .find(|c| c.id == CauseId::EndpointWrongRegion)
        .is_some_and(|c| c.fixes.iter().any(|f| f.title.contains(right)));
    add_fix(d, CauseId::EndpointWrongRegion, 0.85, py);
    if !has_region_fix {
        add_fix(d, CauseId::EndpointWrongRegion, 0.85, js);
    }
}

/// "The ap-east-1 location constraint is incompatible …" → `ap-east-1` (or `unspecified`).
fn illegal_location(message: &str) -> Option<String> {
    let end = message.index_of(" location constraint is incompatible")?;
    let head = message.get(..end)?;
    let word = head.rsplit(' ').next()?.trim();
    (!word.is_empty()).then(|| word.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::run;

    #[test]
    fn regions_from_hosts() {
        assert_eq!(
            region_of_host("b.s3.eu-central-1.amazonaws.com").as_deref(),
            Some("eu-central-1")
        );
        assert_eq!(
            region_of_host("marios-test-bucket.foo.s3-ap-northeast-1.amazonaws.com").as_deref(),
            Some("ap-northeast-1")
        );
        assert_eq!(
            region_of_host("b.s3.dualstack.us-east-2.amazonaws.com").as_deref(),
            Some("us-east-2")
        );
        assert_eq!(
            region_of_host("b.s3.cn-north-1.amazonaws.com.cn").as_deref(),
            Some("cn-north-1")
        );
        assert_eq!(
            region_of_host("s3.cn-northwest-1.amazonaws.com.cn").as_deref(),
            Some("cn-northwest-1")
        );
        assert_eq!(s3_domain("cn-northwest-1"), "amazonaws.com.cn");
        assert_eq!(s3_domain("eu-west-1"), "amazonaws.com");
        assert_eq!(region_of_host("b.s3.amazonaws.com"), None);
        assert_eq!(region_of_host("s3-external-1.amazonaws.com"), None);
        assert_eq!(region_of_host("example.com"), None);
        assert!(is_global_host("b.s3.amazonaws.com"));
        assert!(!is_global_host("b.s3.eu-west-1.amazonaws.com"));
    }

    #[test]
    fn region_ids() {
        for ok in [
            "us-east-1",
            "eu-west-3",
            "us-gov-west-1",
            "ap-southeast-4",
            "cn-north-1",
        ] {
            assert!(is_region_id(ok), "{ok}");
        }
        for bad in [
            "s3",
            "us_east_1",
            "auto",
            "eu-nl-",
            "US-EAST-1",
            "eu-west-1a",
        ] {
            assert!(!is_region_id(bad), "{bad}");
        }
    }

    #[test]
    fn buckets_and_locations() {
        let u = UrlParts::parse("https://photos.s3.amazonaws.com/a.png").expect("url");
        assert_eq!(bucket_of_url(&u).as_deref(), Some("photos"));
        let u = UrlParts::parse("https://s3.eu-west-1.amazonaws.com/photos/a.png").expect("url");
        assert_eq!(bucket_of_url(&u).as_deref(), Some("photos"));
        assert_eq!(
            illegal_location("The ap-east-1 location constraint is incompatible for the region specific endpoint this request was sent to.").as_deref(),
            Some("ap-east-1")
        );
        assert_eq!(
            region_of_credential("AKIAIOSFODNN7EXAMPLE/20260101/eu-west-1/s3/aws4_request")
                .as_deref(),
            Some("eu-west-1")
        );
        assert!(!bucket_safe("a\"; rm -rf"));
    }

    /// The steps and snippet code of `fixes`, as one text.
    fn steps_and_snippets<'a>(fixes: impl Iterator<Item = &'a crate::diagnosis::Fix>) -> String {
        fixes
            .flat_map(|f| {
                f.steps
                    .iter()
                    .map(|s| s.to_string())
                    .chain(f.snippet.iter().map(|s| s.code.to_string()))
            })
            .collect()
    }

    #[test]
    fn s3_compatible_gets_no_amazonaws_url() {
        let d = run(
            400,
            "<?xml version='1.0' encoding='UTF-8'?><Error><Code>AuthorizationHeaderMalformed</Code><Message>The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-nl-1'</Message><RequestId>tx030fad750ef4436b8af60-005db5a5a1</RequestId><Region>eu-nl-1</Region></Error>",
            None,
        );
        assert_eq!(d.provider.as_str(), "s3-compatible");
        let c = &d.causes[0];
        assert_eq!(c.id.as_str(), "endpoint.wrong-region");
        let text = steps_and_snippets(c.fixes.iter().take(2));
        assert!(text.contains("eu-nl-1"), "{text}");
        assert!(!text.contains("amazonaws.com"), "{text}");
    }

    #[test]
    fn china_regions_get_china_endpoints() {
        let d = run(
            400,
            "<Error><Code>AuthorizationHeaderMalformed</Code><Message>The authorization header is malformed; the region 'cn-north-1' is wrong; expecting 'cn-northwest-1'</Message><Region>cn-northwest-1</Region><RequestId>1</RequestId><HostId>h</HostId></Error>",
            Some(serde_json::json!({
                "method": "PUT",
                "url": "https://photos.s3.cn-north-1.amazonaws.com.cn/a.png"
            })),
        );
        let c = d
            .causes
            .iter()
            .find(|c| c.id.as_str() == "endpoint.wrong-region")
            .expect("endpoint.wrong-region");
        let text = steps_and_snippets(c.fixes.iter());
        assert!(
            text.contains("photos.s3.cn-northwest-1.amazonaws.com.cn/"),
            "{text}"
        );
        assert!(!text.contains("cn-northwest-1.amazonaws.com/"), "{text}");
    }

    #[test]
    fn hostile_values_stay_out_of_snippets() {
        let d = run(
            301,
            "<Error><Code>PermanentRedirect</Code><Message>m</Message><Bucket>x\");alert(1);//</Bucket><Endpoint>evil.s3.eu-west-1.amazonaws.com</Endpoint><RequestId>1</RequestId><HostId>h</HostId></Error>",
            None,
        );
        for c in &d.causes {
            for f in &c.fixes {
                if let Some(s) = &f.snippet {
                    assert!(!s.code.contains("alert"), "{}", s.code);
                }
            }
        }
    }
}
