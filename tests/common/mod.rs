//! The fixture format (see tests/fixtures/README.md), shared by the test files.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use upload_doctor::{Input, RequestContext};

/// One fixture file.
pub struct Fixture {
    /// `aws-s3/invalid-access-key-asia` (folder/stem).
    pub id: String,
    pub path: PathBuf,
    pub sources: Vec<String>,
    pub status: Option<u16>,
    pub headers: Vec<(String, String)>,
    pub request: Option<RequestContext>,
    pub expect: Vec<(String, String)>,
    pub body: String,
}

impl Fixture {
    pub fn input(&self) -> Input {
        let mut i = Input::text(self.body.clone());
        i.status = self.status;
        i.headers = self.headers.clone();
        i
    }

    /// The snapshot name: `folder__stem`.
    pub fn snapshot_name(&self) -> String {
        self.id.replace('/', "__")
    }
}

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Every fixture, sorted by id.
pub fn all() -> Vec<Fixture> {
    let mut out = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(root())
        .expect("tests/fixtures")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    dirs.sort_by_key(|e| e.path());
    for dir in dirs {
        let mut files: Vec<_> = std::fs::read_dir(dir.path())
            .expect("fixture dir")
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for f in files {
            out.push(parse(&f).unwrap_or_else(|e| panic!("{}: {e}", f.display())));
        }
    }
    out
}

/// Splits `a=b c="d e"` into pairs, honouring double and single quotes.
pub fn tokens(line: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        if chars.peek().is_none() {
            break;
        }
        let mut key = String::new();
        while let Some(&c) = chars.peek() {
            if c == '=' || c.is_whitespace() {
                break;
            }
            key.push(c);
            chars.next();
        }
        if chars.next() != Some('=') {
            return Err(format!("expect token `{key}` has no `=`"));
        }
        let mut value = String::new();
        let mut quote = None;
        while let Some(&c) = chars.peek() {
            match quote {
                Some(q) if c == q => {
                    quote = None;
                    chars.next();
                }
                Some(_) => {
                    value.push(c);
                    chars.next();
                }
                None if c == '"' || c == '\'' => {
                    quote = Some(c);
                    chars.next();
                }
                None if c.is_whitespace() => break,
                None => {
                    value.push(c);
                    chars.next();
                }
            }
        }
        out.push((key, value));
    }
    Ok(out)
}

pub fn parse(path: &Path) -> Result<Fixture, String> {
    let raw = std::fs::read(path).map_err(|e| e.to_string())?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = match text.split_once("\n---\n") {
        Some((h, b)) => (h.to_string(), b.to_string()),
        None => match text.strip_suffix("\n---") {
            Some(h) => (h.to_string(), String::new()),
            None => return Err("no `---` line".into()),
        },
    };
    let body = body.strip_suffix('\n').unwrap_or(&body).to_string();
    let rel = path.strip_prefix(root()).map_err(|e| e.to_string())?;
    let id = rel.with_extension("").to_string_lossy().replace('\\', "/");
    let mut f = Fixture {
        id,
        path: path.to_path_buf(),
        sources: Vec::new(),
        status: None,
        headers: Vec::new(),
        request: None,
        expect: Vec::new(),
        body,
    };
    for line in head.lines() {
        if line.trim().is_empty() {
            continue;
        }
        let (k, v) = line
            .split_once(':')
            .ok_or_else(|| format!("header line without `:`: {line}"))?;
        let v = v.trim();
        match k.trim() {
            "source" => f.sources.push(v.to_string()),
            "status" => f.status = Some(v.parse().map_err(|_| format!("bad status {v}"))?),
            "header" => {
                let (n, val) = v.split_once(':').ok_or("header: needs Name: value")?;
                f.headers
                    .push((n.trim().to_string(), val.trim().to_string()));
            }
            "request" => {
                f.request =
                    Some(serde_json::from_str(v).map_err(|e| format!("bad request JSON: {e}"))?)
            }
            "expect" => f.expect.extend(tokens(v)?),
            "note" => {}
            other => return Err(format!("unknown header `{other}`")),
        }
    }
    if f.sources.is_empty() {
        return Err("no source:".into());
    }
    if f.expect.is_empty() {
        return Err("no expect:".into());
    }
    Ok(f)
}
