//! The CLI on the seed examples of issue #2: right provider, code, effective status and top
//! cause; JSON with `--json`, plain text when piped, exit codes.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_upload-doctor"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run upload-doctor");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(args: &[&str], stdin: &str) -> serde_json::Value {
    let mut a = vec!["explain", "-", "--json"];
    a.extend_from_slice(args);
    let (code, out, err) = run(&a, stdin);
    assert_eq!(code, 0, "{err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

fn summary(d: &serde_json::Value) -> (String, String, u64, String) {
    (
        d["provider"].as_str().unwrap_or("").to_string(),
        d["code"].as_str().unwrap_or("").to_string(),
        d["status"].as_u64().unwrap_or(0),
        d["causes"][0]["id"].as_str().unwrap_or("").to_string(),
    )
}

const S3_ASIA: &str = "<Error>
    <Code>InvalidAccessKeyId</Code>
    <Message>The AWS Access Key Id you provided does not exist in our records.</Message>
    <AWSAccessKeyId>ASIAIOSFODNN7EXAMPLE</AWSAccessKeyId>
    <RequestId>AFCXGJGVWQ5FHR3Q</RequestId>
    <HostId>xiI2LSa9TKB/j9peQt+GvG3t/oPmMXCc2N9IIWyLFI97ps0cl5oqfYOU1eKjXKTTwFJ0Ho6QyhU=</HostId>
</Error>";

#[test]
fn seed_s3_invalid_access_key_with_asia_key() {
    let d = json(&["--status", "403"], S3_ASIA);
    assert_eq!(
        summary(&d),
        (
            "aws-s3".into(),
            "InvalidAccessKeyId".into(),
            403,
            "auth.session-token-missing".into()
        )
    );
    // The access key id is never shown in full.
    assert!(!d.to_string().contains("ASIAIOSFODNN7EXAMPLE"));
}

#[test]
fn seed_s3_with_request_context_ranks_field_order() {
    let dir = std::env::temp_dir().join(format!("ud-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ctx = dir.join("request.json");
    std::fs::write(&ctx, r#"{"method":"POST","formFields":[{"name":"key","value":"a.mp4"},{"name":"AWSAccessKeyId","value":"ASIAIOSFODNN7EXAMPLE"},{"name":"policy","value":"eyJleHBpcmF0aW9uIjoiMjAzMC0wMS0wMVQwMDowMDowMFoifQ=="},{"name":"signature","value":"0RavWzkygo6QX9caELEqKi9kDbU="},{"name":"file","file":{"name":"a.mp4","size":1000,"type":"video/mp4"}},{"name":"x-amz-security-token","value":"FwoGZXIvYXdzEJr//////////wEaDEXAMPLE"}]}"#).unwrap();
    let d = json(&["--request", ctx.to_str().unwrap()], S3_ASIA);
    assert_eq!(summary(&d).3, "post.field-order");
    let ids: Vec<&str> = d["causes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    assert!(!ids.contains(&"auth.session-token-missing"), "{ids:?}");
    // The request is carried into the diagnosis, redacted.
    assert_eq!(d["request"]["method"], "POST");
    assert!(!d
        .to_string()
        .contains("FwoGZXIvYXdzEJr//////////wEaDEXAMPLE"));
    std::fs::remove_dir_all(dir).ok();
}

#[test]
fn seed_supabase_rls_inside_http_400() {
    let d = json(
        &["--status", "400"],
        r#"{"statusCode":"403","error":"Unauthorized","message":"new row violates row-level security policy"}"#,
    );
    assert_eq!(
        summary(&d),
        (
            "supabase-storage".into(),
            "Unauthorized".into(),
            403,
            "permission.denied".into()
        )
    );
    assert_eq!(d["httpStatus"], 400);
}

#[test]
fn seed_datafold_problem_json_409() {
    let d = json(
        &["--header", "Content-Type: application/problem+json"],
        r#"{"type": "/errors/integrity", "title": "Uniqueness violation", "status": 409, "detail": "The resource with user@example.com already exists.", "instance": "2022-02-08T14:30:55.851512Z/gs8ueabo/11840"}"#,
    );
    assert_eq!(
        summary(&d),
        (
            "problem-json".into(),
            "integrity".into(),
            409,
            "resource.already-exists".into()
        )
    );
    assert_eq!(d["requestId"], "2022-02-08T14:30:55.851512Z/gs8ueabo/11840");
}

#[test]
fn seed_v7_invalid_request_422() {
    let d = json(&[], "HTTP/1.1 422 Unprocessable Entity\r\ncontent-type: application/json\r\n\r\n{\"errors\":{\"code\":\"INVALID_REQUEST\",\"message\":\"unexpected field: path\"}}");
    assert_eq!(
        summary(&d),
        (
            "v7-darwin".into(),
            "INVALID_REQUEST".into(),
            422,
            "request.invalid".into()
        )
    );
}

#[test]
fn seed_unstructured_signature_not_valid() {
    let d = json(&[], "ClientAuthenticationError: Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\nErrorCode:AuthenticationFailed\nauthenticationerrordetail:Signature not valid in the specified time frame: Start [Mon, 01 Jan 2024 00:00:00 GMT] - Expiry [Tue, 02 Jan 2024 00:00:00 GMT] - Current [Wed, 03 Jan 2024 10:00:00 GMT]");
    let (provider, code, _, top) = summary(&d);
    assert_eq!(
        (provider.as_str(), code.as_str()),
        ("unstructured", "ClientAuthenticationError")
    );
    assert_eq!(top, "presign.expired");
}

#[test]
fn human_output_is_plain_when_piped() {
    let (code, out, _) = run(&["explain", "--status", "403"], S3_ASIA);
    assert_eq!(code, 0);
    assert!(
        out.starts_with("aws-s3 · InvalidAccessKeyId · HTTP 403\n"),
        "{out}"
    );
    assert!(!out.contains('\x1b'));
    let (_, colored, _) = run(&["explain", "--color", "always"], S3_ASIA);
    assert!(colored.contains("\x1b["));
}

#[test]
fn unknown_input_still_exits_zero_and_usage_errors_exit_two() {
    let (code, out, _) = run(&["explain"], "nothing to see here");
    assert_eq!(code, 0);
    assert!(out.starts_with("unknown"), "{out}");
    assert_eq!(run(&["explain", "--status", "abc"], "").0, 2);
    assert_eq!(run(&["explain", "--bogus"], "").0, 2);
    assert_eq!(run(&["frobnicate"], "").0, 2);
    assert_eq!(run(&["explain", "/nonexistent/file"], "").0, 1);
    let (code, out, _) = run(&["--help"], "");
    assert_eq!(code, 0);
    assert!(out.contains("Usage:"));
}

#[test]
fn har_files_explain_every_failed_request() {
    let har = r#"{"log":{"version":"1.2","creator":{"name":"test","version":"0"},"entries":[
      {"startedDateTime":"2026-01-01T00:00:00Z","request":{"method":"GET","url":"https://app.example.com/","headers":[]},"response":{"status":200,"headers":[],"content":{"text":"ok"}}},
      {"startedDateTime":"2026-01-01T00:00:01Z","request":{"method":"POST","url":"https://b.s3.amazonaws.com/","headers":[],"postData":{"mimeType":"multipart/form-data","params":[{"name":"key","value":"a.png"},{"name":"AWSAccessKeyId","value":"ASIAIOSFODNN7EXAMPLE"},{"name":"policy","value":"e30="},{"name":"signature","value":"0RavWzkygo6QX9caELEqKi9kDbU="},{"name":"file","fileName":"a.png","contentType":"image/png"},{"name":"x-amz-security-token","value":"FwoGZXIvYXdzEJrEXAMPLE"}]}},
       "response":{"status":403,"headers":[{"name":"Server","value":"AmazonS3"}],"content":{"mimeType":"application/xml","text":"<Error><Code>InvalidAccessKeyId</Code><Message>The AWS Access Key Id you provided does not exist in our records.</Message><AWSAccessKeyId>ASIAIOSFODNN7EXAMPLE</AWSAccessKeyId></Error>"}}}
    ]}}"#;
    let (code, out, err) = run(&["explain", "-", "--json"], har);
    assert_eq!(code, 0, "{err}");
    let list: serde_json::Value = serde_json::from_str(&out).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["index"], 1);
    assert_eq!(list[0]["diagnosis"]["causes"][0]["id"], "post.field-order");
    assert!(!out.contains("ASIAIOSFODNN7EXAMPLE"));
    let (_, human, _) = run(&["explain"], har);
    assert!(
        human.starts_with("━━ entry #1: POST https://b.s3.amazonaws.com/"),
        "{human}"
    );
}
