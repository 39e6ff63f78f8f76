//! Raw HTTP responses as people paste them: `curl -i` output, devtools "copy response", and
//! `curl -v` logs with `* `, `> ` and `< ` lines interleaved.

/// A parsed response head and the body that follows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawHttp<'a> {
    /// Status code from the status line.
    pub status: Option<u16>,
    /// Header fields in order.
    pub headers: Vec<(String, String)>,
    /// Everything after the head.
    pub body: &'a str,
}

/// Lines before the status line that may be skipped: a shell prompt with the curl command,
/// curl's `-v` info and request lines, blank lines.
fn is_preamble(line: &str) -> bool {
    let t = line.trim();
    t.is_empty()
        || t.starts_with("* ")
        || t == "*"
        || t.starts_with("> ")
        || t == ">"
        || t.starts_with("$ ")
        || t.starts_with("curl ")
        || t.starts_with("{ ")
        || t.starts_with("} ")
}

/// `HTTP/1.1 403 Forbidden` or `HTTP/2 400` (optionally after curl's `< `) → the status.
fn status_line(line: &str) -> Option<u16> {
    let t = line.trim().strip_prefix("< ").unwrap_or(line.trim());
    let rest = t.strip_prefix("HTTP/")?;
    let mut parts = rest.split_ascii_whitespace();
    let version = parts.next()?;
    if !version.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        return None;
    }
    let code = parts.next()?;
    if code.len() != 3 {
        return None;
    }
    code.parse().ok()
}

/// Splits off the next line (without its `\n` / `\r\n`) and the rest.
fn next_line(s: &str) -> (&str, &str) {
    match s.find('\n') {
        Some(i) => (s[..i].trim_end_matches('\r'), &s[i + 1..]),
        None => (s.trim_end_matches('\r'), ""),
    }
}

/// Parses `text` as a raw HTTP response; `None` when it does not start with a status line (after
/// at most 200 preamble lines).
pub fn parse(text: &str) -> Option<RawHttp<'_>> {
    let mut rest = text;
    let mut status = None;
    for _ in 0..200 {
        if rest.is_empty() {
            return None;
        }
        let (line, after) = next_line(rest);
        if let Some(code) = status_line(line) {
            status = Some(code);
            rest = after;
            break;
        }
        if !is_preamble(line) {
            return None;
        }
        rest = after;
    }
    status?;
    let mut headers = Vec::new();
    loop {
        if rest.is_empty() {
            break;
        }
        let (line, after) = next_line(rest);
        let verbose = line.starts_with('<') || line.starts_with("* ") || line.starts_with("> ");
        let content = line.strip_prefix("< ").unwrap_or(line);
        if content.trim().is_empty() || content.trim() == "<" {
            rest = after;
            // An interim 100 Continue: the real response follows.
            if status == Some(100) {
                let (next, after_next) = next_line(skip_blank(rest));
                if let Some(code) = status_line(next) {
                    status = Some(code);
                    headers.clear();
                    rest = after_next;
                    continue;
                }
            }
            break;
        }
        if line.starts_with("* ") || line.starts_with("> ") || line.starts_with("{ ") {
            rest = after;
            continue;
        }
        if let Some(code) = status_line(line) {
            // A redirect chain or a second response: keep the last one.
            status = Some(code);
            headers.clear();
        } else if let Some((name, value)) = content.split_once(':') {
            let name = name.trim();
            if name.is_empty() || name.contains(char::is_whitespace) {
                if verbose {
                    rest = after;
                    continue;
                }
                // Not a header: the head ended without a blank line.
                break;
            }
            headers.push((name.to_string(), value.trim().to_string()));
        } else if !verbose {
            break;
        }
        rest = after;
    }
    Some(RawHttp {
        status,
        headers,
        body: strip_verbose_tail(rest),
    })
}

fn skip_blank(s: &str) -> &str {
    s.trim_start_matches(['\r', '\n'])
}

/// Drops curl's trailing `* Connection #0 to host … left intact` lines from a body.
fn strip_verbose_tail(body: &str) -> &str {
    let mut end = body.len();
    for line in body.lines().rev() {
        let t = line.trim();
        if t.is_empty() || t.starts_with("* ") {
            end = end.saturating_sub(line.len() + 1);
        } else {
            break;
        }
    }
    let end = end.min(body.len());
    let mut e = end;
    while e > 0 && !body.is_char_boundary(e) {
        e -= 1;
    }
    &body[..e]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curl_i() {
        let r = parse("HTTP/1.1 403 Forbidden\r\nx-amz-request-id: 4442587FB7D0A2F9\r\nContent-Type: application/xml\r\n\r\n<Error/>").unwrap();
        assert_eq!(r.status, Some(403));
        assert_eq!(r.headers.len(), 2);
        assert_eq!(r.body, "<Error/>");
    }

    #[test]
    fn curl_v_with_continue() {
        let t = "*   Trying 52.1.1.1:443...\n> PUT /k HTTP/1.1\n> Host: b.s3.amazonaws.com\n>\n< HTTP/1.1 100 Continue\n<\n< HTTP/1.1 400 Bad Request\n< x-amz-request-id: ABC\n<\n<Error><Code>X</Code></Error>\n* Connection #0 to host b.s3.amazonaws.com left intact\n";
        let r = parse(t).unwrap();
        assert_eq!(r.status, Some(400));
        assert_eq!(r.headers, vec![("x-amz-request-id".into(), "ABC".into())]);
        assert_eq!(r.body.trim(), "<Error><Code>X</Code></Error>");
    }

    #[test]
    fn not_http() {
        assert!(parse("<Error></Error>").is_none());
        assert!(parse("HTTP/1.1 abc").is_none());
        assert!(parse("").is_none());
    }
}
