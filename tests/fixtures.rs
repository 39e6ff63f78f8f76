//! Runs every fixture in tests/fixtures through `explain`, checks its `expect` line, and
//! snapshots the whole Diagnosis (tests/snapshots/<folder>__<name>.snap).

mod common;

use upload_doctor::{explain, CauseId, ProviderId};

fn check(f: &common::Fixture, d: &upload_doctor::Diagnosis) -> Vec<String> {
    let mut errors = Vec::new();
    let ids: Vec<&str> = d.causes.iter().map(|c| c.id.as_str()).collect();
    for (k, v) in &f.expect {
        let ok = match k.as_str() {
            "provider" => {
                assert!(
                    ProviderId::from_id(v).is_some(),
                    "{}: unknown provider id {v}",
                    f.id
                );
                d.provider.as_str() == v
            }
            "code" => match v.as_str() {
                "null" => d.code.is_none(),
                c => d.code.as_deref() == Some(c),
            },
            "status" => match v.as_str() {
                "null" => d.status.is_none(),
                s => d.status.map(|x| x.to_string()).as_deref() == Some(s),
            },
            "top" | "has" | "not" => {
                assert!(
                    CauseId::from_id(v).is_some(),
                    "{}: unknown cause id {v}",
                    f.id
                );
                match k.as_str() {
                    "top" => ids.first() == Some(&v.as_str()),
                    "has" => ids.contains(&v.as_str()),
                    _ => !ids.contains(&v.as_str()),
                }
            }
            other => panic!("{}: unknown expect key {other}", f.id),
        };
        if !ok {
            errors.push(format!(
                "{}: expected {k}={v}; got provider={} code={:?} status={:?} causes={:?}",
                f.id, d.provider, d.code, d.status, ids
            ));
        }
    }
    errors
}

#[test]
fn expectations() {
    let all = common::all();
    assert!(!all.is_empty());
    let mut failures = Vec::new();
    for f in &all {
        let d = explain(&f.input(), f.request.as_ref());
        failures.extend(check(f, &d));
    }
    assert!(
        failures.is_empty(),
        "{} of {} expectations are not met:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

#[test]
fn snapshots() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    for f in common::all() {
        let d = explain(&f.input(), f.request.as_ref());
        settings.set_info(&f.sources.join(" | "));
        settings.bind(|| insta::assert_json_snapshot!(f.snapshot_name(), d));
    }
}
