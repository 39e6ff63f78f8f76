//! `upload-doctor explain [FILE|-] [--status N] [--header 'Name: value']... [--request CONTEXT.json] [--json]`
//!
//! Reads an error response (a raw HTTP response, a body, or pasted text containing an error) from
//! FILE or standard input and prints the diagnosis: coloured on a terminal, plain when piped,
//! JSON with `--json`. Exits 0 when a diagnosis was produced (even for provider `unknown`), 2 on
//! a usage error, 1 when the input could not be read.

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

use upload_doctor::{explain, Diagnosis, Input, RequestContext};

const USAGE: &str = "\
upload-doctor: explain why an upload to object storage failed

Usage:
  upload-doctor explain [FILE|-] [--status N] [--header 'Name: value']... [--request CONTEXT.json] [--json]

  FILE            the response: raw HTTP (curl -i), a body, or any text containing the error;
                  or a HAR file (devtools export): every failed request in it is explained;
                  '-' or nothing reads standard input
  --status N      the HTTP status, when FILE holds only the body
  --header H      a response header 'Name: value' (repeatable)
  --request F     the request context as JSON (method, url, headers, formFields, bodySize,
                  sentAt, sdk, fetchError)
  --json          print the diagnosis as JSON
  --color WHEN    auto (default), always, never
";

struct Args {
    file: Option<String>,
    status: Option<u16>,
    headers: Vec<(String, String)>,
    request: Option<String>,
    json: bool,
    color: Option<bool>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    match args.next().as_deref() {
        Some("explain") => {}
        Some("-h" | "--help" | "help") | None => return Err(String::new()),
        Some("-V" | "--version") => {
            return Err(format!("upload-doctor {}", env!("CARGO_PKG_VERSION")));
        }
        Some(other) => return Err(format!("unknown command `{other}`\n\n{USAGE}")),
    }
    let mut a = Args {
        file: None,
        status: None,
        headers: Vec::new(),
        request: None,
        json: false,
        color: None,
    };
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--status" => {
                let v = value("--status")?;
                a.status = Some(
                    v.trim()
                        .parse()
                        .map_err(|_| format!("--status takes a number, not `{v}`"))?,
                );
            }
            "--header" | "-H" => {
                let v = value("--header")?;
                let (n, val) = v
                    .split_once(':')
                    .ok_or_else(|| format!("--header takes 'Name: value', not `{v}`"))?;
                a.headers
                    .push((n.trim().to_string(), val.trim().to_string()));
            }
            "--request" => a.request = Some(value("--request")?),
            "--json" => a.json = true,
            "--color" => {
                a.color = match value("--color")?.as_str() {
                    "always" => Some(true),
                    "never" => Some(false),
                    "auto" => None,
                    other => {
                        return Err(format!(
                            "--color takes auto, always or never, not `{other}`"
                        ))
                    }
                }
            }
            "-h" | "--help" => return Err(String::new()),
            "-" => a.file = None,
            f if f.starts_with('-') => return Err(format!("unknown option `{f}`\n\n{USAGE}")),
            _ => {
                if a.file.is_some() {
                    return Err(format!("only one input file, got another: `{arg}`"));
                }
                a.file = Some(arg);
            }
        }
    }
    Ok(a)
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(a) => a,
        Err(msg) if msg.is_empty() => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(msg) if msg.starts_with("upload-doctor ") => {
            println!("{msg}");
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            eprintln!("error: {msg}");
            return ExitCode::from(2);
        }
    };
    let bytes = match &args.file {
        Some(path) => std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}")),
        None => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map(|_| buf)
                .map_err(|e| format!("cannot read standard input: {e}"))
        }
    };
    let bytes = match bytes {
        Ok(b) => b,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let context: Option<RequestContext> = match &args.request {
        Some(path) => {
            let parsed = std::fs::read_to_string(path)
                .map_err(|e| format!("cannot read {path}: {e}"))
                .and_then(|s| {
                    serde_json::from_str(&s)
                        .map_err(|e| format!("{path} is not a request context: {e}"))
                });
            match parsed {
                Ok(c) => Some(c),
                Err(e) => {
                    eprintln!("error: {e}");
                    return ExitCode::from(2);
                }
            }
        }
        None => None,
    };

    let mut input = Input::from_bytes(&bytes);
    let color = args.color.unwrap_or_else(|| {
        std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
    });
    let mut out = std::io::stdout().lock();

    // A HAR file: every failed request in it.
    if let Some(list) = upload_doctor::explain_har(&input.body) {
        let result = if args.json {
            serde_json::to_string_pretty(&list)
                .map_err(std::io::Error::other)
                .and_then(|s| writeln!(out, "{s}"))
        } else if list.is_empty() {
            writeln!(
                out,
                "The HAR file has no failed request (status 0 or 4xx/5xx)."
            )
        } else {
            let mut text = String::new();
            for h in &list {
                text.push_str(&format!("━━ entry #{}: {}\n", h.index, h.request));
                text.push_str(&render(&h.diagnosis, color));
                text.push('\n');
            }
            write!(out, "{text}")
        };
        return finish(result);
    }

    input.status = args.status;
    input.headers = args.headers;
    let d = explain(&input, context.as_ref());

    let result = if args.json {
        serde_json::to_string_pretty(&d)
            .map_err(std::io::Error::other)
            .and_then(|s| writeln!(out, "{s}"))
    } else {
        write!(out, "{}", render(&d, color))
    };
    finish(result)
}

