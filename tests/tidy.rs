//! Tidy checks, in the spirit of rustc's error-code index: the public id lists, the catalogue
//! and the fixtures stay in step with each other.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use upload_doctor::catalog::{self, causes};
use upload_doctor::{explain, CauseId, ProviderId};

fn read_ids(file: &str) -> Vec<(String, String)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("ids")
        .join(file);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (id, meaning) = l.split_once('|').expect("`id | meaning`");
            (id.trim().to_string(), meaning.trim().to_string())
        })
        .collect()
}

#[test]
fn cause_ids_match_the_published_list() {
    let listed = read_ids("cause-ids.txt");
    let ours: Vec<(String, String)> = CauseId::ALL
        .iter()
        .map(|c| (c.as_str().to_string(), c.meaning().to_string()))
        .collect();
    assert_eq!(ours, listed, "src/ids.rs and ids/cause-ids.txt differ");
}

#[test]
fn provider_ids_match_the_published_list() {
    let listed = read_ids("provider-ids.txt");
    let ours: Vec<(String, String)> = ProviderId::ALL
        .iter()
        .map(|c| (c.as_str().to_string(), c.meaning().to_string()))
        .collect();
    assert_eq!(ours, listed, "src/ids.rs and ids/provider-ids.txt differ");
}

#[test]
fn ids_round_trip_through_serde() {
    for id in CauseId::ALL {
        let json = serde_json::to_string(id).unwrap();
        assert_eq!(json, format!("\"{}\"", id.as_str()));
        assert_eq!(serde_json::from_str::<CauseId>(&json).unwrap(), *id);
    }
    assert!(serde_json::from_str::<CauseId>("\"auth.nope\"").is_err());
}

#[test]
fn every_cause_has_generic_text_in_list_order() {
    assert_eq!(causes::CAUSES.len(), CauseId::ALL.len());
    for (row, id) in causes::CAUSES.iter().zip(CauseId::ALL) {
        assert_eq!(
            row.id, *id,
            "causes.rs rows must follow ids/cause-ids.txt order"
        );
        assert!(
            !row.title.is_empty() && !row.explanation.is_empty(),
            "{id}: empty text"
        );
        assert!(!row.fixes.is_empty(), "{id}: no generic fix");
        assert_eq!(causes::text(*id).id, *id);
    }
}

#[test]
fn catalogue_tables_are_well_formed() {
    for (provider, table) in catalog::all_tables() {
        let mut seen = BTreeSet::new();
        assert!(!table.is_empty(), "{provider}: empty table");
        for e in table.iter() {
            assert!(
                seen.insert(e.code.to_ascii_lowercase()),
                "{provider}: duplicate code {}",
                e.code
            );
            assert!(
                !e.title.is_empty() && !e.explanation.is_empty(),
                "{provider}/{}: empty text",
                e.code
            );
            assert!(
                e.status == 0 || (100..=599).contains(&e.status),
                "{provider}/{}: status",
                e.code
            );
            assert!(!e.causes.is_empty(), "{provider}/{}: no causes", e.code);
            assert!(
                e.docs.is_empty() || e.docs.starts_with("https://"),
                "{provider}/{}: docs must be an https URL",
                e.code
            );
            let mut last = f64::INFINITY;
            let mut ids = BTreeSet::new();
            for c in e.causes {
                assert!(
                    (0.0..=1.0).contains(&c.weight),
                    "{provider}/{}: weight",
                    e.code
                );
                assert!(c.weight <= last, "{provider}/{}: causes not ranked", e.code);
                assert!(ids.insert(c.id), "{provider}/{}: {} twice", e.code, c.id);
                last = c.weight;
                for f in c.fixes {
                    assert!(
                        !f.title.is_empty(),
                        "{provider}/{}: fix without title",
                        e.code
                    );
                    if let Some((lang, code)) = f.snippet {
                        assert!(
                            ["js", "ts", "json", "xml", "shell", "python", "sql", "text", "toml"]
                                .contains(&lang),
                            "{provider}/{}: snippet language {lang}",
                            e.code
                        );
                        assert!(!code.trim().is_empty());
                    }
                }
            }
        }
    }
}

/// The catalogue entries no fixture exercises yet, `provider code` per line. The list may only
/// shrink: an entry with a fixture must leave it, a new entry must come with a fixture.
fn coverage_debt() -> BTreeSet<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/coverage-debt.txt");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.trim().to_string())
        .collect()
}

#[test]
fn every_catalogue_entry_is_exercised_by_a_fixture() {
    let fixtures = common::all();
    let mut exercised: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for f in &fixtures {
        let d = explain(&f.input(), f.request.as_ref());
        if let Some(code) = &d.code {
            for table in catalog::tables_for(d.provider) {
                if let Some(e) = table.iter().find(|e| e.code == code) {
                    let owner = catalog::all_tables()
                        .iter()
                        .find(|(_, t)| std::ptr::eq(*t, *table))
                        .map(|(p, _)| *p)
                        .unwrap();
                    exercised
                        .entry(format!("{owner} {}", e.code))
                        .or_default()
                        .push(f.id.clone());
                    break;
                }
            }
        }
    }
    let debt = coverage_debt();
    let mut missing = Vec::new();
    let mut paid = Vec::new();
    for (provider, table) in catalog::all_tables() {
        for e in table.iter() {
            let key = format!("{provider} {}", e.code);
            match (exercised.contains_key(&key), debt.contains(&key)) {
                (false, false) => missing.push(key),
                (true, true) => paid.push(key),
                _ => {}
            }
        }
    }
    assert!(
        missing.is_empty(),
        "catalogue entries with no fixture (add a real fixture):\n{}",
        missing.join("\n")
    );
    assert!(
        paid.is_empty(),
        "these entries now have fixtures; remove them from tests/coverage-debt.txt:\n{}",
        paid.join("\n")
    );
}

#[test]
fn every_snapshot_has_its_fixture() {
    let names: BTreeSet<String> = common::all().iter().map(|f| f.snapshot_name()).collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            if let Some(stem) = name.strip_suffix(".snap") {
                assert!(names.contains(stem), "orphan snapshot {name}");
            }
        }
    }
}

#[test]
fn readme_documents_every_id() {
    let readme =
        std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    for c in CauseId::ALL {
        let row = format!("| `{}` | {} |", c.as_str(), c.meaning());
        assert!(
            readme.contains(&row),
            "README lacks the row for cause id {c}"
        );
    }
    for p in ProviderId::ALL {
        let row = format!("| `{}` | {} |", p.as_str(), p.meaning());
        assert!(
            readme.contains(&row),
            "README lacks the row for provider id {p}"
        );
    }
}