fn finish(result: std::io::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    fn red(&self, s: &str) -> String {
        self.paint("1;31", s)
    }
    fn cyan(&self, s: &str) -> String {
        self.paint("36", s)
    }
    fn green(&self, s: &str) -> String {
        self.paint("32", s)
    }
}

fn render(d: &Diagnosis, color: bool) -> String {
    let st = Style { on: color };
    let mut o = String::new();
    let mut head = vec![st.cyan(d.provider.as_str())];
    if let Some(code) = &d.code {
        head.push(st.red(code));
    }
    if let Some(s) = d.status {
        match d.http_status {
            Some(w) if w != s => head.push(format!("HTTP {s} (wire: {w})")),
            _ => head.push(format!("HTTP {s}")),
        }
    }
    o.push_str(&head.join(" · "));
    o.push('\n');
    o.push_str(&st.bold(&d.title));
    o.push('\n');
    if let Some(m) = &d.message {
        o.push_str(&format!("{} {m}\n", st.dim("Message:")));
    }
    if let Some(r) = &d.request_id {
        o.push_str(&format!(
            "{} {r} (quote this to support)\n",
            st.dim("Request id:")
        ));
    }
    if d.causes.is_empty() {
        o.push_str("\nNo likely cause could be named from this input.\n");
    } else {
        o.push_str(&format!("\n{}\n", st.bold("Likely causes")));
    }
    for (i, c) in d.causes.iter().enumerate() {
        o.push_str(&format!(
            "\n{}. {} {} {}\n",
            i + 1,
            st.bold(&c.title),
            st.dim(&format!("[{}]", c.id)),
            st.dim(&format!("{:.0}%", c.confidence * 100.0))
        ));
        o.push_str(&indent(&c.explanation, "   "));
        for e in &c.evidence {
            o.push_str(&format!("   {} {e}\n", st.dim("evidence:")));
        }
        for f in &c.fixes {
            o.push_str(&format!("   {} {}\n", st.green("fix:"), f.title));
            for s in &f.steps {
                o.push_str(&indent(&format!("- {s}"), "     "));
            }
            if let Some(sn) = &f.snippet {
                o.push_str(&format!(
                    "     {}\n",
                    st.dim(&format!("```{}", sn.language))
                ));
                o.push_str(&indent(&sn.code, "     "));
                o.push_str(&format!("     {}\n", st.dim("```")));
            }
        }
    }
    if !d.fields.is_empty() {
        o.push_str(&format!("\n{}\n", st.bold("Fields")));
        for (k, v) in &d.fields {
            let v: String = v.chars().take(300).collect();
            o.push_str(&format!(
                "  {} {}\n",
                st.dim(&format!("{k}:")),
                v.replace('\n', "⏎")
            ));
        }
    }
    for n in &d.notes {
        o.push_str(&format!("\n{} {n}", st.dim("note:")));
    }
    if !d.notes.is_empty() {
        o.push('\n');
    }
    if let Some(docs) = &d.docs {
        o.push_str(&format!("\n{} {docs}\n", st.dim("docs:")));
    }
    o
}

fn indent(text: &str, pad: &str) -> String {
    let mut o = String::new();
    for line in text.lines() {
        o.push_str(pad);
        o.push_str(line);
        o.push('\n');
    }
    o
}
